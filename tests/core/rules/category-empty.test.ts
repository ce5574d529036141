import { detectTables } from "../../../src/core/detect";
import { sheetFromValues } from "../../../src/core/grid";
import rule from "../../../src/core/rules/category-empty";
import { COMPLETE_2015, makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

/** A public table whose one indicator cell holds the given tree. */
const wide = (tree: string) =>
  detectTables(
    sheetFromValues("Sheet1", [
      ["项目名称", "金额", "绩效指标"],
      ["食堂运行经费", 36, tree],
    ]),
  ).tables[0];

const one = (spec: Parameters<typeof makeProject>[0]) =>
  makeTable([makeProject({ indicators: COMPLETE_2015, ...spec })]);

ruleTester(rule, {
  valid: [
    { name: "every heading has indicators", table: one({}) },
    { name: "a 一级 filled through its 二级 headings", table: one({ name: "政协十七届四次会议工作经费" }) },
    {
      name: "a 一级 with indicators directly under it (seed: 三、满意度指标 1. …)",
      table: one({
        indicators: [
          ...COMPLETE_2015.filter((s) => s.l1 !== "满意度指标"),
          { l1: "满意度指标", l2: "", name: "人民群众满意度", op: ">=", value: "95", unit: "%" },
        ],
      }),
    },
    {
      name: "a project with no indicators at all is indicators-missing's case",
      table: makeTable([
        makeProject({
          emptyHeadings: [
            { level: 1, text: "产出指标" },
            { level: 2, text: "数量指标" },
          ],
        }),
      ]),
    },
    {
      name: "a heading whose only text could not be read: the unreadable line is reported instead",
      table: wide("产出指标：\n数量指标：就餐人数≥120人\n效益指标：\n社会效益指标：保障干部职工正常工作"),
    },
  ],
  invalid: [
    {
      name: "an empty heading before one whose text could not be read",
      table: wide(
        "产出指标：\n数量指标：就餐人数≥120人\n质量指标：\n效益指标：\n社会效益指标：保障干部职工正常工作",
      ),
      findings: [{ messageId: "empty", cell: "C2", line: 4, data: { heading: "质量指标" } }],
    },
    {
      name: "an empty 二级 heading",
      table: one({
        name: "政协协商议政服务中心",
        emptyHeadings: [{ level: 2, text: "生态效益指标", under: "效益指标" }],
      }),
      findings: [
        {
          messageId: "empty",
          cell: "E2",
          line: 99,
          data: { project: "政协协商议政服务中心", heading: "生态效益指标" },
        },
      ],
    },
    {
      name: "an empty 一级 heading",
      table: one({ emptyHeadings: [{ level: 1, text: "成本指标" }] }),
      findings: [{ messageId: "empty", line: 99, data: { heading: "成本指标" } }],
    },
    {
      name: "an empty 一级 with an empty 二级 is reported at the 二级 only",
      table: makeTable([
        makeProject({
          indicators: COMPLETE_2015.filter((s) => s.l1 !== "满意度指标"),
          emptyHeadings: [
            { level: 1, text: "满意度指标" },
            { level: 2, text: "服务对象满意度指标", under: "满意度指标" },
          ],
        }),
      ]),
      findings: [{ messageId: "empty", data: { heading: "服务对象满意度指标" } }],
    },
    {
      name: "an unrecognised 一级 heading with nothing under it",
      table: one({ emptyHeadings: [{ level: 1, text: "其他指标" }] }),
      findings: [{ messageId: "empty", data: { heading: "其他指标" } }],
    },
  ],
});
