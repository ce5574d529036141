/**
 * Where a project sits in its table: its row (wide) or its block of rows (long: from the name row to the
 * row before the next project or subtotal; single-project form: the indicator grid), and which project
 * a cell belongs to.
 */
import { cellAt, type Cell, type Sheet } from "../../core/grid";
import { MergeIndex } from "../../core/grid/merge-index";
import type { Project, Table } from "../../core/model";
import { INDICATOR_PART_ROLES } from "../../core/vocab/indicator-columns";

/** The columns an insertion writes, in the order it writes them: an indicator's parts. */
export const WRITTEN_ROLES = INDICATOR_PART_ROLES;

export interface Block {
  /** First and last row of the project (last < first: an empty grid, rows go in at `first`). */
  first: number;
  last: number;
}

/** A cell's own content as a string ("" when empty); formulas and errors count as content. */
export function ownValue(cell: Cell): string {
  if (cell.formula) return cell.formula;
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function isEmptyCell(cell: Cell): boolean {
  return ownValue(cell).trim() === "";
}

/** Rows where each project and subtotal of the table starts, sorted. */
function starts(table: Table): number[] {
  const rows = new Set<number>();
  for (const p of table.projects) rows.add(p.cells.name.row);
  for (const t of table.totals) rows.add(t.source.row);
  return [...rows].sort((a, b) => a - b);
}

/** A project's rows (see Block). */
export function blockOf(sheet: Sheet, table: Table, project: Project, merges = MergeIndex.of(sheet)): Block {
  const range = table.range;
  if (table.layout === "wide") {
    const row = project.cells.name.row;
    const m = merges.mergeAt(row, project.cells.name.col);
    return { first: row, last: m ? m.bottom : row };
  }
  if (table.layout === "form") {
    const rows = [
      ...project.indicators.map((i) => i.source.row),
      ...project.headings.map((h) => h.source.row),
    ];
    const first = rows.length > 0 ? Math.min(...rows) : project.cells.indicators.row;
    return { first, last: Math.max(first - 1, range.bottom) };
  }
  const first = project.cells.name.row;
  const next = starts(table).find((r) => r > first);
  const limit = Math.min(range.bottom, next === undefined ? Infinity : next - 1);
  let last = first;
  const nameMerge = merges.mergeAt(first, project.cells.name.col);
  if (nameMerge) last = Math.min(limit, Math.max(last, nameMerge.bottom));
  for (let r = first + 1; r <= limit; r++) {
    for (let c = range.left; c <= range.right; c++) {
      if (!isEmptyCell(cellAt(sheet, r, c))) {
        last = r;
        break;
      }
    }
  }
  return { first, last };
}

/** The table and project that a cell lies in (project null: the header, a total row, outside any project). */
export function locate(
  sheet: Sheet,
  tables: readonly Table[],
  row: number,
  col: number,
): { table: Table | null; project: Project | null } {
  for (const table of tables) {
    const r = table.range;
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    // A form's project is selected from anywhere in the form, its label rows included.
    if (table.layout === "form") return { table, project: table.projects[0] ?? null };
    let best: Project | null = null;
    for (const p of table.projects) {
      const at = p.cells.name.row;
      if (at <= row && (best === null || at > best.cells.name.row)) best = p;
    }
    if (best && row <= blockOf(sheet, table, best).last) return { table, project: best };
    return { table, project: null };
  }
  return { table: null, project: null };
}
