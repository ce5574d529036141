/**
 * operator-missing (info) — a number written without ≥ > = < ≤. The budget system reads it as "=", which
 * is rarely what was meant for a rate or a cost. Seed: "政协委员参会率 95%".
 */
import { displayName, formatTarget } from "./util/indicator-text";
import { operatorFor, rewriteAt } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

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
      (ind, project, _ask, k) => {
        const op = operatorFor(ind);
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
