import rule from "../../../src/core/rules/import-rejected-chars";
import { ruleTester } from "../../helpers/rule-tester";
import { gridWith } from "./_support/import-grid";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    { name: "a clean declaration grid", table: gridWith(["", "", "培训人数", "≥", "40", "人"]) },
    {
      name: "a negative number is not a lone dash",
      table: withIndicator({ name: "成本增长率", op: "<=", value: "-5", unit: "%" }),
    },
    {
      name: "a placeholder is placeholder-left's, not reported again",
      table: gridWith(["", "", "培训人数", "≥", "**", "人"]),
    },
    {
      name: "an underscore inside a name is the import's business only in the value",
      table: withIndicator({ name: "质量_检查次数", value: "2", unit: "次" }),
    },
  ],
  invalid: [
    {
      name: "a footnote star after the value (wide line)",
      table: withIndicator({ name: "服务人数", value: "95", unit: "*" }),
      findings: [{ messageId: "valueChar", cell: "E2", line: EXTRA_LINE, data: { value: "95*", char: "*" } }],
    },
    {
      name: "an underscore in the 指标值 cell points at the cell",
      table: gridWith(["", "", "培训人数", "=", "4_0", "人"]),
      findings: [{ messageId: "valueChar", cell: "H9", indicator: "培训人数", data: { char: "_" } }],
    },
    {
      name: "a lone dash for not applicable",
      table: gridWith(["", "", "培训人数", "", "-", ""]),
      findings: [{ messageId: "valueDash", cell: "H9", data: { value: "-" } }],
    },
    {
      name: "a full-width dash in a wide line",
      table: withIndicator({ name: "场地租赁面积", value: "—", qualitative: true }),
      findings: [{ messageId: "valueDash", line: EXTRA_LINE, data: { value: "—" } }],
    },
    {
      name: "a name of only dashes",
      table: withIndicator({ name: "-", value: "95", unit: "%" }),
      findings: [{ messageId: "name", data: { name: "-" } }],
    },
    {
      name: "a wide line whose target is a placeholder, with placeholder-left switched off",
      table: withIndicator({ name: "培训人数 ≥**人" }),
      settings: { disabledRules: ["placeholder-left"] },
      findings: [{ messageId: "lineChar", line: EXTRA_LINE, data: { text: "培训人数 ≥**人", char: "*" } }],
    },
    {
      name: "with placeholder-left switched off (--profile import) the star of a placeholder is reported here",
      table: gridWith(["", "", "培训人数", "≥", "**", "人"]),
      settings: { disabledRules: ["placeholder-left"] },
      findings: [{ messageId: "valueChar", cell: "H9", data: { value: "**", char: "*" } }],
    },
  ],
});
