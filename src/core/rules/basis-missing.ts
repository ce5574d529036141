/**
 * basis-missing (提示) — the table has a 指标值设定依据 / 取值依据 column and it is empty for an indicator.
 * 财预〔2021〕101号 asks that every target say what it rests on (计划标准、行业标准、历史标准 …); a blank
 * basis is the first thing a reviewer asks about. A project whose whole basis column is blank gets one
 * note instead of one per indicator. Tables without such a column are not asked for one.
 */
import type { Indicator } from "../model";
import { indicatorCell, type GridCell } from "./util/grid-column";
import { displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule<"missing" | "allMissing">({
  meta: {
    id: "basis-missing",
    messages: {
      missing:
        "「{{name}}」没有填写指标值设定依据。财预〔2021〕101号要求写明指标值依据的计划标准、行业标准或历史标准等，审核时会问到。请补充依据。",
      allMissing:
        "「{{project}}」的 {{count}} 个指标都没有填写指标值设定依据。财预〔2021〕101号要求写明每个指标值依据的计划标准、行业标准或历史标准等，审核时会问到。请补充依据。",
    },
  },
  check(ctx) {
    const { table, sheet } = ctx;
    if (table.columns.basis === undefined) return;
    for (const project of table.projects) {
      const cells: { ind: Indicator; c: GridCell }[] = [];
      for (const ind of project.indicators) {
        const c = indicatorCell(sheet, table, ind, "basis");
        if (c) cells.push({ ind, c });
      }
      const empty = cells.filter((x) => x.c.text === "");
      if (empty.length === 0) continue;
      if (empty.length === cells.length && cells.length > 1) {
        ctx.report({
          messageId: "allMissing",
          data: { project: project.name, count: cells.length },
          project,
          at: cells[0].c.ref,
        });
        continue;
      }
      for (const { ind, c } of empty) {
        ctx.report({
          messageId: "missing",
          data: { name: displayName(ind) },
          project,
          indicator: ind,
          at: c.ref,
        });
      }
    }
  },
});
