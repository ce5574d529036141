import rule from "../../../src/core/rules/placeholder-left";
import { ruleTester } from "../../helpers/rule-tester";
import { makeProject, makeTable, COMPLETE_2015 } from "../../helpers/model-factory";
import { gridWith } from "./_support/import-grid";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    {
      name: "a filled target",
      table: withIndicator({ name: "服务人数", op: ">=", value: "120", unit: "人" }),
    },
    {
      name: "an X-ray machine is not a placeholder",
      table: withIndicator({ name: "X光机购置数量", value: "1", unit: "台" }),
    },
    {
      name: "a multiplication in a name",
      table: withIndicator({ name: "2×3米展板制作数量", value: "10", unit: "块" }),
    },
    {
      name: "the year 二〇二四 is not a circle placeholder",
      table: withIndicator({ name: "二〇〇〇年以前房屋改造数量", value: "5", unit: "户" }),
    },
    {
      name: "a footnote star is import-rejected-chars' case",
      table: withIndicator({ name: "服务人数", value: "95", unit: "*" }),
    },
    { name: "a clean declaration grid", table: gridWith(["", "", "", "", "", ""]) },
  ],
  invalid: [
    {
      name: "「≥**人」 on a wide line (the whole line is kept as the name)",
      table: withIndicator({ name: "服务人数≥**人" }),
      findings: [
        { messageId: "target", cell: "E2", line: EXTRA_LINE, data: { text: "服务人数≥**人", token: "**" } },
      ],
    },
    {
      name: "「覆盖率达XX%」",
      table: withIndicator({ name: "政策宣传覆盖率达XX%" }),
      findings: [{ messageId: "target", data: { token: "XX" } }],
    },
    {
      name: "a ×××  name with a filled value",
      table: withIndicator({ name: "×××", op: ">=", value: "90", unit: "%" }),
      findings: [{ messageId: "name", data: { token: "×××" } }],
    },
    {
      name: "the template hint left in the name beside the value (宁夏: 苗木成活率(≥**%) 85)",
      table: withIndicator({ l2: "质量指标", name: "苗木成活率(≥**%)", value: "85", unit: "%" }),
      findings: [{ messageId: "name", data: { text: "苗木成活率(≥**%)", token: "**" } }],
    },
    {
      name: "a hint beside a target written in words on an unsplit line (宁夏 text block)",
      table: withIndicator({ name: "商业段外立面改造(≥**平方米)大于等于10157.6平方米" }),
      findings: [{ messageId: "name", data: { token: "**" } }],
    },
    {
      name: "empty brackets for the number",
      table: withIndicator({ name: "实施面积（  ）亩" }),
      findings: [{ messageId: "target", data: { token: "（  ）" } }],
    },
    {
      name: "a box, an underline and a single X next to a unit",
      table: makeTable([
        makeProject({
          indicators: [
            ...COMPLETE_2015,
            { name: "受益人口□人" },
            { name: "培训人数____人" },
            { name: "新建道路X公里" },
            { name: "完成时间", value: "202X年", qualitative: true },
          ],
        }),
      ]),
      findings: [
        { messageId: "target", line: 8, data: { token: "□" } },
        { messageId: "target", line: 9, data: { token: "____" } },
        { messageId: "target", line: 10, data: { token: "X" } },
        { messageId: "target", line: 11, data: { token: "X" } },
      ],
    },
    {
      name: "a placeholder in the 指标值 cell of a declaration grid points at the indicator",
      table: gridWith(["", "", "培训人数", "≥", "**", "人"]),
      findings: [{ messageId: "target", cell: "F9", data: { text: "培训人数 ≥**人", token: "**" } }],
    },
    {
      name: "the template's 「…」 row left as a 二级 heading",
      table: makeTable([
        makeProject({
          indicators: COMPLETE_2015,
          emptyHeadings: [{ level: 2, text: "…", under: "产出指标" }],
        }),
      ]),
      findings: [{ messageId: "heading", line: 99, data: { text: "…" } }],
    },
  ],
});
