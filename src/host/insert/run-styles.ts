/**
 * How a long table writes a value that continues down several rows — a project's name over its block,
 * a 一级 over its run of indicators: merged ("merge"), repeated on every row ("repeat") or written once
 * with blanks below ("blank"). Read from the table itself, so inserted rows look like their neighbours.
 */
import { cellAt, type CellRange, type Sheet } from "../../core/grid";
import type { Indicator, Table } from "../../core/model";
import { ownValue } from "./blocks";

export type RunStyle = "merge" | "repeat" | "blank";

/** Projects looked at, at most: a table is consistent with itself. */
const SAMPLE = 200;

function tallMergeIn(table: Table, merges: readonly CellRange[], col: number): boolean {
  const r = table.range;
  return merges.some(
    (m) => m.left === col && m.right === col && m.bottom > m.top && m.top >= r.top && m.bottom <= r.bottom,
  );
}

/** The style of a 一级 (level 1) or 二级 (level 2) column. */
export function levelStyle(sheet: Sheet, table: Table, col: number, level: 1 | 2): RunStyle {
  if (tallMergeIn(table, sheet.merges, col)) return "merge";
  const same = (a: Indicator, b: Indicator) =>
    a.level1 === b.level1 && (level === 1 || a.level2 === b.level2);
  let repeat = 0;
  let blank = 0;
  for (const p of table.projects.slice(0, SAMPLE)) {
    for (let i = 1; i < p.indicators.length; i++) {
      const [a, b] = [p.indicators[i - 1], p.indicators[i]];
      if (!same(a, b) || b.source.row === a.source.row || (level === 1 ? a.level1 : a.level2) === "")
        continue;
      if (ownValue(cellAt(sheet, b.source.row, col)).trim() === "") blank++;
      else repeat++;
    }
  }
  return repeat > blank ? "repeat" : blank > 0 ? "blank" : "merge";
}

/** The style of a project column (name, amount, goal …) of a long table. */
export function projectColumnStyle(sheet: Sheet, table: Table, col: number): RunStyle {
  if (tallMergeIn(table, sheet.merges, col)) return "merge";
  let repeat = 0;
  let blank = 0;
  for (const p of table.projects.slice(0, SAMPLE)) {
    const first = p.cells.name.row;
    const next = p.indicators.find((i) => i.source.row > first);
    if (!next) continue;
    const top = ownValue(cellAt(sheet, first, col)).trim();
    if (top === "") continue;
    if (ownValue(cellAt(sheet, next.source.row, col)).trim() === top) repeat++;
    else blank++;
  }
  return repeat > blank ? "repeat" : blank > 0 ? "blank" : "merge";
}
