/**
 * cost-over-budget: the cost the indicators state certainly exceeds the project amount.
 * Seed project 9 (文史资料出版费 15.00万元):
 *   印刷出版成本 ≤150/本 × 编辑出版数量 ≥800本 + 文稿打印、扫描成本 1万元 + 合稿定稿成本 3.6万元
 *   = 12 + 1 + 3.6 = 16.60万元 > 15.00万元.
 * Only certain arithmetic raises this error (see util/cost-sum.ts for what is and is not counted);
 * guesses belong to goal-indicator-mismatch / standard-exceeded as warnings.
 */
import type Decimal from "decimal.js";
import { formatValue, formatWan } from "./util/cost-money";
import { costPictures, nearAmount } from "./util/cost-items";
import { certainCostSum } from "./util/cost-sum";
import { defineRule } from "./rule";
import { decimalGt } from "./util/decimal-compare";

export default defineRule({
  meta: {
    id: "cost-over-budget",
    messages: {
      totalOver:
        "总成本指标「{{name}}」为 {{value}}，超过项目金额 {{amount}}万元（多出 {{excess}}万元）。请核减成本指标或调整项目金额。",
      sumOver:
        "成本指标合计：{{formula}} = {{sum}}万元，超过项目金额 {{amount}}万元。{{note}}请核减成本指标或调整金额。",
    },
  },
  check(ctx) {
    const pictureOf = costPictures(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      const amount = project.amount;
      if (amount === null) return; // amount-missing reports it
      const pic = pictureOf(p);
      // above amount + tolerance (compared with the amount first: that needs no new decimal)
      const over = (wan: Decimal) => decimalGt(wan, amount) && decimalGt(wan, nearAmount(pic, amount).hi);
      for (const t of pic.totals) {
        if (over(t.wan)) {
          ctx.report({
            messageId: "totalOver",
            project,
            indicator: t.ind,
            data: {
              name: t.ind.name,
              value: formatValue(t.ind),
              amount: formatWan(amount),
              excess: formatWan(t.wan.minus(amount)),
            },
          });
        }
      }
      const sum = certainCostSum(pic, amount);
      if (sum.count > 0 && over(sum.wan)) {
        ctx.report({
          messageId: "sumOver",
          project,
          at: project.cells.amount,
          data: {
            formula: sum.terms().join(" + "),
            sum: formatWan(sum.wan),
            amount: formatWan(amount),
            note: sum.note(),
          },
        });
      }
    });
  },
});
