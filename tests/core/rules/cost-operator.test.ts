import rule from "../../../src/core/rules/cost-operator";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

const COST = { l2: "成本指标" };

ruleTester(rule, {
  valid: [
    {
      name: "seed: 会议筹办总成本 ≤10.85万元",
      table: withIndicator({ ...COST, name: "会议筹办总成本", op: "<=", value: "10.85", unit: "万元" }),
    },
    {
      name: "seed: 人均培训成本 ≤ 4300元",
      table: withIndicator({ ...COST, name: "人均培训成本", op: "<=", value: "4300", unit: "元" }),
    },
    {
      name: "a count of subsidised people",
      table: withIndicator({ name: "补贴人数", op: ">=", value: "7", unit: "名" }),
    },
    {
      name: "a rate about money",
      table: withIndicator({ l2: "质量指标", name: "补贴资金到位率", op: ">=", value: "98", unit: "%" }),
    },
    {
      name: "income brought in",
      table: withIndicator({
        l1: "效益指标",
        l2: "经济效益指标",
        name: "带动农户增收",
        op: ">=",
        value: "500",
        unit: "元",
      }),
    },
    {
      name: "money saved",
      table: withIndicator({
        l1: "效益指标",
        l2: "经济效益指标",
        name: "节约资金",
        op: ">=",
        value: "5",
        unit: "万元",
      }),
    },
  ],
  invalid: [
    {
      name: "an amount in 元 typed under 成本指标, whatever its name says",
      table: withIndicator({ ...COST, name: "防疫室84平米", op: ">=", value: "1050", unit: "元" }),
      findings: [{ messageId: "lowerBound", indicator: "防疫室84平米", data: { better: "≤1050元" } }],
    },
    {
      name: "seed project 10: 服务中心工作经费≥2.5万元",
      table: withIndicator({ ...COST, name: "服务中心工作经费", op: ">=", value: "2.5", unit: "万元" }),
      findings: [
        {
          messageId: "lowerBound",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "服务中心工作经费",
          data: { name: "服务中心工作经费", target: "≥2.5万元", better: "≤2.5万元" },
        },
      ],
    },
    {
      name: "seed project 7: 农牧民误工补贴 ≥ 120元/天",
      table: withIndicator({ ...COST, name: "农牧民误工补贴", op: ">=", value: "120", unit: "元/天" }),
      findings: [{ messageId: "lowerBound", indicator: "农牧民误工补贴", data: { better: "≤120元/天" } }],
    },
    {
      name: "a lodging standard with >",
      table: withIndicator({ ...COST, name: "农牧民委员住宿标准", op: ">", value: "140", unit: "元/天·人" }),
      findings: [{ messageId: "lowerBound", data: { better: "<140元/天·人" } }],
    },
    {
      name: "a cost with no unit",
      table: withIndicator({ ...COST, name: "会议费", op: ">=", value: "3" }),
      findings: [{ messageId: "lowerBound", data: { target: "≥3" } }],
    },
  ],
});
