/**
 * What an indicator's name says it measures. Shared by the value, classification and arithmetic rules
 * so they agree on what is a rate, a count, a cost. Word lists follow PRIMER §1–§2.
 */
import type { Level2Key } from "../model";

const strip = (name: string) => name.replace(/\s+/g, "");

/** …满意度 / 满意率. */
export const isSatisfaction = (name: string) => /满意/.test(strip(name));

/** A rate: …率 (not 效率/频率 as plain words), 占比, 比例. */
export const isRate = (name: string) => /(?<![效频])率|占比|比例|百分比/.test(strip(name));

/** A count of events or things: 次数, 个数, 件数, 场次, 批次, 篇数, 期数. */
export const isCount = (name: string) => /次数|个数|件数|场次|批次|篇数|期数|项数|条数|数量/.test(strip(name));

/** A count of people: 人数, 人次, 人员数, 参会委员 (with a number). */
export const isPeopleCount = (name: string) => /人数|人次|人员数|名额/.test(strip(name));

/**
 * Money: 成本, 费, 经费, 资金, 金额, 补贴, 补助, 单价, 定额, 标准 (a spending standard).
 * A rate about money (成本控制率, 节约率, 到位率) is a rate, not a cost.
 */
export const isCost = (name: string) => {
  const n = strip(name);
  if (isRate(n) || isSatisfaction(n)) return false;
  return /成本|费|经费|资金|金额|补贴|补助|单价|定额|预算|开支|支出/.test(n) || /标准$/.test(n) && /住宿|伙食|接待|餐|补助|支付/.test(n);
};

/**
 * A spending amount or spending standard (经费, 成本, 补贴, 住宿标准): the kind of value that takes an
 * upper limit (≤). Narrower than isCost: not counts or people (补贴人数), not money the project brings in
 * or saves (增收, 节约资金, 到位资金), not progress or coverage.
 */
export const isSpending = (name: string) => {
  const n = strip(name);
  if (!isCost(n)) return false;
  if (/人数|人次|次数|个数|数量|户数|期数|天数|时间|进度|执行|到位|覆盖|占比|比例/.test(n)) return false;
  return !/收入|增收|收益|产值|效益|营业额|销售额|节约|节省|挽回|回收|撬动|带动|吸引|募集|争取|筹集|拉动/.test(n);
};

/**
 * People counted by head (接待人数, 接待列席人员, 参会委员), not 人次 and not events (人员培训次数).
 * Used to catch people counted in 次.
 */
export const isHeadcount = (name: string) => {
  const n = strip(name);
  if (/人次|次数|场次|批次|期数|频次|率|占比|比例/.test(n)) return false;
  return /人数|人员数|名额/.test(n) || /(人员|委员|干部|学员|代表|职工|群众|农户|学生|老人|儿童|患者)$/.test(n);
};

const TOTAL_COST = /总成本|总额|总费用|总经费|经费总额|费用总额|合计|控制在.*内/;
const CONTROL_WITHIN = /控制在.*内/;
const PER_UNIT_WORD = /人均|每|单价|标准|定额/;

/**
 * A total cost of the project: 总成本, 总额, 总费用, 经费总额, 控制在…内. The parser reads "经费控制在10万元以内"
 * as 经费 ≤ 10万元 (控制在/以内 become the operator), so the line as written (`raw`) is asked too — unless the
 * name says it is per unit ("人均经费控制在500元以内" is a per-person cap, not the project's total).
 */
export const isTotalCost = (name: string, raw?: string) => {
  const n = strip(name);
  if (TOTAL_COST.test(n)) return true;
  return raw !== undefined && raw.includes("控制在") && CONTROL_WITHIN.test(strip(raw)) && !PER_UNIT_WORD.test(n);
};

/** A length that policy caps: 会期, 会议时间/天数, 培训天数/时间. */
export const isCappedDuration = (name: string) => /会期|会议(时间|天数|时长)|培训(时间|天数|时长)/.test(strip(name));

/** Timeliness words: 及时, 按时, 按期, 时限, 周期, 完成时间. */
export const isTimeliness = (name: string) => /及时|按时|按期|时限|时效|周期|完成时间|时间节点|响应时间/.test(strip(name));

/** Lasting mechanisms: 健全性, 机制, 制度, 长效, 可持续, 合理性, 规范性. */
export const isSustainable = (name: string) => /健全|机制|制度|长效|可持续/.test(strip(name));

/** Quality words: 合格率, 完成率, 覆盖率, 达标率, 准确率, 参会率, 出勤率, 通过率. */
export const isQuality = (name: string) => /合格率|完成率|覆盖率|达标率|准确率|参会率|出勤率|通过率|验收|差错率|正确率/.test(strip(name));

/** A rate whose good direction is down (smaller is better): 差错率, 事故率, 投诉率, 故障率. */
export const isNegativeRate = (name: string) =>
  /差错率|错误率|事故率|投诉率|故障率|失误率|流失率|发生率|返工率|不合格率|不良率|缺陷率|超支率|超标率|违规率|违纪率|逾期率|超期率|延误率|误差率|偏差率|偏离率|损耗率|损坏率|损失率|死亡率|发病率|感染率|辍学率|失业率|空置率|闲置率|漏报率|误报率|漏检率|返贫率|退货率|失败率|重复率/.test(
    strip(name),
  );

/** Control/growth/saving rates whose direction decides whether the target means anything. */
export const isControlRate = (name: string) => /控制率|增长率|节约率|降低率|下降率/.test(strip(name));

/**
 * The 二级 category the name most plausibly belongs to, or null when the name does not say.
 * Order matters: "会议费控制率" is a rate about cost — a 成本 indicator; "及时率" is 时效 before 质量.
 */
export function categoryOfName(name: string): Level2Key | null {
  const n = strip(name);
  if (isSatisfaction(n)) return "satisfaction";
  if (isTimeliness(n)) return "timeliness";
  if (isCost(n) || /成本/.test(n)) return "cost";
  if (isSustainable(n)) return "sustainable";
  if (isQuality(n)) return "quality";
  return null;
}
