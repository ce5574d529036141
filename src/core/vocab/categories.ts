/**
 * The indicator categories (一级/二级指标): their canonical names, the words real tables write them in,
 * and a guess from an indicator's own name for grids that have no category columns.
 *
 * Headings are matched on their matchKey (half-width, simplified, no spaces, marks, colons or pinyin
 * glosses) with a trailing annotation removed, so 「數量指標」「数 量 指 标：」「数量指标(必填硬性指标)」
 * and 「数量指标*」 all read as 数量指标. Each list of words below is the only one: headings in the
 * parser, the grid reader, the rules and the templates all come here.
 *
 * Variants seen in real tables and what they map to:
 * - 进度指标 → 时效 (a schedule is a timeliness target); 项目完成指标 / 预期产出 → 产出.
 * - 环境效益(指标) → 生态效益; 效果指标 / 项目效益 → 效益.
 * - 满意度指标, 服务对象满意度指标, 社会公众或服务对象满意度指标 → 满意度 (一级 and 二级).
 * - NDRC (中央预算内投资) tables put two containers above the usual categories: 实施效果指标 holds
 *   产出指标 and 效益指标 as its 二级 (and sometimes 满意度指标); 过程管理指标 holds project-management
 *   items (进度, 资金到位, 招投标…) that have no 2015/2021 counterpart. Neither is one of our 一级:
 *   level1KeyOf returns null for both, and ndrcContainerOf says which one a heading is, so a grid
 *   reader can shift the hierarchy (read the 二级 column as 一级 under 实施效果指标).
 */
import type { Level1Key, Level2Key } from "../model";
import { matchKey } from "../text/match-key";
import { isCost, isCount, isPeopleCount, isQuality, isSatisfaction, isTimeliness } from "./indicator-kind";

export const LEVEL1_NAME: Record<Level1Key, string> = {
  output: "产出指标",
  benefit: "效益指标",
  satisfaction: "满意度指标",
  cost: "成本指标",
};

export const LEVEL2_NAME: Record<Level2Key, string> = {
  quantity: "数量指标",
  quality: "质量指标",
  timeliness: "时效指标",
  cost: "成本指标",
  economic: "经济效益指标",
  social: "社会效益指标",
  ecological: "生态效益指标",
  sustainable: "可持续影响指标",
  satisfaction: "服务对象满意度指标",
  economicCost: "经济成本指标",
  socialCost: "社会成本指标",
  ecoCost: "生态环境成本指标",
};

/** NDRC containers above the usual categories (see the module comment). */
export type NdrcContainer = "effect" | "process";

const NDRC_WORDS: [NdrcContainer, string[]][] = [
  ["effect", ["实施效果"]],
  ["process", ["过程管理"]],
];

/**
 * 一级 words, tried in order; the first list with a word the heading contains wins. 满意 first (「服务
 * 对象满意度指标」 under any name is satisfaction); 成本 only at the start (「成本指标」, not 「…成本效益」).
 */
const LEVEL1_WORDS: [Level1Key, string[]][] = [
  ["satisfaction", ["满意"]],
  ["cost", ["^成本"]],
  ["output", ["产出", "完成指标"]],
  ["benefit", ["效益", "效果"]],
];

/** 二级 words, tried in order: the specific 成本 and 效益 kinds before the general ones. */
const LEVEL2_WORDS: [Level2Key, string[]][] = [
  ["satisfaction", ["满意"]],
  ["quantity", ["数量"]],
  ["quality", ["质量"]],
  ["timeliness", ["时效", "进度"]],
  ["economicCost", ["经济成本"]],
  ["socialCost", ["社会成本"]],
  ["ecoCost", ["生态环境成本", "环境成本"]],
  ["cost", ["成本"]],
  ["sustainable", ["可持续"]],
  ["economic", ["经济效益"]],
  ["social", ["社会效益"]],
  ["ecological", ["生态效益", "环境效益"]],
];

