import rule from "../../../src/core/rules/basis-missing";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid } from "./_support/column-grid";

const grid = (basis: string[], header = "指标值设定依据") =>
  columnGrid(
    [header],
    [
      ["产出指标", "数量指标", "培训人数", "≥", "120", "人", basis[0]],
      ["", "质量指标", "培训合格率", "≥", "95", "%", basis[1]],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%", basis[2]],
    ],
  );

ruleTester(rule, {
  valid: [
    { name: "every basis filled", ...grid(["年度计划", "行业标准", "历史标准"]) },
    { name: "no basis column", ...grid(["", "", ""], "备注") },
    { name: "no grid", table: grid(["", "", ""]).table },
  ],
  invalid: [
    {
      name: "one basis empty",
      ...grid(["年度计划", "", "历史标准"]),
      findings: [{ messageId: "missing", cell: "J3", indicator: "培训合格率" }],
    },
    {
      name: "the whole column empty: one note",
      ...grid(["", "", ""], "取值依据"),
      findings: [{ messageId: "allMissing", cell: "J2", data: { count: 3 } }],
    },
  ],
});
