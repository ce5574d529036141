/**
 * Reading every sheet into the core grid in two round trips, however large the table:
 *
 *   1  sheet names and protection, the workbook's name, the mark record, the comment list;
 *   2  per sheet, the used range (values only) and its intersections with fixed bands of rows — all
 *      queued at once. Bands past the used range come back as null objects, so the number of requests
 *      never depends on the table, and no single range read exceeds BAND_ROWS × 256 cells.
 *
 * Only a sheet whose data reaches past column IV (256) costs a third round trip, sized from what 2
 * reported.
 */
import { parseAreaList } from "./a1";
import type { ApiLevel } from "./capabilities";
import { queueCommentList, queueCommentLocations, type CommentIndex } from "./comments";
import { MARKS_KEY } from "./marks-record";
import type { XRange, XRangeAreas, XRequestContext, XWorksheet } from "./office-api";
import { sheetFromBlocks, type LoadedBlock } from "./to-grid";
import { rangeToA1, type CellRange, type Sheet, type Workbook } from "../core/grid";

export const BAND_ROWS = 8192;
/** Columns a band covers (A:IV). 8192 × 256 ≈ 2.1 M cells, under Excel's 5 M cells per range read. */
export const BAND_COLS = 256;
const BAND_LAST_COL = "IV";
const EXCEL_ROWS = 1_048_576;
/** Cells per extra range read for data right of column IV. */
const EXTRA_CHUNK_CELLS = 1_000_000;
const BLOCK_PROPS = "rowIndex,columnIndex,values,text,formulas,numberFormat";

export interface WorkbookRead {
  workbook: Workbook;
  sheetNames: string[];
  /** The stored mark record text, or null. */
  recordRaw: string | null;
  comments: CommentIndex | null;
}

interface SheetReads {
  ws: XWorksheet;
  used: XRange;
  bands: XRange[];
  extra: XRange[];
  merges: XRangeAreas | null;
}

/** A fraction 0..1 for the "reading" part of a check. */
export type Progress = (fraction: number) => void;

export async function readWorkbook(ctx: XRequestContext, level: ApiLevel, progress: Progress): Promise<WorkbookRead> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name,items/protection/protected");
  if (level.workbookName) wb.load("name");
  const record = wb.settings.getItemOrNullObject(MARKS_KEY);
  record.load("value");
  const commentList = level.comments ? queueCommentList(wb) : null;
  await ctx.sync();
  progress(0.1);

  const reads: SheetReads[] = wb.worksheets.items.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const bands: XRange[] = [];
    for (let top = 0; top < EXCEL_ROWS; top += BAND_ROWS) {
      const band = used.getIntersectionOrNullObject(`A${top + 1}:${BAND_LAST_COL}${top + BAND_ROWS}`);
      band.load(BLOCK_PROPS);
      bands.push(band);
    }
    let merges: XRangeAreas | null = null;
    if (level.mergedAreas) {
      merges = used.getMergedAreasOrNullObject();
      merges.load("address");
    }
    return { ws, used, bands, extra: [], merges };
  });
  const locate = commentList ? queueCommentLocations(commentList()) : null;
  await ctx.sync();
  progress(0.8);

  // Rare: data right of column IV, read in row chunks sized from the used range.
  let extra = false;
  for (const r of reads) {
    const right = r.used.columnIndex + r.used.columnCount - 1;
    if (right < BAND_COLS) continue;
    const left = Math.max(BAND_COLS, r.used.columnIndex);
    const rowsPerChunk = Math.max(1, Math.floor(EXTRA_CHUNK_CELLS / (right - left + 1)));
    const bottom = r.used.rowIndex + r.used.rowCount - 1;
    for (let top = r.used.rowIndex; top <= bottom; top += rowsPerChunk) {
      const range = r.ws.getRange(rangeToA1({ top, left, bottom: Math.min(bottom, top + rowsPerChunk - 1), right }));
      range.load(BLOCK_PROPS);
      r.extra.push(range);
      extra = true;
    }
  }
  if (extra) await ctx.sync();
  progress(1);

  const sheets: Sheet[] = reads.map((r) => {
    const blocks: LoadedBlock[] = [...r.bands.filter((b) => !b.isNullObject), ...r.extra].map(block);
    const merges: CellRange[] = r.merges && !r.merges.isNullObject ? parseAreaList(r.merges.address) : [];
    const used = { rowIndex: r.used.rowIndex, columnIndex: r.used.columnIndex, rowCount: r.used.rowCount, columnCount: r.used.columnCount };
    return sheetFromBlocks(r.ws.name, used, blocks, merges, r.ws.protection.protected);
  });
  return {
    workbook: { name: level.workbookName ? wb.name : "当前工作簿", sheets },
    sheetNames: reads.map((r) => r.ws.name),
    recordRaw: record.isNullObject ? null : typeof record.value === "string" ? record.value : JSON.stringify(record.value),
    comments: locate ? locate() : null,
  };
}

function block(r: XRange): LoadedBlock {
  return {
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    values: r.values,
    text: r.text,
    formulas: r.formulas,
    numberFormat: r.numberFormat,
  };
}
