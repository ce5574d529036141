/**
 * Cells of columns the model does not carry (权重, 取值依据, 上年实际值) read from the grid, on an
 * indicator's own row. Only grid layouts (申报表, 单项目表) have one row per indicator; a 公开表 keeps
 * the whole tree in one cell, so there is nothing to read and the rules stay silent.
 */
import Decimal from "decimal.js";
import { cellAt, type Cell, type Sheet } from "../../grid";
import { MergeIndex } from "../../grid/merge-index";
import type { ColumnRole, Indicator, SourceRef, Table } from "../../model";

const mergeIndexes = new WeakMap<Sheet, MergeIndex>();

function mergesOf(sheet: Sheet): MergeIndex {
  let m = mergeIndexes.get(sheet);
  if (!m) mergeIndexes.set(sheet, (m = MergeIndex.of(sheet)));
  return m;
}

export interface GridCell {
  cell: Cell;
  /** Trimmed text as shown. */
  text: string;
  /** The cell that holds the value (the top-left of a merged area). */
  ref: SourceRef;
}

/** The cell at (row, col), resolving merges to the cell that holds the value. */
export function gridCell(sheet: Sheet, row: number, col: number): GridCell {
  const a = mergesOf(sheet).anchorOf(row, col);
  const cell = cellAt(sheet, a.row, a.col);
  return { cell, text: (cell.text ?? "").trim(), ref: { sheet: sheet.name, row: a.row, col: a.col } };
}

/** Whether the table keeps one indicator per row, so a column's cell on that row belongs to it. */
export function hasIndicatorRows(table: Table): boolean {
  return table.layout !== "wide";
}

/** The indicator's cell in a column the reader found, or null (no such column, no grid, wide table). */
export function indicatorCell(
  sheet: Sheet | undefined,
  table: Table,
  ind: Indicator,
  role: ColumnRole,
): GridCell | null {
  const col = table.columns[role];
  if (!sheet || col === undefined || !hasIndicatorRows(table) || ind.source.line !== undefined) return null;
  if (ind.source.sheet !== sheet.name) return null;
  return gridCell(sheet, ind.source.row, col);
}

const FULL_WIDTH = /[０-９．－]/g;

/** Full-width digits, point and minus to ASCII; spaces removed. */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, "");
}

/**
 * A number written alone in a cell, with an optional unit word after it (「10」「10分」「95%」): exact.
 * null for an empty cell, text, an error value or several numbers.
 */
export function plainNumberOf(c: GridCell, units: RegExp = /^(分|%|％)?$/): Decimal | null {
  if (c.cell.error) return null;
  if (typeof c.cell.value === "number") {
    // A percent format shows 0.98 as 98%: the number meant is the one shown.
    const v = new Decimal(c.cell.value);
    return /%\s*$/.test(c.text) ? v.times(100) : v;
  }
  const t = asciiDigits(c.text);
  const m = /^([-−]?\d+(?:\.\d+)?)(.*)$/.exec(t);
  if (!m || !units.test(m[2])) return null;
  return new Decimal(m[1].replace("−", "-"));
}
