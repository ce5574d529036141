import rule from "../../../src/core/rules/direction-inverted";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

const COST = { l2: "成本指标" };
const QUALITY = { l2: "质量指标" };

ruleTester(rule, {
  valid: [
    {
      name: "seed: 民主监督工作成本增长率 ≤0% (no growth) is fine",
      table: withIndicator({ ...COST, name: "民主监督工作成本增长率", op: "<=", value: "0", unit: "%" }),
    },
    {
      name: "an error rate is capped",
      table: withIndicator({ ...QUALITY, name: "编校差错率", op: "<=", value: "0.01", unit: "%" }),
    },
    {
      name: "an accident rate is capped",
      table: withIndicator({ ...QUALITY, name: "会议异常事故发生率", op: "<=", value: "1", unit: "%" }),
    },
    {
      name: "a positive rate with ≥",
      table: withIndicator({ ...QUALITY, name: "政协委员参会率", op: ">=", value: "95", unit: "%" }),
    },
    {
      name: "a share capped",
      table: withIndicator({ ...COST, name: "管理费占项目资金比例", op: "<=", value: "5", unit: "%" }),
    },
    {
      name: "a control rate ≤100%",
      table: withIndicator({ ...COST, name: "预算成本控制率", op: "<=", value: "100", unit: "%" }),
    },
    ...[
      ["检测及时率", "7", "工作日"],
      ["投诉处理及时率", "48", "小时"],
      ["资金拨付及时率", "3", "个月"],
      ["报告报送及时率", "10", "天"],
    ].map(([name, value, unit]) => ({
      name: `a rate written as a span of time is a time limit: ${name} ≤${value}${unit}`,
      table: withIndicator({ l2: "时效指标", name, op: "<=", value, unit }),
    })),
    {
      name: "a meeting count capped (austerity)",
      table: withIndicator({ name: "召开会议次数", op: "<=", value: "4", unit: "次" }),
    },
  ],
  invalid: [
    {
      name: "seed project 14: 预算成本控制率 ≤0%",
      table: withIndicator({ ...COST, name: "预算成本控制率", op: "<=", value: "0", unit: "%" }),
      findings: [
        {
          messageId: "controlZero",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "预算成本控制率",
          data: { name: "预算成本控制率", target: "≤0%" },
        },
      ],
    },
    {
      name: "a completion rate capped",
      table: withIndicator({ ...QUALITY, name: "任务完成率", op: "<=", value: "90", unit: "%" }),
      findings: [
        {
          messageId: "positive",
          data: { kind: "比率", better: "≥90%" },
        },
      ],
    },
    {
      name: "satisfaction capped",
      table: withIndicator({
        l1: "满意度指标",
        l2: "服务对象满意度指标",
        name: "参会委员满意度",
        op: "<",
        value: "90",
        unit: "%",
      }),
      findings: [{ messageId: "positive", data: { kind: "满意度" } }],
    },
    {
      name: "a saving rate capped",
      table: withIndicator({ ...COST, name: "接待成本节约率", op: "<=", value: "5", unit: "%" }),
      findings: [{ messageId: "positive", data: { better: "≥5%" } }],
    },
    {
      name: "beneficiaries capped",
      table: withIndicator({ name: "受益人数", op: "<=", value: "100", unit: "人" }),
      findings: [{ messageId: "beneficiary", data: { name: "受益人数", better: "≥100人" } }],
    },
    {
      name: "cost growth with ≥",
      table: withIndicator({ ...COST, name: "工作成本增长率", op: ">=", value: "5", unit: "%" }),
      findings: [
        {
          messageId: "costGrowth",
          data: { better: "≤5%" },
        },
      ],
    },
  ],
});
