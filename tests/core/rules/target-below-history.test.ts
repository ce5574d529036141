import rule from "../../../src/core/rules/target-below-history";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid, type ColumnRow } from "./_support/column-grid";

const REST: ColumnRow[] = [
  ["效益指标", "社会效益指标", "会议精神传达覆盖率", "≥", "95", "%", ""],
  ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", "90", "%", ""],
];

/** One indicator row (Excel row 2) with last year's actual value in column J. */
const grid = (row: ColumnRow, header = "上年实际完成值") => columnGrid([header], [row, ...REST]);

ruleTester(rule, {
  valid: [
    {
      name: "a 正向 target above last year",
      ...grid(["产出指标", "数量指标", "培训人数", "≥", "120", "人", 100]),
    },
    { name: "equal to last year", ...grid(["产出指标", "数量指标", "培训人数", "≥", "100", "人", "100人"]) },
    {
      name: "a 反向 target below last year",
      ...grid(["产出指标", "成本指标", "人均培训费", "≤", "500", "元", 550]),
    },
    {
      name: "an = target is not directional",
      ...grid(["产出指标", "数量指标", "召开会议次数", "=", "1", "次", 2]),
    },
    { name: "no value last year", ...grid(["产出指标", "数量指标", "培训人数", "≥", "80", "人", ""]) },
    {
      name: "last year in another unit",
      ...grid(["产出指标", "成本指标", "会议费", "≤", "12", "万元", "100000元"]),
    },
    { name: "last year as text", ...grid(["产出指标", "数量指标", "培训人数", "≥", "80", "人", "未开展"]) },
    { name: "a 定性 target", ...grid(["产出指标", "质量指标", "培训质量", "定性", "良好", "", 95]) },
    {
      name: "a percent-formatted cell holds 0.98",
      ...grid(["产出指标", "质量指标", "合格率", "≥", "95", "%", { value: 0.93, text: "93%" }] as ColumnRow),
    },
    {
      name: "a 备注 column is not last year's value",
      ...grid(["产出指标", "数量指标", "培训人数", "≥", "80", "人", 100], "备注"),
    },
    { name: "no grid", table: grid(["产出指标", "数量指标", "培训人数", "≥", "80", "人", 100]).table },
  ],
  invalid: [
    {
      name: "a 正向 target below last year",
      ...grid(["产出指标", "数量指标", "培训人数", "≥", "80", "人", 100]),
      findings: [
        {
          messageId: "belowHistory",
          cell: "F2",
          indicator: "培训人数",
          data: { target: "≥80人", history: "100" },
        },
      ],
    },
    {
      name: "a percentage below last year's, written with %",
      ...grid(["产出指标", "质量指标", "合格率", "≥", "90", "%", "95%"]),
      findings: [{ messageId: "belowHistory", data: { history: "95%" } }],
    },
    {
      name: "a percent-formatted cell above the target",
      ...grid(["产出指标", "质量指标", "合格率", "≥", "90", "%", { value: 0.95, text: "95%" }] as ColumnRow),
      findings: [{ messageId: "belowHistory" }],
    },
    {
      name: "a 反向 target above last year",
      ...grid(["产出指标", "成本指标", "人均培训费", "≤", "600", "元", 550], "2023年实际完成值"),
      findings: [{ messageId: "aboveHistory", data: { target: "≤600元", history: "550" } }],
    },
  ],
});
