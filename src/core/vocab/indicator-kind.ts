/**
 * What an indicator's name says it measures. Shared by the value, classification and arithmetic rules
 * so they agree on what is a rate, a count, a cost. Word lists follow the category definitions in docs/domain.md.
 *
 * Every predicate ignores whitespace in the name. The `isX(name)` functions take a name as written; the
 * rules, which ask many of them about 300,000 indicators, go through `nameIs(plain, kind)` on a name
 * whose whitespace was removed once (rules/util/table-facts.ts remembers the answers per indicator).
 * A cheap `includes` on a character every alternative needs runs before each word-list regex.
 */

const HAS_SPACE = /\s/;
const SPACES = /\s+/g;

/** The name without whitespace; the same string when it has none (the common case, no allocation). */
export const stripSpaces = (name: string): string => (HAS_SPACE.test(name) ? name.replace(SPACES, "") : name);

/** What a name can be, one bit each (they fit a Uint16Array): see `nameIs`. */
export const NameKind = {
  satisfaction: 1,
  rate: 2,
  count: 4,
  peopleCount: 8,
  cost: 16,
  spending: 32,
  headcount: 64,
  totalCost: 128,
  cappedDuration: 256,
  timeliness: 512,
  sustainable: 1024,
  quality: 2048,
  negativeRate: 4096,
  controlRate: 8192,
} as const;
export type NameKind = (typeof NameKind)[keyof typeof NameKind];

// Each predicate below takes a name without whitespace ("plain").

const satisfactionOf = (n: string) => n.includes("满意");

const RATE = /(?<![效频])率|占比|比例|百分比/;
const rateOf = (n: string) => (n.includes("率") || n.includes("比")) && RATE.test(n);

const COUNT = /次数|个数|件数|场次|批次|篇数|期数|项数|条数|数量/;
const countOf = (n: string) => (n.includes("数") || n.includes("次")) && COUNT.test(n);

const PEOPLE_COUNT = /人数|人次|人员数|名额/;
const peopleCountOf = (n: string) => (n.includes("人") || n.includes("名")) && PEOPLE_COUNT.test(n);

/** The words that make a name a cost (with a 标准 for 住宿/伙食/接待/餐/补助/支付). */
export const COST_WORDS: readonly string[] = [
  "成本",
  "费",
  "经费",
  "资金",
  "金额",
  "补贴",
  "补助",
  "单价",
  "定额",
  "预算",
  "开支",
  "支出",
];
const COST = new RegExp(COST_WORDS.join("|"));
const STANDARD_END = /标准$/;
const STANDARD_OF = /住宿|伙食|接待|餐|补助|支付/;

/**
 * The cost test from its parts, for a caller that already knows them (rules/util/table-facts.ts reads
 * them in one pass over the name): not a rate or satisfaction, and a cost word, or 标准 at the end of a
 * 住宿/伙食/接待/餐/补助/支付 standard.
 */
export function costFrom(
  plain: string,
  rateOrSatisfaction: boolean,
  hasCostWord: boolean,
  endsWithStandard: boolean,
): boolean {
  if (rateOrSatisfaction) return false;
  return hasCostWord || (endsWithStandard && STANDARD_OF.test(plain));
}
const costOf = (n: string) => costFrom(n, rateOf(n) || satisfactionOf(n), COST.test(n), STANDARD_END.test(n));

const NOT_SPENDING_MEASURE = /人数|人次|次数|个数|数量|户数|期数|天数|时间|进度|执行|到位|覆盖|占比|比例/;
const NOT_SPENDING_MONEY =
  /收入|增收|收益|产值|效益|营业额|销售额|节约|节省|挽回|回收|撬动|带动|吸引|募集|争取|筹集|拉动/;
/** The spending test for a name already known to be a cost (or not). */
export const spendingFrom = (plain: string, isCost: boolean) =>
  isCost && !NOT_SPENDING_MEASURE.test(plain) && !NOT_SPENDING_MONEY.test(plain);
const spendingOf = (n: string) => spendingFrom(n, costOf(n));

