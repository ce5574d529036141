/**
 * The pane's settings and ignored findings, kept in the workbook (workbook settings, saved with the
 * file). What is read back is untrusted: settings go through validateSettings, ignored keys must be
 * strings; anything rejected is reported in `warnings`, never thrown.
 */
import { RULES } from "../core/rules";
import { DEFAULT_SETTINGS } from "../core/settings";
import { validateSettings } from "../core/settings/validate";
import type { StoredState } from "./gateway";
import { STATE_KEY } from "./marks-record";
import type { XRequestContext, XSetting } from "./office-api";

const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/** Queue the read; the returned function gives the state after the sync. */
export function queueStateRead(ctx: XRequestContext): () => StoredState {
  const item: XSetting = ctx.workbook.settings.getItemOrNullObject(STATE_KEY);
  item.load("value");
  return () => (item.isNullObject ? defaultState() : parseState(item.value));
}

export function defaultState(): StoredState {
  return { settings: validateSettings(DEFAULT_SETTINGS, RULE_IDS).settings, ignored: [] };
}

export function parseState(raw: unknown): StoredState {
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return { ...defaultState(), warnings: ["工作簿中保存的设置无法读取，已改用默认设置。"] };
    }
  }
  const d = (typeof data === "object" && data !== null ? data : {}) as {
    settings?: unknown;
    ignored?: unknown;
  };
  const { settings, errors } = validateSettings(d.settings, RULE_IDS);
  const warnings = [...errors];
  let ignored: string[] = [];
  if (Array.isArray(d.ignored)) {
    ignored = d.ignored.filter((k): k is string => typeof k === "string");
    if (ignored.length !== d.ignored.length) warnings.push("已忽略的检查结果中有无法识别的条目，已略去。");
  } else if (d.ignored !== undefined) {
    warnings.push("已忽略的检查结果无法读取，已清空。");
  }
  return warnings.length ? { settings, ignored, warnings } : { settings, ignored };
}

export function queueStateWrite(ctx: XRequestContext, state: StoredState): void {
  ctx.workbook.settings.add(
    STATE_KEY,
    JSON.stringify({ v: 1, settings: state.settings, ignored: state.ignored }),
  );
}
