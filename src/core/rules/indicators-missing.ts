/**
 * indicators-missing — the project has no indicators at all (nothing written, or nothing readable).
 * The category rules stay quiet for such a project: one finding says it all.
 */
import { defineRule } from "./rule";
import { categoryExamples } from "./util/category-example";

export default defineRule({
  meta: {
    id: "indicators-missing",
    messages: {
      missing:
        "「{{project}}」没有填写任何绩效指标。请至少填写产出指标（数量、质量、时效、成本）、效益指标和满意度指标。",
      unreadable:
        "「{{project}}」的绩效指标一条也没能读出来（有 {{count}} 行无法识别）。请按「指标名称 符号 数值 单位」的格式逐条填写{{example}}。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      if (project.indicators.length > 0) continue;
      if (project.issues.length > 0) {
        ctx.report({
          messageId: "unreadable",
          data: {
            project: project.name,
            count: project.issues.length,
            example: categoryExamples(
              project,
              ctx.profile,
              ctx.settings.standards,
            )({
              level1: "output",
              level2: ["quantity"],
            }),
          },
          project,
        });
      } else {
        ctx.report({ messageId: "missing", data: { project: project.name }, project });
      }
    }
  },
});
