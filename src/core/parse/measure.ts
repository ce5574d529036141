/**
 * The value part of an indicator (指标值): operator, number or 定性 text, unit. Reads what accountants
 * actually type — "≥95%", "不低于95%", "95%以上", "≤140元/天·人", "健全" — and gives a best reading plus a
 * Chinese reason for what cannot be read cleanly ("≥ 2/次", "次/350元", "≤150/本"). Never throws.
 */
import Decimal from "decimal.js";
import type { Operator } from "../model";
import { parseChineseNumeral } from "../text/chinese-numerals";
import { toSimplified } from "../text/match-key";
import { normalizeText } from "../text/normalize";
import { registerCache } from "./caches";

export interface Measure {
  operator: Operator | null;
  qualitative: boolean;
  value: string | null;
  number: Decimal | null;
  unit: string | null;
  /** Why the value/unit could not be read cleanly (Chinese); the fields above hold the best reading. */
  malformed?: string;
  /**
   * What kind of text a 定性 value is, when it is one of these: a date or period (「2025年12月」「1—12月」
   * 「年底前完成」: an ordinary 时效 target), a grade list (「优/良/中/差」), or prose that happens to
   * contain numbers (「按规定比例分期拨付，每期约30%」: not measurable, and not a malformed number).
   */
  kind?: ValueKind;
}

export type ValueKind = "date" | "grades" | "prose";

export const EMPTY_MEASURE: Readonly<Measure> = Object.freeze({
  operator: null,
  qualitative: false,
  value: null,
  number: null,
  unit: null,
});

const emptyMeasure = (): Measure => ({ ...EMPTY_MEASURE });

