/**
 * One indicator line → name + measure. The measure is the trailing part of the line: from an operator
 * (≥ ≤ 不低于 …), a trailing number with its unit, a colon-separated value ("补贴人数：7名"), or a 定性
 * word after a space ("会议管理制度健全性 健全"). The name keeps everything before it ("…次数 每季度").
 */
import type { Operator } from "../model";
import { CJK_CLASS, normalizeText } from "../text/normalize";
import { isCost } from "../vocab/indicator-kind";
import {
  DATE,
  DEADLINE_WORDS,
  EMPTY_MEASURE,
  isGradeList,
  TRAILING_DATE,
  chineseNumeralMeasure,
  dateMeasure,
  type Measure,
  OPERATOR_SCAN,
  stripTrailingDebris,
  isKnownUnit,
  loneOperatorSymbolAt,
  operatorOfSymbol,
  operatorOfWord,
  parseValuePart,
  qualitativeMeasure,
  trailingNumberStart,
} from "./measure";
import { registerCache } from "./caches";
import { readNumbering } from "./numbering";

export interface LineSplit {
  name: string;
  measure: Measure;
  /** An operator ended the line with no value after it ("…工作成本 ≤"): the value may follow on the next line. */
  pendingOperator: boolean;
  /** How the measure was found, for continuation decisions. */
  by: "operator" | "colon" | "number" | "qualitative" | "none";
}

/** 定性 values seen in real tables. */
const QUALITATIVE_WORDS = new Set([
  "健全",
  "合理",
  "提高",
  "显著",
  "规范",
  "有效",
  "有创新",
  "及时",
  "提升",
  "正常开展",
  "积极",
  "逐年递减",
  "按规定支付",
  "完善",
  "良好",
  "优",
  "优良",
  "优秀",
  "高",
  "中",
  "低",
  "高中低",
  "是",
  "否",
  "达标",
  "合格",
  "明显",
  "稳定",
  "增加",
  "减少",
  "降低",
  "持续",
  "长期",
  "完成",
  "按时",
  "按期",
  "符合",
  "符合要求",
  "较好",
  "好",
  "满意",
  "基本满意",
  "改善",
  "增强",
  "加强",
  "到位",
  "落实",
  "准确",
  "安全",
  "完整",
  "齐全",
  "畅通",
  "逐年提高",
  "逐步提高",
  "逐年增加",
  "逐年递增",
  "有所提升",
  "有所提高",
  "大幅提升",
  "明显提升",
  "明显改善",
  "显著提升",
  "显著提高",
  "持续提升",
  "不断提高",
  "进一步提高",
  "进一步提升",
  "保持稳定",
  "正常运转",
  "按月发放",
  "正常",
  "充分",
  "高效",
  "便捷",
]);
const QUALITATIVE_SHAPE =
  /^(?:逐年|逐步|有所|明显|显著|进一步|持续|不断|大幅|较|按|有|无|得到|基本|全面|保持|确保|切实)|(?:提高|提升|改善|增强|完善|健全|规范|有效|合理|及时|显著|递减|递增|降低|减少|增加|支付|开展|发放|到位|落实|保障|稳定|明显|良好|达标|合格|缴纳)$/;

const DIGIT_OR_SPACE = /[\d\s]/;
const HAS_DIGIT = /\d/;
const SPACE_RUNS = /\s{2,}/g;
const PROPERTY_NAME_END = /[性率度况]$/;
const RANGE_BEFORE = /(\d+(?:\.\d+)?)\s*[-~至到]\s*$/;

export function isQualitativeWord(text: string): boolean {
  if (!text || text.length > 24 || DIGIT_OR_SPACE.test(text)) return false;
  if (isGradeList(text) || DEADLINE_WORDS.test(text)) return true;
  return text.length <= 12 && (QUALITATIVE_WORDS.has(text) || QUALITATIVE_SHAPE.test(text));
}

/** Placeholders and operators inside a unit bracket: 「(≥**%)」「(XX人)」 → 「%」「人」. */
const BRACKET_NOISE = /[≥≤<>=*＊xX×\d.\s]/g;

/**
 * The unit a name carries in brackets at its end: 「受益人数(人)」 → 人, 「苗木成活率(≥**%)」 → %,
 * 「资金(万元)」 → 万元; null when the brackets hold no known unit. The placeholder stays in the name.
 */
export function unitInName(name: string): string | null {
  const m = NAME_BRACKET_END.exec(name);
  if (!m) return null;
  const unit = m[1].replace(BRACKET_NOISE, "");
  return unit && isKnownUnit(unit) ? unit : null;
}
const NAME_BRACKET_END = /\(([^()]{1,12})\)$/;

