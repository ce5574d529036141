/**
 * weight-total — in a table with a 权重/分值 column, the 三级 weights of a project must add up to 100,
 * or to 90 where 预算执行率 is scored outside the table (it carries the other 10 in the 绩效自评 of
 * 财预〔2020〕10号 and in the budget system). A set that lists 预算执行率 among its indicators uses 100.
 * A form with a 中期 and a 年度 set, each with its own 权重 column, is checked set by set, and the
 * finding names the set. Sets where a weight is missing or not a number are left alone: the total
 * cannot be known.
 */
import Decimal from "decimal.js";
import { hasExecutionRate, weightSets } from "./util/weights";
import { defineRule } from "./rule";

const HUNDRED = new Decimal(100);
const NINETY = new Decimal(90);

export default defineRule({
  meta: {
    id: "weight-total",
    messages: {
      total:
        "「{{project}}」各三级指标{{set}}的权重合计为 {{sum}}，应为 {{expected}}。预算管理一体化系统保存或导入时会因权重合计不符而拒绝。请调整各指标的权重。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      for (const set of weightSets(ctx.sheet, ctx.table, project)) {
        const { weights } = set;
        if (weights.length === 0 || weights.some((w) => w.weight === null)) continue;
        const sum = weights.reduce((s, w) => s.plus(w.weight!), new Decimal(0));
        const withRate = hasExecutionRate(weights);
        if (sum.equals(HUNDRED) || (!withRate && sum.equals(NINETY))) continue;
        ctx.report({
          messageId: "total",
          data: {
            project: project.name,
            set: set.name,
            sum: sum.toString(),
            expected: withRate ? "100" : "100（预算执行率另计 10 分时为 90）",
          },
          project,
          at: weights[0].cell,
        });
      }
    }
  },
});
