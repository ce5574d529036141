/**
 * percent-out-of-range — a percentage below 0 or above 100 ("参会率 120%", "完成率 -5%").
 * Rates of change are exempt: a growth rate may exceed 100% and a change may be negative
 * ("产值增长率 ≥150%", "成本增长率 ≤-5%"). Rates of decrease (下降率, 降低率, 节约率) stay within 0–100:
 * nothing falls by more than all of it.
 */
import type { Indicator } from "../model";
import { displayName, formatTarget } from "./util/indicator-text";
import { defineRule } from "./rule";
import { decimalGt, HUNDRED } from "./util/decimal-compare";

const CHANGE_RATE = /增长|增幅|增速|增加率|提升率|提高率|上升率|变动率|变化率|同比|环比|涨幅/;

/** Whether the percentage is one this rule reports: outside 0–100 and not a rate of change. */
export function percentImpossible(ind: Indicator): boolean {
  const n = ind.number;
  if (n === null || !(decimalGt(n, HUNDRED) || (n.isNegative() && !n.isZero()))) return false;
  return !CHANGE_RATE.test(ind.name);
}

export default defineRule({
  meta: {
    id: "percent-out-of-range",
    messages: {
      above:
        "「{{name}}」的指标值「{{target}}」超过了100%，这个比率不可能达到。请核对后改正（通常不超过100%）。",
      below: "「{{name}}」的指标值「{{target}}」小于0%，比率不能是负数。请核对后改正。",
    },
  },
  check(ctx) {
    ctx.indicators(
      // a readable number in % above 100 or below 0
      { are: ["percentOutside", "number"], not: ["malformed"] },
      (ind, project) => {
        if (!percentImpossible(ind)) return;
        const messageId = decimalGt(ind.number!, HUNDRED) ? "above" : "below";
        ctx.report({
          messageId,
          data: { name: displayName(ind), target: formatTarget(ind) },
          project,
          indicator: ind,
        });
      },
    );
  },
});
