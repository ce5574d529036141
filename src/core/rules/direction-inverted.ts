/**
 * direction-inverted — the operator points the wrong way, so the target is met by doing badly:
 *  - ≤/< on a 正向 rate or satisfaction ("任务完成率 ≤90%", "满意度 ≤95%"), including rates of saving
 *    or decrease (节约率, 下降率: more is better);
 *  - ≤/< on a beneficiary count ("受益人数 ≤100人");
 *  - a 控制率 capped at 0 or below ("预算成本控制率 ≤0%", seed project 14): 控制率 = 实际支出 ÷ 预算,
 *    so ≤0% means spending nothing;
 *  - ≥/> on a cost growth rate ("工作成本增长率 ≥5%" demands that costs rise).
 * Not flagged: negative rates (差错率 ≤1%), shares (管理费占比 ≤5%), cost ratios, a value in a unit of
 * time under ≤ (「检测及时率 ≤7工作日」 is a time limit; unit-mismatch says the name and unit disagree),
 * and the seed's many "…工作成本增长率 ≤0%" lines — a legitimate "no growth" cap. Counts in general are
 * left alone: ≤ on a meeting or reception count is often a deliberate austerity cap.
 */
import type { Indicator } from "../model";
import { NameKind } from "../vocab/indicator-kind";
import { OP_FLIPPED, displayName, formatTarget } from "./util/indicator-text";
import { H_BENEFICIARY, H_LV } from "./util/name-hints";
import {
  MALFORMED,
  NAME_CONTROL_RATE,
  NAME_GROWTH,
  NAME_SATISFACTION,
  OP_GE,
  OP_LE,
  QUANT,
} from "./util/indicator-flags";
import { isDurationUnit } from "./util/count-units";
import { rewriteAt } from "./util/rewrite";
import { tableFacts, type TableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

const CONTROL_RATE = /控制率/;
const GROWTH_RATE = /增长率|增幅|涨幅|增长比例/;
const COST_SUBJECT = /成本|费|经费|支出|开支|预算|费用/;
/** Rates whose direction the name does not settle, or that are caps by nature. */
const NOT_POSITIVE =
  /控制率|增长率|增幅|涨幅|变动率|变化率|占|比例|百分比|负债率|杠杆率|离职率|占用率|超载率|成本率|费用率|费率|支出率|开支率|耗率/;
const BENEFICIARY = /受益|惠及|帮扶|覆盖.*(人|户)|服务对象/;
const PEOPLE_UNIT = /^(人|人次|户|名|家)$/;

type Found = { messageId: "positive" | "beneficiary" | "controlZero" | "costGrowth"; kind?: string };

/**
 * Which indicators `inverted` may report, from the flags and the name's character hints alone: a readable
 * number, and under ≥/> 增/涨 in the name (cost growth); else 控制率 (≤ 0 is checked on the number); else
 * under ≤/< a satisfaction, a 率 or a word for the people served (受益, 惠及, 帮扶, 覆盖, 服务对象).
 */
function mayBeInverted(f: number, h: number): boolean {
  if ((f & (QUANT | MALFORMED)) !== QUANT) return false;
  if ((f & OP_GE) !== 0) return (f & NAME_GROWTH) !== 0;
  if ((f & NAME_CONTROL_RATE) !== 0) return true;
  return (f & OP_LE) !== 0 && ((f & NAME_SATISFACTION) !== 0 || (h & (H_LV | H_BENEFICIARY)) !== 0);
}

/** Cheap tests (operator, sign) before name tests; the name's are answered once per name (nameMatches). */
function inverted(ind: Indicator, facts: TableFacts, k: number): Found | null {
  const op = ind.operator;
  const n = ind.name;
  const named = (pattern: RegExp) => facts.nameMatches(k, pattern);
  if (op === ">=" || op === ">") {
    return named(GROWTH_RATE) && named(COST_SUBJECT) ? { messageId: "costGrowth" } : null;
  }
  const num = ind.number!;
  if ((num.isZero() || num.isNegative()) && named(CONTROL_RATE)) return { messageId: "controlZero" };
  if (op !== "<=" && op !== "<") return null;
  // A span of time (「检测及时率 ≤7工作日」) is a time limit whatever the name: ≤ is its direction.
  if (ind.unit !== null && isDurationUnit(ind.unit)) return null;
  if (facts.is(k, NameKind.satisfaction)) return { messageId: "positive", kind: "满意度" };
  if (n.includes("率") && !facts.is(k, NameKind.negativeRate) && !named(NOT_POSITIVE))
    return { messageId: "positive", kind: "比率" };
  const counted =
    facts.is(k, NameKind.count) ||
    facts.is(k, NameKind.peopleCount) ||
    facts.is(k, NameKind.headcount) ||
    (ind.unit !== null && PEOPLE_UNIT.test(ind.unit));
  return counted && named(BENEFICIARY) ? { messageId: "beneficiary" } : null;
}

export default defineRule({
  meta: {
    id: "direction-inverted",
    messages: {
      positive:
        "「{{name}}」写成「{{target}}」，这类{{kind}}越高越好，用「≤」等于做得再差也算达标。请改为「{{better}}」。",
      beneficiary:
        "「{{name}}」写成「{{target}}」，受益对象越多越好，用「≤」等于不设下限。请改为「{{better}}」或「=」具体数量。",
      controlZero:
        "「{{name}}」写成「{{target}}」，这个目标没有意义：成本控制率是实际支出占预算的比例，不超过0%等于一分钱都不能花。请改为「≤100%」（不超预算）。",
      costGrowth:
        "「{{name}}」写成「{{target}}」，等于要求成本至少增长这么多。成本增长率应设上限，请改为「{{better}}」。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const { flags, hints, start, indicators } = facts;
    ctx.table.projects.forEach((project, p) => {
      const end = start[p + 1];
      for (let k = start[p]; k < end; k++) {
        if (!mayBeInverted(flags[k], hints[k])) continue;
        const ind = indicators[k];
        const found = inverted(ind, facts, k);
        if (!found) continue;
        const better = rewriteAt(ind, facts, k, ind.operator ? OP_FLIPPED[ind.operator] : null);
        ctx.report({
          messageId: found.messageId,
          data: { name: displayName(ind), target: formatTarget(ind), better, kind: found.kind ?? "" },
          project,
          indicator: ind,
        });
      }
    });
  },
});
