/**
 * 本单位模板 in a worksheet, on WPS 表格: a named sheet read as a check reads it (wps-read.ts), and
 * 生成模板工作表 — a new sheet after the last under a free name (本单位模板, 本单位模板 (2) …), its cells
 * formatted as text before the values go in (「=」「≥95」 stay as typed), its headings bold, then shown.
 */
import { toA1, type Sheet } from "../core/grid";
import { freeSheetName } from "../core/report/marks";
import type { TemplateSheetLayout } from "../core/templates";
import { TEMPLATE_SHEET_NAME } from "../core/templates/sheet-name";
import type { WWorkbook } from "./et-api";
import { readSheet } from "./wps-read";
import { sheetNamed } from "./wps-insert";

export function readNamedSheet(wb: WWorkbook, name: string): Sheet | { error: string } {
  const ws = sheetNamed(wb, name);
  if (!ws) return { error: `找不到工作表「${name}」。` };
  return readSheet(ws);
}

/** The new sheet's name, or an error when the workbook's structure is protected. */
export function writeTemplateSheet(wb: WWorkbook, layout: TemplateSheetLayout): string | { error: string } {
  if (wb.ProtectStructure) return { error: "structureProtected" };
  const names: string[] = [];
  for (let i = 1; i <= wb.Worksheets.Count; i++) names.push(wb.Worksheets.Item(i).Name);
  const name = freeSheetName(names, TEMPLATE_SHEET_NAME);
  const width = Math.max(layout.widths.length, ...layout.rows.map((r) => r.length));
  const grid = layout.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  // Assumption (WPS): Worksheets.Add(undefined, after) adds the sheet after `after` (see wps-store.ts).
  const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count));
  ws.Name = name;
  const all = ws.Range(`A1:${toA1(grid.length - 1, width - 1)}`);
  all.NumberFormat = "@";
  all.Value2 = grid;
  for (const r of layout.headingRows) ws.Range(`A${r + 1}:${toA1(r, width - 1)}`).Font.Bold = true;
  layout.widths.forEach((w, c) => {
    ws.Range(`${toA1(0, c)}:${toA1(grid.length - 1, c)}`).ColumnWidth = w;
  });
  ws.Activate();
  ws.Range("A1").Select();
  return name;
}
