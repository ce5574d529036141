/**
 * goal-indicator-mismatch: the numbers in the 绩效目标 disagree with the indicators.
 * - Implied cost: seed project 5 plans "两期委员培训班，每期20人" and states per-person costs 人均培训成本
 *   4300元 + 人均差旅成本 2600元 + 培训教材成本 210元 = 7110元: 2期 × 20人 × 7110元 = 28.44万元 > 17.00万元.
 *   Reading bare-元 items (教材 210元) as per person is a guess, hence a warning and not cost-over-budget.
 * - Contradiction: the goal says 两期 but the indicator "省外培训班次数" says =3次. The indicator is found
 *   by shared words; when several fit equally well, the goal must contradict all of them and their sum
 *   (util/goal-match.ts).
 */
import Decimal from "decimal.js";
import type { Indicator, Project } from "../model";
import type { GoalNumber } from "../text/goal-numbers";
import { goalNumbersOf } from "./util/goal-numbers-of";
import { costPictures, type CostPicture, type UnitCostItem } from "./util/cost-items";
import { formatPlain, formatValue, formatWan, WAN_TOLERANCE, yuanToWan } from "./util/cost-money";
import type { UnitCost } from "./util/cost-units";
import {
  contradictsAll,
  goalCandidates,
  goalCounts,
  indicatorsForGoalNumber,
  type GoalCount,
} from "./util/goal-match";
import { tableFacts } from "./util/table-facts";
import { defineRule, type RuleContext } from "./rule";

type MessageId = "impliedCost" | "contradiction";

const OP_TEXT: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<" };
const CLAUSE_MAX = 30;
const ZERO = new Decimal(0);

interface Headcount {
  people: Decimal;
  /** "2期 × 20人" or "40人". */
  text: string;
  days: GoalNumber | null;
}

/** How many people the goal plans for: 期 × 每期人数, or a single 人数. null when unclear. */
function headcount(nums: readonly GoalNumber[]): Headcount | null {
  // Each kind of number counts only when the goal states exactly one of it.
  let days: GoalNumber | null = null;
  let periods: GoalNumber | null = null;
  let perPeriod: GoalNumber | null = null;
  let total: GoalNumber | null = null;
  let nDays = 0;
  let nPeriods = 0;
  let nPerPeriod = 0;
  let nTotal = 0;
  for (const n of nums) {
    if (n.kind !== "count" || n.value !== n.max) continue; // exact counts only
    const people = n.unit === "人" || n.unit === "名";
    if ((n.unit === "天" || n.unit === "日") && (n.per === null || n.per === "期")) {
      days = n;
      nDays++;
    }
    if (n.unit === "期" && n.per === null) {
      periods = n;
      nPeriods++;
    }
    if (people && n.per === "期") {
      perPeriod = n;
      nPerPeriod++;
    }
    if (people && n.per === null) {
      total = n;
      nTotal++;
    }
  }
  if (nDays !== 1) days = null;
  if (nPeriods !== 1) periods = null;
  if (nPerPeriod !== 1) perPeriod = null;
  if (nTotal !== 1) total = null;
  if (periods && perPeriod) {
    return {
      people: new Decimal(periods.value).times(perPeriod.value),
      text: `${periods.value}期 × ${perPeriod.value}${perPeriod.unit}`,
      days,
    };
  }
  if (total && !perPeriod)
    return { people: new Decimal(total.value), text: `${total.value}${total.unit}`, days };
  return null;
}

interface PerPerson {
  yuan: Decimal;
  parts: string[];
}

/** Per-person cost from the indicators: 人均 amounts, 元/人 prices, 元/人·天 × the goal's days. */
function perPersonCost(pic: CostPicture, days: GoalNumber | null): PerPerson | null {
  let yuan = ZERO;
  const parts: string[] = [];
  const add = (ind: Indicator, y: Decimal, text: string) => {
    yuan = yuan.plus(y);
    parts.push(`${ind.name} ${text}`);
  };
  let largest: Decimal | null = null;
  for (const m of pic.perPerson) {
    add(m.ind, m.wan.times(10000), formatValue(m.ind));
    if (largest === null || m.wan.gt(largest)) largest = m.wan;
  }
  if (largest !== null) {
    // Bare-元 items beside 人均 items are read as per person too (培训教材成本 ≤210元 beside 人均培训成本
    // 4300元) — unless larger than every 人均 amount (a 8000元 场地费 is not per trainee).
    for (const m of pic.probablyPerUnit)
      if (m.wan.lte(largest)) add(m.ind, m.wan.times(10000), formatValue(m.ind));
  }
  // A 综合定额 that is counted covers 住宿/伙食 标准 beside it (docs/domain.md, 支出标准): those are not added to it.
  const counted = (u: UnitCostItem) => perPersonFactor(u.cost, days) !== null;
  const compositeCounted = pic.unitCosts.some((u) => u.role === "composite" && counted(u));
  for (const u of pic.unitCosts) {
    if (compositeCounted && u.role === "component") continue;
    const { ind, cost } = u;
    const factor = perPersonFactor(cost, days);
    if (factor === null) continue;
    const price = `${formatPlain(cost.priceYuan)}${cost.label}`;
    if (factor === "person") add(ind, cost.priceYuan, price);
    else add(ind, cost.priceYuan.times(factor), `${price} × ${factor}天`);
  }
  return parts.length > 0 ? { yuan, parts } : null;
}

