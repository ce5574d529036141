/**
 * unit-missing — a number with no unit (计量单位). Seed: project 3, "开展委员培训及时率 98".
 * A unit written in the name ("苗木成活率(%)" with a bare 85) counts. A count named only …数量 is not
 * told a unit: 「县(市、区)数量」 counts 个, 「购置数量」 台 — the name does not say which.
 */
import { isCount } from "../vocab/indicator-kind";
import { suggestUnit } from "./util/indicator-hints";
import { displayName, formatTarget, unitInName } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "unit-missing",
    messages: {
      missingKnown: "「{{name}}」的指标值「{{target}}」没有计量单位。请补上单位，应为「{{unit}}」。",
      missing:
        "「{{name}}」的指标值「{{target}}」没有计量单位，看不出是次数、人数、金额还是百分比。请补上单位。",
      missingCount:
        "「{{name}}」的指标值「{{target}}」没有计量单位。请补上所统计对象的单位，例如「个」「台」「户」。",
    },
  },
  check(ctx) {
    ctx.indicators(
      { are: ["noUnit", "number"], not: ["malformed"] }, // a readable number without a unit
      (ind, project) => {
        if (unitInName(ind.name) !== null) return;
        const unit = suggestUnit(ind.name);
        const data = { name: displayName(ind), target: formatTarget(ind) };
        if (unit) ctx.report({ messageId: "missingKnown", data: { ...data, unit }, project, indicator: ind });
        else {
          const messageId = isCount(ind.name) ? "missingCount" : "missing";
          ctx.report({ messageId, data, project, indicator: ind });
        }
      },
    );
  },
});
