/**
 * indicator-name-missing — a row of the indicator grid has a target value but its 三级指标 (指标内容)
 * cell is empty, so only the 二级 heading names it (「数量指标 | （空） | 88」). Nobody can tell what the
 * 88 counts, and the budget system imports indicators by their 三级 name. Seen in published forms where
 * every row was left so. Rows with neither a name nor a value are value-missing's and category-empty's.
 */
import { clip, displayName, formatTarget } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "indicator-name-missing",
    messages: {
      missing:
        "「{{heading}}」下有一行填了指标值「{{value}}」，三级指标名称却是空的，看不出考核的是什么。请写出具体的指标名称（如某项工作的完成数量、合格率、完成时间）。",
    },
  },
  check(ctx) {
    ctx.indicators({ not: ["noValue"] }, (ind, project) => {
      if (!ind.nameFromHeading) return;
      ctx.report({
        messageId: "missing",
        data: { heading: displayName(ind), value: clip(formatTarget(ind)) },
        project,
        indicator: ind,
      });
    });
  },
});
