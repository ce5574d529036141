/**
 * 本单位模板 in a worksheet, on Excel: read a named sheet as a check reads it, and 生成模板工作表 — a new
 * sheet after the last one under a free name (本单位模板, 本单位模板 (2) …; an existing sheet is never
 * written to), its cells formatted as text first so that 「=」「≥95」 and formulas of the parameters stay
 * as typed, then shown, its headings (模板名称 and each section's header row) bold. One Excel.run each;
 * the read two round trips at most, the write two.
 */
import { freeSheetName } from "../core/report/marks";
import { toA1, type Sheet } from "../core/grid";
import type { TemplateSheetLayout } from "../core/templates";
import { TEMPLATE_SHEET_NAME } from "../core/templates/sheet-name";
import type { ApiLevel } from "./capabilities";
import type { XRequestContext } from "./office-api";
import { queueExtraColumns, queueSheetRead, sheetOfRead } from "./reading/read-workbook";
import { columnPoints } from "./results-sheet";

export async function readNamedSheet(ctx: XRequestContext, level: ApiLevel, name: string): Promise<Sheet> {
  const ws = ctx.workbook.worksheets.getItem(name);
  const read = queueSheetRead(ws, level);
  await ctx.sync();
  if (queueExtraColumns(read)) await ctx.sync();
  return sheetOfRead(read, name, false);
}

export type TemplateSheetOutcome = { ok: true; sheet: string } | { ok: false; reason: "structureProtected" };

export async function writeTemplateSheet(
  ctx: XRequestContext,
  layout: TemplateSheetLayout,
): Promise<TemplateSheetOutcome> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name");
  wb.protection.load("protected");
  await ctx.sync();
  if (wb.protection.protected) return { ok: false, reason: "structureProtected" };
  const name = freeSheetName(
    wb.worksheets.items.map((w) => w.name),
    TEMPLATE_SHEET_NAME,
  );
  const width = Math.max(layout.widths.length, ...layout.rows.map((r) => r.length));
  const grid = layout.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  const ws = wb.worksheets.add(name);
  const all = ws.getRange(`A1:${toA1(grid.length - 1, width - 1)}`);
  all.numberFormat = grid.map((r) => r.map(() => "@"));
  all.values = grid;
  for (const r of layout.headingRows) ws.getRange(`A${r + 1}:${toA1(r, width - 1)}`).format.font.bold = true;
  layout.widths.forEach((w, i) => {
    ws.getRange(`${toA1(0, i)}:${toA1(grid.length - 1, i)}`).format.columnWidth = columnPoints(w);
  });
  ws.activate();
  ws.getRange("A1").select();
  await ctx.sync();
  return { ok: true, sheet: name };
}