/** Operator words and symbols → operator. Longer words first so 不超过 wins over 超过. */
const OPERATOR_WORDS: [string, Operator][] = [
  ["大于或等于", ">="],
  ["小于或等于", "<="],
  ["大于等于", ">="],
  ["小于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["至少", ">="],
  ["最低", ">="],
  ["达到", ">="],
  ["最多", "<="],
  ["最高", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["超过", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];
const OPERATOR_OF = new Map<string, Operator>(OPERATOR_WORDS);
const OPERATOR_SOURCE = OPERATOR_WORDS.map(([w]) => w).join("|");

/** Every operator occurrence in a line (global; reset lastIndex before use). */
export const OPERATOR_SCAN = new RegExp(OPERATOR_SOURCE, "g");
const LEADING_OPERATOR = new RegExp(`^(?:${OPERATOR_SOURCE})`);

const OPERATOR_ONLY = new RegExp(`^(?:${OPERATOR_SOURCE})$`);

/** A line or cell that holds nothing but an operator ("≤" wrapped away from its value). */
export function isOperatorOnly(text: string): boolean {
  return OPERATOR_ONLY.test(text.trim());
}

export function operatorOfWord(word: string): Operator | null {
  return OPERATOR_OF.get(word) ?? null;
}

/** The operator of a symbol's code (≥ ≤ > < =), as operatorOfWord reads the symbol; null for any other. */
export function operatorOfSymbol(code: number): Operator | null {
  switch (code) {
    case 0x2265:
      return ">=";
    case 0x2264:
      return "<=";
    case 0x3e:
      return ">";
    case 0x3c:
      return "<";
    case 0x3d:
      return "=";
    default:
      return null;
  }
}

/** The operator words of more than one character (不低于, 大于 …), listed by their first character. */
const WORDS_BY_START = new Map<number, string[]>();
for (const [word] of OPERATOR_WORDS) {
  if (word.length < 2) continue;
  const list = WORDS_BY_START.get(word.charCodeAt(0));
  if (list) list.push(word);
  else WORDS_BY_START.set(word.charCodeAt(0), [word]);
}

/** Which ideographs start a word: a flat table, since a line is scanned character by character. */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const WORD_START = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
for (const code of WORDS_BY_START.keys()) {
  // every word starts with an ideograph; one that did not would make loneOperatorSymbolAt wrong
  if (code < CJK_FIRST || code > CJK_LAST)
    throw new Error(`operator word starting with U+${code.toString(16)}`);
  WORD_START[code - CJK_FIRST] = 1;
}

function isOperatorSymbol(code: number): boolean {
  return code === 0x2265 || code === 0x2264 || code === 0x3e || code === 0x3c || code === 0x3d; // ≥ ≤ > < =
}

/**
 * Where OPERATOR_SCAN would find exactly one operator and it is a symbol (≥ ≤ > < =): its index; -1
 * when it would find none, several, or an operator word. One scan, no allocation: the common line
 * "…参与人数 ≥ 240人" is recognised without running the scan.
 */
export function loneOperatorSymbolAt(text: string): number {
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOperatorSymbol(c)) {
      if (at >= 0) return -1;
      at = i;
    } else if (c >= CJK_FIRST && c <= CJK_LAST && WORD_START[c - CJK_FIRST] === 1) {
      for (const w of WORDS_BY_START.get(c)!) if (text.startsWith(w, i)) return -1;
    }
  }
  return at;
}

export const OPERATOR_SYMBOL: Record<Operator, string> = {
  ">=": "≥",
  ">": ">",
  "=": "=",
  "<": "<",
  "<=": "≤",
};

/** Words after a value that set the operator: 95%以上, 10万元以内. */
const SUFFIX_OPERATOR = /(?:\(含\))?(及以上|以上|及以下|以下|以内|之内|内|达标)(?:\(含\))?$/;
/** SUFFIX_OPERATOR can only match text ending in 上, 下, 内, 标 or ")" (含): a cheap test before the regex. */
function endsLikeSuffixOperator(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 0x4e0a || c === 0x4e0b || c === 0x5185 || c === 0x6807 || c === 0x29;
}
const SUFFIX_OPERATOR_OF: Record<string, Operator> = {
  及以上: ">=",
  以上: ">=",
  及以下: "<=",
  以下: "<=",
  以内: "<=",
  之内: "<=",
  内: "<=",
  达标: ">=", // 「100%达标」: reaching the value is the target
};

/** Debris at the end of a value or line: space, tab, line break, 。，,;；、 and a stray full stop. */
function isDebris(code: number): boolean {
  switch (code) {
    case 0x20: // space
    case 0x09: // tab
    case 0x0a: // line break
    case 0x3002: // 。
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x3001: // 、
    case 0x2e: // .
      return true;
    default:
      return false;
  }
}

/** Remove trailing debris (whitespace 。，,;；、 and a stray full stop) with a backwards scan. */
export function stripTrailingDebris(text: string): string {
  let end = text.length;
  while (end > 0 && isDebris(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

const HAS_DIGIT = /\d/;
const COMMAS = /,/g;
const LINE_BREAKS = /\n/g;
const WHITESPACE = /\s/;
const WHITESPACE_RUNS = /\s+/g;
const BULLET_DOT = /[•・⋅∙]/;
const BULLET_DOTS = /[•・⋅∙]/g;
const OPERATOR_CODE_HEAD = /^([1-6])(?:\D|$)/;

/** Line breaks → spaces (a value cell read as one line). */
function oneLine(text: string): string {
  return text.indexOf("\n") >= 0 ? text.replace(LINE_BREAKS, " ") : text;
}
const DATE_HINT = /[年月]|\d{4}[.\-/]/;
/** A short text is a date only with one of these: 「3月底」「6月前」 (「12月」 alone may be a length). */
const DATE_SHORT_HINT = /[底前末旬]/;
const NUMBER_HEAD = /^(-?\d+(?:,\d{3})*(?:\.\d+)?)/;
const RANGE_TAIL = /^[-~至到](\d+(?:\.\d+)?)/;
const DOUBLE_VALUE = /^([^\d/]{1,4})\/(\d+(?:\.\d+)?)([^\d/]{0,6})$/;
const UNIT_FIRST = /^([^\d/]{1,4})\/(\d+(?:\.\d+)?)([^\d]{0,8})$/;
/** A date target ("2024年12月", "2024年12月31日前", "2024.12"): read as text, not as the number 12. */
const DATE_POINT = String.raw`(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)`;
/** Where a period's two ends meet: 1—12月, 2024.03-2024.11, 3月至10月. */
const PERIOD_JOIN = "[-—–~～至到]";
const DATE_SOURCE =
  String.raw`(?:${DATE_POINT}(?:${PERIOD_JOIN}${DATE_POINT})?|\d{1,2}${PERIOD_JOIN}\d{1,2}月|\d{4}年?${PERIOD_JOIN}\d{4}年)` +
  String.raw`(?:年底|年末|底|末|中旬|上旬|下旬|年内|内)?(?:前|以前|之前|内|以内)?(?:完成|完工|竣工|全部完成)?`;
/**
 * A date or period target: 「2024年12月」「2024年12月31日前」「2024.12」「1—12月」「2024.03—2024.11」
 * 「2025年年底前」「3月至10月」, optionally followed by 完成/完工. Read as text, not as the number 12.
 */
export const DATE = new RegExp(`^${DATE_SOURCE}$`);
/** A date or period at the end of a line, glued to the name: 「完成时间2026年10月底前」. */
export const TRAILING_DATE = new RegExp(`${DATE_SOURCE}$`);
/** Deadlines without digits: 年底前完成, 年内完成, 当年完成, 按期完成 — 时效 targets written in words. */
export const DEADLINE_WORDS =
  /^(?:年底|年末|年内|当年|本年|本年度|年度内|上半年|下半年|[一二三四]季度)(?:前|以前|之前|内)?(?:完成|完工|竣工|全部完成|到位|发放到位)?$/;

/** A date target is a 定性-style text value: the rules decide whether a date is acceptable. */
export function dateMeasure(text: string): Measure {
  return { operator: null, qualitative: true, value: text, number: null, unit: null, kind: "date" };
}

/** Two or more amounts of one unit listed together: 「3000元、2000元、1000元」「1500元/1000元」. */
const LISTED_AMOUNTS =
  /(\d+(?:\.\d+)?)\s*(万元|元|%|人次|人|次|个|户)\s*[、,，/和及或]\s*(\d+(?:\.\d+)?)\s*\2/;

/**
 * Prose with numbers in it: a 定性 text, not a malformed number (value-not-measurable decides) — unless
 * it lists several amounts of one unit (「每生每年3000元、2000元、1000元3个档次」): that is several targets
 * in one line, which a reviewer asks to split, not a text without a number.
 */
export function proseMeasure(text: string): Measure {
  const m: Measure = {
    operator: null,
    qualitative: true,
    value: text,
    number: null,
    unit: null,
    kind: "prose",
  };
  const listed = LISTED_AMOUNTS.exec(text);
  if (listed)
    m.malformed = `一条指标写了多个数值（${listed[1]}${listed[2]}、${listed[3]}${listed[2]}…），无法确定目标值`;
  return m;
}

/** 「优/良/中/差」「高、中、低」「优良中差」: a grade list, the 定性 scale a grade-band table gives. */
const GRADE_LIST =
  /^(?:(?:优秀|优|良好|良|中等|中|一般|较差|差|高|较高|较低|低|合格|不合格)[/、,，·\s]?){2,6}$/;

export function isGradeList(text: string): boolean {
  return text.length >= 2 && text.length <= 24 && GRADE_LIST.test(text);
}

const CHINESE_NUMERAL_HEAD = /^([零〇一二两三四五六七八九十百千万]+)(.{1,4})$/;

/** Base units seen in real tables; a composite unit adds "/…" or "·…" segments (元/人·天). */
const BASE_UNITS =
  "%|‰|个百分点|百分点|倍|[万千亿]?元|次|[万千]?人次|[万千]?人|名|本|册|篇|条|天|日|年|月|周|季度|小时|分钟|秒|个|期|批次|批|套|台|种|起|" +
  "场次|场|件|项|户|家|所|座|辆|间|平方米|㎡|m²|米|千米|公里|km|吨|亩|株|棵|头|只|学时|课时|份|班|处|张|部|篇次|册次|课|门|块|" +
  "宗|单|卷|盒|箱|瓶|支|根|公顷|立方米|m³|户次|家次|人天|架次|辆次|张次|万|千|期次|分|平方公里|平方千米|" +
  "千瓦时|万千瓦时|标准煤|吨标准煤|立方|千克|公斤|克|升|毫升|小时/年|个工作日|工作日|人/次|" +
  "盏|栋|幢|眼|口|延米|孔|人日|个次|所次|棵次|亩次|头次|羽|尾|床|册次|场馆|公里/年|元/年";
/** A unit may carry 万/千/亿 in front: 万平方米, 万亩, 万人次, 万株. */
const KNOWN_UNIT = new RegExp(`^[万千亿]?(?:${BASE_UNITS})(?:[/·][^\\d\\s/·]{1,6}){0,3}$`);

/** A unit we recognise without a space before it (率98%, 主任1名). */
export function isKnownUnit(unit: string): boolean {
  return unit.length <= 16 && KNOWN_UNIT.test(unit);
}

/** Characters that cannot be part of a unit: sentence punctuation, brackets, operators, colon. */
const NOT_UNIT_CHAR = /[\s\d:：，。、；;!！?？《》"“”'()（）[\]{}<>≥≤=]/;

/**
 * An open set: a short non-numeric suffix after the number ("元/人·天", "人次", "场"). Unknown units
 * are at most three characters per "/"/"·" segment, so "3季度完成" is not "3" in "季度完成".
 */
export function isUnitText(unit: string): boolean {
  if (!unit || unit.length > 12) return false;
  if (NOT_UNIT_CHAR.test(unit)) return false;
  if (unit.startsWith("/") || unit.endsWith("/")) return false;
  if (isKnownUnit(unit)) return true;
  return unit.split(UNIT_SEPARATOR).every((seg) => seg.length >= 1 && seg.length <= 3);
}
const UNIT_SEPARATOR = /[/·]/;

/** Normalise separators inside a unit: 元/天•人 → 元/天·人, spaces removed. */
export function cleanUnit(unit: string): string {
  let u = unit;
  if (WHITESPACE.test(u)) u = u.replace(WHITESPACE_RUNS, "");
  if (BULLET_DOT.test(u)) u = u.replace(BULLET_DOTS, "·");
  return u;
}

/** Target values repeat ("100", "95", "1"): a Decimal is immutable, so one per distinct text is shared. */
const decimalCache = registerCache(new Map<string, Decimal | null>());
const DECIMAL_CACHE_LIMIT = 10_000;

function toDecimal(value: string): Decimal | null {
  let d = decimalCache.get(value);
  if (d !== undefined) return d;
  try {
    d = new Decimal(value);
  } catch {
    d = null;
  }
  if (decimalCache.size >= DECIMAL_CACHE_LIMIT) decimalCache.clear();
  decimalCache.set(value, d);
  return d;
}

function quantitative(
  operator: Operator | null,
  value: string,
  unit: string | null,
  malformed?: string,
): Measure {
  const m: Measure = { operator, qualitative: false, value, number: toDecimal(value), unit: unit || null };
  if (malformed) m.malformed = malformed;
  return m;
}

/**
 * The value grammar without a leading operator: "95%", "150元/人/天", "3", "95%以上", and the malformed
 * forms "2/次", "次/350元", "2次/2500元", "2-3个". Returns null when the text is not a value at all (it
 * has words around the number), so line splitting can try another reading.
 */
export function parseValuePart(text: string, operator: Operator | null = null): Measure | null {
  let s = stripTrailingDebris(text);
  if (!s || s.length > 40) return null;
  s = cleanUnit(s);
  if (!HAS_DIGIT.test(s)) return null;

  let op = operator;
  let conflict = false;
  const suffix = endsLikeSuffixOperator(s) ? SUFFIX_OPERATOR.exec(s) : null;
  if (suffix && suffix.index > 0) {
    const sop = SUFFIX_OPERATOR_OF[suffix[1]];
    s = s.slice(0, suffix.index);
    if (op && op !== sop) conflict = true;
    op = op ?? sop;
  }
  if (s.endsWith("(含)")) s = s.slice(0, -3);
  const conflictNote = conflict ? "计算符号前后矛盾（数值前后各写了一个方向不同的符号）" : undefined;

  if ((s.length >= 5 || DATE_SHORT_HINT.test(s)) && DATE_HINT.test(s) && DATE.test(s))
    return dateMeasure(op ? `${OPERATOR_SYMBOL[op]}${s}` : s);

  const head = NUMBER_HEAD.exec(s);
  if (head) {
    const value = head[1].indexOf(",") >= 0 ? head[1].replace(COMMAS, "") : head[1];
    const tail = s.slice(head[0].length);
    if (tail === "") return quantitative(op, value, null, conflictNote);
    if (tail.endsWith("左右")) {
      const unit = tail.slice(0, -2);
      return quantitative(op, value, isUnitText(unit) ? unit : null, `「${s}」是约数，应写确定的目标值`);
    }
    if (isUnitText(tail)) return quantitative(op, value, tail, conflictNote);
    if (tail[0] === "/" && isUnitText(tail.slice(1))) {
      const unit = tail.slice(1);
      return quantitative(
        op,
        value,
        unit,
        `「${s}」写法不规范：数值与单位之间多了「/」，按「${value}${unit}」理解`,
      );
    }
    const range = RANGE_TAIL.exec(tail);
    if (range) {
      const rest = tail.slice(range[0].length);
      if (rest === "" || isUnitText(rest)) {
        return quantitative(
          op ?? ">=",
          value,
          rest || null,
          `写成了范围（${value}${range[0]}），应写一个确定的数值`,
        );
      }
    }
    const dbl = DOUBLE_VALUE.exec(tail);
    if (dbl && isUnitText(dbl[1])) {
      const unit = dbl[3] && isUnitText(dbl[3]) ? dbl[3] : null;
      return quantitative(
        op,
        dbl[2],
        unit,
        `一个指标里写了两个数值（${s}），应分成「${value}${dbl[1]}」和「${dbl[2]}${dbl[3]}」两个指标`,
      );
    }
    return null;
  }
  const unitFirst = UNIT_FIRST.exec(s);
  if (unitFirst && isUnitText(unitFirst[1]) && (unitFirst[3] === "" || isUnitText(unitFirst[3]))) {
    const unit = unitFirst[3] ? `${unitFirst[3]}/${unitFirst[1]}` : unitFirst[1];
    return quantitative(
      op,
      unitFirst[2],
      unit,
      `单位写在了数值前面（${s}），应写作「${unitFirst[2]}${unitFirst[3] ? unit : unitFirst[1]}」`,
    );
  }
  return null;
}

/**
 * Parse "≥95%", "≤ 10.85万元", "1次", "95%", "健全", "不低于95%", "95%以上", "≤140元/天·人",
 * "≥ 2/次" (malformed), "次/350元" (malformed), "≤150/本" (malformed), "逐年递减" (定性 text),
 * "" (value null).
 */
export function parseMeasure(text: string): Measure {
  const t = stripTrailingDebris(oneLine(normalizeText(toSimplified(text ?? "")))).trim();
  if (!t) return emptyMeasure();
  const lead = LEADING_OPERATOR.exec(t);
  const op = lead ? (OPERATOR_OF.get(lead[0]) ?? null) : null;
  const rest = lead ? t.slice(lead[0].length).trim() : t;
  if (!rest) return { ...emptyMeasure(), operator: op };

  const value = parseValuePart(rest, op);
  if (value) return value;

  if (!HAS_DIGIT.test(rest)) {
    const cn = chineseNumeralMeasure(rest, op);
    if (cn) return cn;
    return qualitativeMeasure(rest, op);
  }
  return bestReading(rest, op);
}

/** A value written in Chinese numerals with a known unit ("三次", "两期"): read, and reported. */
export function chineseNumeralMeasure(text: string, op: Operator | null): Measure | null {
  const cn = CHINESE_NUMERAL_HEAD.exec(text);
  if (!cn || !isKnownUnit(cn[2])) return null;
  const n = parseChineseNumeral(cn[1]);
  if (n === null) return null;
  return quantitative(op, String(n), cn[2], `数值用汉字书写（${text}），应写阿拉伯数字「${n}${cn[2]}」`);
}

/** A 定性 value; an operator before text cannot be applied, so it is reported rather than kept. */
export function qualitativeMeasure(text: string, op: Operator | null): Measure {
  const m: Measure = { operator: null, qualitative: true, value: text, number: null, unit: null };
  if (DEADLINE_WORDS.test(text)) m.kind = "date";
  else if (isGradeList(text)) m.kind = "grades";
  if (op) m.malformed = `定性指标值「${text}」前面不应有计算符号「${OPERATOR_SYMBOL[op]}」`;
  return m;
}

/** Digits mixed with words ("每季度≥ 2次", "2024年12月前"): the trailing number if there is one, else text. */
function bestReading(text: string, op: Operator | null): Measure {
  let lastOp: RegExpExecArray | null = null;
  OPERATOR_SCAN.lastIndex = 0;
  for (let m = OPERATOR_SCAN.exec(text); m; m = OPERATOR_SCAN.exec(text)) lastOp = m;
  if (lastOp) {
    const inner = parseValuePart(
      text.slice(lastOp.index + lastOp[0].length).trim(),
      OPERATOR_OF.get(lastOp[0]) ?? null,
    );
    if (inner) {
      const extra = text.slice(0, lastOp.index).trim();
      if (isProseAround(extra)) return proseMeasure(text);
      return {
        ...inner,
        malformed: inner.malformed ?? `指标值中有多余的文字「${extra}」，应只写符号、数值和单位`,
      };
    }
  }
  const start = trailingNumberStart(text);
  if (start > 0) {
    const inner = parseValuePart(text.slice(start), op);
    if (inner && (inner.unit === null || isKnownUnit(inner.unit))) {
      const extra = text.slice(0, start).trim();
      if (isProseAround(extra)) return proseMeasure(text);
      return {
        ...inner,
        malformed: inner.malformed ?? `指标值中有多余的文字「${extra}」，应只写符号、数值和单位`,
      };
    }
  }
  if (isProse(text)) return proseMeasure(text);
  return {
    operator: null,
    qualitative: true,
    value: text,
    number: null,
    unit: null,
    malformed: `指标值「${text}」不是一个单纯的数值，无法读出目标值`,
  };
}

const CJK_RUN = /[\u4e00-\u9fff]/g;
const CLAUSE_PUNCT = /[，,；;。：:]/;
/** Words before a number that make it an estimate or a description, not a target: 约30%, 按15次测算. */
const PROSE_WORD = /约|按|暂定|测算|根据|依据|其中|分期|左右/;

/**
 * Words before the number of a value that make the whole a sentence rather than a number with a stray
 * word: a clause (「…分期拨付，每期约」), or more than a few characters of text with a describing word.
 * 「每季度」 before 「≥2次」 is not prose: the value is readable, only written untidily.
 */
function isProseAround(extra: string): boolean {
  if (CLAUSE_PUNCT.test(extra)) return true;
  return extra.length >= 6 && PROSE_WORD.test(extra);
}

/** A text with numbers that reads as a sentence: several words of Chinese around its numbers. */
function isProse(text: string): boolean {
  return (text.match(CJK_RUN)?.length ?? 0) >= 6;
}

/**
 * Index where the last number of the text starts (digits, "." and "," of one number, and a "-" sign
 * right before it), or -1 when the text has no digit. Scans backwards once: linear.
 */
export function trailingNumberStart(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && !isDigit(text.charCodeAt(i))) i--;
  if (i < 0) return -1;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isDigit(c)) i--;
    else if ((c === 0x2e || c === 0x2c) && i >= 2 && isDigit(text.charCodeAt(i - 2))) i--;
    else break;
  }
  // a leading "." or "," is not part of the number
  while (i < text.length && !isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Budget-system operator codes and words in a 指标性质/计算符号 cell. */
const OPERATOR_CODE: Record<string, Operator | "定性"> = {
  "1": ">=",
  "2": ">",
  "3": "=",
  "4": "<",
  "5": "<=",
  "6": "定性",
};
const OPERATOR_CELL_WORDS: [RegExp, Operator | "定性" | "定量"][] = [
  [/定性|质性/, "定性"],
  [/大于或等于|大于等于|不低于|不少于|不小于|≥|正向/, ">="],
  [/小于或等于|小于等于|不高于|不超过|不大于|≤|反向/, "<="],
  [/大于|高于|>/, ">"],
  [/小于|低于|</, "<"],
  [/等于|=/, "="],
  [/定量/, "定量"],
];

/** The operator written in a 计算符号/指标性质 cell: a symbol, a code 1–6 or a word; "定性"; null when blank. */
export function parseOperatorCell(cell: string): Operator | "定性" | "定量" | null | undefined {
  const text = cell ?? "";
  // a long table repeats a handful of operator cells (≥, 定性, 1) on every row
  const cached = operatorCellCache.get(text);
  if (cached !== undefined || operatorCellCache.has(text)) return cached;
  const op = readOperatorCell(text);
  if (operatorCellCache.size >= OPERATOR_CELL_CACHE_LIMIT) operatorCellCache.clear();
  operatorCellCache.set(text, op);
  return op;
}

const operatorCellCache = registerCache(new Map<string, Operator | "定性" | "定量" | null | undefined>());
const OPERATOR_CELL_CACHE_LIMIT = 1000;

function readOperatorCell(cell: string): Operator | "定性" | "定量" | null | undefined {
  const t = normalizeText(cell).replace(WHITESPACE_RUNS, "");
  if (!t) return null;
  const code = OPERATOR_CODE_HEAD.exec(t);
  if (code) return OPERATOR_CODE[code[1]];
  for (const [re, op] of OPERATOR_CELL_WORDS) if (re.test(t)) return op;
  return undefined;
}

/**
 * parseMeasureCells for readers that only copy the fields (never change the measure): rows of a long
 * table repeat their operator, value and unit cells ("≥", "95", "%"), so each distinct row is read once.
 */
export function sharedMeasureOfCells(
  operatorCell: string,
  valueCell: string,
  unitCell: string,
): Readonly<Measure> {
  let byValue = cellsCache.get(operatorCell);
  if (byValue === undefined) cellsCache.set(operatorCell, (byValue = new Map()));
  let byUnit = byValue.get(valueCell);
  if (byUnit === undefined) byValue.set(valueCell, (byUnit = new Map()));
  let measure = byUnit.get(unitCell);
  if (measure === undefined) {
    measure = parseMeasureCells(operatorCell, valueCell, unitCell);
    if (++cellsCacheSize > CELLS_CACHE_LIMIT) {
      cellsCache.clear();
      cellsCacheSize = 0;
    } else byUnit.set(unitCell, measure);
  }
  return measure;
}

const cellsCache = new Map<string, Map<string, Map<string, Measure>>>();
let cellsCacheSize = 0;
const CELLS_CACHE_LIMIT = 20_000;
registerCache({
  clear: () => {
    cellsCache.clear();
    cellsCacheSize = 0;
  },
});

/**
 * Long layout: a separate 指标性质/计算符号 cell (≥ > = < ≤ 定性, codes 1–6, words 大于等于/正向/反向…),
 * the 指标值 cell and the 计量单位 cell. The value cell may itself carry an operator or a unit.
 */
export function parseMeasureCells(operatorCell: string, valueCell: string, unitCell: string): Measure {
  const opCell = parseOperatorCell(operatorCell);
  const valueText = oneLine(normalizeText(valueCell ?? "")).trim();
  const unitText = cleanUnit(oneLine(normalizeText(toSimplified(unitCell ?? ""))));
  const notes: string[] = [];
  if (opCell === undefined) notes.push(`计算符号「${normalizeText(operatorCell).trim()}」无法识别`);

  if (opCell === "定性") {
    const m: Measure = {
      operator: null,
      qualitative: true,
      value: valueText || null,
      number: null,
      unit: unitText || null,
    };
    // What kind of text it is (a date, a grade list, prose), read as a value without the 定性 cell says.
    const kind = valueText ? parseMeasure(valueText).kind : undefined;
    if (kind) m.kind = kind;
    if (notes.length) m.malformed = notes.join("；");
    return m;
  }

  const inner = parseMeasure(valueText);
  const m: Measure = { ...inner };
  const cellOp = opCell === "定量" || opCell === undefined ? null : opCell;
  if (cellOp) {
    if (inner.operator && inner.operator !== cellOp) {
      notes.push(
        `计算符号「${OPERATOR_SYMBOL[cellOp]}」与指标值中的「${OPERATOR_SYMBOL[inner.operator]}」不一致`,
      );
    }
    if (!inner.qualitative) m.operator = cellOp;
    else if (inner.value !== null && !inner.malformed) {
      notes.push(`计算符号为「${OPERATOR_SYMBOL[cellOp]}」，但指标值「${inner.value}」不是数值`);
    }
  }
  if (unitText) {
    if (inner.unit && inner.unit !== unitText && !inner.qualitative) {
      notes.push(`计量单位「${unitText}」与指标值中的单位「${inner.unit}」不一致`);
    }
    if (!inner.unit || inner.qualitative) m.unit = unitText;
  }
  if (inner.malformed) notes.unshift(inner.malformed);
  if (notes.length) m.malformed = notes.join("；");
  else delete m.malformed;
  return m;
}
