import rule from "../../../src/core/rules/input-as-output";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "an output count",
      table: withIndicator({ name: "新建村道长度", op: ">=", value: "12", unit: "公里" }),
    },
    {
      name: "people served are an output",
      table: withIndicator({ name: "服务群众人次", op: ">=", value: "3000", unit: "人次" }),
    },
    {
      name: "a rate about the money",
      table: withIndicator({ l2: "质量指标", name: "资金拨付及时率", value: "100", unit: "%" }),
    },
    {
      name: "资金到位率 under 数量 is a rate, not a count",
      table: withIndicator({ name: "资金到位率", value: "100", unit: "%" }),
    },
    {
      name: "the money under 成本 is where it belongs",
      table: withIndicator({ l2: "成本指标", name: "项目资金投入", op: "<=", value: "50", unit: "万元" }),
    },
  ],
  invalid: [
    {
      name: "资金投入 50万元 under 数量",
      table: withIndicator({ name: "资金投入", value: "50", unit: "万元" }),
      findings: [
        {
          messageId: "money",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "资金投入",
          data: { target: "=50万元" },
        },
      ],
    },
    {
      name: "拨付资金 ≥100万元",
      table: withIndicator({ name: "拨付资金", op: ">=", value: "100", unit: "万元" }),
      findings: [{ messageId: "money", data: { target: "≥100万元" } }],
    },
    {
      name: "项目总投资",
      table: withIndicator({ name: "项目总投资", value: "300", unit: "万元" }),
      findings: [{ messageId: "money" }],
    },
    {
      name: "投入人员 5人",
      table: withIndicator({ name: "投入人员", value: "5", unit: "人" }),
      findings: [{ messageId: "people", data: { name: "投入人员" } }],
    },
    {
      name: "投入技术人员 under 产出 without a 二级",
      table: withIndicator({ l2: "", name: "投入技术人员数量", op: ">=", value: "3", unit: "人" }),
      findings: [{ messageId: "people" }],
    },
    {
      name: "投入车辆",
      table: withIndicator({ name: "投入车辆", value: "2", unit: "辆" }),
      findings: [{ messageId: "things" }],
    },
  ],
});
