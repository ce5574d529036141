import rule from "../../../src/core/rules/unit-mismatch";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "seed: 举行政协全委会议 1次",
      table: withIndicator({ name: "举行政协全委会议", value: "1", unit: "次" }),
    },
    {
      name: "seed: 接待参会委员 ≥162名",
      table: withIndicator({ name: "接待参会委员", op: ">=", value: "162", unit: "名" }),
    },
    {
      name: "seed: 补贴人数：7名 (a count of people, not a cost)",
      table: withIndicator({ name: "补贴人数", value: "7", unit: "名" }),
    },
    {
      name: "seed: 补贴资金到位率 98%",
      table: withIndicator({ l2: "质量指标", name: "补贴资金到位率", value: "98", unit: "%" }),
    },
    {
      name: "seed: 民主监督工作成本增长率 ≤0% (a rate about cost is a rate)",
      table: withIndicator({
        l2: "成本指标",
        name: "民主监督工作成本增长率",
        op: "<=",
        value: "0",
        unit: "%",
      }),
    },
    {
      name: "seed: 接待标准 150元/人/天",
      table: withIndicator({ l2: "成本指标", name: "接待标准", value: "150", unit: "元/人/天" }),
    },
    {
      name: "people counted in 人次",
      table: withIndicator({ name: "接待人次", op: ">=", value: "210", unit: "人次" }),
    },
    {
      name: "spending progress in %",
      table: withIndicator({ l2: "时效指标", name: "资金支出进度", op: ">=", value: "90", unit: "%" }),
    },
  ],
  invalid: [
    {
      name: "seed project 1: 会议异常事故发生次数 0%",
      table: withIndicator({ l2: "质量指标", name: "会议异常事故发生次数", op: null, value: "0", unit: "%" }),
      findings: [
        {
          messageId: "countPercent",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "会议异常事故发生次数",
          data: { kind: "次数", unit: "%", expected: "次" },
        },
      ],
    },
    {
      name: "seed project 8: 接待人数≥ 210次",
      table: withIndicator({ name: "接待人数", op: ">=", value: "210", unit: "次" }),
      findings: [
        {
          messageId: "peopleTimes",
          indicator: "接待人数",
        },
      ],
    },
    {
      name: "a rate in 人",
      table: withIndicator({
        l1: "效益指标",
        l2: "社会效益指标",
        name: "政策知晓率",
        op: ">=",
        value: "98",
        unit: "人",
      }),
      findings: [{ messageId: "rate", data: { unit: "人" } }],
    },
    {
      name: "a cost in 次",
      table: withIndicator({ l2: "成本指标", name: "视察调研燃料费", op: "<=", value: "2", unit: "次" }),
      findings: [{ messageId: "money", data: { unit: "次" } }],
    },
    {
      name: "a headcount in %",
      table: withIndicator({ name: "参会人数", op: ">=", value: "95", unit: "%" }),
      findings: [{ messageId: "countPercent", data: { kind: "人数", unit: "%", expected: "人" } }],
    },
    {
      name: "a rate written as a time limit (≤7工作日): told how to write the limit",
      table: withIndicator({ l2: "时效指标", name: "检测及时率", op: "<=", value: "7", unit: "工作日" }),
      findings: [
        {
          messageId: "rateTimeLimit",
          data: { target: "≤7工作日", limitName: "检测时限", limit: "≤7工作日" },
        },
      ],
    },
    {
      name: "a time limit written with ≥ sets no limit: the message says so and writes ≤",
      table: withIndicator({ l2: "时效指标", name: "检测及时率", op: ">=", value: "7", unit: "工作日" }),
      findings: [
        {
          messageId: "rateTimeFloor",
          data: { target: "≥7工作日", limitName: "检测时限", limit: "≤7工作日", op: "≥" },
          messageIncludes: "只规定了下限",
        },
      ],
    },
    {
      name: "a rate in 小时 not named …及时率: the limit's name is left to the user",
      table: withIndicator({ l2: "时效指标", name: "故障修复率", op: ">", value: "2", unit: "小时" }),
      findings: [{ messageId: "rateTimeFloor", data: { limitName: "…时限", limit: "≤2小时", op: ">" } }],
    },
  ],
});
