/** Writes a one-project table (core/templates/layout.ts) as an .xlsx (src/xlsx/layout-workbook.ts). */
import { promises as fs } from "fs";
import type { SheetLayout } from "../core/templates";
import { layoutWorkbook } from "../xlsx/layout-workbook";
import { loadExcelJS } from "./exceljs";

export async function writeLayout(file: string, layout: SheetLayout): Promise<void> {
  const wb = layoutWorkbook(await loadExcelJS(), layout);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await fs.writeFile(file, bytes);
}