/**
 * A value read from its own cell, given the name of its row: a bare number takes the unit the name
 * carries in brackets (「受益人数(人)」 + 132 → 132 人). The measure itself is never changed.
 */
export function withNameUnit(measure: Readonly<Measure>, name: string): Readonly<Measure> {
  if (measure.value === null || measure.qualitative || measure.unit !== null) return measure;
  const unit = unitInName(name);
  return unit === null ? measure : { ...measure, unit };
}

/** Property words that a 定性 value often follows without a space: "…及时性按月发放及缴纳". */
const PROPERTY_THEN_VALUE =
  /(健全|合理|规范|及时|有效|创新|准确|完整|稳定|安全|持续|长效|合规|公开|透明|科学|可持续|积极)性(?=[^\d\s性率度]{2,12}$)/;

const MONEY_UNIT = /元/;
/** A trailing date must say it is one (年, 月, a period): 「2024.5」 alone may be a number. */
const DATE_WORD = /[年月]/;
const CJK_BEFORE = new RegExp(`[${CJK_CLASS}》」』)%]`);
const NAME_END_FOR_BARE_NUMBER = /[率度数量额费]$/;
/** A parenthetical note at the end: "辅助人员2名(政府雇员或公益性)". */
const TRAILING_NOTE = /\(([^()]{1,40})\)$/;
/** A weight (权重/分值) written after the value: "(10分)". */
const WEIGHT_NOTE = /^\s*(?:权重|分值)?[:：]?\s*\d+(?:\.\d+)?\s*分?\s*$/;

/** Words that only lead into the value: "经费控制在10万元以内", "合格率为95%" (but not "不文明行为"). */
const NAME_LEAD_OUT = /(?:控制在|(?<=[率数量额度准间限费本])为)$/;

/** Space, colon (half- or full-width), tab and line break around a name. */
function isEdge(code: number): boolean {
  return code === 0x20 || code === 0x3a || code === 0xff1a || code === 0x09 || code === 0x0a;
}

function trimEdges(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && isEdge(text.charCodeAt(a))) a++;
  while (b > a && isEdge(text.charCodeAt(b - 1))) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** NAME_LEAD_OUT can only match a name ending in 在 or 为: a cheap test before the regex. */
function mayLeadOut(n: string): boolean {
  const c = n.charCodeAt(n.length - 1);
  return c === 0x5728 || c === 0x4e3a;
}

function cleanName(name: string): string {
  let n = trimEdges(name);
  if (n.length > 3 && mayLeadOut(n) && NAME_LEAD_OUT.test(n)) n = trimEdges(n.replace(NAME_LEAD_OUT, ""));
  return n.indexOf("  ") >= 0 ? n.replace(SPACE_RUNS, " ") : n;
}

function noMeasure(name: string): LineSplit {
  return { name: cleanName(name), measure: { ...EMPTY_MEASURE }, pendingOperator: false, by: "none" };
}

/**
 * Split an indicator body (numbering already removed) into name and measure. Linear in the line length.
 */
export function splitNameMeasure(body: string): LineSplit {
  const s = stripTrailingDebris(body);
  if (!s) return noMeasure("");
  let split = findMeasure(s);
  if (split.by === "none") {
    const note = TRAILING_NOTE.exec(s);
    if (note && note.index > 0) {
      const inner = findMeasure(stripTrailingDebris(s.slice(0, note.index)));
      if (inner.by !== "none" && !inner.measure.qualitative) {
        // a weight "(10分)" is not part of the name; any other note stays with it
        split = WEIGHT_NOTE.test(note[1]) ? inner : { ...inner, name: `${inner.name}(${note[1]})` };
      }
    }
  }
  return withUnitFixes(split, s);
}

/**
 * splitNameMeasure for the most common line only — one operator symbol, then a value ("…参与人数 ≥
 * 240人") — and null for any other line. The same result, cheaper: callers try it first.
 */
export function splitCommonLine(body: string): LineSplit | null {
  const s = stripTrailingDebris(body);
  const split = s ? byLoneSymbol(s) : null;
  return split && withUnitFixes(split, s);
}

