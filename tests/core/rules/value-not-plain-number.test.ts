import rule from "../../../src/core/rules/value-not-plain-number";
import { ruleTester } from "../../helpers/rule-tester";
import { gridWith } from "./_support/import-grid";
import { withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    { name: "a plain number as text", table: gridWith(["", "", "培训人数", "≥", "40", "人"]) },
    { name: "a number cell", table: gridWith(["", "", "培训人数", "≥", 40, "人"]) },
    { name: "a decimal", table: gridWith(["", "", "会议费", "≤", "10.85", "万元"]) },
    { name: "a 定性 row holds text", table: gridWith(["", "", "制度完善程度", "定性", "完善", ""]) },
    { name: "an empty value is value-missing's", table: gridWith(["", "", "培训人数", "≥", "", "人"]) },
    { name: "a dash is import-rejected-chars'", table: gridWith(["", "", "培训人数", "≥", "-", "人"]) },
    { name: "a placeholder is placeholder-left's", table: gridWith(["", "", "培训人数", "≥", "XX", "人"]) },
    {
      name: "a wide table has no 指标值 column",
      table: withIndicator({ name: "培训人数", op: ">=", value: "40", unit: "人" }),
    },
  ],
  invalid: [
    {
      name: "the operator typed into the value column",
      table: gridWith(["", "", "参会人数", "≥", "≥150", "人"]),
      findings: [
        { messageId: "notPlain", cell: "H9", indicator: "参会人数", data: { value: "≥150", plain: "150" } },
      ],
    },
    {
      name: "the unit typed into the value column",
      table: gridWith(["", "", "议程完成率", "≥", "95%", "%"]),
      findings: [{ messageId: "notPlain", data: { plain: "95" } }],
    },
    {
      name: "a thousands separator",
      table: gridWith(["", "", "受益人数", "≥", "1,000", "人"]),
      findings: [{ messageId: "notPlain", data: { plain: "1000" } }],
    },
    {
      name: "约 before the number",
      table: gridWith(["", "", "受益人数", "≥", "约100", "人"]),
      findings: [{ messageId: "notPlain", data: { plain: "100" } }],
    },
    {
      name: "a negative number cell",
      table: gridWith(["", "", "成本变动率", "≤", -5, "%"]),
      findings: [{ messageId: "negative", cell: "H9", data: { value: "-5" } }],
    },
    {
      name: "text in a quantitative row",
      table: gridWith(["", "", "培训人数", "≥", "按实际", "人"]),
      findings: [{ messageId: "noNumber", data: { value: "按实际" } }],
    },
  ],
});
