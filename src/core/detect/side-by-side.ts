/**
 * Two forms side by side on one sheet (two projects printed two to a page, or pasted next to each other).
 * Read across, the right form's labels are rivals of the left form's and its grid a second set of value
 * columns: the right project is lost and the left one made uncertain. Where a column empty from top to
 * bottom separates parts that each hold a 项目名称 label, each part is read as a sheet of its own, in the
 * sheet's own coordinates. Merges may cross the gap only above the first 项目名称 label (a shared title).
 */
import type { CellRange, Sheet } from "../grid";
import { isNameLabel } from "../vocab/form-labels";
import { cellText } from "./sheet-view";

/** Longer texts are no labels: not worth a vocabulary lookup. */
const MAX_LABEL_LENGTH = 40;

export function sideBySideParts(sheet: Sheet): Sheet[] {
  let width = 0;
  for (const r of sheet.rows) if (r && r.length > width) width = r.length;
  const used = new Array<boolean>(width).fill(false);
  for (const r of sheet.rows) {
    if (!r) continue;
    for (let i = 0; i < r.length; i++) if (!used[i] && r[i] && cellText(r[i]!) !== "") used[i] = true;
  }
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  let gaps = false;
  for (let i = first + 1; i < last && !gaps; i++) gaps = !used[i];
  if (!gaps) return [sheet];

  // The columns (relative to the sheet's origin) holding a 项目名称 label, and the first such row.
  const nameCols = new Set<number>();
  let firstNameRow = Infinity;
  sheet.rows.forEach((r, ri) => {
    r?.forEach((cell, i) => {
      if (!cell) return;
      const t = cellText(cell);
      if (t === "" || t.length > MAX_LABEL_LENGTH || !isNameLabel(t)) return;
      nameCols.add(i);
      firstNameRow = Math.min(firstNameRow, ri + sheet.originRow);
    });
  });
  if (nameCols.size < 2) return [sheet];

  const crossed = (i: number) =>
    sheet.merges.some(
      (m) => m.bottom >= firstNameRow && m.left <= i + sheet.originCol && m.right >= i + sheet.originCol,
    );
  // Between two label columns, the gap nearest the right one: a blank column inside the left form
  // (between its labels and their values) is no gap between forms.
  const labelCols = [...nameCols].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let k = 0; k + 1 < labelCols.length; k++) {
    for (let i = labelCols[k + 1] - 1; i > labelCols[k]; i--) {
      if (used[i] || crossed(i)) continue;
      cuts.push(i);
      break;
    }
  }
  if (cuts.length === 0) return [sheet];
  const bounds = [first, ...cuts, last + 1];
  const parts: Sheet[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) parts.push(part(sheet, bounds[k], bounds[k + 1]));
  return parts;
}

/** Columns [from, to) of the sheet (relative to its origin) as a sheet at the same place. */
function part(sheet: Sheet, from: number, to: number): Sheet {
  const left = sheet.originCol + from;
  const right = sheet.originCol + to - 1;
  const merges: CellRange[] = [];
  for (const m of sheet.merges) {
    if (m.right < left || m.left > right) continue;
    merges.push({ ...m, left: Math.max(m.left, left), right: Math.min(m.right, right) });
  }
  return { ...sheet, rows: sheet.rows.map((r) => (r ? r.slice(from, to) : r)), originCol: left, merges };
}
