import rule from "../../../src/core/rules/operator-missing";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "operator written",
      table: withIndicator({ l2: "质量指标", name: "政协委员参会率", op: ">=", value: "95", unit: "%" }),
    },
    {
      name: "a 定性 value has no operator",
      table: withIndicator({ l1: "效益指标", l2: "社会效益指标", name: "常委履职能力提高", value: "提高" }),
    },
    { name: "no value at all", table: withIndicator({ l2: "质量指标", name: "工作完成率" }) },
    {
      name: "malformed values are value-malformed's case",
      table: withIndicator({
        l2: "成本指标",
        name: "视察、调研燃料费",
        op: null,
        value: "350",
        unit: "元",
        malformed: "次/350元 写法不规范",
      }),
    },
    {
      name: "a percentage above 100 is percent-out-of-range's error: no operator proposed for it",
      table: withIndicator({
        l2: "质量指标",
        name: "经常性大型设备更新验收合格率",
        op: null,
        value: "292",
        unit: "%",
      }),
    },
  ],
  invalid: [
    {
      name: "a growth rate above 100% is possible: its operator is still asked for",
      table: withIndicator({
        l1: "效益指标",
        l2: "经济效益指标",
        name: "产值增长率",
        op: null,
        value: "150",
        unit: "%",
      }),
      findings: [{ messageId: "equal", data: { target: "150%" } }],
    },
    {
      name: "a satisfaction in traditional characters is a satisfaction: ≥",
      table: withIndicator({
        l1: "满意度指标",
        l2: "服务对象满意度指标",
        name: "救助對象對救助工作滿意度",
        op: null,
        value: "85",
        unit: "%",
      }),
      findings: [{ messageId: "suggest", data: { meaning: "不低于", better: "≥85%" } }],
    },
    {
      name: "an amount in 元 under 成本 whose name says no cost word is a cap: ≤",
      table: withIndicator({ l2: "成本指标", name: "围墙300米", op: null, value: "300", unit: "元/米" }),
      findings: [{ messageId: "suggest", data: { meaning: "不超过", better: "≤300元/米" } }],
    },
    {
      name: "seed project 1: 政协委员参会率 95%",
      table: withIndicator({ l2: "质量指标", name: "政协委员参会率", op: null, value: "95", unit: "%" }),
      findings: [
        {
          messageId: "suggest",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "政协委员参会率",
          severity: "info",
          data: { target: "95%", better: "≥95%" },
        },
      ],
    },
    {
      name: "seed project 1: a spending standard without ≤",
      table: withIndicator({
        l2: "成本指标",
        name: "参会人员伙食标准",
        op: null,
        value: "150",
        unit: "元/天·人",
      }),
      findings: [
        { messageId: "suggest", severity: "info", data: { meaning: "不超过", better: "≤150元/天·人" } },
      ],
    },
    {
      name: "seed project 1: a plain count reads as =",
      table: withIndicator({ name: "举行政协全委会议", op: null, value: "1", unit: "次" }),
      findings: [{ messageId: "equal", severity: "info", data: { better: "=1次" } }],
    },
    {
      name: "100% is the top of the scale: suggest =",
      table: withIndicator({ l2: "时效指标", name: "会议接待及时率", op: null, value: "100", unit: "%" }),
      findings: [{ messageId: "equal", data: { better: "=100%" } }],
    },
    {
      name: "unwanted events are capped, not floored",
      table: withIndicator({ l2: "质量指标", name: "会议投诉件数", op: null, value: "2", unit: "件" }),
      findings: [{ messageId: "suggest", data: { meaning: "不超过", better: "≤2件" } }],
    },
    {
      name: "staffing headcount reads as exact",
      table: withIndicator({ name: "聘用人数", op: null, value: "9", unit: "人" }),
      findings: [{ messageId: "equal", data: { better: "=9人" } }],
    },
    {
      name: "an error rate is capped",
      table: withIndicator({ l2: "质量指标", name: "账务差错率", op: null, value: "1", unit: "%" }),
      findings: [{ messageId: "suggest", data: { better: "≤1%" } }],
    },
  ],
});