const NOT_HEADCOUNT = /人次|次数|场次|批次|期数|频次|率|占比|比例/;
const HEADCOUNT = /人数|人员数|名额/;
const HEADCOUNT_END = /(人员|委员|干部|学员|代表|职工|群众|农户|学生|老人|儿童|患者)$/;
const headcountOf = (n: string) => {
  if (NOT_HEADCOUNT.test(n)) return false;
  return HEADCOUNT.test(n) || HEADCOUNT_END.test(n);
};

const TOTAL_COST = /总成本|总额|总费用|总经费|经费总额|费用总额|合计|控制在.*内/;
const totalCostOf = (n: string) =>
  (n.includes("总") || n.includes("合计") || n.includes("控制在")) && TOTAL_COST.test(n);

const CAPPED_DURATION = /会期|会议(时间|天数|时长)|培训(时间|天数|时长)/;
const cappedDurationOf = (n: string) => (n.includes("会") || n.includes("培训")) && CAPPED_DURATION.test(n);

/** Words that say a name measures being on time (及时率, 按时完成率, 按期, 准时, 时效). */
export const ON_TIME_WORDS: readonly string[] = ["及时", "按时", "按期", "准时", "时效"];
/** Words of a timeliness target: the on-time words but 准时, and deadlines, periods, completion times. */
const TIMELINESS_WORDS: readonly string[] = [
  "及时",
  "按时",
  "按期",
  "时限",
  "时效",
  "周期",
  "完成时间",
  "时间节点",
  "响应时间",
];
/** Words about when at all: a time, a deadline, a period, progress (a 时效 heading's own measures). */
const WHEN_WORDS: readonly string[] = ["时间", "时限", "期限", "周期", "进度"];

const wordsRe = (words: readonly string[]) => new RegExp(words.join("|"));
const ON_TIME = wordsRe(ON_TIME_WORDS);
const TIMELINESS = wordsRe(TIMELINESS_WORDS);
const ABOUT_TIME = wordsRe([...ON_TIME_WORDS, ...WHEN_WORDS]);
const timelinessOf = (n: string) => (n.includes("时") || n.includes("期")) && TIMELINESS.test(n);
/** A name without whitespace that says on time: 及时, 按时, 按期, 准时, 时效. */
export const onTimeOf = (n: string) => (n.includes("时") || n.includes("按期")) && ON_TIME.test(n);
/** A name without whitespace about when: an on-time word, 时间, 时限, 期限, 周期, 进度 (every timeliness name). */
export const aboutTimeOf = (n: string) => ABOUT_TIME.test(n);

const SUSTAINABLE = /健全|机制|制度|长效|可持续/;
const sustainableOf = (n: string) => SUSTAINABLE.test(n);

const QUALITY = /合格率|完成率|覆盖率|达标率|准确率|参会率|出勤率|通过率|验收|差错率|正确率/;
const qualityOf = (n: string) => (n.includes("率") || n.includes("验收")) && QUALITY.test(n);

const NEGATIVE_RATE =
  /差错率|错误率|事故率|投诉率|故障率|失误率|流失率|发生率|返工率|不合格率|不良率|缺陷率|超支率|超标率|违规率|违纪率|逾期率|超期率|延误率|误差率|偏差率|偏离率|损耗率|损坏率|损失率|死亡率|发病率|感染率|辍学率|失业率|空置率|闲置率|漏报率|误报率|漏检率|返贫率|退货率|失败率|重复率/;
const negativeRateOf = (n: string) => n.includes("率") && NEGATIVE_RATE.test(n);

const CONTROL_RATE = /控制率|增长率|节约率|降低率|下降率/;
const controlRateOf = (n: string) => n.includes("率") && CONTROL_RATE.test(n);

