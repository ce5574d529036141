/** Shared look of the example workbooks: a published table's thin borders, 宋体, wrapped text. */
import ExcelJS from "exceljs";

export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
export const AMOUNT_FORMAT = "0.00";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const BODY_FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 10 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 10, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 14, bold: true };

/** Points per text line at 宋体 10; Excel's ceiling for a row is 409 pt. */
const LINE_HEIGHT = 13.5;
const MAX_ROW_HEIGHT = 409;
const WIDE_CHAR = /[\u1100-\uffff]/;

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao npm run examples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Width of a line in Excel column units: CJK and full-width characters count double. */
function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += WIDE_CHAR.test(ch) ? 2 : 1;
  return w;
}

/**
 * Excel does not grow rows to fit wrapped text when a file is opened, so the examples set heights:
 * the tallest cell's wrapped line count × line height.
 */
export function rowHeightFor(cells: { text: string; width: number }[], minLines = 1): number {
  let lines = minLines;
  for (const { text, width } of cells) {
    if (text === "") continue;
    let n = 0;
    for (const line of text.split("\n"))
      n += Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1)));
    if (n > lines) lines = n;
  }
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 4));
}

/** Thin borders and body font on every cell of a rectangle (1-based, inclusive), merged cells included. */
export function frame(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      if (!cell.font || !cell.font.bold) cell.font = BODY_FONT;
    }
  }
}

/** A title line merged across the table's width. */
export function writeTitle(
  ws: ExcelJS.Worksheet,
  row: number,
  width: number,
  text: string,
  font = TITLE_FONT,
): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(row).height = font.size && font.size > 12 ? 30 : 20;
}

/** A bold, centred header row with borders. */
export function writeHeader(ws: ExcelJS.Worksheet, row: number, labels: readonly string[]): void {
  const r = ws.getRow(row);
  labels.forEach((label, i) => {
    const cell = r.getCell(i + 1);
    cell.value = label;
    cell.font = HEADER_FONT;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });
  r.height = 28;
}

export const WRAP_TOP: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
export const WRAP_MIDDLE: Partial<ExcelJS.Alignment> = { vertical: "middle", wrapText: true };
export const CENTER_MIDDLE: Partial<ExcelJS.Alignment> = {
  horizontal: "center",
  vertical: "middle",
  wrapText: true,
};

/**
 * Merge each run of equal, non-empty keys down one column (1-based rows), the way budget-system exports
 * merge 项目 and 一级/二级 cells: only the top cell keeps its value.
 */
export function mergeRuns(
  ws: ExcelJS.Worksheet,
  col: number,
  firstRow: number,
  keys: readonly string[],
): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) {
      ws.getCell(firstRow + i, col).value = null;
      continue;
    }
    if (i - start > 1 && keys[start] !== "") ws.mergeCells(firstRow + start, col, firstRow + i - 1, col);
    start = i;
  }
}
