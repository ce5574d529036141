import rule from "../../../src/core/rules/duration-uncapped";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

const TIME = { l2: "时效指标" };

ruleTester(rule, {
  valid: [
    {
      name: "a capped meeting length",
      table: withIndicator({ ...TIME, name: "会议时间", op: "<=", value: "3", unit: "天" }),
    },
    {
      name: "an exact meeting length",
      table: withIndicator({ ...TIME, name: "会期", op: "=", value: "2", unit: "天" }),
    },
    {
      name: "required study hours are a minimum",
      table: withIndicator({ ...TIME, name: "培训时长", op: ">=", value: "40", unit: "学时" }),
    },
    {
      name: "a count of meetings",
      table: withIndicator({ name: "召开会议次数", op: ">=", value: "4", unit: "次" }),
    },
  ],
  invalid: [
    {
      name: "seed project 1: 会议时间 ≥3天",
      table: withIndicator({ ...TIME, name: "会议时间", op: ">=", value: "3", unit: "天" }),
      findings: [
        {
          messageId: "meeting",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "会议时间",
          severity: "info",
          data: { name: "会议时间", target: "≥3天", capped: "≤3天", days: "3" },
          // the proposed 3 days must not contradict the 2-day cap the message cites: 全会 are 一类
          messageIncludes: "一类会议按批准的会期",
        },
      ],
    },
    {
      name: "training days",
      table: withIndicator({ ...TIME, name: "培训天数", op: ">=", value: "7", unit: "天" }),
      findings: [{ messageId: "training", severity: "info", data: { capped: "≤7天", days: "7" } }],
    },
    {
      name: "会期 with >",
      table: withIndicator({ ...TIME, name: "会期", op: ">", value: "2", unit: "天" }),
      findings: [{ messageId: "meeting", data: { capped: "<2天" } }],
    },
    {
      name: "no unit written",
      table: withIndicator({ ...TIME, name: "会议天数", op: ">=", value: "2" }),
      findings: [{ messageId: "meeting", data: { days: "2" } }],
    },
  ],
});
