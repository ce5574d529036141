/** Small helpers for validating template data: type tests, a value shown in a message, an error collector. */
import type { TextFinder } from "./types";

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === "string";
export const isNonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
export const show = (v: unknown): string => {
  if (typeof v === "string") return `「${v}」`;
  if (v === undefined) return "空";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** Collects errors under a prefix ("模板「会议」：参数「people」："). */
export class Errors {
  readonly list: string[] = [];
  constructor(private readonly prefix: string) {}
  add(where: string, message: string): void {
    this.list.push(`${this.prefix}${where ? `${where}：` : ""}${message}`);
  }
  unknownKeys(o: Obj, known: Set<string>, where: string): void {
    for (const k of Object.keys(o)) if (!known.has(k)) this.add(where, `未知的字段「${k}」`);
  }
}

export function stringList(
  v: unknown,
  where: string,
  field: string,
  errors: Errors,
  allowEmpty = true,
): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isNonEmpty)) {
    errors.add(where, `「${field}」应为一组文字，如 ["会议", "全会"]，收到 ${show(v)}`);
    return [];
  }
  if (!allowEmpty && v.length === 0) errors.add(where, `「${field}」至少要有一项`);
  return v.map((s) => s.trim());
}

export function finiteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** At most this many keywords in one list, each at most MAX_KEYWORD_CHARS long: matching stays cheap. */
export const MAX_KEYWORDS = 50;
export const MAX_KEYWORD_CHARS = 20;
/** Characters that only make sense in a regular expression (the format before keywords). */
const PATTERN_CHAR = /[\\^$.*+?()[\]{}]/;

/**
 * A keyword list ("会|参" or ["会", "参"]) as a TextFinder: the keyword found earliest in a text (the
 * first listed on a tie), as the old pattern "会|参" found it. Old files written with regular expressions
 * are refused with a message that says how to rewrite them.
 */
export function compileKeywords(v: unknown, field: string, where: string, errors: Errors): TextFinder | null {
  const list = isString(v) ? v.split("|") : Array.isArray(v) && v.every(isString) ? v : null;
  if (list === null || list.length === 0) {
    errors.add(where, `「${field}」应为关键词，如 "编印|印制" 或 ["编印", "印制"]，收到 ${show(v)}`);
    return null;
  }
  const keywords: string[] = [];
  for (const raw of list) {
    const k = raw.trim();
    const pattern = PATTERN_CHAR.exec(k);
    if (pattern) {
      errors.add(
        where,
        `「${field}」只接受关键词，不再接受正则表达式：${show(v)} 中的「${pattern[0]}」是正则表达式的符号。` +
          `请改写为关键词，用 | 分隔或写成列表，如 ["编印", "印制"]（含其中任何一个即算匹配）`,
      );
      return null;
    }
    if (k === "") {
      errors.add(where, `「${field}」中有空的关键词：${show(v)}`);
      return null;
    }
    if (k.length > MAX_KEYWORD_CHARS) {
      errors.add(where, `「${field}」的关键词 ${show(k)} 太长（最多 ${MAX_KEYWORD_CHARS} 个字）`);
      return null;
    }
    keywords.push(k);
  }
  if (keywords.length > MAX_KEYWORDS) {
    errors.add(where, `「${field}」的关键词太多（${keywords.length} 个，最多 ${MAX_KEYWORDS} 个）`);
    return null;
  }
  return (text) => {
    let best: string | null = null;
    let bestAt = Infinity;
    for (const k of keywords) {
      const at = text.indexOf(k);
      if (at >= 0 && at < bestAt) {
        best = k;
        bestAt = at;
      }
    }
    return best;
  };
}
