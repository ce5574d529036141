/** The seed as published: one row per project, the whole indicator tree in one multi-line cell. */
import type ExcelJS from "exceljs";
import type { SeedTable } from "../seed-to-rows";
import {
  AMOUNT_FORMAT,
  WRAP_TOP,
  frame,
  newWorkbook,
  rowHeightFor,
  writeHeader,
  writeTitle,
} from "./table-style";

export const WIDE_SHEET = "绩效目标公开表";
const WIDTHS = [10, 26, 11, 48, 52];

/** "10.85" → 10.85 for the amount cell; text that is not a plain number stays text, as typed. */
export function amountCell(text: string): number | string | null {
  if (text === "") return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export function buildWideWorkbook(seed: SeedTable): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(WIDE_SHEET, {
    views: [{ state: "frozen", ySplit: 2 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  writeTitle(ws, 1, WIDTHS.length, seed.title);
  writeHeader(ws, 2, seed.header);

  seed.rows.forEach((row, i) => {
    const r = ws.getRow(3 + i);
    const values = [row.code, row.name, amountCell(row.amount), row.goal, row.indicators];
    values.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v === "" ? null : v;
      cell.alignment = WRAP_TOP;
    });
    r.getCell(3).numFmt = AMOUNT_FORMAT;
    r.height = rowHeightFor([
      { text: row.name, width: WIDTHS[1] },
      { text: row.goal, width: WIDTHS[3] },
      { text: row.indicators, width: WIDTHS[4] },
    ]);
  });
  frame(ws, 2, 1, 2 + seed.rows.length, WIDTHS.length);
  return wb;
}
