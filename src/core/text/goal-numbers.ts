/**
 * Numbers with measure words (量词) in free text — the 绩效目标 and project names:
 * "两期委员培训班，每期20人，培训7天" → 2 期, 20 人 (每期), 7 天; "召开政协常委会议4次" → 4 次;
 * "30次以上" → at least 30 次; "第十七届委员会第三次会议" → 届 17 and 次 3 as ordinals (第…), not counts.
 * Arabic and Chinese numerals; never throws.
 */
import { parseChineseNumeral } from "./chinese-numerals";

export type GoalNumberKind = "count" | "ordinal" | "year";

export interface GoalNumber {
  /** The number (the lower end for a range "2-3个"). */
  value: number;
  /** Upper end of a range ("2-3个" → 3); equal to value otherwise. */
  max: number;
  /** The measure word as written: 期, 人, 次, 天, 人次, 万元… */
  unit: string;
  /** "每期20人" → "期": the number is per 期. null when not per anything. */
  per: string | null;
  /** count: how many; ordinal: 第三次 / 十七届 / 届后的"四次会议"; year: 2024年. */
  kind: GoalNumberKind;
  /** "以上 / 不少于 / 至少" → true: the goal gives a floor, not an exact number. */
  atLeast: boolean;
  /** "以内 / 以下 / 不超过" → true: the goal gives a ceiling. */
  atMost: boolean;
  /** The matched text ("两期", "每期20人" → "20人", "30次以上", "第三次"). */
  text: string;
  /** The clause (between punctuation marks, at most 100 characters either side) the number sits in. */
  clause: string;
  /** Offset of the match in the normalised text. */
  index: number;
  /** Up to 4 characters right after the match ("会议" after "第三次"). */
  after: string;
}

// Longest first so 人次 wins over 人, 季度 over 季.
const MEASURES = [
  "人次",
  "批次",
  "场次",
  "期次",
  "季度",
  "学时",
  "课时",
  "小时",
  "个月",
  "万元",
  "千元",
  "元",
  "届",
  "次",
  "期",
  "人",
  "名",
  "位",
  "天",
  "日",
  "场",
  "个",
  "项",
  "篇",
  "本",
  "册",
  "批",
  "条",
  "年",
  "月",
  "周",
  "户",
  "台",
  "套",
  "种",
  "份",
  "件",
  "轮",
];
// Not measures here although they can be: 部 (统一部署), 处 (统一处理), 家, 所, 班 — too many false hits after 一.
const MEASURE_ALT = MEASURES.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const CN = "零〇一二两三四五六七八九十百千";
/**
 * Every repetition is bounded and a number must start where a run of its characters starts (the
 * look-behinds): each starting position then costs a bounded amount of work, so a cell of 32,000
 * numerals or digits is read in linear time. A run longer than the bound is not a quantity anyone
 * typed on purpose and yields no number (it used to make the engine retry every suffix: quadratic).
 */
const NUMBER_RE = new RegExp(
  `(第)?((?<![\\d.])\\d{1,18}(?:\\.\\d{1,8})?|(?<![${CN}万亿])[${CN}]{1,12}(?:[万亿][${CN}]{0,12})?)` +
    `(?:\\s{0,3}[-－~～至到]\\s{0,3}(\\d{1,18}(?:\\.\\d{1,8})?|[${CN}]{1,12}))?(余|多)?\\s{0,3}(${MEASURE_ALT})(及以上|以上|以内|以下|左右)?`,
  "g",
);
/** How far a clause reaches either side of its number: real clauses are far shorter; text without
 * punctuation must not make every number carry (and every rule rescan) the whole cell. */
const CLAUSE_REACH = 100;
/** Characters that end a clause, by code (reading `text[i]` would make a string per character). */
const CLAUSE_BREAK = new Set([..."，,。；;！!？?：:\n、"].map((c) => c.charCodeAt(0)));
const FLOOR_BEFORE = /(不少于|不低于|至少|超过|≥|>=|＞|>)\s*$/;
const CEILING_BEFORE = /(不超过|不多于|不高于|最多|≤|<=|＜|<)\s*$/;
const SESSION_AFTER = /^(全体会议|会议|全会|大会)/;
const PER_RE = new RegExp(`每(${MEASURE_ALT})[^每]*$`);
const HAS_DIGIT_CHAR = /[零〇一二两三四五六七八九十]/;

/** Full-width digits and punctuation to ASCII; spaces dropped so "4 次" reads as "4次". */
const NEEDS_NORMALISING = /[０-９．\t \u3000]/;

