/**
 * A one-project table (core/templates/layout.ts) as an exceljs workbook: the CLI's `template new` and
 * the web edition's 下载为新申报表 write the same file. No Node APIs here.
 */
import type ExcelJS from "exceljs";
import type { SheetLayout } from "../core/templates";

type ExcelJSModule = typeof ExcelJS;

const FONT = { name: "宋体", size: 10 };
const TWO_PLACES = /^\d+(\.\d{1,2})?$/;

export function layoutWorkbook(excel: ExcelJSModule, layout: SheetLayout): ExcelJS.Workbook {
  const wb = new excel.Workbook();
  wb.creator = "绩效目标助手";
  const ws = wb.addWorksheet(layout.sheetName);
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const wrap = new Set(layout.wrap);
  const boldRows = new Set(layout.boldRows ?? []);
  layout.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.font =
        r <= layout.headerRow
          ? { ...FONT, bold: true, size: r < layout.headerRow ? 14 : 10 }
          : boldRows.has(r)
            ? { ...FONT, bold: true }
            : FONT;
      cell.alignment =
        wrap.has(c) && r > layout.headerRow
          ? { wrapText: true, vertical: "top" }
          : { vertical: "middle", horizontal: "center", wrapText: true };
      // 万元 with two decimals, unless the amount has more (then Excel's general format shows them all).
      if (r > layout.headerRow && c === 1 && typeof v === "number" && TWO_PLACES.test(String(v)))
        cell.numFmt = "0.00";
    });
  });
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return wb;
}
