/**
 * copy-paste-suspect: an indicator that names another project's subject, or a whole indicator block
 * equal to another project's. Seed project 7 (政协常委会工作经费) has "专委会工作成本 ≤3.4万元" —
 * 专委会 is what project 4 (专委会工作经费) is about. Words every project shares (政协, 委员, 工作) and
 * short activity words (会议, 培训, 视察) are not subjects; neither is a word in this project's own name
 * or goal.
 */
import { toA1 } from "../grid";
import { compactName } from "./util/compact-name";
import { workbookSubjects } from "./util/copy-subjects";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

const GOAL_NOISE = /[\s、，,。.：:；;（）()“”"'‘’《》·]/g;

export default defineRule({
  meta: {
    id: "copy-paste-suspect",
    messages: {
      otherSubject:
        "「{{name}}」提到「{{subject}}」，这是项目「{{other}}」的内容，而本项目是「{{project}}」。疑似从其他项目复制，请改为本项目的指标。",
      sameBlock:
        "本项目的 {{count}} 条绩效指标与项目「{{other}}」（单元格 {{cell}}）完全相同，疑似整体复制。请按本项目的实际内容填写指标。",
    },
  },
  check(ctx) {
    const index = workbookSubjects(ctx.tables);
    const { start, indicators, compact } = tableFacts(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      // The name and the goal are compacted only when a subject turns up (rarely).
      let ownName: string | null = null;
      let goal: string | null = null;
      // No subject with a single owner in the workbook: no indicator can name another project's.
      const end = index.ownedSubjects === 0 ? start[p] : start[p + 1];
      for (let k = start[p]; k < end; k++) {
        const subjects = index.subjectsIn(compact[k]);
        if (subjects.length === 0) continue;
        const ind = indicators[k];
        for (const { subject, owner } of subjects) {
          if (owner === project || (ownName ??= compactName(project.name)).includes(subject)) continue;
          goal ??= project.goal.replace(GOAL_NOISE, "");
          if (goal.includes(subject)) continue;
          ctx.report({
            messageId: "otherSubject",
            project,
            indicator: ind,
            data: { name: ind.name, subject, other: owner.name, project: project.name },
          });
          break; // one finding per indicator
        }
      }
      const first = index.copyOf.size > 0 ? index.copyOf.get(project) : undefined;
      if (first) {
        const c = first.cells.indicators;
        ctx.report({
          messageId: "sameBlock",
          project,
          data: {
            count: project.indicators.length,
            other: first.name,
            cell:
              c.sheet === project.cells.indicators.sheet
                ? toA1(c.row, c.col)
                : `${c.sheet}!${toA1(c.row, c.col)}`,
          },
        });
      }
    });
  },
});
