/**
 * amount-missing — the project row's amount (金额) is empty, an Excel error value (#REF!, #VALUE!), or
 * text that is not a number ("约5万"). Without an amount no cost can be checked against it.
 */
import { clip } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "amount-missing",
    messages: {
      missing: "「{{project}}」没有填写金额。请填写项目预算金额（数字，单位与表头一致）。",
      error:
        "「{{project}}」的金额单元格显示「{{text}}」，是公式出错了（常见原因：引用的单元格被删除）。请修正公式或直接填写金额。",
      notNumeric:
        "「{{project}}」的金额「{{text}}」不是数字，无法核算。请只填写数字（单位与表头一致），不要夹带文字。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      const problem = project.amountProblem;
      if (problem === null) continue;
      const data = { project: project.name, text: clip(project.amountText) || "（空）" };
      const messageId = problem === "missing" ? "missing" : problem === "error" ? "error" : "notNumeric";
      ctx.report({ messageId, data, project, at: project.cells.amount });
    }
  },
});
