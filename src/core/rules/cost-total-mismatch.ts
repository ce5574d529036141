/**
 * cost-total-mismatch: a total-cost indicator (总成本, 总额, 经费总额, 控制在…内) below the project amount —
 * either costs were left out or the amount asks for more than the plan needs.
 * Example: "会议筹办总成本 ≤10.00万元" in a project of 10.85万元.
 * (Above the amount is cost-over-budget's error.)
 */
import { formatValue, formatWan } from "./util/cost-money";
import { costPictures, nearAmount } from "./util/cost-items";
import { defineRule } from "./rule";
import { decimalLt } from "./util/decimal-compare";

export default defineRule({
  meta: {
    id: "cost-total-mismatch",
    messages: {
      totalBelow:
        "总成本指标「{{name}}」为 {{value}}，比项目金额 {{amount}}万元少 {{gap}}万元。请确认成本是否漏算，或按实际需要调整项目金额。",
    },
  },
  check(ctx) {
    const pictureOf = costPictures(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      const amount = project.amount;
      if (amount === null) return;
      const pic = pictureOf(p);
      for (const t of pic.totals) {
        // below amount − tolerance (compared with the amount first: that needs no new decimal)
        if (decimalLt(t.wan, amount) && decimalLt(t.wan, nearAmount(pic, amount).lo)) {
          ctx.report({
            messageId: "totalBelow",
            project,
            indicator: t.ind,
            data: {
              name: t.ind.name,
              value: formatValue(t.ind),
              amount: formatWan(amount),
              gap: formatWan(amount.minus(t.wan)),
            },
          });
        }
      }
    });
  },
});