/** A unit written in the name ("苗木成活率(%)" with a bare 85), a cost per 本 without its money unit. */
function withUnitFixes(split: LineSplit, s: string): LineSplit {
  const m = split.measure;
  if (m.value !== null && !m.qualitative && m.unit === null) {
    const hidden = unitInName(split.name);
    if (hidden !== null) split.measure = { ...m, unit: hidden };
  } else if (
    m.unit &&
    m.malformed &&
    !MONEY_UNIT.test(m.unit) &&
    isCost(split.name) &&
    s.endsWith(`${m.value}/${m.unit}`)
  ) {
    // "印刷出版成本 ≤150/本": a cost per 本 with the money unit left out
    split.measure = {
      ...m,
      unit: `元/${m.unit}`,
      malformed: `单位缺少金额单位（${m.value}/${m.unit}），按「${m.value}元/${m.unit}」理解`,
    };
  }
  return split;
}

function findMeasure(s: string): LineSplit {
  return byLoneSymbol(s) ?? byOperator(s) ?? byColon(s) ?? byNumber(s) ?? byQualitative(s) ?? noMeasure(s);
}

/**
 * byOperator for the most common line, one symbol followed by a value ("…参与人数 ≥ 240人"): the same
 * result, with the value part read once per distinct text. Null when the line is anything else.
 */
function byLoneSymbol(s: string): LineSplit | null {
  const at = loneOperatorSymbolAt(s);
  if (at < 0) return null;
  const rest = s.slice(at + 1).trim();
  if (rest === "") return null;
  const measure = valueAfterSymbol(rest, operatorOfSymbol(s.charCodeAt(at))!);
  if (measure === null) return null;
  return { name: cleanName(s.slice(0, at)), measure, pendingOperator: false, by: "operator" };
}

/**
 * Value texts after an operator repeat ("100%", "1次"), one map per operator. The measures are shared
 * by every line with that value, so they are never modified (splitNameMeasure copies before changing).
 */
const valueCache: Record<Operator, Map<string, Measure | null>> = {
  ">=": new Map(),
  ">": new Map(),
  "=": new Map(),
  "<": new Map(),
  "<=": new Map(),
};
registerCache({ clear: () => Object.values(valueCache).forEach((m) => m.clear()) });
const VALUE_CACHE_LIMIT = 20_000;

function valueAfterSymbol(rest: string, op: Operator): Measure | null {
  const byText = valueCache[op];
  let measure = byText.get(rest);
  if (measure !== undefined) return measure;
  const read = parseValuePart(rest, op) ?? chineseNumeralMeasure(rest, op);
  measure = read && uniformMeasure(read);
  if (byText.size >= VALUE_CACHE_LIMIT) byText.clear();
  byText.set(rest, measure);
  return measure;
}

/**
 * The measure with its fields in one fixed order (malformed last, undefined when the value is clean).
 * The measures the value parser builds come in several object shapes; the parser and the rules read the
 * fields of every line's measure, and reads of one shape are much faster than reads of many.
 */
function uniformMeasure(m: Measure): Measure {
  return {
    operator: m.operator,
    qualitative: m.qualitative,
    value: m.value,
    number: m.number,
    unit: m.unit,
    malformed: m.malformed,
    kind: m.kind,
  };
}

/** The last operator whose remainder reads as a value; or an operator that ends the line. */
function byOperator(s: string): LineSplit | null {
  const hits: RegExpExecArray[] = [];
  OPERATOR_SCAN.lastIndex = 0;
  for (let m = OPERATOR_SCAN.exec(s); m; m = OPERATOR_SCAN.exec(s)) {
    hits.push(m);
    if (hits.length > 16) hits.shift(); // a line never has more; keeps pathological input linear
  }
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i];
    const op = operatorOfWord(hit[0]) as Operator;
    const rest = s.slice(hit.index + hit[0].length).trim();
    const name = s.slice(0, hit.index);
    if (rest === "") {
      if (i === hits.length - 1 && name.trim() && isSymbol(hit[0])) {
        return {
          name: cleanName(name),
          measure: { ...EMPTY_MEASURE, operator: op },
          pendingOperator: true,
          by: "operator",
        };
      }
      continue;
    }
    const measure = parseValuePart(rest, op) ?? chineseNumeralMeasure(rest, op);
    if (measure) return { name: cleanName(name), measure, pendingOperator: false, by: "operator" };
    // "≥ 良好": a symbol followed by a short 定性 word
    if (
      i === hits.length - 1 &&
      isSymbol(hit[0]) &&
      rest.length <= 12 &&
      !HAS_DIGIT.test(rest) &&
      isQualitativeWord(rest)
    ) {
      return {
        name: cleanName(name),
        measure: qualitativeMeasure(rest, op),
        pendingOperator: false,
        by: "operator",
      };
    }
  }
  return null;
}

function isSymbol(op: string): boolean {
  return op.length === 1;
}

