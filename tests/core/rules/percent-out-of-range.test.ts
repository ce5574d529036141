import rule from "../../../src/core/rules/percent-out-of-range";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "100%",
      table: withIndicator({ l2: "时效指标", name: "会议接待及时率", value: "100", unit: "%" }),
    },
    {
      name: "0%",
      table: withIndicator({
        l2: "成本指标",
        name: "委员活动工作成本增长率",
        op: "<=",
        value: "0",
        unit: "%",
      }),
    },
    {
      name: "a growth rate may exceed 100%",
      table: withIndicator({
        l1: "效益指标",
        l2: "经济效益指标",
        name: "产值增长率",
        op: ">=",
        value: "150",
        unit: "%",
      }),
    },
    {
      name: "a change may be negative",
      table: withIndicator({ l2: "成本指标", name: "工作成本增长率", op: "<=", value: "-5", unit: "%" }),
    },
    {
      name: "not a percentage",
      table: withIndicator({ name: "征编走访", op: ">=", value: "180", unit: "次" }),
    },
  ],
  invalid: [
    {
      name: "a rate above 100%",
      table: withIndicator({ l2: "质量指标", name: "政协委员参会率", op: ">=", value: "120", unit: "%" }),
      findings: [
        {
          messageId: "above",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "政协委员参会率",
          data: { target: "≥120%" },
        },
      ],
    },
    {
      name: "a rate below 0%",
      table: withIndicator({ l2: "质量指标", name: "任务完成率", value: "-5", unit: "%" }),
      findings: [{ messageId: "below", data: { target: "=-5%" } }],
    },
    {
      name: "a decrease cannot exceed 100%",
      table: withIndicator({ l2: "成本指标", name: "接待成本下降率", op: ">=", value: "120", unit: "%" }),
      findings: [{ messageId: "above", data: { target: "≥120%" } }],
    },
    {
      name: "just above 100",
      table: withIndicator({
        l1: "满意度指标",
        l2: "服务对象满意度指标",
        name: "参会委员满意度",
        op: ">=",
        value: "100.5",
        unit: "%",
      }),
      findings: [{ messageId: "above", data: { target: "≥100.5%" } }],
    },
  ],
});
