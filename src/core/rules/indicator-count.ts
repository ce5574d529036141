/**
 * indicator-count — provincial review rules ask for enough 定量 indicators (at least N per project) and
 * cap the share of 定性 ones (at most X %), since a table of 「有效提升」「明显改善」 cannot be assessed.
 * N and X differ by province, so the rule is off until settings give them (`indicatorCount:
 * { minQuantitative, maxQualitativePercent }`); with no thresholds set it reports nothing.
 */
import type { Indicator } from "../model";
import { defineRule } from "./rule";

/** A 定量 indicator: a number to measure against (a 定性 value, a date or no value is not). */
function quantitative(ind: Indicator): boolean {
  return !ind.qualitative && ind.number !== null;
}

export default defineRule<"fewQuantitative" | "tooQualitative">({
  meta: {
    id: "indicator-count",
    messages: {
      fewQuantitative:
        "「{{project}}」只有 {{count}} 个定量指标，少于要求的 {{min}} 个。审核规则要求绩效指标以可衡量的定量指标为主，定量指标不足会被退回补充。请把能量化的目标写成「符号 + 数值 + 单位」的定量指标。",
      tooQualitative:
        "「{{project}}」的 {{total}} 个指标中有 {{qualitative}} 个是定性指标（{{percent}}%），超过要求的 {{max}}%。定性指标难以衡量，审核时会被要求改为定量指标。请把能量化的目标改成定量指标。",
    },
  },
  check(ctx) {
    const limits = ctx.settings.indicatorCount;
    const min = limits?.minQuantitative;
    const max = limits?.maxQualitativePercent;
    if (min === undefined && max === undefined) return;
    for (const project of ctx.table.projects) {
      const total = project.indicators.length;
      if (total === 0) continue; // indicators-missing says it
      const count = project.indicators.filter(quantitative).length;
      if (min !== undefined && count < min)
        ctx.report({ messageId: "fewQuantitative", data: { project: project.name, count, min }, project });
      const qualitative = project.indicators.filter((i) => i.qualitative).length;
      if (max !== undefined && qualitative * 100 > max * total)
        ctx.report({
          messageId: "tooQualitative",
          data: {
            project: project.name,
            total,
            qualitative,
            percent: Math.round((qualitative * 1000) / total) / 10,
            max,
          },
          project,
        });
    }
  },
});
