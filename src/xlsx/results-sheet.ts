/**
 * The marked copy's extras, with exceljs: a 「检查结果」 sheet listing every finding as an Excel table
 * (filters on every column, so a reviewer can sort, filter and print it; each cell a hyperlink to the
 * marked cell), and notes whose box fits their text instead of Excel's default two columns by four rows.
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../core/finding";
import {
  freeSheetName,
  marksFromFindings,
  NO_RESULTS,
  noteSize,
  quoteSheetName,
  RESULT_COLUMNS,
  RESULT_LINK_COLUMN,
  RESULTS_SHEET,
  resultCells,
  resultRows,
  type NoteSize,
} from "../core/report/marks";

export { RESULTS_SHEET };

/** Add the 「检查结果」 sheet (last); its name. */
export function addResultsSheet(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  sheetOrder: readonly string[] = wb.worksheets.map((w) => w.name),
): string {
  const name = freeSheetName(
    wb.worksheets.map((w) => w.name),
    RESULTS_SHEET,
  );
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  RESULT_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const rows = resultRows(findings, sheetOrder);
  ws.addTable({
    name: "检查结果表",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: RESULT_COLUMNS.map((c) => ({ name: c.name, filterButton: true })),
    rows:
      rows.length > 0
        ? rows.map((r) =>
            resultCells(r).map((text, c) =>
              c === RESULT_LINK_COLUMN
                ? { text, hyperlink: `#${quoteSheetName(r.sheetName)}!${r.cell}` }
                : text,
            ),
          )
        : [RESULT_COLUMNS.map((_, c) => (c === 4 ? NO_RESULTS : ""))],
  });
  for (let r = 2; r <= rows.length + 1; r++) {
    ws.getCell(r, 3).font = { color: { argb: "FF0563C1" }, underline: true };
    ws.getCell(r, 5).alignment = { wrapText: true, vertical: "top" };
    for (const c of [1, 2, 3, 4, 6]) ws.getCell(r, c).alignment = { vertical: "top", wrapText: c === 2 };
  }
  ws.pageSetup.printTitlesRow = "1:1";
  return name;
}

/** Approximate pixel width of a column (exceljs widths are in characters; Excel's default is 8.43). */
function columnPx(ws: ExcelJS.Worksheet, col: number): number {
  const w = ws.getColumn(col).width ?? 8.43;
  return Math.max(1, Math.round(w * 7 + 5));
}

function rowPx(ws: ExcelJS.Worksheet, row: number): number {
  const h = ws.getRow(row).height ?? 15;
  return Math.max(1, Math.round((h * 4) / 3));
}

/**
 * Where a note box of `size` (points) goes beside the cell at (row, col) (1-based), as the cell-unit
 * anchor Excel's VML uses: start one column right and one row up of the cell, like Excel's own notes.
 */
export function noteAnchor(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  size: NoteSize,
): { left: number; top: number; right: number; bottom: number } {
  // Offsets inside a cell are fractions of exceljs's 68 × 18 px cell unit; keep them inside the cell.
  const left = col + 12 / 68;
  const top = Math.max(row - 2, 0) + 4 / 18;
  const walk = (start: number, px: number, size: (i: number) => number, unit: number): number => {
    let i = start;
    let rest = px;
    while (rest > size(i + 1)) rest -= size(i++ + 1);
    return i + Math.min(rest, unit - 1) / unit;
  };
  const right = walk(col, Math.round((size.width * 4) / 3) + 12, (c) => columnPx(ws, c), 68);
  const bottom = walk(Math.floor(top), Math.round((size.height * 4) / 3) + 4, (r) => rowPx(ws, r), 18);
  return { left, top, right, bottom };
}

type NoteModel = { anchor?: unknown } & Record<string, unknown>;

/**
 * Size a cell's note box to its text. exceljs 4.4.0 writes every note with its default anchor and has
 * no option for it; its VML writer does honour an `anchor` on the comment model, so the cell's note
 * object gets one. Checked by reading the written VML back (tests/cli/results-sheet.test.ts).
 */
export function sizeNote(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, text: string): void {
  const holder = (cell as unknown as { _comment?: object })._comment;
  if (!holder) return;
  const proto = Object.getPrototypeOf(holder) as object;
  const getter = Object.getOwnPropertyDescriptor(proto, "model")?.get;
  if (!getter) return;
  const anchor = noteAnchor(ws, Number(cell.row), Number(cell.col), noteSize(text));
  Object.defineProperty(holder, "model", {
    configurable: true,
    get(): NoteModel {
      return { ...(getter.call(holder) as NoteModel), anchor };
    },
  });
}

/** Size the note box of every cell marked for `findings` (after marking). */
export function sizeMarkNotes(wb: ExcelJS.Workbook, findings: readonly Finding[]): void {
  for (const mark of marksFromFindings(findings)) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.row + 1, mark.col + 1).master;
    const note = cell.note as string | { texts?: { text: string }[] } | undefined;
    if (note === undefined) continue;
    sizeNote(ws, cell, typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join(""));
  }
}
