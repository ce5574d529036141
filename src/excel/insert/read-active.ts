/**
 * The selected project, in one round trip: the active cell, the active sheet read whole (as a check
 * reads it), its protection and the workbook's sheet names; then the core's table detection on that
 * sheet and the project whose row or block holds the cell.
 */
import { detectTables } from "../../core/detect";
import { detectProfile, profileFor } from "../../core/engine/profile";
import { toA1 } from "../../core/grid";
import type { Settings } from "../../core/settings";
import type { ApiLevel } from "../capabilities";
import type { XRequestContext } from "../office-api";
import { queueExtraColumns, queueSheetRead, sheetOfRead } from "../read-workbook";
import { locate } from "./blocks";
import type { InsertionTarget } from "./types";

export async function readActive(ctx: XRequestContext, level: ApiLevel, settings: Settings | null): Promise<InsertionTarget> {
  const wb = ctx.workbook;
  const cell = wb.getActiveCell();
  cell.load("rowIndex,columnIndex");
  const ws = wb.worksheets.getActiveWorksheet();
  ws.load("name");
  ws.protection.load("protected");
  wb.worksheets.load("items/name");
  const read = queueSheetRead(ws, level);
  await ctx.sync();
  if (queueExtraColumns(read)) await ctx.sync();

  const sheet = sheetOfRead(read, ws.name, ws.protection.protected);
  const { tables } = detectTables(sheet);
  const row = cell.rowIndex;
  const col = cell.columnIndex;
  const { table, project } = locate(sheet, tables, row, col);
  return {
    sheet,
    cell: { row, col, address: toA1(row, col) },
    tables,
    table,
    project,
    profile: table ? (settings ? profileFor(table, settings) : detectProfile(table)) : "2015",
    protected: ws.protection.protected,
    sheetNames: wb.worksheets.items.map((w) => w.name),
  };
}
