/**
 * A unit's own templates in Excel: one workbook setting holding the JSON text (what the text may be and
 * how it is read back is host-independent, src/host/unit-templates.ts).
 */
import type { StoredUnitTemplates } from "../../host/gateway";
import { readUnitTemplates, UNIT_TEMPLATES_KEY } from "../../host/unit-templates";
import { settingText } from "../knowledge";
import type { XRequestContext } from "../office-api";

/** Loaded with this module (the pane loads it only when templates are first asked for). */
export { checkUnitTemplatesText } from "../../host/unit-templates";

/** Queue the read; the returned function gives the templates after the sync. */
export function queueUnitTemplatesRead(ctx: XRequestContext): () => StoredUnitTemplates {
  const item = ctx.workbook.settings.getItemOrNullObject(UNIT_TEMPLATES_KEY);
  item.load("value");
  return () => readUnitTemplates(item.isNullObject ? null : settingText(item.value));
}

export function queueUnitTemplatesWrite(ctx: XRequestContext, text: string): void {
  ctx.workbook.settings.add(UNIT_TEMPLATES_KEY, text);
}

/** Queue a look for the setting (its key only: the text is not needed to delete it). */
export function queueUnitTemplatesFind(ctx: XRequestContext): () => { delete(): void } | null {
  const item = ctx.workbook.settings.getItemOrNullObject(UNIT_TEMPLATES_KEY);
  item.load("key");
  return () => (item.isNullObject ? null : item);
}
