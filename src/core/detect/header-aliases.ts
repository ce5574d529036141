/**
 * Header texts as real tables write them, mapped to column roles. Matching is on the text with spaces,
 * line breaks and a unit in brackets removed: "金额 (万元)", "金额\n（万元）" and "*金额" all read as 金额.
 */
import type { ColumnRole } from "../model";

export interface HeaderRole {
  role: ColumnRole;
  /** Higher wins when two columns claim one role: 年度/本年 +1, 中期/上年 −1. */
  priority: number;
  /** A bare "单位": the indicator unit only when it sits right of the indicator columns. */
  weak?: boolean;
  /** The money unit named in the header ("金额(万元)"), amount columns only. */
  amountUnit?: "万元" | "元";
}

const SPACES = /[\s\u3000]+/g;
const MARKS = /[*＊★※:：]/g;
const BRACKETED = /[(（[【〔]([^)）\]】〕]*)[)）\]】〕]/g;

/** Header text without spaces, required-field marks, colons and bracketed parts. */
export function headerKey(text: string): string {
  return text.replace(SPACES, "").replace(BRACKETED, "").replace(MARKS, "");
}

/** Every header label ends with one of these (or a bracket, colon or mark): a cheap first test for data cells. */
const HEADER_END = /[码号称目额数金计标容质性向值位释明重注)）\]】〕:：*\s]$/;
const HEADER_END_CODES = new Set(
  Array.from("码号称目额数金计标容质性向值位释明重注)）]】〕:：*", (ch) => ch.charCodeAt(0)),
);

/**
 * False when neither the text nor its trimmed form can be a header label (HEADER_END, by its last
 * character): lets a scan over every data cell skip most of them without a lookup.
 */
export function mayBeHeaderLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return HEADER_END_CODES.has(last) || mayBeSpace(last);
}

/** Every \s character (and a few control characters): a text ending in one is trimmed before matching. */
function mayBeSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const ROLE_PATTERNS: readonly [ColumnRole, RegExp][] = [
  ["code", /^(单位|项目|预算单位|部门)?(编码|代码|编号)$/],
  ["name", /^((单位(名称)?(及|和|与|\/|、))|预算|二级)?项目(名称)?$/],
  [
    "amount",
    /^(项目|预算|年度|年度预算|年度资金|本年|项目总|合计)?(金额|资金总额|预算数|预算资金|预算金额|资金|总金额|资金合计|金额合计)$/,
  ],
  ["goal", /^(项目)?(年度|总体|整体|中期|本年)?(绩效)?目标(内容)?$/],
  ["indicators", /^(项目|年度|中期)?绩效指标(内容)?$/],
  ["level1", /^一级(绩效)?指标(名称)?$/],
  ["level2", /^二级(绩效)?指标(名称)?$/],
  ["level3", /^(三级(绩效)?指标(名称)?|指标名称|绩效指标名称)$/],
  ["operator", /^(指标性质|计算符号|指标方向|运算符号?|比较符号?|关系符号?|符号)$/],
  ["value", /^(年度|本年|中期|全年|绩效)?(指标值|目标值|预期值|指标目标值)$/],
  ["unit", /^(计量|度量|计算|指标)?单位$/],
  ["explanation", /^指标(解释|说明)$/],
  ["weight", /^(指标)?(权重|分值)$/],
  ["remark", /^备注(说明)?$/],
];

/** The role a header cell names, or null. Texts longer than a header label are never headers. */
export function roleOfHeader(text: string): HeaderRole | null {
  if (text === "" || text.length > 30 || !HEADER_END.test(text)) return null;
  const key = headerKey(text);
  if (key === "" || key.length > 14) return null;
  for (const [role, re] of ROLE_PATTERNS) {
    if (!re.test(key)) continue;
    const found: HeaderRole = { role, priority: yearPriority(text) };
    if (role === "unit" && key === "单位") found.weak = true;
    if (role === "amount") {
      const unit = moneyUnitIn(text);
      if (unit) found.amountUnit = unit;
    }
    return found;
  }
  return null;
}

/** 年度/本年 targets win over 中期/上年 ones when a table has both. */
export function yearPriority(text: string): number {
  if (/中期|上年|以前年度/.test(text)) return -1;
  if (/年度|本年|当年/.test(text)) return 1;
  return 0;
}

/** "万元" or "元" named in a text such as "金额(万元)" or "（单位：元）". */
export function moneyUnitIn(text: string): "万元" | "元" | null {
  if (/万元/.test(text)) return "万元";
  if (/[(（]\s*(单位\s*[:：]\s*)?元\s*[)）]/.test(text)) return "元";
  return null;
}

/** A line above a table such as "单位：万元", "金额单位：元", "单位:元". */
const UNIT_LINE = /单位\s*[:：]\s*(万元|元)(?![\u4e00-\u9fa5/／·])/;

export function unitLineIn(text: string): "万元" | "元" | null {
  const m = UNIT_LINE.exec(text);
  return m ? (m[1] as "万元" | "元") : null;
}