/** Whether perPersonCost can find anything: 人均 amounts, or a price per 人 or per 人·天. */
function mayHavePerPersonCost(pic: CostPicture): boolean {
  if (pic.perPerson.length > 0) return true;
  for (const { cost } of pic.unitCosts) {
    const per = cost.per;
    if (per.length === 1 ? per[0] === "人" : per.length === 2 && per.includes("人") && per.includes("天"))
      return true;
  }
  return false;
}

/** 元/人 → "person"; 元/人·天 → the goal's days; anything else (or no days) → null: not per person. */
function perPersonFactor(cost: UnitCost, days: GoalNumber | null): "person" | number | null {
  if (cost.per.length === 1 && cost.per[0] === "人") return "person";
  if (days && cost.per.length === 2 && cost.per.includes("人") && cost.per.includes("天")) return days.value;
  return null;
}

function shortClause(n: GoalNumber): string {
  return n.clause.length > CLAUSE_MAX ? `${n.clause.slice(0, CLAUSE_MAX)}…` : n.clause;
}

export default defineRule<MessageId>({
  meta: {
    id: "goal-indicator-mismatch",
    messages: {
      impliedCost:
        "按绩效目标估算：{{headcount}} × {{perPerson}}元（{{parts}}）= {{sum}}万元，超过项目金额 {{amount}}万元。请核对目标中的期数、人数或人均成本指标。",
      contradiction:
        "绩效目标写「{{clause}}」（{{goalValue}}），指标「{{name}}」却是 {{target}}，两者不一致。请统一目标与指标中的数字。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const pictureOf = costPictures(ctx.table);
    const numbersIn = goalNumbersOf(ctx.table);
    // Projects with the same goal share its numbers: their counts are worked out once.
    const countsOf = new Map<readonly GoalNumber[], GoalCount[]>();
    ctx.table.projects.forEach((project, p) => {
      if (!project.goal.trim() || project.indicators.length === 0) return;
      const nums = numbersIn(project.goal);
      if (nums.length === 0) return;
      checkImpliedCost(project, pictureOf, p, nums, ctx.report);
      let counts = countsOf.get(nums);
      if (counts === undefined) countsOf.set(nums, (counts = goalCounts(nums)));
      if (counts.length === 0) return;
      const pool = goalCandidates(facts, p, counts);
      if (pool.length === 0) return;
      for (const count of counts) {
        const n = count.n;
        const candidates = indicatorsForGoalNumber(count, pool);
        if (!contradictsAll(n, candidates)) continue;
        const ind = candidates[0];
        ctx.report({
          messageId: "contradiction",
          project,
          indicator: ind,
          data: {
            clause: shortClause(n),
            goalValue: n.text,
            name: ind.name,
            target: `${OP_TEXT[ind.operator ?? "="]}${ind.number ? formatPlain(ind.number) : (ind.value ?? "")}${(ind.unit ?? "").replace(/^\s*[/／]/, "")}`,
          },
        });
      }
    });
  },
});

function checkImpliedCost(
  project: Project,
  pictureOf: (p: number) => CostPicture,
  p: number,
  nums: readonly GoalNumber[],
  report: RuleContext<MessageId>["report"],
): void {
  if (project.amount === null) return;
  const pic = pictureOf(p);
  if (!mayHavePerPersonCost(pic)) return; // before reading the goal's headcount (the common case)
  const heads = headcount(nums);
  if (!heads) return;
  const per = perPersonCost(pic, heads.days);
  if (!per) return;
  const wan = yuanToWan(heads.people.times(per.yuan));
  if (!wan.minus(project.amount).gt(WAN_TOLERANCE)) return;
  report({
    messageId: "impliedCost",
    project,
    at: project.cells.goal,
    data: {
      headcount: heads.text,
      perPerson: formatPlain(per.yuan),
      parts: per.parts.join(" + "),
      sum: formatWan(wan),
      amount: formatWan(project.amount),
    },
  });
}