export function normaliseGoalText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text; // the common case: one scan, no copies
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/[ \t\u3000]+/g, "");
}

function readNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s);
  // "百年", "千人" are idioms, not numbers: a Chinese numeral needs a digit or 十.
  if (!HAS_DIGIT_CHAR.test(s)) return null;
  return parseChineseNumeral(s);
}

/**
 * Clause bounds for numbers met in order of position. Each character is scanned at most once over all
 * numbers (the last break before a number and the next break after it are remembered), then the clause
 * is clamped to CLAUSE_REACH characters either side.
 */
class ClauseFinder {
  private scanned = 0; // text[0 … scanned) has been scanned for the last break
  private lastBreakEnd = 0; // one past the last clause break before `scanned`
  private nextBreak = -1; // the first break at or after some earlier number's end
  constructor(private readonly text: string) {}

  around(start: number, end: number): { clause: string; from: number } {
    const t = this.text;
    for (; this.scanned < start; this.scanned++) {
      if (CLAUSE_BREAK.has(t.charCodeAt(this.scanned))) this.lastBreakEnd = this.scanned + 1;
    }
    if (this.nextBreak < end) {
      let b = end;
      while (b < t.length && !CLAUSE_BREAK.has(t.charCodeAt(b))) b++;
      this.nextBreak = b;
    }
    const a = Math.max(this.lastBreakEnd, start - CLAUSE_REACH);
    const b = Math.min(this.nextBreak, end + CLAUSE_REACH);
    return { clause: t.slice(a, b), from: a };
  }
}

/** Every number with a measure word in the text, in order. */
export function extractGoalNumbers(text: string): GoalNumber[] {
  const t = normaliseGoalText(text);
  const out: GoalNumber[] = [];
  let prevEnd = -1;
  let prevUnit = "";
  const clauses = new ClauseFinder(t);
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(t); m !== null; m = NUMBER_RE.exec(t)) {
    const [whole, di, num, rangeEnd, approx, unit, tail] = m;
    const value = readNumber(num);
    const max = rangeEnd !== undefined ? readNumber(rangeEnd) : value;
    // A numbered list item "1、" never reaches here (no measure word), but "1.5天" does.
    if (value === null || max === null || !Number.isFinite(value)) {
      prevEnd = m.index + whole.length;
      prevUnit = unit;
      continue;
    }
    const start = m.index;
    const end = start + whole.length;
    const before = t.slice(Math.max(0, start - 6), start);
    const after = t.slice(end, end + 4);
    let kind: GoalNumberKind = "count";
    if (di) kind = "ordinal";
    else if (unit === "届") kind = "ordinal";
    else if (unit === "次" && prevUnit === "届" && prevEnd === start && SESSION_AFTER.test(after))
      kind = "ordinal";
    else if (unit === "年" && /^\d{4}$/.test(num)) kind = "year";
    const { clause, from } = clauses.around(start, end);
    // "每期20人", "每季度开展一次": a 每X earlier in the same clause makes the number per X.
    const perMatch = PER_RE.exec(t.slice(from, start));
    out.push({
      value,
      max: Math.max(value, max),
      unit,
      per: kind === "count" && perMatch ? perMatch[1] : null,
      kind,
      atLeast: tail === "以上" || tail === "及以上" || approx !== undefined || FLOOR_BEFORE.test(before),
      atMost: tail === "以内" || tail === "以下" || CEILING_BEFORE.test(before),
      text: whole,
      clause,
      index: start,
      after,
    });
    prevEnd = end;
    prevUnit = unit;
  }
  return out;
}

/** 届次, 会次 and years named in a text: "政协十七届四次会议" → terms [17], sessions [4]. */
export interface SessionRefs {
  terms: number[];
  sessions: number[];
  years: number[];
}

export function extractSessionRefs(text: string): SessionRefs {
  return sessionRefsIn(extractGoalNumbers(text));
}

/** extractSessionRefs from numbers already extracted (extractGoalNumbers). */
export function sessionRefsIn(numbers: readonly GoalNumber[]): SessionRefs {
  const refs: SessionRefs = { terms: [], sessions: [], years: [] };
  for (const n of numbers) {
    if (n.kind === "year") refs.years.push(n.value);
    else if (n.kind === "ordinal" && n.unit === "届") refs.terms.push(n.value);
    else if (n.kind === "ordinal" && n.unit === "次" && SESSION_AFTER.test(n.after))
      refs.sessions.push(n.value);
  }
  return refs;
}
