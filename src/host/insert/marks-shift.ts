/**
 * Inserting or deleting rows moves the cells below — and with them the marks of a check (fills, notes).
 * The mark record names cells by address, so it moves too, and so does the very hidden sheet that keeps
 * those cells' original formats at the same addresses. Without this, a later 清除标记 would restore the
 * wrong cells.
 */
import { parseA1, toA1 } from "../../core/grid";
import type { MarkRecord } from "../marks-record";

/**
 * The record with the sheet's cells moved: rows from `at` on move down by `count` (insert), or rows
 * `at` … `at + count − 1` go and the ones below move up (remove). Null when nothing on record moves.
 */
export function shiftMarks(
  record: MarkRecord,
  sheet: string,
  at: number,
  count: number,
  how: "insert" | "remove",
): MarkRecord | null {
  const cells = record.sheets.get(sheet);
  if (!cells || cells.length === 0) return null;
  let changed = false;
  const moved = [];
  for (const c of cells) {
    const p = parseA1(c.cell);
    if (!p || p.row < at) {
      moved.push(c);
      continue;
    }
    changed = true;
    if (how === "insert") moved.push({ ...c, cell: toA1(p.row + count, p.col) });
    else if (p.row >= at + count) moved.push({ ...c, cell: toA1(p.row - count, p.col) });
  }
  if (!changed) return null;
  const sheets = new Map(record.sheets);
  if (moved.length > 0) sheets.set(sheet, moved);
  else sheets.delete(sheet);
  return { ...record, sheets };
}
