/**
 * indicator-misplaced: the name clearly belongs to another category than the heading it sits under.
 * Seed project 4: "主任业务培训及时率" under 成本指标 (→ 时效), "专委会工作成本 ≤4.25万元" under 社会效益
 * (→ 成本), "培训委员满意度" under 可持续影响 (→ 满意度), "各专委会人员配置合理性" under 满意度 (→ 可持续影响).
 *
 * Only clear signals are used, and each only where it cannot be right:
 * - 满意度 anywhere but 满意度; 及时/按时/按期 anywhere but 时效; a money amount or a 成本 item anywhere
 *   but 成本 (2021: 经济/社会/生态环境成本 count as 成本), except a 成本 rate under 经济效益 (成本降低率
 *   is a legitimate economic benefit) and money paid out under 数量 (资助金额, 发放补助资金: what a
 *   subsidy project produces).
 * - 健全/机制/制度/长效 and 合理性/规范性 under 成本 or 满意度; under 数量 or 时效 only when plainly a
 *   lasting effect (a 定性 value, …健全性/合理性/规范性) — "制定管理制度 ≥3项" is an output. Under 质量
 *   or the 效益 headings they can be defended (2021 tables may file lasting effects under 社会效益).
 * - 完成率/合格率/覆盖率 under 成本 or 满意度. 覆盖率/合格率/达标率 under a 时效 heading with nothing
 *   about time beneath it ("资助人数覆盖率" and "经费到位率" as a published table's only 时效 items):
 *   how far, not how soon — a 质量 target filed where the timeliness target should be. Beside a real
 *   时效 target ("培训及时率" with "培训覆盖率", seed project 5) it is loose filing and not flagged;
 *   完成率 under 时效 never is (many tables measure progress that way; seed project 4's "任务完成率"
 *   under 质量 and 时效 is indicator-duplicate's finding).
 */
import type { Indicator, Level1Key, Level2Key } from "../model";
import { aboutTimeOf, NameKind, onTimeOf } from "../vocab/indicator-kind";
import { H_COST, H_LASTING, H_LV, H_NOISE, H_YAN } from "./util/name-hints";
import {
  categoryLevel1,
  categoryLevel2,
  NAME_COST_WORD,
  NAME_MAN,
  NAME_SATISFACTION,
  NAME_TIMELY,
  QUALITATIVE,
  QUANT,
  UNIT_MONEY,
  UNIT_NULL,
  UNIT_PERCENT_LIKE,
} from "./util/indicator-flags";
import { tableFacts, type TableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

type Placement =
  "quantity" | "quality" | "timeliness" | "cost" | "benefit" | "economic" | "sustainable" | "satisfaction";

const LASTING = /健全|机制|制度|长效|可持续/;
const ORDERLY = /合理性|规范性/;
/** Money a subsidy or relief project pays out to people: its output. */
const PAID_OUT = /资助|发放|救助|奖励|奖补|补助|补贴|慰问/;
/** How far a target reaches or how well it is met: a 质量 measure, never a 时效 one. */
const COVERAGE = /覆盖率|合格率|达标率/;

const TARGET_LABEL: Record<
  "timeliness" | "cost" | "sustainable" | "satisfaction" | "quality" | "quantity",
  string
> = {
  quantity: "数量指标",
  timeliness: "时效指标",
  cost: "成本指标",
  sustainable: "可持续影响指标",
  satisfaction: "满意度指标",
  quality: "质量指标",
};
const KIND_LABEL: Record<keyof typeof TARGET_LABEL, string> = {
  quantity: "数量类",
  timeliness: "时效类",
  cost: "成本类",
  sustainable: "可持续影响类",
  satisfaction: "满意度类",
  quality: "质量类",
};

function placementOf(level1Key: Level1Key | null, level2Key: Level2Key | null): Placement | null {
  const k: Level2Key | null = level2Key;
  switch (k) {
    case "quantity":
    case "quality":
    case "timeliness":
    case "sustainable":
    case "satisfaction":
    case "economic":
      return k;
    case "cost":
    case "economicCost":
    case "socialCost":
    case "ecoCost":
      return "cost";
    case "social":
    case "ecological":
      return "benefit";
    case null:
      // No 二级 heading (the seed's 满意度 block, a 2021 成本指标 without 二级): the 一级 decides.
      if (level1Key === "satisfaction") return "satisfaction";
      if (level1Key === "cost") return "cost";
      return null;
  }
}

/** placementOf for every category number of the table facts (categoryLevel1/categoryLevel2). */
const PLACEMENT_BY_CATEGORY: (Placement | null)[] = Array.from({ length: 256 }, (_, c) =>
  placementOf(categoryLevel1(c) ?? null, categoryLevel2(c) ?? null),
);

/**
 * Whether belongsTo can say anything, from the flags and the name's character hints alone: a noisy name
 * (compacted, it may read differently), a satisfaction, timeliness or 成本 word, a money amount whose
 * name may be a cost, or — where they matter — the characters of lasting or quality words.
 */
function mayBeMisplaced(f: number, h: number, at: Placement): boolean {
  if ((h & H_NOISE) !== 0 || (f & (NAME_SATISFACTION | NAME_TIMELY | NAME_COST_WORD)) !== 0) return true;
  if ((f & (UNIT_MONEY | QUALITATIVE)) === UNIT_MONEY && (h & H_COST) !== 0) return true;
  const rest = at === "satisfaction" || at === "cost" || at === "quantity" || at === "timeliness";
  return rest && (h & (H_LASTING | H_LV | H_YAN)) !== 0;
}

/**
 * Where the name says it belongs, when the placement cannot be right; null when it is fine or unclear.
 * Reads the compacted name (no punctuation or book titles), indicator k of the facts.
 */
function belongsTo(
  ind: Indicator,
  at: Placement,
  facts: TableFacts,
  k: number,
): keyof typeof TARGET_LABEL | null {
  const name = facts.compact[k];
  const f = facts.flags[k];
  if ((f & NAME_MAN) !== 0 && name.includes("满") && facts.compactIs(k, NameKind.satisfaction)) {
    return at === "satisfaction" ? null : "satisfaction";
  }
  // On a name without noise (the compacted name is the name the pass read) the flag is onTimeOf's answer.
  const onTime = (facts.hints[k] & H_NOISE) !== 0 ? onTimeOf(name) : (f & NAME_TIMELY) !== 0;
  if (onTime) return at === "timeliness" ? null : "timeliness";
  const namesCost = name.includes("成本");
  // a 成本 item, or an amount of money (not 定性) whose name is a cost
  if (namesCost || ((f & (QUALITATIVE | UNIT_MONEY)) === UNIT_MONEY && facts.compactIs(k, NameKind.cost))) {
    if (at === "cost") return null;
    // 「资助金额 160.77万元」「发放补助资金 50万元」 under 数量: the money a subsidy project pays out is
    // what it produces, not what it costs.
    if (at === "quantity" && !namesCost && PAID_OUT.test(name)) return null;
    // 成本降低率 under 经济效益 is a legitimate economic benefit.
    if (at === "economic" && namesCost && facts.compactIs(k, NameKind.rate)) return null;
    return "cost";
  }
  // What is left can only be wrong under 满意度, 成本, 数量 or 时效.
  if (at !== "satisfaction" && at !== "cost" && at !== "quantity" && at !== "timeliness") return null;
  if (LASTING.test(name) || ORDERLY.test(name)) {
    if (at === "satisfaction" || at === "cost") return "sustainable";
    // "制定管理制度 ≥3项" (数量) or "制度建立时间" (时效) are outputs; "…制度健全性 健全" is not.
    const plainlyLasting = ind.qualitative || ORDERLY.test(name) || /健全性|完善性/.test(name);
    return plainlyLasting ? "sustainable" : null;
  }
  if (at === "timeliness") return COVERAGE.test(name) ? "quality" : null;
  if (at !== "cost" && at !== "satisfaction") return null;
  return facts.compactIs(k, NameKind.quality) ? "quality" : null;
}

/** Whether some indicator of k's project (indices from..end) under 时效 is about time: its name or a date. */
function timedUnder(facts: TableFacts, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    if (PLACEMENT_BY_CATEGORY[facts.category[j]] !== "timeliness") continue;
    if (facts.indicators[j].valueKind === "date" || aboutTimeOf(facts.compact[j])) return true;
  }
  return false;
}

