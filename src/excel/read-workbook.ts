/**
 * Reading every sheet into the core grid in two round trips, however large the table:
 *
 *   1  sheet names and protection, the workbook's name and protection, the mark record, the comment
 *      and note lists (ids and text);
 *   2  per sheet, the used range (values only) and its intersections with fixed bands of rows — all
 *      queued at once. Bands past the used range come back as null objects, so the number of requests
 *      never depends on the table, and no single range read exceeds BAND_ROWS × 256 cells. With them,
 *      where each comment and note sits, and how the cells on record look now (with the originals kept
 *      in hidden sheets): everything a mark right after the check needs (knowledge.ts).
 *
 * Only a sheet whose data reaches past column IV (256) costs a third round trip, sized from what 2
 * reported. The add-in's own hidden sheets are not checked.
 */
import { parseAreaList, splitSheetAddress } from "./a1";
import type { ApiLevel } from "./capabilities";
import { CellReads } from "./cell-reads";
import { cellKey, queueCommentList, queueCommentLocations } from "./comments";
import { isHiddenSheet, SHEET_LIST_PROPS } from "./hidden-sheet";
import { Knowledge, settingText } from "./knowledge";
import { MARKS_KEY } from "./marks-record";
import type { XNote, XRange, XRangeAreas, XRequestContext, XWorksheet } from "./office-api";
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
  known: Knowledge;
}

export interface SheetReads {
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
  const known = new Knowledge();
  wb.worksheets.load(SHEET_LIST_PROPS);
  if (level.workbookName) {
    wb.load("name");
    wb.protection.load("protected");
  }
  const record = wb.settings.getItemOrNullObject(MARKS_KEY);
  record.load("value");
  const revKeys = Knowledge.queueRevKeys(wb.settings);
  const commentList = level.comments ? queueCommentList(wb) : null;
  if (level.notes) wb.notes.load("items/content");
  await ctx.sync();
  progress(0.1);

  known.structureProtected = level.workbookName && wb.protection.protected;
  known.setRecord(record.isNullObject ? null : settingText(record.value));
  for (const k of revKeys()) known.revKeys.add(k);
  const userSheets: XWorksheet[] = [];
  for (const ws of wb.worksheets.items) {
    if (isHiddenSheet(ws)) known.hiddenSheets.add(ws.name);
    else userSheets.push(ws);
  }
  const reads: SheetReads[] = userSheets.map((ws) => queueSheetRead(ws, level));
  const locate = commentList ? queueCommentLocations(commentList()) : null;
  const notes = level.notes ? queueNoteLocations(wb.notes.items) : null;
  const names = new Set(userSheets.map((ws) => ws.name));
  const cells = new CellReads(wb, known, false);
  cells.queue(new Map(), known.record, (s) => names.has(s), (h) => known.hiddenSheets.has(h));
  await ctx.sync();
  progress(0.8);

  // Rare: data right of column IV, read in row chunks sized from the used range.
  let extra = false;
  for (const r of reads) if (queueExtraColumns(r)) extra = true;
  if (extra) await ctx.sync();
  progress(1);

  const sheets: Sheet[] = reads.map((r) => {
    const sheet = sheetOfRead(r, r.ws.name, r.ws.protection.protected);
    known.sheets.set(r.ws.name, { protected: r.ws.protection.protected, merges: sheet.merges });
    return sheet;
  });
  if (locate) known.comments = locate();
  if (notes) {
    for (const { note, where } of notes) {
      const at = splitSheetAddress(where.address);
      if (at) known.notes.set(cellKey(at.sheet, at.cell), note.content);
    }
    known.allNotes = true;
  }
  cells.collect();
  return { workbook: { name: level.workbookName ? wb.name : "当前工作簿", sheets }, known };
}

/**
 * Queue one sheet's read: the used range (values only) and its intersections with fixed bands of rows,
 * and its merged areas (ExcelApi 1.13). Bands past the used range come back as null objects.
 */
export function queueSheetRead(ws: XWorksheet, level: ApiLevel): SheetReads {
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
}

/** After the sheet's read ran: queue the data right of column IV (rare); true when something was queued. */
export function queueExtraColumns(r: SheetReads): boolean {
  const right = r.used.columnIndex + r.used.columnCount - 1;
  if (right < BAND_COLS) return false;
  const left = Math.max(BAND_COLS, r.used.columnIndex);
  const rowsPerChunk = Math.max(1, Math.floor(EXTRA_CHUNK_CELLS / (right - left + 1)));
  const bottom = r.used.rowIndex + r.used.rowCount - 1;
  for (let top = r.used.rowIndex; top <= bottom; top += rowsPerChunk) {
    const range = r.ws.getRange(rangeToA1({ top, left, bottom: Math.min(bottom, top + rowsPerChunk - 1), right }));
    range.load(BLOCK_PROPS);
    r.extra.push(range);
  }
  return true;
}

/** The grid of a sheet whose read (and extra columns) ran. */
export function sheetOfRead(r: SheetReads, name: string, isProtected: boolean): Sheet {
  const blocks: LoadedBlock[] = [...r.bands.filter((b) => !b.isNullObject), ...r.extra].map(block);
  const merges: CellRange[] = r.merges && !r.merges.isNullObject ? parseAreaList(r.merges.address) : [];
  const used = { rowIndex: r.used.rowIndex, columnIndex: r.used.columnIndex, rowCount: r.used.rowCount, columnCount: r.used.columnCount };
  return sheetFromBlocks(name, used, blocks, merges, isProtected);
}

/** Where each note sits: read with the sheets' bands, in the same round trip. */
function queueNoteLocations(items: readonly XNote[]): { note: XNote; where: XRange }[] {
  return items.map((note) => {
    const where = note.getLocation();
    where.load("address");
    return { note, where };
  });
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
