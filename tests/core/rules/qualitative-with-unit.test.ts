import rule from "../../../src/core/rules/qualitative-with-unit";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

const SUSTAIN = { l1: "效益指标", l2: "可持续影响指标" };

ruleTester(rule, {
  valid: [
    {
      name: "定性 without a unit",
      table: withIndicator({ ...SUSTAIN, name: "公务接待制度规范性", value: "规范" }),
    },
    {
      name: "a number with a unit",
      table: withIndicator({ l2: "质量指标", name: "接待标准合规率", value: "98", unit: "%" }),
    },
    {
      name: "a unit but no value is value-missing's case",
      table: withIndicator({ l2: "质量指标", name: "工作完成率", unit: "%" }),
    },
  ],
  invalid: [
    {
      name: "健全 in %",
      table: withIndicator({ ...SUSTAIN, name: "会议管理制度健全性", value: "健全", unit: "%" }),
      findings: [
        {
          messageId: "withUnit",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "会议管理制度健全性",
          data: { unit: "%" },
        },
      ],
    },
    {
      name: "逐年递减 in %",
      table: withIndicator({ l2: "成本指标", name: "接待成本节约率", value: "逐年递减", unit: "%" }),
      findings: [{ messageId: "withUnit", data: { value: "逐年递减" } }],
    },
    {
      name: "提高 in 次",
      table: withIndicator({
        l1: "效益指标",
        l2: "社会效益指标",
        name: "常委履职能力提高",
        value: "提高",
        unit: "次",
      }),
      findings: [{ messageId: "withUnit", data: { value: "提高", unit: "次" } }],
    },
  ],
});
