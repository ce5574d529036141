import rule from "../../../src/core/rules/value-missing";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator, withIndicators } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "a number",
      table: withIndicator({ l2: "时效指标", name: "工作完成及时率", op: ">=", value: "98", unit: "%" }),
    },
    {
      name: "a 定性 value is a value",
      table: withIndicator({
        l1: "效益指标",
        l2: "可持续影响指标",
        name: "会议管理制度健全性",
        value: "健全",
      }),
    },
    {
      name: "an unreadable value is value-malformed's case",
      table: withIndicator({
        l2: "成本指标",
        name: "视察、调研燃料费",
        malformed: "数值写在单位后面（次/350元）",
      }),
    },
  ],
  invalid: [
    {
      name: "seed project 10: two indicators with nothing after them",
      table: withIndicators([
        { l2: "质量指标", name: "政协协商议政服务中心工作人员工作完成率" },
        { l2: "时效指标", name: "工作完成及时率" },
      ]),
      findings: [
        {
          messageId: "missing",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "政协协商议政服务中心工作人员工作完成率",
        },
        {
          messageId: "missing",
          cell: "E2",
          line: EXTRA_LINE + 1,
          indicator: "工作完成及时率",
          data: { example: "「≥95%」这样的百分比" },
        },
      ],
    },
    {
      name: "a 可持续影响 item is told a 定性 example",
      table: withIndicator({ l1: "效益指标", l2: "可持续影响指标", name: "履职服务中心管理机制健全性" }),
      findings: [{ messageId: "missing", line: EXTRA_LINE, data: { example: "「健全」「规范」这样的结论" } }],
    },
    {
      name: "a cost is told an upper-limit example",
      table: withIndicator({ l2: "成本指标", name: "服务中心工作经费" }),
      findings: [{ messageId: "missing", data: { example: "「≤2.5万元」这样的金额上限" } }],
    },
    {
      name: "a nameless row is quoted by its 二级 label",
      table: withIndicator({ l2: "数量指标", name: "" }),
      findings: [{ messageId: "missing", data: { name: "数量指标" } }],
    },
    {
      name: "a row marked 定性 with no value is offered a conclusion, not a percentage",
      table: withIndicator({ l1: "效益指标", l2: "社会效益指标", name: "促进社会和谐", qualitative: true }),
      findings: [{ messageId: "missing", data: { example: "「显著」「有效」这样的结论" } }],
    },
    {
      name: "a 效益 item whose name asks for no number is offered a number or a conclusion",
      table: withIndicator({ l1: "效益指标", l2: "经济效益指标", name: "增加就业机会,提高农民收入。" }),
      findings: [{ messageId: "missing", data: { example: "具体数值或「显著」「有效」这样的结论" } }],
    },
    {
      name: "a 效益 rate is still offered a percentage",
      table: withIndicator({ l1: "效益指标", l2: "生态效益指标", name: "森林覆盖率" }),
      findings: [{ messageId: "missing", data: { example: "「≥95%」这样的百分比" } }],
    },
  ],
});
