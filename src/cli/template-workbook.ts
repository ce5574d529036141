/** Writes a one-project table (core/templates/layout.ts) as an .xlsx with exceljs. */
import { promises as fs } from "fs";
import type { SheetLayout } from "../core/templates";
import { loadExcelJS } from "./exceljs";

const FONT = { name: "宋体", size: 10 };
const TWO_PLACES = /^\d+(\.\d{1,2})?$/;

export async function writeLayout(file: string, layout: SheetLayout): Promise<void> {
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  wb.creator = "绩效目标助手";
  const ws = wb.addWorksheet(layout.sheetName);
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const wrap = new Set(layout.wrap);
  layout.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.font =
        r <= layout.headerRow ? { ...FONT, bold: true, size: r < layout.headerRow ? 14 : 10 } : FONT;
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
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await fs.writeFile(file, bytes);
}
