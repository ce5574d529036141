/**
 * cost-operator — a cost or spending standard written with ≥ or >. Costs take an upper limit: "≥2.5万元"
 * sets no ceiling at all. Seed: "服务中心工作经费≥2.5万元" (10), "农牧民误工补贴 ≥ 120元/天" (7).
 * Money the project brings in or saves (增收, 节约资金) and counts of people (补贴人数) are not costs;
 * a value in units other than money (资金到位率 %, 补贴人数 名) is not a cost either.
 */
import { OP_FLIPPED, displayName, formatTarget } from "./util/indicator-text";
import { rewriteAt } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "cost-operator",
    messages: {
      lowerBound:
        "「{{name}}」写成「{{target}}」，等于只规定了下限、没有上限。成本和开支标准只能设上限，请改为「{{better}}」。",
    },
  },
  check(ctx) {
    ctx.indicators(
      // ≥ or > on a readable number, with no unit or a unit in 元
      { are: ["atLeast", "number"], not: ["malformed"], anyOf: ["noUnit", "yuan"] },
      (ind, project, ask, k) => {
        // A spending name, or an amount in 元 typed under a 成本 heading (「防疫室84平米 ≥1050元」).
        const underCost = ind.level2Key === "cost" || (ind.level2Key === null && ind.level1Key === "cost");
        if (!ask("spendingStandard") && !(underCost && ind.unit !== null)) return;
        ctx.report({
          messageId: "lowerBound",
          data: {
            name: displayName(ind),
            target: formatTarget(ind),
            better: rewriteAt(ind, tableFacts(ctx.table), k, OP_FLIPPED[ind.operator!]),
          },
          project,
          indicator: ind,
        });
      },
    );
  },
});
