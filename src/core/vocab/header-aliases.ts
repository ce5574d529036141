/**
 * Header texts as real tables write them, mapped to column roles. Matching is on the text with spaces,
 * line breaks and a unit in brackets removed: "金额 (万元)", "金额\n（万元）" and "*金额" all read as 金额.
 */
import type { ColumnRole } from "../model";
import { matchKey } from "../text/match-key";
import { isJsSpace } from "../text/space";

export interface HeaderRole {
  role: ColumnRole;
  /** Higher wins when two columns claim one role: 年度/本年 +1, 中期/上年 −1. */
  priority: number;
  /** A bare "单位": the indicator unit only when it sits right of the indicator columns. */
  weak?: boolean;
  /** The money unit named in the header ("金额(万元)"), amount columns only. */
  amountUnit?: "万元" | "元";
}

const BRACKETED = /[(（[【〔]([^)）\]】〕]*)[)）\]】〕]/g;

/**
 * Header text as the vocabulary sees it: matchKey (no spaces, marks or colons; simplified; pinyin
 * glosses gone) without bracketed parts, so 「金额 (万元)」, 「金额\n（万元）」, 「*金额」 and 「金額」 all read
 * as 金额.
 */
export function headerKey(text: string): string {
  return matchKey(text.replace(BRACKETED, ""));
}

/** Every header label ends with one of these (or a bracket, colon or mark): a cheap first test for data cells. */
const HEADER_END_CHARS =
  "码号称目额数金计标容质性向值位释明重注述类据准模算依分级)）]】〕:：*" +
  // the same endings in traditional characters (稱 標 額 數 碼 號 據 準 類)
  "稱標額數碼號據準類";
const HEADER_END = new RegExp(`[${HEADER_END_CHARS.replace(/[\]\\^-]/g, "\\$&")}\\s]$`);
const HEADER_END_CODES = new Set(Array.from(HEADER_END_CHARS, (ch) => ch.charCodeAt(0)));

/**
 * False when neither the text nor its trimmed form can be a header label (HEADER_END, by its last
 * character): lets a scan over every data cell skip most of them without a lookup.
 */
export function mayBeHeaderLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return HEADER_END_CODES.has(last) || mayBeSpace(last);
}

/** Every \s character (and the control characters): a text ending in one is trimmed before matching. */
function mayBeSpace(c: number): boolean {
  return c <= 0x20 || isJsSpace(c);
}

/**
 * The header vocabulary: each role with the words real tables use for it (keys as headerKey gives
 * them). Provinces name the same column differently — 三级指标 / 指标名称 / 指标 / 指标内容, 指标值 /
 * 目标值 / 当年预期实现值 / 区域目标值 — so each role lists its synonyms; the first role that matches wins.
 */
const ROLE_PATTERNS: readonly [ColumnRole, RegExp][] = [
  ["code", /^(单位|项目|预算单位|部门)?(编码|代码|编号)$/],
  ["name", /^((单位(名称)?(及|和|与|\/|、))|预算|二级)?项目(名称)?$|^(专项|专项资金|资金)名称$/],
  [
    "amount",
    /^(项目|预算|年度|年度预算|年度资金|本年|当年|项目总|合计|申报|项目申报)?(金额|资金总额|预算数|预算资金|预算金额|资金|总金额|资金合计|金额合计|资金规模|资金来源及规模|资金来源和规模)$|^当年预算$/,
  ],
  ["goal", /^(项目)?(年度|总体|整体|中期|本年|当年|实施期)?(总体)?(绩效)?目标(内容)?$/],
  ["indicators", /^(项目|年度|中期)?绩效指标(内容)?$/],
  ["level1", /^一级(绩效)?(指标)?(名称)?$|^(绩?效)?指标(分类|类别)$|^评价指标$/],
  ["level2", /^二级(绩效)?(指标)?(名称)?$|^评价内容$/],
  ["level3", /^三级(绩效)?(指标)?(名称)?$|^(绩效)?指标(名称|内容)?$|^具体指标$/],
  ["operator", /^(指标性质|计算符号|指标方向|运算符号?|比较符号?|关系符号?|符号)$/],
  [
    "value",
    /^(年度|本年|当年|中期|全年|绩效|区域|预期|年度指标)?(指标值|目标值|预期值|指标目标值|预期实现值|实现值)$|^(绩效指标)?评价标准$/,
  ],
  ["unit", /^(计量|度量|计算|指标)?单位$/],
  ["explanation", /^(绩效)?指标(解释|说明|描述|内涵)$|^绩效标准$/],
  ["weight", /^(指标)?(权重|分值|分数)$/],
  ["basis", /^(指标值?|目标值)?(设定|取值)?依据$|^评价标准确定依据$|^指标值设定依据$/],
  ["history", /^(\d{4}年度?|上年度?|上一年度?|历史)(实际)?(完成|执行|实现)?(值|数)$/],
  ["remark", /^备注(说明)?$/],
];

/** The role a header cell names, or null. Texts longer than a header label are never headers. */
export function roleOfHeader(text: string): HeaderRole | null {
  if (text === "" || text.length > 60 || !HEADER_END.test(text)) return null;
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
  if (/中期|上年|以前年度|长期|实施期/.test(text)) return -1;
  if (/年度|本年|当年/.test(text)) return 1;
  return 0;
}

/** "万元" or "元" named in a text such as "金额(万元)" or "（单位：元）". */
export function moneyUnitIn(text: string): "万元" | "元" | null {
  if (/[万萬]元/.test(text)) return "万元";
  if (/[(（]\s*(单位\s*[:：]\s*)?元\s*[)）]/.test(text)) return "元";
  return null;
}

/** A line above a table such as "单位：万元", "金额单位：元", "单位:元". */
const UNIT_LINE = /单位\s*[:：]\s*(万元|元)(?![\u4e00-\u9fa5/／·])/;

export function unitLineIn(text: string): "万元" | "元" | null {
  const m = UNIT_LINE.exec(text);
  return m ? (m[1] as "万元" | "元") : null;
}
