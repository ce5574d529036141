/**
 * A unit's own templates, kept in the workbook (a workbook setting of their own, saved with the file)
 * so colleagues who open the file get them too. The setting holds the JSON text exactly as imported;
 * what is read back is untrusted and goes through the core's validation (loadTemplatesText) again: a
 * text that fails gives warnings and no templates, never an exception, and the built-ins still work.
 */
import { loadTemplatesText, type LoadResult } from "../core/templates";
import type { StoredUnitTemplates } from "./gateway";

export const UNIT_TEMPLATES_KEY = "jixiao.unitTemplates";

/**
 * Workbook settings travel with every request that reads them (Excel on the web refuses requests and
 * responses over 5 MB) and share that room with the mark record (up to 1.5 million characters, see
 * MAX_RECORD_CHARS). A unit's file of a hundred templates is far smaller than this.
 */
export const MAX_UNIT_TEMPLATES_BYTES = 512 * 1024;

/** How a saved text is named in messages. */
export const STORED_SHOWN_AS = "本工作簿保存的本单位模板";

/** The size of the text as a UTF-8 file (what the accountant's file manager shows). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const kb = (bytes: number): number => Math.ceil(bytes / 1024);

/** The message for a file over the limit (also used by the pane before reading a picked file). */
export function tooLargeMessage(shownAs: string, bytes: number): string {
  return `${shownAs}过大（约 ${kb(bytes)} KB），本单位模板最多 ${kb(MAX_UNIT_TEMPLATES_BYTES)} KB。模板保存在工作簿中，过大会拖慢文件的打开和保存；请删去不用的模板后再导入。`;
}

/**
 * A template file about to be saved: not too large, valid JSON, every template valid (the core's
 * Chinese messages, each starting with `shownAs`), and at least one template.
 */
export function checkUnitTemplatesText(text: string, shownAs: string): LoadResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_UNIT_TEMPLATES_BYTES) return { ok: false, errors: [tooLargeMessage(shownAs, bytes)] };
  const r = loadTemplatesText(text, shownAs);
  if (r.ok && r.templates.length === 0) return { ok: false, errors: [`${shownAs}中没有模板。`] };
  return r;
}

/** What a saved text gives: its templates, or warnings when it cannot be used. */
export function readUnitTemplates(raw: string | null): StoredUnitTemplates {
  if (raw === null) return { text: null, templates: [] };
  const r = loadTemplatesText(raw, STORED_SHOWN_AS);
  if (r.ok) return { text: raw, templates: r.templates };
  return {
    text: raw,
    templates: [],
    warnings: [
      `${STORED_SHOWN_AS}无法使用，现只提供内置模板。请重新导入模板文件，或删除本单位模板。`,
      ...r.errors,
    ],
  };
}
