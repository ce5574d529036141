/**
 * Suggestions the value rules put in their messages: which unit a name calls for, which operator
 * fits its direction, and what a measurable target looks like. A suggestion is only offered when the
 * name makes it clear; otherwise the message says what is wrong without guessing a fix.
 */
import type { Indicator, Level2Key, Operator } from "../../model";
import {
  isCappedDuration,
  isCount,
  isHeadcount,
  isNegativeRate,
  isPeopleCount,
  isRate,
  isSatisfaction,
  isSpending,
  isTimeliness,
} from "../../vocab/indicator-kind";

const COUNT_UNIT: [RegExp, string][] = [
  [/篇数/, "篇"],
  [/期数/, "期"],
  [/件数/, "件"],
  [/个数/, "个"],
  [/批次/, "批次"],
  [/场次/, "场"],
  [/条数/, "条"],
  [/项数/, "项"],
  [/户数/, "户"],
  [/次数/, "次"],
];

/** The unit the name calls for ("…及时率" → %, "接待人数" → 人), or null when the name does not say. */
export function suggestUnit(name: string): string | null {
  if (isRate(name) || isSatisfaction(name)) return "%";
  if (isPeopleCount(name) && /人次/.test(name)) return "人次";
  if (isHeadcount(name) || isPeopleCount(name)) return "人";
  if (isCappedDuration(name) || /天数/.test(name)) return "天";
  for (const [re, unit] of COUNT_UNIT) if (re.test(name)) return unit;
  if (isSpending(name)) return /单价|标准|定额|人均|每/.test(name) ? "元" : "万元";
  // A bare 数量 counts things of any kind (台, 块, 户, 个): the name does not say which.
  if (isCount(name) && !/数量/.test(name)) return "次";
  return null;
}

/** Things nobody wants more of: "会议异常事故发生次数", "投诉件数". */
const UNWANTED = /事故|投诉|差错|错误|故障|失误|违规|违纪|返工|超支|延误|安全事件|异常/;
/** People counts that are targets to reach (参会人数 ≥N) rather than exact staffing (聘用人数 =N). */
const PEOPLE_REACHED = /参会|参训|培训|接待|受益|覆盖|服务|慰问|走访/;

/**
 * The operator that fits the direction: ≤ for costs, capped lengths, error rates and unwanted events;
 * ≥ for rates, satisfaction, counts of work done and people reached; = otherwise (staffing, one meeting).
 */
export function suggestOperator(name: string): Operator {
  if (isSpending(name) || isNegativeRate(name) || isCappedDuration(name) || UNWANTED.test(name)) return "<=";
  if (isRate(name) || isSatisfaction(name) || isCount(name)) return ">=";
  if (isHeadcount(name) || isPeopleCount(name)) return PEOPLE_REACHED.test(name) ? ">=" : "=";
  return "=";
}

/** What a measurable target looks like for this indicator, as a short example ("「=100%」"). */
export function measurableExample(ind: Indicator): string {
  const n = ind.name;
  if (isRate(n) || isSatisfaction(n)) {
    if (isNegativeRate(n)) return "「≤1%」这样的百分比";
    if (/增长率/.test(n)) return "「≤0%」这样的百分比";
    if (/控制率/.test(n)) return "「≤100%」这样的百分比";
    if (/节约|降低|下降|减少/.test(n)) return "「≥5%」这样的百分比";
    return "「≥95%」这样的百分比";
  }
  if (isSpending(n) || ind.level2Key === "cost" || ind.level2Key === "economicCost") {
    return /标准|单价|定额|人均/.test(n) ? "「≤3000元/人·月」这样的标准金额" : "「≤2.5万元」这样的金额上限";
  }
  if (isTimeliness(n) || ind.level2Key === "timeliness") return "「按时完成率 =100%」或「≤30天」";
  if (ind.level2Key === "quantity") return "「≥4次」「=9人」这样的数量";
  return "「≥95%」这样的数值";
}

/** The 二级 categories whose indicators must carry a number (数量/质量/时效/成本; docs/domain.md). */
export const MEASURED_LEVEL2: ReadonlySet<Level2Key> = new Set<Level2Key>([
  "quantity",
  "quality",
  "timeliness",
  "cost",
  "economicCost",
]);
