/** The pane's state in Excel's workbook settings (decoding and validation: src/host/stored-state.ts). */
import type { StoredState } from "../../host/gateway";
import { STATE_KEY } from "../../host/marks-record";
import { CORRECTIONS_KEY, defaultState, parseCorrections, parseState } from "../../host/stored-state";
import type { XRequestContext, XSetting } from "../office-api";

/** Queue the read; the returned function gives the state after the sync. */
export function queueStateRead(ctx: XRequestContext): () => StoredState {
  const item: XSetting = ctx.workbook.settings.getItemOrNullObject(STATE_KEY);
  item.load("value");
  const fixes: XSetting = ctx.workbook.settings.getItemOrNullObject(CORRECTIONS_KEY);
  fixes.load("value");
  return () => {
    const state = item.isNullObject ? defaultState() : parseState(item.value);
    if (fixes.isNullObject) return state;
    const read = parseCorrections(fixes.value);
    const warnings = [...(state.warnings ?? []), ...read.warnings];
    return { ...state, corrections: read.corrections, ...(warnings.length ? { warnings } : {}) };
  };
}

export function queueStateWrite(ctx: XRequestContext, state: StoredState): void {
  ctx.workbook.settings.add(
    STATE_KEY,
    JSON.stringify({ v: 1, settings: state.settings, ignored: state.ignored }),
  );
  if (state.corrections !== undefined)
    ctx.workbook.settings.add(CORRECTIONS_KEY, JSON.stringify({ v: 1, corrections: state.corrections }));
}
