/**
 * level1-missing — a required 一级指标 is absent. 2015: 产出, 效益, 满意度; 2021 adds 成本.
 * Read generously (old-fashioned is not wrong): 满意度 filed as a 二级 under 效益 counts, non-standard
 * names (项目完成指标, 效果指标) count through level1KeyOf, and in a 2021 table a 成本指标 filed the 2015
 * way (二级 under 产出) counts as 成本. Seed: project 9 (文史资料出版费) has no 满意度指标.
 */
import type { Level1Key } from "../model";
import { categoryExamples } from "./util/category-example";
import { categoryPresences } from "./util/category-presence";
import { defineRule } from "./rule";

const REQUIRED: Record<"2015" | "2021", Level1Key[]> = {
  "2015": ["output", "benefit", "satisfaction"],
  "2021": ["cost", "output", "benefit", "satisfaction"],
};

/** The 一级 whose message gives an example (the others say what to write in words). */
const EXAMPLE_OF: Record<Level1Key, boolean> = {
  output: false,
  benefit: false,
  satisfaction: true,
  cost: true,
};

export default defineRule({
  meta: {
    id: "level1-missing",
    messages: {
      output:
        "「{{project}}」缺少一级指标「产出指标」。请补充数量、质量、时效指标，写明要做多少、做到什么标准、何时完成。",
      benefit:
        "「{{project}}」缺少一级指标「效益指标」。请补充社会效益（或经济、生态效益）指标，写明资金使用后产生的效果。",
      satisfaction: "「{{project}}」缺少一级指标「满意度指标」。请补充服务对象满意度指标{{example}}。",
      cost: "「{{project}}」缺少一级指标「成本指标」（2021版指标体系要求）。请补充经济成本指标，写明成本上限{{example}}。",
    },
  },
  check(ctx) {
    const required = REQUIRED[ctx.profile];
    const presenceOf = categoryPresences(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      if (project.indicators.length === 0) return; // indicators-missing
      const present = presenceOf(p);
      const example = categoryExamples(project, ctx.profile, ctx.settings.standards);
      for (const key of required) {
        const has =
          key === "satisfaction"
            ? present.hasSatisfaction
            : key === "cost"
              ? present.hasCost
              : present.hasLevel1(key);
        if (!has)
          ctx.report({
            messageId: key,
            data: { project: project.name, example: EXAMPLE_OF[key] ? example({ level1: key }) : "" },
            project,
          });
      }
    });
  },
});
