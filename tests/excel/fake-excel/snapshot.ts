/**
 * Everything a user could see of a workbook, as plain sorted data, for exact before/after comparisons:
 * sheets (order, visibility, protection, column widths), every cell that is not blank and default
 * (value, formula, number format, fill, font colour, style), merged areas, notes, comments, settings.
 */
import { toA1, type CellRange } from "../../../src/core/grid";
import { COLS, DEFAULT_FONT, type FakeCell, type FakeWorkbookData } from "./workbook-data";

function isBlank(c: FakeCell): boolean {
  return (
    c.value === null &&
    c.formula === undefined &&
    c.numberFormat === undefined &&
    c.fill.none &&
    c.font === DEFAULT_FONT &&
    c.runs === undefined &&
    c.styleName === undefined &&
    (c.style === undefined || Object.keys(c.style).length === 0)
  );
}

const byRange = (a: CellRange, b: CellRange) =>
  a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right;

export function workbookSnapshot(data: FakeWorkbookData): unknown {
  return {
    sheets: data.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      columnWidths: [...(s.columnWidths ?? new Map()).entries()].sort((a, b) => a[0] - b[0]),
      merges: [...s.merges].sort(byRange),
      cells: [...s.cells.entries()]
        .filter(([, c]) => !isBlank(c))
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [toA1(Math.floor(k / COLS), k % COLS), { ...c, text: c.text ?? null }]),
      notes: [...s.notes.entries()].sort(),
    })),
    settings: [...data.settings.entries()].sort(),
    comments: [...data.comments.values()].map((m) => ({ ...m })),
  };
}
