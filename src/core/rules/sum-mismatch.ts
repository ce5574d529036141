/**
 * sum-mismatch: a 合计 or unit subtotal differs from the sum of its parts by more than 0.005 万元.
 * The seed's 14 projects add up to 92.79 = 合计; a table whose 合计 reads 93.00 does not.
 * A part without an amount makes the sum unknown: amount-missing reports that part, nothing is claimed here.
 */
import Decimal from "decimal.js";
import { formatWan, WAN_TOLERANCE } from "./util/cost-money";
import { totalRowAsProject } from "./util/sum-total-project";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "sum-mismatch",
    messages: {
      mismatch:
        "「{{label}}」金额为 {{total}}万元，但其下 {{count}} 项金额之和为 {{sum}}万元，相差 {{diff}}万元。请核对{{label}}金额或各项金额。",
    },
  },
  check(ctx) {
    for (const total of ctx.table.totals) {
      if (total.amount === null || total.parts.length === 0) continue;
      let sum = new Decimal(0);
      let known = true;
      for (const part of total.parts) {
        if (part.amount === null) {
          known = false;
          break;
        }
        sum = sum.plus(part.amount);
      }
      if (!known) continue;
      const diff = total.amount.minus(sum).abs();
      if (!diff.gt(WAN_TOLERANCE)) continue;
      const row = totalRowAsProject(total);
      ctx.report({
        messageId: "mismatch",
        project: total.project ?? row,
        at: total.source,
        data: {
          label: row.name,
          total: formatWan(total.amount),
          count: total.parts.length,
          sum: formatWan(sum),
          diff: formatWan(diff),
        },
      });
    }
  },
});
