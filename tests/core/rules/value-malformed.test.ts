import rule from "../../../src/core/rules/value-malformed";
import { COMPLETE_2015, makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { gridWith } from "./_support/import-grid";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

/** A split-column table (计算符号 | 指标值 | 计量单位) with a date typed where the number goes. */
const splitDate = () => gridWith(["", "", "培训完成时间", "≤", "2024年11月", ""]);

const withIssue = makeProject({ name: "公用经费", indicators: COMPLETE_2015 });
withIssue.issues = [
  {
    text: "（四）成本指标公用及慰问金额",
    reason: "无法判断这是标题还是指标。",
    source: { sheet: "Sheet1", row: 1, col: 4, line: 12 },
  },
];

ruleTester(rule, {
  valid: [
    { name: "a clean table", table: makeTable([makeProject({ indicators: COMPLETE_2015 })]) },
    {
      name: "a 定性 value is not malformed",
      table: withIndicator({ l1: "效益指标", l2: "社会效益指标", name: "提升门源县知名度", value: "提升" }),
    },
    {
      name: "no value is value-missing's case",
      table: withIndicator({ l2: "时效指标", name: "工作完成及时率" }),
    },
    {
      name: "a value value-not-plain-number reports in a split-column table is left to it",
      table: splitDate(),
    },
  ],
  invalid: [
    {
      name: "the same value when value-not-plain-number is switched off",
      table: splitDate(),
      settings: { disabledRules: ["value-not-plain-number"] },
      findings: [{ messageId: "indicator", indicator: "培训完成时间" }],
    },
    {
      name: "seed project 5: ≥ 2/次",
      table: withIndicator({
        name: "举办政协委员省外培训班次数",
        op: ">=",
        value: "2",
        unit: "/次",
        malformed: "数值和单位之间多了「/」",
      }),
      findings: [
        {
          messageId: "indicator",
          cell: "E2",
          line: EXTRA_LINE,
          indicator: "举办政协委员省外培训班次数",
          messageIncludes:
            "「举办政协委员省外培训班次数」的指标值读不准（原文「举办政协委员省外培训班次数 >=2/次」）：数值和单位之间多了「/」。",
        },
      ],
    },
    {
      name: "seed project 6: 视察、调研燃料费 次/350元",
      table: withIndicator({
        l2: "成本指标",
        name: "视察、调研燃料费",
        malformed: "单位写在数值前面（次/350元）",
      }),
      findings: [
        {
          messageId: "indicator",
          indicator: "视察、调研燃料费",
          data: { reason: "单位写在数值前面（次/350元）" },
        },
      ],
    },
    {
      name: "seed project 9: ≤150/本",
      table: withIndicator({
        l2: "成本指标",
        name: "印刷出版成本",
        op: "<=",
        value: "150",
        unit: "/本",
        malformed: "单位缺少金额单位（应为元/本）。",
      }),
      findings: [{ messageId: "indicator", data: { reason: "单位缺少金额单位（应为元/本）" } }],
    },
    {
      name: "an unreadable line of the indicator cell",
      table: makeTable([withIssue]),
      findings: [
        {
          messageId: "line",
          cell: "E2",
          line: 12,
          project: "公用经费",
          data: { text: "（四）成本指标公用及慰问金额", reason: "无法判断这是标题还是指标" },
        },
      ],
    },
  ],
});
