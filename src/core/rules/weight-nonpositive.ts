/**
 * weight-nonpositive — in a table with a 权重/分值 column, a 三级 indicator whose weight is 0 or negative.
 * The 预算管理一体化 system refuses such a row on save (every indicator must carry a positive weight),
 * and an indicator worth nothing is not assessed at all. A form with a 中期 and a 年度 set, each with
 * its own 权重 column, is checked in both, and the finding names the set.
 */
import { clip } from "./util/indicator-text";
import { weightSets } from "./util/weights";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "weight-nonpositive",
    messages: {
      nonpositive:
        "「{{name}}」{{set}}的权重是「{{weight}}」。权重必须大于 0，预算管理一体化系统保存或导入时会拒绝这一行；权重为 0 的指标也不参与评分。请填写大于 0 的权重，或删去这条指标。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      for (const set of weightSets(ctx.sheet, ctx.table, project)) {
        for (const w of set.weights) {
          if (w.weight === null || w.weight.greaterThan(0)) continue;
          ctx.report({
            messageId: "nonpositive",
            data: { name: w.name, set: set.name, weight: clip(w.text) },
            project,
            indicator: w.ind,
            at: w.cell,
          });
        }
      }
    }
  },
});
