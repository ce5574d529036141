/**
 * The pane's settings and ignored findings, kept in the workbook (workbook settings, saved with the
 * file), and the accountant's corrections of the reading under a setting of their own
 * (jixiao.readingCorrections). What is read back is untrusted: settings go through validateSettings, ignored keys must be
 * strings; anything rejected is reported in `warnings`, never thrown.
 */
import { parseA1 } from "../core/grid";
import type { ReadingCorrection } from "../core/model";
import { RULE_CATALOG } from "../core/rules/catalog";
import { DEFAULT_SETTINGS } from "../core/settings";
import { settingsProblemText } from "../core/settings/problem-text";
import { validateSettings } from "../core/settings/validate";
import type { StoredState } from "./gateway";

const RULE_IDS: readonly string[] = RULE_CATALOG.map((r) => r.id);

export const CORRECTIONS_KEY = "jixiao.readingCorrections";

const PARTS = new Set(["name", "amount", "goal"]);

/** The saved corrections; entries that are not well-formed are dropped with a warning. */
export function parseCorrections(raw: unknown): { corrections: ReadingCorrection[]; warnings: string[] } {
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      data = null;
    }
  }
  const list = (data as { corrections?: unknown } | null)?.corrections;
  if (!Array.isArray(list))
    return { corrections: [], warnings: ["工作簿中保存的识别更正无法读取，已不再使用。"] };
  const corrections = list.filter(isCorrection);
  const warnings =
    corrections.length === list.length ? [] : ["工作簿中保存的识别更正有无法识别的条目，已略去。"];
  return { corrections, warnings };
}

function isCorrection(c: unknown): c is ReadingCorrection {
  if (typeof c !== "object" || c === null) return false;
  const o = c as Record<string, unknown>;
  if (typeof o.sheet !== "string") return false;
  if (o.kind === "part")
    return (
      typeof o.projectKey === "string" &&
      typeof o.part === "string" &&
      PARTS.has(o.part) &&
      typeof o.cell === "string" &&
      parseA1(o.cell) !== null
    );
  if (o.kind === "targetColumn")
    return (
      typeof o.headerRow === "number" &&
      Number.isInteger(o.headerRow) &&
      o.headerRow >= 0 &&
      typeof o.column === "string" &&
      /^[A-Z]{1,3}$/.test(o.column)
    );
  return false;
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
  const { settings, problems } = validateSettings(d.settings, RULE_IDS);
  const warnings = problems.map((p) => settingsProblemText(p));
  let ignored: string[] = [];
  if (Array.isArray(d.ignored)) {
    ignored = d.ignored.filter((k): k is string => typeof k === "string");
    if (ignored.length !== d.ignored.length) warnings.push("已忽略的检查结果中有无法识别的条目，已略去。");
  } else if (d.ignored !== undefined) {
    warnings.push("已忽略的检查结果无法读取，已清空。");
  }
  return warnings.length ? { settings, ignored, warnings } : { settings, ignored };
}