/** Whether a name without whitespace (see stripSpaces) is of the kind. */
export function nameIs(plain: string, kind: NameKind): boolean {
  switch (kind) {
    case NameKind.satisfaction:
      return satisfactionOf(plain);
    case NameKind.rate:
      return rateOf(plain);
    case NameKind.count:
      return countOf(plain);
    case NameKind.peopleCount:
      return peopleCountOf(plain);
    case NameKind.cost:
      return costOf(plain);
    case NameKind.spending:
      return spendingOf(plain);
    case NameKind.headcount:
      return headcountOf(plain);
    case NameKind.totalCost:
      return totalCostOf(plain);
    case NameKind.cappedDuration:
      return cappedDurationOf(plain);
    case NameKind.timeliness:
      return timelinessOf(plain);
    case NameKind.sustainable:
      return sustainableOf(plain);
    case NameKind.quality:
      return qualityOf(plain);
    case NameKind.negativeRate:
      return negativeRateOf(plain);
    case NameKind.controlRate:
      return controlRateOf(plain);
  }
}

/** …满意度 / 满意率. */
export const isSatisfaction = (name: string) => satisfactionOf(stripSpaces(name));

/** A rate: …率 (not 效率/频率 as plain words), 占比, 比例. */
export const isRate = (name: string) => rateOf(stripSpaces(name));

/** A count of events or things: 次数, 个数, 件数, 场次, 批次, 篇数, 期数. */
export const isCount = (name: string) => countOf(stripSpaces(name));

/** A count of people: 人数, 人次, 人员数, 参会委员 (with a number). */
export const isPeopleCount = (name: string) => peopleCountOf(stripSpaces(name));

/**
 * Money: 成本, 费, 经费, 资金, 金额, 补贴, 补助, 单价, 定额, 标准 (a spending standard).
 * A rate about money (成本控制率, 节约率, 到位率) is a rate, not a cost.
 */
export const isCost = (name: string) => costOf(stripSpaces(name));

/**
 * A spending amount or spending standard (经费, 成本, 补贴, 住宿标准): the kind of value that takes an
 * upper limit (≤). Narrower than isCost: not counts or people (补贴人数), not money the project brings in
 * or saves (增收, 节约资金, 到位资金), not progress or coverage.
 */
export const isSpending = (name: string) => spendingOf(stripSpaces(name));

/**
 * People counted by head (接待人数, 接待列席人员, 参会委员), not 人次 and not events (人员培训次数).
 * Used to catch people counted in 次.
 */
export const isHeadcount = (name: string) => headcountOf(stripSpaces(name));

const CONTROL_WITHIN = /控制在.*内/;
const PER_UNIT_WORD = /人均|每|单价|标准|定额/;

/**
 * A total cost of the project: 总成本, 总额, 总费用, 经费总额, 控制在…内. The parser reads "经费控制在10万元以内"
 * as 经费 ≤ 10万元 (控制在/以内 become the operator), so the line as written (`raw`) is asked too — unless the
 * name says it is per unit ("人均经费控制在500元以内" is a per-person cap, not the project's total).
 */
export const isTotalCost = (name: string, raw?: string) => {
  const n = stripSpaces(name);
  return totalCostOf(n) || (raw !== undefined && totalCostInLine(n, raw));
};

/** The raw-line half of isTotalCost, for a name already known not to say 总额 itself. */
export const totalCostInLine = (plainName: string, raw: string) =>
  raw.includes("控制在") && CONTROL_WITHIN.test(stripSpaces(raw)) && !PER_UNIT_WORD.test(plainName);

/** A length that policy caps: 会期, 会议时间/天数, 培训天数/时间. */
export const isCappedDuration = (name: string) => cappedDurationOf(stripSpaces(name));

/** Timeliness words: 及时, 按时, 按期, 时限, 周期, 完成时间. */
export const isTimeliness = (name: string) => timelinessOf(stripSpaces(name));

/** A rate whose good direction is down (smaller is better): 差错率, 事故率, 投诉率, 故障率. */
export const isNegativeRate = (name: string) => negativeRateOf(stripSpaces(name));

/** A quality rate: 合格率, 完成率, 覆盖率, 达标率, 准确率, 验收…. */
export const isQuality = (name: string) => qualityOf(stripSpaces(name));
