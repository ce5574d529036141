/**
 * The add-in's very hidden sheets. Marking right after a check writes fills without reading the cells
 * first; the cells' original formats are saved by copying them, in the same batch and before the fills,
 * to the same addresses of a very hidden sheet (Range.copyFrom with "Formats", ExcelApi 1.9). One such
 * sheet per marked sheet, named in the mark record; deleted once none of its copies is needed.
 *
 * The user never sees these sheets (VeryHidden is not offered by 取消隐藏), the check skips them, and a
 * VeryHidden sheet must be made Hidden before it can be deleted (office-js #365).
 */
import { cellsToRanges } from "../../host/a1";
import { ADDIN_SHEET_PREFIX, isAddinSheet, rangeToA1, toA1, type CellRange } from "../../core/grid";
import type { MarkRecord } from "../../host/marks-record";

export const HIDDEN_PREFIX = ADDIN_SHEET_PREFIX;

/**
 * One of ours: the name and VeryHidden, or the name, merely Hidden and named by the mark record as the
 * hidden sheet of a marked sheet — a batch that stopped between making it Hidden and deleting it leaves
 * it so (write-marks.ts), and the next mark or clear deletes it. Any other sheet of the user's that
 * happens to have such a name is visible or merely hidden, and is checked like any other — never
 * deleted.
 */
export function isHiddenSheet(ws: { name: string; visibility: string }, record: MarkRecord | null): boolean {
  if (isAddinSheet(ws.name, ws.visibility === "VeryHidden")) return true;
  if (ws.visibility !== "Hidden" || !isAddinSheet(ws.name, true) || !record) return false;
  for (const name of record.hidden.values()) if (name === ws.name) return true;
  return false;
}

/** What to load of the worksheets to tell the user's sheets from ours. */
export const SHEET_LIST_PROPS = "items/name,items/visibility,items/protection/protected";

/** A name for a new hidden sheet, unused by any sheet (Excel compares sheet names without case). */
export function newHiddenName(taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  for (let i = 1; ; i++) {
    const name = i === 1 ? HIDDEN_PREFIX : `${HIDDEN_PREFIX}${i}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * The areas to copy for these cells: vertical runs, except that a cell inside a merged area copies the
 * whole merged area (copying part of a merged area is not something to rely on in Excel).
 */
export function copyAreas(cells: readonly string[], merges: readonly CellRange[]): string[] {
  if (merges.length === 0) return cellsToRanges(cells).map(rangeToA1);
  const mergeAt = new Map<string, CellRange>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) mergeAt.set(`${r},${c}`, m);
  }
  const plain: string[] = [];
  const whole = new Set<CellRange>();
  for (const range of cellsToRanges(cells)) {
    for (let r = range.top; r <= range.bottom; r++) {
      const m = mergeAt.get(`${r},${range.left}`);
      if (m) whole.add(m);
      else plain.push(toA1(r, range.left));
    }
  }
  return [...cellsToRanges(plain).map(rangeToA1), ...[...whole].map(rangeToA1)];
}
