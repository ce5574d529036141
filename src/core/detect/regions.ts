/**
 * Split a sheet into table spans: each a header found near the top of a region, and the data rows below
 * it up to a gap of two or more empty rows, or up to the next table (a new header, or a new form's
 * 项目名称 label, together with the title/unit lines just above it). One pass over the rows.
 */
import { findHeader, headerRowTester, HEADER_SCAN_ROWS, type HeaderMatch } from "./find-header";
import { formLabelOf } from "../vocab/form-labels";
import { readFormLabels } from "./form-labels";
import type { SheetView } from "./sheet-view";
import type { IndicatorBlock } from "./continued-blocks";

export interface TableSpan {
  header: HeaderMatch;
  /** First row of the region the header was found in: titles, unit lines and form labels sit in [regionTop, header.top). */
  regionTop: number;
  /** Last row holding data (inclusive); equals header.bottom when there is none. */
  dataEnd: number;
  /** A form's indicator blocks when its grid continues under a repeated header (continued-blocks.ts). */
  blocks?: IndicatorBlock[];
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
    const { dataEnd, next } = dataRowsBelow(view, header, isHeaderRow);
    spans.push({ header, regionTop, dataEnd });
    r = next;
  }
  return spans;
}

function dataRowsBelow(
  view: SheetView,
  header: HeaderMatch,
  isHeaderRow: (row: number) => boolean,
): { dataEnd: number; next: number } {
  let last = header.bottom;
  let empties = 0;
  for (let r = header.bottom + 1; r < view.rowEnd; r++) {
    if (view.isEmptyRow(r)) {
      if (++empties >= 2) return { dataEnd: last, next: r + 1 };
      continue;
    }
    empties = 0;
    if (isHeaderRow(r) || startsForm(view, r)) {
      let start = r;
      while (start - 1 > header.bottom && r - start < MAX_PREAMBLE && isPreamble(view, start - 1)) start--;
      let end = start - 1;
      while (end > header.bottom && view.isEmptyRow(end)) end--;
      return { dataEnd: end, next: start };
    }
    last = r;
  }
  return { dataEnd: last, next: view.rowEnd };
}

/** The first text of the row is a 项目名称 label: a single-project form begins here. */
function startsForm(view: SheetView, row: number): boolean {
  for (const cell of view.rowCells(row)) {
    if (!cell) continue;
    const t = cell.text || (typeof cell.value === "string" ? cell.value : "");
    if (t.trim() === "") continue;
    return t.length <= 40 && formLabelOf(t)?.part === "name";
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

/** A title, a unit line or a form's label row (编制单位：… | 单位：万元) just above the next table. */
function isPreamble(view: SheetView, row: number): boolean {
  if (nonEmptyCells(view, row) <= 1) return true;
  for (const cell of view.rowCells(row)) {
    if (!cell) continue;
    const t = cell.text || (typeof cell.value === "string" ? cell.value : "");
    if (t.trim() === "") continue;
    return formLabelOf(t) !== null;
  }
  return false;
}

function nonEmptyCells(view: SheetView, row: number): number {
  let n = 0;
  for (const cell of view.rowCells(row)) if (cell && (cell.text.trim() !== "" || cell.value !== null)) n++;
  return n;
}
