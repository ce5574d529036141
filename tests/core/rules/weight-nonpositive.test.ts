import rule from "../../../src/core/rules/weight-nonpositive";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid, type ColumnRow } from "./_support/column-grid";
import { weightedSets } from "./_support/weighted-sets";

function rows(w: (number | string)[]): ColumnRow[] {
  return [
    ["产出指标", "数量指标", "召开会议次数", "=", "1", "次", w[0]],
    ["", "质量指标", "议程完成率", "≥", "95", "%", w[1]],
    ["效益指标", "社会效益指标", "会议精神传达覆盖率", "≥", "95", "%", w[2]],
    ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", "90", "%", w[3]],
  ];
}
const grid = (w: (number | string)[]) => columnGrid(["权重"], rows(w));

/** Two weighted sets (中期 weights in F, 年度 in J), Excel rows 6 and 7. */
const twoSets = (mid: [number, number], annual: [number, number]) =>
  weightedSets([
    ["产出指标", "数量指标", "作业次数", "≥45次", mid[0], "≥15次", annual[0]],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", mid[1], "≥90%", annual[1]],
  ]);

ruleTester(rule, {
  valid: [
    { name: "positive weights", ...grid([40, 20, 30, 10]) },
    { name: "an empty weight is not this rule's", ...grid([40, "", 30, 10]) },
    { name: "text in the weight cell", ...grid([40, "另计", 30, 10]) },
    { name: "no grid to read the column from", table: grid([0, 0, 0, 0]).table },
    { name: "a 备注 column, not weights", ...columnGrid(["备注"], rows([0, 0, 0, 0])) },
    { name: "both sets positive", ...twoSets([90, 10], [90, 10]) },
  ],
  invalid: [
    {
      name: "a zero weight",
      ...grid([40, 0, 30, 30]),
      findings: [{ messageId: "nonpositive", cell: "J3", indicator: "议程完成率", data: { weight: "0" } }],
    },
    {
      name: "a negative weight written as text",
      ...grid([40, "-5分", 30, 35]),
      findings: [{ messageId: "nonpositive", cell: "J3", data: { weight: "-5分" } }],
    },
    {
      name: "a full-width zero",
      ...grid(["０", 40, 30, 30]),
      findings: [{ messageId: "nonpositive", cell: "J2" }],
    },
    {
      name: "a zero weight in the 中期 set: named as 中期, no indicator of the model",
      ...twoSets([100, 0], [90, 10]),
      findings: [
        {
          messageId: "nonpositive",
          cell: "F7",
          data: { name: "群众满意度", set: "（中期指标）", weight: "0" },
          messageIncludes: "「群众满意度」（中期指标）的权重是「0」",
        },
      ],
    },
    {
      name: "a zero weight in the 年度 set",
      ...twoSets([90, 10], [100, 0]),
      findings: [
        { messageId: "nonpositive", cell: "J7", indicator: "群众满意度", data: { set: "（年度指标）" } },
      ],
    },
  ],
});
