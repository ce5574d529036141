/**
 * midterm-value-missing — a form with both a 中期 and a 年度 indicator set (side by side, 二级 三级 指标值
 * twice) where a row has an indicator in one set and no value in the other. The 预算管理一体化 system
 * imports both sets row by row and refuses a row whose 中期 or 年度 value is empty. An empty value in
 * the set the reader checks is value-missing's; this rule reports the other set's empty value, and a row
 * of the read set left blank where the other set has an indicator. Messages name the columns, not the
 * period: which side is 中期 is the reader's call, and the rule should not repeat a wrong one.
 */
import type { Indicator } from "../model";
import { columnLetters } from "../grid";
import { gridCell } from "./util/grid-column";
import { clip, displayName } from "./util/indicator-text";
import { otherIndicatorSet } from "./util/midterm";
import { defineRule } from "./rule";

export default defineRule<"midMissing" | "annualMissing">({
  meta: {
    id: "midterm-value-missing",
    messages: {
      midMissing:
        "「{{name}}」在{{have}}列有指标值，另一组指标（中期与年度两组之一）的{{missing}}列这一行却是空的。预算管理一体化系统导入时会拒绝中期或年度指标值为空的行。请补充{{missing}}列的指标值。",
      annualMissing:
        "指标「{{name}}」（{{have}}列指标值「{{value}}」）这一行在另一组指标（中期与年度两组之一）里是空的。预算管理一体化系统导入时会拒绝中期或年度指标值为空的行。请在{{missing}}列这一行补充指标和指标值，或删去这一行。",
    },
  },
  check(ctx) {
    const { table, sheet } = ctx;
    if (!sheet || table.columns.value === undefined) return;
    const set = otherIndicatorSet(sheet, table);
    if (!set) return;
    const valueCol = table.columns.value;
    const readCol = columnLetters(valueCol);
    const otherCol = columnLetters(set.value);
    const firstRows = table.projects.map((p) => Math.min(...p.indicators.map((i) => i.source.row)));
    table.projects.forEach((project, k) => {
      const byRow = new Map<number, Indicator>();
      for (const ind of project.indicators) if (ind.source.line === undefined) byRow.set(ind.source.row, ind);
      if (byRow.size === 0) return;
      const first = Math.min(...byRow.keys());
      // Up to the next project's first indicator row: the other set may run on past the read one.
      const next = firstRows.slice(k + 1).find((r) => Number.isFinite(r) && r > first);
      const last = next !== undefined ? next - 1 : table.range.bottom;
      for (let r = first; r <= last; r++) {
        const name = gridCell(sheet, r, set.level3);
        const value = gridCell(sheet, r, set.value);
        const ownName = name.ref.row === r ? name.text : "";
        const ownValue = value.ref.row === r ? value.text : "";
        const ind = byRow.get(r);
        if (ind) {
          if (ownValue === "" && ind.value !== null && ind.value !== "")
            ctx.report({
              messageId: "midMissing",
              data: { name: displayName(ind), have: readCol, missing: otherCol },
              project,
              indicator: ind,
              at: value.ref,
            });
        } else if (ownName !== "" && ownValue !== "") {
          ctx.report({
            messageId: "annualMissing",
            data: { name: clip(ownName), value: clip(ownValue), have: otherCol, missing: readCol },
            project,
            at: { sheet: sheet.name, row: r, col: valueCol },
          });
        }
      }
    });
  },
});
