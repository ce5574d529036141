import rule from "../../../src/core/rules/indicator-name-missing";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "a row with its own 三级 name",
      table: withIndicator({ name: "维护村道里程", op: ">=", value: "20", unit: "公里" }),
    },
    {
      name: "no name and no value: value-missing and category-empty say it",
      table: withIndicator({ name: "数量指标", nameFromHeading: true }),
    },
  ],
  invalid: [
    {
      name: "only the 二级 heading and a bare number",
      table: withIndicator({ name: "数量指标", value: "88", nameFromHeading: true }),
      findings: [
        {
          messageId: "missing",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "数量指标",
          data: { heading: "数量指标", value: "=88" },
        },
      ],
    },
    {
      name: "a 定性 value under 可持续影响指标",
      table: withIndicator({
        l1: "效益指标",
        l2: "可持续影响指标",
        name: "可持续影响指标",
        value: "长期",
        nameFromHeading: true,
      }),
      findings: [{ messageId: "missing", data: { heading: "可持续影响指标", value: "长期" } }],
    },
  ],
});
