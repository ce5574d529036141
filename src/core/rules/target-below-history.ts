/**
 * target-below-history — where the table gives last year's actual value (上年实际完成值) beside the
 * target, a 正向 target (≥, >) below it, or a 反向 one (≤, <) above it: the unit plans to do worse than it
 * already did. 财预〔2020〕10号 asks that targets be set against the historical standard; reviewers
 * send such a target back unless the 取值依据 explains it. Values in different units are not compared.
 */
import type Decimal from "decimal.js";
import type { Indicator } from "../model";
import { asciiDigits, indicatorCell, plainNumberOf } from "./util/grid-column";
import { clip, displayName, formatTarget } from "./util/indicator-text";
import { defineRule } from "./rule";

type Messages = "belowHistory" | "aboveHistory";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Last year's value as a number in the indicator's unit (a unit written in the cell must be the same). */
function historyNumber(ind: Indicator, text: string, c: Parameters<typeof plainNumberOf>[0]): Decimal | null {
  const unit = ind.unit ? asciiDigits(ind.unit).replace("％", "%") : "";
  const units = new RegExp(`^(${unit ? escapeRegExp(unit) : "(?!)"})?$`);
  return plainNumberOf({ ...c, text: text.replace("％", "%") }, units);
}

export default defineRule<Messages>({
  meta: {
    id: "target-below-history",
    messages: {
      belowHistory:
        "「{{name}}」的目标「{{target}}」低于上年实际完成值 {{history}}。财预〔2020〕10号要求参照历史标准设定指标值，越高越好的指标定得比去年实际还低，审核时会被要求说明理由或退回。请提高目标值，或在取值依据中写明原因。",
      aboveHistory:
        "「{{name}}」的目标「{{target}}」高于上年实际完成值 {{history}}。这是越低越好的指标，目标比去年实际还宽松，财预〔2020〕10号要求参照历史标准设定指标值，审核时会被要求说明理由或退回。请收紧目标值，或在取值依据中写明原因。",
    },
  },
  check(ctx) {
    const { table, sheet } = ctx;
    if (table.columns.history === undefined) return;
    for (const project of table.projects) {
      for (const ind of project.indicators) {
        if (ind.qualitative || ind.malformed || ind.number === null) continue;
        if (ind.operator === null || ind.operator === "=") continue;
        const c = indicatorCell(sheet, table, ind, "history");
        if (!c || c.text === "") continue;
        const history = historyNumber(ind, c.text, c);
        if (history === null) continue;
        const upward = ind.operator === ">=" || ind.operator === ">";
        const worse = upward ? ind.number.lessThan(history) : ind.number.greaterThan(history);
        if (!worse) continue;
        ctx.report({
          messageId: upward ? "belowHistory" : "aboveHistory",
          data: { name: displayName(ind), target: formatTarget(ind), history: clip(c.text) },
          project,
          indicator: ind,
        });
      }
    }
  },
});
