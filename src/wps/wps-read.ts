/**
 * Reading WPS 表格's sheets into the core's grid: each sheet's used range once (Value2 and Formula as
 * arrays), its merged areas and hidden rows, the displayed text of numeric cells. The add-in's own very
 * hidden sheet (wps-store.ts) is not read.
 *
 * WPS calls are synchronous and go through the host's bridge one by one, so the reader asks for whole
 * arrays where it can and per cell only where it must (merged areas, the shown text of numbers).
 */
import { isAddinSheet, type CellRange, type Sheet, type Workbook } from "../core/grid";
import { sheetFromBlocks } from "../host/to-grid";
import {
  XL_SHEET_VERY_HIDDEN,
  XL_SHEET_VISIBLE,
  type WRange,
  type WWorkbook,
  type WWorksheet,
} from "./et-api";

/**
 * Value2 (or Formula) of a range as rows of values. Assumption (WPS): a multi-cell range gives an array
 * of rows (0-based in JS, like the SAFEARRAY WPS converts), a single cell a scalar, as Excel VBA's
 * Value2 seen from JS.
 */
export function readArray(value: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(value)) return [[value]];
  if (!Array.isArray(value)) throw new Error("WPS 未按二维数组返回单元格区域的值");
  return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * Every sheet of the workbook that the user sees or hid, in order; not the add-in's own. Assumption
 * (WPS): Worksheets.Item is 1-based and lists hidden and very hidden sheets too, as VBA's.
 */
export function userSheets(wb: WWorkbook): WWorksheet[] {
  const out: WWorksheet[] = [];
  const n = wb.Worksheets.Count;
  for (let i = 1; i <= n; i++) {
    const ws = wb.Worksheets.Item(i);
    if (!isAddinSheet(ws.Name, ws.Visible === XL_SHEET_VERY_HIDDEN)) out.push(ws);
  }
  return out;
}

export function readWorkbook(wb: WWorkbook, onProgress?: (f: number) => void): Workbook {
  const sheets = userSheets(wb);
  const out: Sheet[] = [];
  sheets.forEach((ws, i) => {
    out.push(readSheet(ws));
    onProgress?.((i + 1) / sheets.length);
  });
  return { name: wb.Name, sheets: out };
}

export function readSheet(ws: WWorksheet): Sheet {
  // Assumption (WPS): UsedRange of an empty sheet is A1 alone (one empty cell), as VBA's.
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rowCount = used.Rows.Count;
  const colCount = used.Columns.Count;
  const values = readArray(used.Value2, rowCount, colCount);
  const formulas = readArray(used.Formula, rowCount, colCount);
  const text = shownText(used, values);
  const sheet = sheetFromBlocks(
    ws.Name,
    { rowIndex: top, columnIndex: left, rowCount, columnCount: colCount },
    [{ rowIndex: top, columnIndex: left, values, text, formulas, numberFormat: null }],
    readMerges(used, rowCount, colCount),
    ws.ProtectContents,
  );
  const hidden = hiddenRows(used, rowCount);
  if (hidden.length) sheet.hiddenRows = hidden;
  // Assumption (WPS): Worksheet.Visible is xlSheetVisible (-1) for a shown sheet, as in Excel VBA; true
  // is taken as shown too, in case WPS answers with a boolean.
  if (ws.Visible !== XL_SHEET_VISIBLE && ws.Visible !== true) sheet.hidden = true;
  return sheet;
}

/**
 * What the cell shows, for numbers only (a percentage, a fixed number of decimals); text and empty cells
 * show their value. Assumption (WPS): Range.Text of one cell is its displayed text, as in Excel VBA.
 */
function shownText(used: WRange, values: unknown[][]): string[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== "number") return v === null || v === undefined ? "" : String(v);
      const t = used.Item(r + 1, c + 1).Text;
      return typeof t === "string" ? t : String(v);
    }),
  );
}

/**
 * The merged areas inside the used range. WPS has no list of them: a row whose MergeCells is false has
 * none, otherwise its cells are asked one by one (skipping cells already inside a found area).
 * Assumption (WPS): MergeCells of a multi-cell range is false when no cell of it is merged, true when
 * it is one merged area, null when mixed; MergeArea of a merged cell is its whole area (as VBA).
 */
export function readMerges(used: WRange, rowCount: number, colCount: number): CellRange[] {
  if (used.MergeCells === false) return [];
  const merges: CellRange[] = [];
  const covered = new Set<string>();
  const top = used.Row - 1;
  const left = used.Column - 1;
  for (let r = 1; r <= rowCount; r++) {
    if (rowCount > 1 && used.Rows.Item(r).MergeCells === false) continue;
    for (let c = 1; c <= colCount; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = used.Item(r, c);
      if (cell.MergeCells !== true) continue;
      const area = cell.MergeArea;
      const m: CellRange = {
        top: area.Row - 1,
        left: area.Column - 1,
        bottom: area.Row - 1 + area.Rows.Count - 1,
        right: area.Column - 1 + area.Columns.Count - 1,
      };
      merges.push(m);
      for (let rr = m.top; rr <= m.bottom; rr++)
        for (let cc = m.left; cc <= m.right; cc++) covered.add(`${rr - top + 1},${cc - left + 1}`);
    }
  }
  return merges;
}

/**
 * Absolute indexes of hidden rows. Assumption (WPS): EntireRow.Hidden of a range of rows is false when
 * none is hidden (null when some are), as in VBA; then each row is asked.
 */
function hiddenRows(used: WRange, rowCount: number): number[] {
  if (used.EntireRow.Hidden === false) return [];
  const out: number[] = [];
  for (let r = 1; r <= rowCount; r++)
    if (used.Rows.Item(r).EntireRow.Hidden === true) out.push(used.Row - 2 + r);
  return out;
}
