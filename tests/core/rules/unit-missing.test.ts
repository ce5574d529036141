import rule from "../../../src/core/rules/unit-missing";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "seed project 3 as corrected",
      table: withIndicator({ l2: "时效指标", name: "开展委员培训及时率", value: "98", unit: "%" }),
    },
    {
      name: "unit written in the name",
      table: withIndicator({ l2: "质量指标", name: "苗木成活率(%)", op: ">=", value: "85" }),
    },
    {
      name: "unit in full-width brackets",
      table: withIndicator({ l2: "成本指标", name: "人均补助（元）", op: "<=", value: "120" }),
    },
    {
      name: "a 定性 value takes no unit",
      table: withIndicator({
        l1: "效益指标",
        l2: "可持续影响指标",
        name: "会议管理制度健全性",
        value: "健全",
      }),
    },
    {
      name: "no value is value-missing's case",
      table: withIndicator({ l2: "时效指标", name: "工作完成及时率" }),
    },
  ],
  invalid: [
    {
      name: "seed project 3: 开展委员培训及时率 98",
      table: withIndicator({ l2: "时效指标", name: "开展委员培训及时率", op: null, value: "98" }),
      findings: [
        {
          messageId: "missingKnown",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "开展委员培训及时率",
          data: { target: "98", unit: "%" },
        },
      ],
    },
    {
      name: "a count without 次",
      table: withIndicator({ name: "召开常委会次数", op: ">=", value: "4" }),
      findings: [{ messageId: "missingKnown", data: { target: "≥4", unit: "次" } }],
    },
    {
      name: "people without 人",
      table: withIndicator({ name: "接待人数", op: ">=", value: "210" }),
      findings: [{ messageId: "missingKnown", data: { unit: "人" } }],
    },
    {
      name: "a name that does not say which unit",
      table: withIndicator({ name: "举行政协全委会议", value: "1" }),
      findings: [{ messageId: "missing", data: { target: "=1" } }],
    },
    {
      name: "a count named only …数量 is not told 次: the thing counted decides (县 → 个)",
      table: withIndicator({ name: "宗教管理经费补助县(市、区)数量", value: "2" }),
      findings: [{ messageId: "missingCount", data: { target: "=2" } }],
    },
  ],
});
