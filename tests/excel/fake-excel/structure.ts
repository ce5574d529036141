/**
 * Inserting and deleting whole rows, merging and unmerging, as Excel does them to the fake's data:
 * cells, merged areas, notes and threaded comments move with their rows; a merged area that an insert
 * falls inside grows, one that a delete cuts shrinks (and goes when all its rows go).
 */
import { parseA1, toA1, type CellRange } from "../../../src/core/grid";
import { FakeExcelError, intersect, type Ctx as ExcelCtx } from "./batch";
import { COLS, key, ROWS, type FakeCell, type FakeSheet } from "./workbook-data";

/** What these changes need of a context: the workbook, and where to say things moved (the fake WPS has its own). */
type Ctx = Pick<ExcelCtx, "data" | "commentsMoved" | "version">;

const contains = (outer: CellRange, inner: CellRange): boolean =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

export const isWholeRows = (a: CellRange): boolean => a.left === 0 && a.right === COLS - 1;

/** Rows `at` … `at + count − 1` inserted; everything from `at` down moves down by `count`. */
export function insertRows(ctx: Ctx, sheet: FakeSheet, at: number, count: number): void {
  let last = -1;
  for (const k of sheet.cells.keys()) last = Math.max(last, Math.floor(k / COLS));
  if (last >= 0 && last + count >= ROWS && last >= at) {
    throw new FakeExcelError(
      "InsertDeleteConflict",
      "Inserting rows would push non-empty cells off the end of the worksheet.",
    );
  }
  moveRows(ctx, sheet, (r) => (r >= at ? r + count : r));
  sheet.merges = sheet.merges.map((m) => {
    if (m.top >= at) return { ...m, top: m.top + count, bottom: m.bottom + count };
    if (m.bottom >= at) return { ...m, bottom: m.bottom + count };
    return m;
  });
}

/** Rows `top` … `bottom` deleted; everything below moves up. */
export function deleteRows(ctx: Ctx, sheet: FakeSheet, top: number, bottom: number): void {
  const count = bottom - top + 1;
  moveRows(ctx, sheet, (r) => (r < top ? r : r > bottom ? r - count : null));
  const merges: CellRange[] = [];
  for (const m of sheet.merges) {
    if (m.bottom < top) merges.push(m);
    else if (m.top > bottom) merges.push({ ...m, top: m.top - count, bottom: m.bottom - count });
    else {
      const kept = m.bottom - m.top + 1 - (Math.min(m.bottom, bottom) - Math.max(m.top, top) + 1);
      const newTop = m.top < top ? m.top : top;
      // A merged area needs at least two cells.
      if (kept > 0 && (kept > 1 || m.right > m.left))
        merges.push({ ...m, top: newTop, bottom: newTop + kept - 1 });
    }
  }
  sheet.merges = merges;
}

/** Move every cell, note and comment of the sheet to row `to(row)` (null: gone). */
function moveRows(ctx: Ctx, sheet: FakeSheet, to: (row: number) => number | null): void {
  const cells = new Map<number, FakeCell>();
  for (const [k, cell] of sheet.cells) {
    const r = to(Math.floor(k / COLS));
    if (r !== null) cells.set(key(r, k % COLS), cell);
  }
  sheet.cells = cells;
  const notes = new Map<string, string>();
  for (const [address, text] of sheet.notes) {
    const p = parseA1(address)!;
    const r = to(p.row);
    if (r !== null) notes.set(toA1(r, p.col), text);
  }
  sheet.notes = notes;
  for (const m of [...ctx.data.comments.values()]) {
    if (m.sheet !== sheet.name) continue;
    const p = parseA1(m.cell)!;
    const r = to(p.row);
    if (r === null) ctx.data.comments.delete(m.id);
    else m.cell = toA1(r, p.col);
  }
  ctx.commentsMoved();
  ctx.version++;
}

/**
 * Merge the area into one cell: the top-left keeps its value, the others are emptied (Excel discards
 * them). Merged areas wholly inside are absorbed; one that the area cuts is not something to rely on.
 */
export function mergeArea(ctx: Ctx, sheet: FakeSheet, area: CellRange): void {
  if (area.top === area.bottom && area.left === area.right) return;
  if (sheet.merges.some((m) => intersect(m, area) !== null && !contains(area, m))) {
    throw new Error("not implemented in fake Excel: merging an area that cuts through a merged area");
  }
  sheet.merges = sheet.merges.filter((m) => !contains(area, m));
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (r === area.top && c === area.left) continue;
      const cell = sheet.cells.get(key(r, c));
      if (!cell) continue;
      cell.value = null;
      delete cell.runs;
      delete cell.formula;
      delete cell.text;
    }
  }
  sheet.merges.push({ ...area });
  ctx.version++;
}

/** Split every merged area inside the area (one that the area cuts is not something to rely on). */
export function unmergeArea(ctx: Ctx, sheet: FakeSheet, area: CellRange): void {
  if (sheet.merges.some((m) => intersect(m, area) !== null && !contains(area, m))) {
    throw new Error("not implemented in fake Excel: unmerging part of a merged area");
  }
  sheet.merges = sheet.merges.filter((m) => !contains(area, m));
  ctx.version++;
}
