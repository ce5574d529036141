/** goal-missing — the project's 绩效目标 is empty. Seed: project 14 (编外长期聘用人员). */
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "goal-missing",
    messages: {
      missing:
        "「{{project}}」没有填写绩效目标。请写明这笔资金本年度要完成什么任务、做到多少、达到什么效果。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      if (project.goal.trim() !== "") continue;
      // A goal the reader was not sure of is reported by reading-uncertain, never as missing.
      if (project.reading?.goal.status === "uncertain") continue;
      ctx.report({ messageId: "missing", data: { project: project.name }, project, at: project.cells.goal });
    }
  },
});
