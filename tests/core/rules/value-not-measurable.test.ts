import rule from "../../../src/core/rules/value-not-measurable";
import { parseIndicatorText } from "../../../src/core/parse";
import { ruleTester } from "../../helpers/rule-tester";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

const SUSTAIN = { l1: "效益指标", l2: "可持续影响指标" };
const SOCIAL = { l1: "效益指标", l2: "社会效益指标" };

ruleTester(rule, {
  valid: [
    {
      name: "seed: 会议管理制度健全性 健全 under 可持续影响",
      table: withIndicator({ ...SUSTAIN, name: "会议管理制度健全性", value: "健全" }),
    },
    {
      name: "seed: 保障工作正常开展 under 社会效益",
      table: withIndicator({ ...SOCIAL, name: "保障工作正常开展", value: "正常开展" }),
    },
    {
      name: "seed: 委员参与议政积极性提高 提高",
      table: withIndicator({ ...SOCIAL, name: "委员参与议政积极性提高", value: "提高" }),
    },
    {
      name: "2021 社会成本 may be qualitative",
      table: withIndicator({
        l1: "成本指标",
        l2: "社会成本指标",
        name: "对周边群众生活的影响",
        value: "无明显影响",
      }),
    },
    {
      name: "a deadline under 时效 is an ordinary 时效 target",
      table: withIndicator({ l2: "时效指标", name: "完成时间", value: "2025年年底前", valueKind: "date" }),
    },
    {
      name: "a period under 时效",
      table: withIndicator({ l2: "时效指标", name: "项目实施周期", value: "1—12月", valueKind: "date" }),
    },
    {
      name: "a deadline in words under 时效",
      table: withIndicator({ l2: "时效指标", name: "项目完成时间", value: "年底前完成", valueKind: "date" }),
    },
    {
      name: "a rate with a number",
      table: withIndicator({ l2: "时效指标", name: "记账及时率", value: "100", unit: "%" }),
    },
  ],
  invalid: [
    {
      name: "seed project 8: 接待成本节约率 逐年递减",
      table: withIndicator({ l2: "成本指标", name: "接待成本节约率", value: "逐年递减" }),
      findings: [
        {
          messageId: "rate",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "接待成本节约率",
          data: { value: "逐年递减" },
        },
      ],
    },
    {
      name: "seed project 14: 编外人员工资支付标准 按规定支付",
      table: withIndicator({ l2: "成本指标", name: "编外人员工资支付标准", value: "按规定支付" }),
      findings: [
        {
          messageId: "category",
          indicator: "编外人员工资支付标准",
          data: { category: "成本指标", example: "「≤3000元/人·月」这样的标准金额" },
        },
      ],
    },
    {
      name: "seed project 12: 服务退休人员及时率 及时 under 可持续影响",
      table: withIndicator({ ...SUSTAIN, name: "服务退休人员及时率", value: "及时" }),
      findings: [{ messageId: "rate", data: { value: "及时" } }],
    },
    {
      name: "seed project 13: 记账及时率 及时",
      table: withIndicator({ ...SUSTAIN, name: "记账及时率", value: "及时" }),
      findings: [{ messageId: "rate", data: { example: "「≥95%」这样的百分比" } }],
    },
    {
      name: "a rate under 时效 with a deadline still needs a percentage",
      table: withIndicator({
        l2: "时效指标",
        name: "项目按期完成率",
        value: "2025年年底前",
        valueKind: "date",
      }),
      findings: [{ messageId: "rate", data: { value: "2025年年底前" } }],
    },
    {
      name: "a date under 数量 is still text where a number is needed",
      table: withIndicator({ l2: "数量指标", name: "完成时间", value: "2025年年底前", valueKind: "date" }),
      findings: [{ messageId: "category", data: { category: "数量指标" } }],
    },
    {
      name: "seed project 14: 时效 written as text",
      table: withIndicator({
        l2: "时效指标",
        name: "编外聘用工资发放、社会保险缴纳及时性",
        value: "按月发放及缴纳",
      }),
      findings: [{ messageId: "category", data: { category: "时效指标" } }],
    },
  ],
});

// The valid cases above set valueKind as the parser does; these are the deadlines as read from a cell.
test.each(["2025年年底前", "1—12月", "年底前完成", "2024.03—2024.11"])(
  "the parser reads 「%s」 under 时效 as a date",
  (value) => {
    const tree = parseIndicatorText(`一、产出指标\n（三）时效指标\n1. 完成时间 ${value}`, {
      sheet: "S",
      row: 0,
      col: 0,
    });
    expect(tree.indicators.map((i) => [i.level2Key, i.value, i.valueKind])).toEqual([
      ["timeliness", value, "date"],
    ]);
  },
);