function compile<K>(lists: [K, string[]][]): [K, RegExp][] {
  return lists.map(([key, words]) => [key, new RegExp(words.join("|"))]);
}

const NDRC = compile(NDRC_WORDS);
const LEVEL1 = compile(LEVEL1_WORDS);
const LEVEL2 = compile(LEVEL2_WORDS);
/** A trailing annotation: 「(必填硬性指标)」「(50分)」. */
const ANNOTATION = /\([^()]*\)$/;

/** The heading text as matched: its matchKey without a trailing annotation. */
function headingKey(text: string): string {
  const key = matchKey(text);
  return key.endsWith(")") ? key.replace(ANNOTATION, "") : key;
}

function firstMatch<K>(key: string, lists: [K, RegExp][]): K | null {
  for (const [k, re] of lists) if (re.test(key)) return k;
  return null;
}

/** Which NDRC container a 一级 heading is (实施效果指标 / 过程管理指标), or null. */
export function ndrcContainerOf(text: string): NdrcContainer | null {
  return firstMatch(headingKey(text), NDRC);
}

/** 一级 heading text → key. Accepts the variants of the module comment; null for NDRC containers. */
export function level1KeyOf(text: string): Level1Key | null {
  const key = headingKey(text);
  if (firstMatch(key, NDRC) !== null) return null;
  return firstMatch(key, LEVEL1);
}

/** 二级 heading text → key ("数量指标(必填硬性指标)" → quantity, "進度指標" → timeliness). */
export function level2KeyOf(text: string): Level2Key | null {
  return firstMatch(headingKey(text), LEVEL2);
}

/** Units that count money. */
const MONEY_UNIT = /元/;
/** Units that count things, people, events or extent: a target of 数量. */
const COUNT_UNIT =
  /^(?:[万千亿]?(?:个|次|人次|人|名|户|家|所|座|辆|间|场|期|批|套|台|项|件|本|册|份|篇|条|张|部|株|棵|亩|公顷|平方米|㎡|米|公里|千米|吨|头|只|盏|处|村|班|课时|学时))$/;
/** Names that say how much was done or made: 数量, 面积, 长度, 规模… */
const COUNT_NAME = /数量|个数|件数|户数|面积|长度|里程|规模|场次|批次|人数|人次/;

/**
 * The 二级 an indicator belongs to, from its name (and unit when known), for grids without category
 * columns: 满意度 → satisfaction; money (成本, or 金额/费用/经费/资金 with a 元 unit) → cost; 及时/时限/
 * 完成时间 → timeliness; 完成率/合格率/达标率… → quality; counts (…数量, 人数, a count unit) → quantity.
 * Null when the name does not say.
 */
export function level2KeyFromName(written: string, unit?: string | null): Level2Key | null {
  // Read as matched (「滿意度」「發放」 in traditional characters, pinyin glosses): simplified, half-width.
  const name = matchKey(written);
  const u = unit ?? "";
  if (isSatisfaction(name)) return "satisfaction";
  if (isTimeliness(name)) return "timeliness";
  if (isCost(name) && (name.includes("成本") || MONEY_UNIT.test(u) || MONEY_UNIT.test(name))) return "cost";
  if (isQuality(name)) return "quality";
  if (isCount(name) || isPeopleCount(name) || COUNT_NAME.test(name) || (u !== "" && COUNT_UNIT.test(u)))
    return "quantity";
  return null;
}

/**
 * The 一级 from the name: satisfaction, or 产出 for a 数量/质量/时效 name. A cost is left null: it is a
 * 二级 under 产出 in the 2015 system and a 一级 of its own in 2021, so the name alone cannot say.
 */
export function level1KeyFromName(name: string, unit?: string | null): Level1Key | null {
  const k2 = level2KeyFromName(name, unit);
  if (k2 === "satisfaction") return "satisfaction";
  if (k2 === "quantity" || k2 === "quality" || k2 === "timeliness") return "output";
  return null;
}
