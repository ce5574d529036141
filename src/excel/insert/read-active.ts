/**
 * The selected project, in one round trip: the active cell, the active sheet read whole (as a check
 * reads it), its protection and the workbook's sheet names; then the core's table detection on that
 * sheet and the project whose row or block holds the cell.
 *
 * When Excel on the web refuses that round trip for its size (about 5 MB), readActiveInPieces reads the
 * same in fresh runs: the sheet's shape first, then its cells a block of rows at a time (read-in-pieces.ts).
 */
import type { Settings } from "../../core/settings";
import type { ApiLevel } from "../capabilities";
import type { XRequestContext } from "../office-api";
import { firstChunkRows, readRows, type FreshRun } from "../reading/read-in-pieces";
import { queueExtraColumns, queueSheetRead, shapeOfRead, sheetOfRead } from "../reading/read-workbook";
import { sheetFromBlocks, type LoadedBlock } from "../../host/to-grid";
import { targetOf, type ActiveHead } from "../../host/insert/target";
import type { InsertionTarget } from "../../host/insert/types";

/** Queue what every read of the selection needs besides the cells. */
function queueHead(ctx: XRequestContext) {
  const wb = ctx.workbook;
  const cell = wb.getActiveCell();
  cell.load("rowIndex,columnIndex");
  const ws = wb.worksheets.getActiveWorksheet();
  ws.load("name");
  ws.protection.load("protected");
  wb.worksheets.load("items/name");
  return {
    ws,
    head: (): ActiveHead => ({
      row: cell.rowIndex,
      col: cell.columnIndex,
      protected: ws.protection.protected,
      sheetNames: wb.worksheets.items.map((w) => w.name),
    }),
  };
}

export async function readActive(
  ctx: XRequestContext,
  level: ApiLevel,
  settings: Settings | null,
): Promise<InsertionTarget> {
  const { ws, head } = queueHead(ctx);
  const read = queueSheetRead(ws, level);
  await ctx.sync();
  if (queueExtraColumns(read)) await ctx.sync();
  const h = head();
  return targetOf(sheetOfRead(read, ws.name, h.protected), h, settings);
}

/** readActive in smaller round trips, each attempt a fresh Excel.run (see read-in-pieces.ts). */
export async function readActiveInPieces(
  run: FreshRun,
  level: ApiLevel,
  settings: Settings | null,
): Promise<InsertionTarget> {
  const start = await run(async (ctx) => {
    const { ws, head } = queueHead(ctx);
    const read = queueSheetRead(ws, level, false);
    await ctx.sync();
    const h = head();
    return { h, shape: shapeOfRead(read, ws.name, h.protected) };
  });
  const blocks: LoadedBlock[] = [];
  await readRows(run, [start.shape], firstChunkRows([start.shape]), (_sheet, block) => blocks.push(block));
  const { name, used, merges } = start.shape;
  return targetOf(sheetFromBlocks(name, used, blocks, merges, start.h.protected), start.h, settings);
}
