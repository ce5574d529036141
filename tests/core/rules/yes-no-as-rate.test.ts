import rule from "../../../src/core/rules/yes-no-as-rate";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "a yes/no question answered 是",
      table: withIndicator({ l2: "时效指标", name: "是否按时足额发放", value: "是" }),
    },
    {
      name: "a rate named as a rate",
      table: withIndicator({ l2: "时效指标", name: "按时足额发放率", op: ">=", value: "95", unit: "%" }),
    },
    {
      name: "是否 with a count is another rule's matter",
      table: withIndicator({ name: "是否开展培训", op: ">=", value: "2", unit: "次" }),
    },
  ],
  invalid: [
    {
      name: "是否按时足额发放 ≥95%",
      table: withIndicator({ l2: "时效指标", name: "是否按时足额发放", op: ">=", value: "95", unit: "%" }),
      findings: [
        {
          messageId: "yesNo",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "是否按时足额发放",
          data: { value: "≥95%", rate: "按时足额发放率" },
        },
      ],
    },
    {
      name: "是否 inside the name, 100%",
      table: withIndicator({
        l2: "质量指标",
        name: "困难群众基本生活救助是否应救尽救",
        value: "100",
        unit: "%",
      }),
      findings: [{ messageId: "yesNo", data: { value: "=100%", rate: "困难群众基本生活救助应救尽救率" } }],
    },
  ],
});
