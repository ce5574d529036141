/**
 * Read access to one sheet for detection: cell texts with merges resolved, empty-row tests and bounds.
 * All coordinates are 0-based absolute (see grid.ts).
 */
import { EMPTY_CELL, type Cell, type Sheet } from "../grid";
import type { SourceRef } from "../model";
import { MergeIndex } from "../grid/merge-index";

export class SheetView {
  readonly merges: MergeIndex;
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly colStart: number;
  readonly colEnd: number;

  constructor(readonly sheet: Sheet) {
    this.merges = MergeIndex.of(sheet);
    let width = 0;
    for (const r of sheet.rows) if (r && r.length > width) width = r.length;
    this.rowStart = sheet.originRow;
    this.rowEnd = sheet.originRow + sheet.rows.length;
    this.colStart = sheet.originCol;
    this.colEnd = sheet.originCol + width;
  }

  get name(): string {
    return this.sheet.name;
  }

  /** The cell itself (merges not resolved). */
  cell(row: number, col: number): Cell {
    const r = this.sheet.rows[row - this.rowStart];
    return (r && r[col - this.colStart]) || EMPTY_CELL;
  }

  /** The cell that supplies the value shown at (row, col): the merge's top-left when merged. */
  shownCell(row: number, col: number): Cell {
    if (!this.merges.isCovered(row, col)) return this.cell(row, col);
    const a = this.merges.anchorOf(row, col);
    return this.cell(a.row, a.col);
  }

  /** The cell's own text, trimmed ("" when empty). */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** The text shown at (row, col), merges resolved. */
  shownText(row: number, col: number): string {
    return cellText(this.shownCell(row, col));
  }

  /** The cells of a row (absolute column = index + colStart); may be shorter than the sheet's width. */
  rowCells(row: number): readonly (Cell | undefined)[] {
    return this.sheet.rows[row - this.rowStart] ?? [];
  }

  /** True when no cell of the row holds a value (merge continuations count as empty). */
  isEmptyRow(row: number): boolean {
    for (const c of this.rowCells(row)) if (c && cellText(c) !== "") return false;
    return true;
  }

  ref(row: number, col: number): SourceRef {
    return { sheet: this.sheet.name, row, col };
  }
}

/** What a cell shows, trimmed: its text, else its value, else its error value. */
export function cellText(cell: Cell): string {
  if (cell.text) return cell.text.trim();
  if (cell.value !== null && cell.value !== undefined) return String(cell.value).trim();
  return cell.error ?? "";
}

/**
 * The text a cell holds itself: "" for a missing column, an empty cell, or a cell covered by a merge (it
 * continues the value above or to the left, even when an adapter copied the anchor's value into it).
 */
export function ownText(view: SheetView, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const t = view.text(row, col);
  return t === "" || view.merges.isCovered(row, col) ? "" : t;
}

/** A quote mark typed before a number to keep it text (「'12.50」, 「‘12.50」), as an import leaves it. */
const LEADING_QUOTE = /^\s*['‘’`]\s*(?=[\d０-９.．+-])/;

/** An amount cell as the parser should see it: a quote mark before its number removed. */
export function amountCellOf(cell: Cell): Cell {
  if (typeof cell.value !== "string" || !LEADING_QUOTE.test(cell.value)) return cell;
  const value = cell.value.replace(LEADING_QUOTE, "");
  return { ...cell, value, text: value };
}
