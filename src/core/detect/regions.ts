/**
 * Split a sheet into table spans: each a header found near the top of a region, and the data rows below
 * it up to a gap of two or more empty rows, or up to the next table (a new header, or a new form's
 * 项目名称 label, together with the title/unit lines just above it). One pass over the rows.
 */
import { findHeader, headerRowTester, HEADER_SCAN_ROWS, type HeaderMatch } from "./find-header";
import { formLabelOf, isNameLabel } from "../vocab/form-labels";
import { isFundSubline } from "../vocab/fund-sources";
import { readFormLabels } from "./form-labels";
import { isGrandTotalLabel } from "./row-kinds";
import { cellText, type SheetView } from "./sheet-view";
import type { IndicatorBlock } from "./continued-blocks";

export interface TableSpan {
  header: HeaderMatch;
  /** First row of the region the header was found in: titles, unit lines and form labels sit in [regionTop, header.top). */
  regionTop: number;
  /** Last row holding data (inclusive); equals header.bottom when there is none. */
  dataEnd: number;
  /** A form's indicator blocks when its grid continues under a repeated header (continued-blocks.ts). */
  blocks?: IndicatorBlock[];
  /** Rows inside a wide or long table that repeat its header (a page break): not data. */
  repeatedHeaders?: number[];
}

/** Rows that a table's end may give back to the next table's preamble (title, unit line). */
const MAX_PREAMBLE = 5;

export function findSpans(view: SheetView): TableSpan[] {
  const spans: TableSpan[] = [];
  const isHeaderRow = headerRowTester(view);
  let r = view.rowStart;
  while (r < view.rowEnd) {
    while (r < view.rowEnd && view.isEmptyRow(r)) r++;
    if (r >= view.rowEnd) break;
    const regionTop = r;
    const windowEnd = Math.min(view.rowEnd, regionTop + HEADER_SCAN_ROWS);
    const header = findHeader(view, regionTop, windowEnd);
    if (!header) {
      // A form whose indicator grid is missing (cut off, or never filled in): its labels are still a table.
      const form = headerlessForm(view, regionTop, windowEnd);
      if (form) spans.push(form);
      r = windowEnd;
      continue;
    }
    const { dataEnd, next, repeated } = dataRowsBelow(view, header, isHeaderRow);
    spans.push(
      repeated.length > 0
        ? { header, regionTop, dataEnd, repeatedHeaders: repeated }
        : { header, regionTop, dataEnd },
    );
    r = next;
  }
  return spans;
}

function dataRowsBelow(
  view: SheetView,
  header: HeaderMatch,
  isHeaderRow: (row: number) => boolean,
): { dataEnd: number; next: number; repeated: number[] } {
  let last = header.bottom;
  let empties = 0;
  const repeated: number[] = [];
  for (let r = header.bottom + 1; r < view.rowEnd; r++) {
    if (view.isEmptyRow(r)) {
      if (++empties >= 2) return { dataEnd: last, next: r + 1, repeated };
      continue;
    }
    empties = 0;
    const headerRow = isHeaderRow(r);
    // A page break copies the header right under a data row; a blank line, a title or a 合计 row
    // above it ends the table, and the header starts another one. (The row above is looked at only
    // under a header row: most rows are data.)
    const underData =
      headerRow && last === r - 1 && last > header.bottom && !isPreamble(view, last) && !hasTotal(view, last);
    const again = underData ? repeatedHeader(view, header, r) : null;
    if (again !== null) {
      for (let k = r; k <= again; k++) repeated.push(k);
      r = last = again;
      continue;
    }
    if (headerRow || startsForm(view, r)) {
      let start = r;
      while (start - 1 > header.bottom && r - start < MAX_PREAMBLE && isPreamble(view, start - 1)) start--;
      let end = start - 1;
      while (end > header.bottom && view.isEmptyRow(end)) end--;
      return { dataEnd: end, next: start, repeated };
    }
    last = r;
  }
  return { dataEnd: last, next: view.rowEnd, repeated };
}

/**
 * The last row of a copy of a wide or long table's header starting at `row` (a page break repeats the
 * header: the rows under it continue the same table), or null when the row starts another table.
 */
function repeatedHeader(view: SheetView, header: HeaderMatch, row: number): number | null {
  if (header.kind === "grid") return null; // a form's repeated grid header: continued-blocks.ts
  // A two-row header may be found on its second row only (a group label such as 项目信息 above it).
  const again = findHeader(view, row, row + 2);
  if (!again || again.top > row + 1 || again.kind !== header.kind) return null;
  const a = Object.entries(header.columns);
  const b = again.columns;
  if (a.length !== Object.keys(b).length) return null;
  return a.every(([role, col]) => b[role as keyof typeof b] === col) ? again.bottom : null;
}

/** The first text of the row is a 项目名称 label: a single-project form begins here. */
function startsForm(view: SheetView, row: number): boolean {
  for (const cell of view.rowCells(row)) {
    if (!cell) continue;
    const t = cell.text || (typeof cell.value === "string" ? cell.value : "");
    if (t.trim() === "") continue;
    return t.length <= 40 && isNameLabel(t);
  }
  return false;
}

/**
 * A region with a 项目名称 label and an amount or goal label but no indicator header: the form of a
 * project whose grid is missing. A span whose header is empty and sits below the region's last row.
 */
function headerlessForm(view: SheetView, top: number, end: number): TableSpan | null {
  let last = top;
  for (let r = top; r < end; r++) {
    if (!view.isEmptyRow(r)) last = r;
    else if (r + 1 < end && view.isEmptyRow(r + 1)) break;
  }
  const labels = readFormLabels(view, top, last + 1);
  if (!labels.name || (!labels.amount && !labels.goal)) return null;
  const header: HeaderMatch = {
    top: last + 1,
    bottom: last,
    kind: "grid",
    columns: {},
    left: labels.left ?? view.colStart,
    right: labels.right ?? view.colStart,
    amountUnit: null,
  };
  return { header, regionTop: top, dataEnd: last };
}

/** A 合计/总计 label in the row: the last row of a table. */
function hasTotal(view: SheetView, row: number): boolean {
  for (const cell of view.rowCells(row)) if (cell && isGrandTotalLabel(cellText(cell))) return true;
  return false;
}

/** A title, a unit line or a form's label row (编制单位：… | 单位：万元) just above the next table. */
function isPreamble(view: SheetView, row: number): boolean {
  if (nonEmptyCells(view, row) <= 1) return true;
  for (const cell of view.rowCells(row)) {
    if (!cell) continue;
    const t = cell.text || (typeof cell.value === "string" ? cell.value : "");
    if (t.trim() === "") continue;
    // A fund line (「1.中央资金」「其中：…」) belongs to the form above; so does a numbered project name.
    return formLabelOf(t) !== null && !isFundSubline(t);
  }
  return false;
}

function nonEmptyCells(view: SheetView, row: number): number {
  let n = 0;
  for (const cell of view.rowCells(row)) if (cell && (cell.text.trim() !== "" || cell.value !== null)) n++;
  return n;
}
