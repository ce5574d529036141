import rule from "../../../src/core/rules/weight-category-mismatch";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid, type ColumnRow } from "./_support/column-grid";
import { weightedSets } from "./_support/weighted-sets";

/** Heading rows with a 分值 of their own (column J), indicators under them. */
function tree(w: { output: number | string; quantity: number; quality: number }): ColumnRow[] {
  return [
    ["产出指标", "", "", "", "", "", w.output],
    ["", "数量指标", "召开会议次数", "=", "1", "次", w.quantity],
    ["", "质量指标", "议程完成率", "≥", "95", "%", w.quality],
    ["效益指标", "", "", "", "", "", 30],
    ["", "社会效益指标", "会议精神传达覆盖率", "≥", "95", "%", 30],
    ["满意度指标", "", "", "", "", "", 20],
    ["", "服务对象满意度指标", "参会人员满意度", "≥", "90", "%", 20],
  ];
}

const grid = (w: Parameters<typeof tree>[0]) => columnGrid(["分值"], tree(w));

/** Two weighted sets with 一级 heading rows of their own (Excel rows 6 and 9): [中期, 年度] weights. */
const twoSets = (output: [number, number], count: [number, number]) =>
  weightedSets([
    ["产出指标", "", "", "", output[0], "", output[1]],
    ["", "数量指标", "作业次数", "≥45次", count[0], "≥15次", count[1]],
    ["", "质量指标", "作业安全率", "100%", 30, "100%", 30],
    ["满意度指标", "", "", "", 10, "", 10],
    ["", "服务对象满意度指标", "群众满意度", "≥90%", 10, "≥90%", 10],
  ]);

ruleTester(rule, {
  valid: [
    { name: "each heading equals its indicators", ...grid({ output: 50, quantity: 30, quality: 20 }) },
    { name: "a heading without a weight", ...grid({ output: "", quantity: 30, quality: 10 }) },
    {
      name: "merged 一级 cells: no heading rows of their own",
      ...columnGrid(
        ["分值"],
        [
          ["产出指标", "数量指标", "召开会议次数", "=", "1", "次", 30],
          ["", "质量指标", "议程完成率", "≥", "95", "%", 20],
          ["效益指标", "社会效益指标", "会议精神传达覆盖率", "≥", "95", "%", 30],
          ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", "90", "%", 20],
        ],
      ),
    },
    { name: "both sets: each heading equals its indicators", ...twoSets([90, 80], [60, 50]) },
    { name: "no grid to read the column from", table: grid({ output: 90, quantity: 1, quality: 1 }).table },
  ],
  invalid: [
    {
      name: "产出 50 over 30 + 10",
      ...grid({ output: 50, quantity: 30, quality: 10 }),
      findings: [
        { messageId: "mismatch", cell: "J2", data: { heading: "产出指标", weight: "50", sum: "40" } },
      ],
    },
    {
      name: "the 中期 set's 产出 heading does not match its indicators",
      ...twoSets([90, 80], [50, 50]),
      findings: [
        {
          messageId: "mismatch",
          cell: "F6",
          data: { heading: "产出指标", set: "（中期指标）", weight: "90", sum: "80" },
        },
      ],
    },
    {
      name: "the 年度 set's 产出 heading does not match its indicators",
      ...twoSets([90, 80], [60, 40]),
      findings: [
        { messageId: "mismatch", cell: "J6", data: { set: "（年度指标）", weight: "80", sum: "70" } },
      ],
    },
  ],
});
