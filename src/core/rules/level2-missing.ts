/**
 * level2-missing — a required 二级指标 is absent under a 一级 that is present (a missing 一级 is
 * level1-missing's job). 2015: 产出 needs 数量, 质量, 时效, 成本; 2021: 产出 needs 数量, 质量, 时效 and
 * 一级 成本 needs one of 经济/社会/生态环境成本. Both: 效益 needs one of 经济/社会/生态效益.
 * Cost is accepted wherever it is filed, so a 2015 table with a stray 2021-style 社会成本指标 (or a 2021
 * table with 成本 under 产出) is not flagged for it.
 */
import type { Level1Key, Level2Key, Project, SourceRef } from "../model";
import { LEVEL1_NAME } from "../vocab/categories";
import { categoryExamples } from "./util/category-example";
import { categoryPresences } from "./util/category-presence";
import { defineRule } from "./rule";

type OutputPart = "quantity" | "quality" | "timeliness" | "cost";

const OUTPUT_REQUIRED: Record<"2015" | "2021", OutputPart[]> = {
  "2015": ["quantity", "quality", "timeliness", "cost"],
  "2021": ["quantity", "quality", "timeliness"],
};
const BENEFIT_ANY: Level2Key[] = ["economic", "social", "ecological"];
const COST_ANY: Level2Key[] = ["economicCost", "socialCost", "ecoCost", "cost"];

/** Where to point: the 一级 heading as written, else the project's indicator cell. */
function level1Heading(project: Project, key: Level1Key): { text: string; at: SourceRef } {
  const h = project.headings.find((x) => x.level === 1 && x.key === key);
  // A heading typed down a narrow merged cell (「产\n出\n指\n标」) is quoted without its line breaks.
  if (h) return { text: h.text.replace(/\s+/g, "") || LEVEL1_NAME[key], at: h.source };
  return { text: LEVEL1_NAME[key], at: project.cells.indicators };
}

export default defineRule({
  meta: {
    id: "level2-missing",
    messages: {
      quantity: "「{{project}}」的「{{level1}}」下缺少「数量指标」。请补充，写明要完成多少{{example}}。",
      quality: "「{{project}}」的「{{level1}}」下缺少「质量指标」。请补充，写明要达到的标准{{example}}。",
      timeliness: "「{{project}}」的「{{level1}}」下缺少「时效指标」。请补充，写明完成时间{{example}}。",
      cost: "「{{project}}」的「{{level1}}」下缺少「成本指标」。请补充，写明总成本或开支标准的上限{{example}}。",
      benefitNone:
        "「{{project}}」的「{{level1}}」下没有经济效益、社会效益或生态效益指标（至少要有一项）。请补充{{example}}。",
      costNone:
        "「{{project}}」的「{{level1}}」下没有经济成本、社会成本或生态环境成本指标（至少要有一项）。请补充{{example}}。",
    },
  },
  check(ctx) {
    const presenceOf = categoryPresences(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      if (project.indicators.length === 0) return; // indicators-missing
      const present = presenceOf(p);
      const example = categoryExamples(project, ctx.profile, ctx.settings.standards);
      if (present.hasLevel1("output")) {
        const missing = OUTPUT_REQUIRED[ctx.profile].filter((k) =>
          k === "cost" ? !present.hasCost : !present.hasLevel2("output", k),
        );
        if (missing.length > 0) {
          const { text, at } = level1Heading(project, "output");
          for (const k of missing) {
            ctx.report({
              messageId: k,
              data: {
                project: project.name,
                level1: text,
                example: example({ level1: "output", level2: [k] }),
              },
              project,
              at,
            });
          }
        }
      }
      if (present.hasLevel1("benefit") && !BENEFIT_ANY.some((k) => present.hasLevel2("benefit", k))) {
        const { text, at } = level1Heading(project, "benefit");
        const ex = example({ level1: "benefit", level2: BENEFIT_ANY, named: true });
        ctx.report({
          messageId: "benefitNone",
          data: { project: project.name, level1: text, example: ex },
          project,
          at,
        });
      }
      if (
        ctx.profile === "2021" &&
        present.hasLevel1("cost") &&
        !COST_ANY.some((k) => present.hasLevel2("cost", k))
      ) {
        const { text, at } = level1Heading(project, "cost");
        const ex = example({ level1: "cost", named: true });
        ctx.report({
          messageId: "costNone",
          data: { project: project.name, level1: text, example: ex },
          project,
          at,
        });
      }
    });
  },
});