/** "补贴人数：7名", "记账及时率：及时". */
function byColon(s: string): LineSplit | null {
  const i = s.lastIndexOf(":");
  if (i <= 0) return null;
  const rest = s.slice(i + 1).trim();
  if (!rest) return null;
  const measure = parseValuePart(rest);
  if (measure) return { name: cleanName(s.slice(0, i)), measure, pendingOperator: false, by: "colon" };
  const name = cleanName(s.slice(0, i));
  if (
    isQualitativeWord(rest) ||
    (rest.length <= 4 && !HAS_DIGIT.test(rest) && PROPERTY_NAME_END.test(name))
  ) {
    return { name, measure: qualitativeMeasure(rest, null), pendingOperator: false, by: "colon" };
  }
  return null;
}

/** A trailing number with its unit: "举行政协全委会议 1次", "社情民意问题整改地率98%", "接待标准 150元/人/天". */
function byNumber(s: string): LineSplit | null {
  // the malformed "次/350元" and "2次/2500元" forms sit after a space
  const sp = s.lastIndexOf(" ");
  if (sp > 0) {
    const token = s.slice(sp + 1);
    if (DATE.test(token))
      return {
        name: cleanName(s.slice(0, sp)),
        measure: dateMeasure(token),
        pendingOperator: false,
        by: "number",
      };
    if (token.indexOf("/") > 0) {
      const measure = parseValuePart(token);
      if (measure) return { name: cleanName(s.slice(0, sp)), measure, pendingOperator: false, by: "number" };
    }
  }
  const date = TRAILING_DATE.exec(s);
  if (date && date.index > 0 && DATE_WORD.test(date[0]) && CJK_BEFORE.test(s[date.index - 1])) {
    // 「完成时间2026年10月底前」: a deadline glued to its name
    return {
      name: cleanName(s.slice(0, date.index)),
      measure: dateMeasure(date[0]),
      pendingOperator: false,
      by: "number",
    };
  }
  let start = trailingNumberStart(s);
  if (start < 0) return null;
  if (start > 0 && s[start - 1] === "-" && (start === 1 || s[start - 2] === " ")) start--; // a negative value
  // a range "2-3个" or "2~3个": start at its first number
  const rangeStart = RANGE_BEFORE.exec(s.slice(Math.max(0, start - 12), start));
  if (rangeStart) start -= rangeStart[0].length;
  const valueText = s.slice(start);
  const measure = parseValuePart(valueText);
  if (!measure) return null;
  const name = s.slice(0, start);
  if (name.trim() === "") return { name: "", measure, pendingOperator: false, by: "number" };
  const before = name[name.length - 1];
  if (before === " " || before === ":") {
    return { name: cleanName(name), measure, pendingOperator: false, by: "number" };
  }
  if (!CJK_BEFORE.test(before)) return null; // "GB2312", "5G", "/2500元"
  const unitOk =
    measure.unit === null
      ? NAME_END_FOR_BARE_NUMBER.test(name)
      : isKnownUnit(measure.unit) || !!measure.malformed;
  if (!unitOk) return null;
  return { name: cleanName(name), measure, pendingOperator: false, by: "number" };
}

/** A 定性 value after the last space ("会议管理制度健全性 健全"), or glued to a …性 name. */
function byQualitative(s: string): LineSplit | null {
  const sp = s.lastIndexOf(" ");
  if (sp > 0) {
    const token = s.slice(sp + 1);
    if (isQualitativeWord(token)) {
      return {
        name: cleanName(s.slice(0, sp)),
        measure: qualitativeMeasure(token, null),
        pendingOperator: false,
        by: "qualitative",
      };
    }
    const cn = chineseNumeralMeasure(token, null);
    if (cn) return { name: cleanName(s.slice(0, sp)), measure: cn, pendingOperator: false, by: "number" };
  }
  const glued = PROPERTY_THEN_VALUE.exec(s);
  if (glued) {
    const end = glued.index + glued[0].length;
    const token = s.slice(end);
    return {
      name: cleanName(s.slice(0, end)),
      measure: qualitativeMeasure(token, null),
      pendingOperator: false,
      by: "qualitative",
    };
  }
  return null;
}

/** Split one indicator line "1. 政协委员参会率 95%" into name + measure (numbering removed). */
export function parseIndicatorLine(line: string): { name: string; measure: Measure } | null {
  const t = normalizeText(line ?? "")
    .replace(/\n/g, " ")
    .trim();
  if (!t) return null;
  const body = readNumbering(t).body;
  if (!body) return null;
  const split = splitNameMeasure(body);
  if (!split.name && split.measure.value === null && split.measure.operator === null) return null;
  return { name: split.name, measure: split.measure };
}
