/**
 * operator-missing (info) — a number written without ≥ > = < ≤. The budget system reads it as "=", which
 * is rarely what was meant for a rate or a cost. Seed: "政协委员参会率 95%".
 * The operator it proposes fits the direction: ≥ for a satisfaction (also one written 「滿意度」), ≤ for
 * an amount in 元 under 成本 (「围墙300米 300元/米」). A percentage above 100 (「合格率 292%」) is
 * percent-out-of-range's error: no operator is proposed for a value that has to change first.
 */
import type { Indicator, Operator } from "../model";
import { percentImpossible } from "./percent-out-of-range";
import { HUNDRED } from "./util/decimal-compare";
import { displayName, formatTarget } from "./util/indicator-text";
import type { Ask } from "./util/questions";
import { operatorFor, rewriteAt } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

/** The operator the name suggests, corrected by what the table facts know beyond the name. */
function operatorOf(ind: Indicator, ask: Ask): Operator {
  const op = operatorFor(ind);
  if (op !== "=" || ind.number!.isZero()) return op;
  if (ask("satisfaction")) return ind.number!.lt(HUNDRED) ? ">=" : op;
  const k1 = ind.level1Key;
  const k2 = ind.level2Key;
  const underCost = k1 === "cost" || k2 === "cost" || k2 === "economicCost";
  return underCost && ask("yuan") ? "<=" : op;
}

export default defineRule({
  meta: {
    id: "operator-missing",
    messages: {
      suggest:
        "「{{name}}」只写了「{{target}}」，没有计算符号，将按「=」（正好等于）理解。如果意思是{{meaning}}，请写成「{{better}}」。",
      equal:
        "「{{name}}」只写了「{{target}}」，没有计算符号，将按「=」（正好等于）理解。如果确实是等于，请写成「{{better}}」。",
    },
  },
  check(ctx) {
    ctx.indicators(
      { are: ["noOperator", "number"], not: ["malformed"] }, // a readable number without an operator
      (ind, project, ask, k) => {
        if (ask("percentOutside") && percentImpossible(ind)) return;
        const op = operatorOf(ind, ask);
        const data = {
          name: displayName(ind),
          target: formatTarget(ind),
          better: rewriteAt(ind, tableFacts(ctx.table), k, op),
        };
        if (op === "=") ctx.report({ messageId: "equal", data, project, indicator: ind });
        else
          ctx.report({
            messageId: "suggest",
            data: { ...data, meaning: op === "<=" ? "不超过" : "不低于" },
            project,
            indicator: ind,
          });
      },
    );
  },
});
