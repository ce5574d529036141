import rule from "../../../src/core/rules/midterm-value-missing";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid } from "./_support/column-grid";
import { midtermForm, type SetRow } from "./_support/midterm-form";

const form = (rows: SetRow[]) =>
  midtermForm({
    mid: 449.8,
    annual: 189.8,
    midGoal: "三年内建成增雨作业体系",
    goal: "完成本年度增雨作业任务",
    rows,
  });

const FULL: SetRow[] = [
  ["数量指标", "作业次数", "≥45次", "数量指标", "作业次数", "≥15次"],
  ["质量指标", "作业安全率", "100%", "质量指标", "作业安全率", "100%"],
  ["时效指标", "作业完成时间", "2025年底", "时效指标", "作业完成时间", "2023年底"],
];

// Which side of the form is 中期 is the reader's call (here the right set, under 年度目标, is read): the
// cases name indicators, not columns.
ruleTester(rule, {
  valid: [
    { name: "both sets filled", ...form(FULL) },
    {
      name: "one set only (an ordinary form)",
      ...columnGrid([], [["产出指标", "数量指标", "作业次数", "≥", "15", "次"]]),
    },
    {
      name: "no grid",
      table: form([FULL[0], ["质量指标", "作业安全率", "", "质量指标", "作业安全率", "100%"]]).table,
    },
    {
      name: "an empty value in the read set is value-missing's",
      ...form([FULL[0], ["质量指标", "作业安全率", "", "质量指标", "作业安全率", ""]]),
    },
  ],
  invalid: [
    {
      name: "the other set's value empty",
      ...form([FULL[0], ["质量指标", "作业安全率", "", "质量指标", "作业安全率", "100%"], FULL[2]]),
      findings: [{ messageId: "midMissing", indicator: "作业安全率" }],
    },
    {
      name: "the read set's row blank where the other set has one",
      ...form([FULL[0], FULL[1], ["时效指标", "作业完成时间", "2025年底", "", "", ""]]),
      findings: [{ messageId: "annualMissing", data: { name: "作业完成时间", value: "2025年底" } }],
    },
  ],
});
