/**
 * satisfaction-low: a satisfaction target set too low. Published targets sit at 90–98%; below
 * settings.satisfaction.warnBelow (90) is a warning, below errorBelow (80) an error.
 * Example: project 13 "服务单位满意度≥45%" → error; "单位编外人员参与工作后满意度> 90%" is fine.
 */
import Decimal from "decimal.js";
import type { Indicator } from "../model";
import { formatPlain } from "./util/cost-money";
import { defineRule } from "./rule";
import { compareDecimals, decimalLt } from "./util/decimal-compare";

const ONE = new Decimal(1);

/** "≥45%": the target as the message quotes it (built only for a finding). */
const targetOf = (ind: Indicator) => `${OP_TEXT[ind.operator ?? "="]}${formatPlain(ind.number!)}%`;
const OP_TEXT: Record<string, string> = { ">=": "≥", ">": ">", "=": "" };

export default defineRule({
  meta: {
    id: "satisfaction-low",
    messages: {
      tooLow:
        "满意度目标「{{name}} {{target}}」低于 {{limit}}%，明显偏低。满意度目标一般为 90%～98%，请改为不低于 {{suggest}}%。",
      low: "满意度目标「{{name}} {{target}}」低于 {{limit}}%。满意度目标一般为 90%～98%，请核对是否应不低于 {{limit}}%。",
    },
  },
  check(ctx) {
    const { warnBelow, errorBelow } = ctx.settings.satisfaction;
    // As decimals once: comparing with a plain number makes decimal.js build one every time.
    const warn = new Decimal(warnBelow);
    const error = new Decimal(errorBelow);
    ctx.indicators(
      { are: ["number", "satisfaction"] }, // a readable number for a satisfaction
      (ind, project) => {
        if (ind.number === null) return;
        const unit = (ind.unit ?? "").trim();
        if (unit !== "%" && unit !== "") return; // a satisfaction score in 分 is not a percentage
        if (unit === "" && compareDecimals(ind.number, ONE) <= 0) return; // "0.95" with no unit is a fraction (unit-missing)
        // ≤/< on a satisfaction is a direction problem (direction-inverted), not a low target.
        if (ind.operator === "<=" || ind.operator === "<") return;
        if (decimalLt(ind.number, error)) {
          ctx.report({
            messageId: "tooLow",
            project,
            indicator: ind,
            severity: "error",
            data: { name: ind.name, target: targetOf(ind), limit: errorBelow, suggest: warnBelow },
          });
        } else if (decimalLt(ind.number, warn)) {
          ctx.report({
            messageId: "low",
            project,
            indicator: ind,
            data: { name: ind.name, target: targetOf(ind), limit: warnBelow },
          });
        }
      },
    );
  },
});
