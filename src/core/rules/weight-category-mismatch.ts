/**
 * weight-category-mismatch — in a table whose 一级/二级 headings carry a weight of their own (a row per
 * heading with its 分值), the weights of the indicators under a heading must add up to the heading's
 * weight. The budget system checks each level against the one above it and refuses the table otherwise.
 * A form with a 中期 and a 年度 set, each with its own 权重 column, is checked in both.
 */
import Decimal from "decimal.js";
import { headingWeights, weightSets } from "./util/weights";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "weight-category-mismatch",
    messages: {
      mismatch:
        "「{{heading}}」{{set}}的权重是 {{weight}}，其下各指标的权重合计却是 {{sum}}。预算管理一体化系统会因上下级权重不一致而拒绝保存。请调整「{{heading}}」或其下指标的权重。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      for (const set of weightSets(ctx.sheet, ctx.table, project)) {
        for (const h of headingWeights(ctx.sheet, project, set)) {
          if (h.under.length === 0 || h.under.some((w) => w.weight === null)) continue;
          const sum = h.under.reduce((s, w) => s.plus(w.weight!), new Decimal(0));
          if (sum.equals(h.weight)) continue;
          ctx.report({
            messageId: "mismatch",
            data: {
              heading: h.heading.text,
              set: set.name,
              weight: h.weight.toString(),
              sum: sum.toString(),
            },
            project,
            at: h.cell,
          });
        }
      }
    }
  },
});