/** Units that count things done (次, 个, 人次…): a target in one of them is a 数量 target. */
const COUNT_UNIT = /^(次|个|人|人次|项|场|场次|批|批次|台|套|件|期|篇|份|本|户|座|处|所|家|条|棵|株|块)$/;
/** Words that make a count a quality measure after all (合格, 达标, 一次验收, 投诉, 事故…). */
const QUALITY_WORD = /率|合格|达标|质量|标准|验收|投诉|事故|差错|失误|问题|整改|故障|违规/;

/**
 * 「实验室仪器维修维护 ≥4次」 under 质量指标: a plain count of work done is a 数量 target, whatever heading
 * it was typed under. Only counts in a counting unit, with no quality word in the name.
 */
function isPlainCount(ind: Indicator, f: number, compact: string): boolean {
  // A number, not 定性, with a unit that is no percentage (most 质量 targets are rates in %).
  if ((f & (QUANT | UNIT_NULL | UNIT_PERCENT_LIKE)) !== QUANT || !COUNT_UNIT.test(ind.unit!)) return false;
  if (ind.operator === "<" || ind.operator === "<=") return false;
  return !QUALITY_WORD.test(compact);
}

export default defineRule({
  meta: {
    id: "indicator-misplaced",
    messages: {
      misplaced: "「{{name}}」是{{kind}}指标，却填在「{{heading}}」下。请移到「{{target}}」。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const { flags, hints, category, start, indicators } = facts;
    ctx.table.projects.forEach((project, p) => {
      const end = start[p + 1];
      for (let k = start[p]; k < end; k++) {
        const at = PLACEMENT_BY_CATEGORY[category[k]];
        if (at === null) continue;
        const ind = indicators[k];
        const target =
          at === "quality" && isPlainCount(ind, flags[k], facts.compact[k])
            ? "quantity"
            : mayBeMisplaced(flags[k], hints[k], at)
              ? belongsTo(ind, at, facts, k)
              : null;
        if (target === null) continue;
        // A coverage rate beside a real 时效 target is loose filing, not a missing one: flagged only
        // when nothing under 时效 is about time.
        if (at === "timeliness" && target === "quality" && timedUnder(facts, start[p], end)) continue;
        ctx.report({
          messageId: "misplaced",
          project,
          indicator: ind,
          data: {
            name: ind.name,
            kind: KIND_LABEL[target],
            heading: ind.level2 || ind.level1,
            target: TARGET_LABEL[target],
          },
        });
      }
    });
  },
});
