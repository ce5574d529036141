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
 * reported. The add-in's own hidden sheets are not checked. If Excel on the web refuses round trip 2
 * for its size, the gateway reads again in pieces (read-in-pieces.ts).
 */
import { parseAreaList, splitSheetAddress } from "../../host/a1";
import type { ApiLevel } from "../capabilities";
import { CellReads } from "./cell-reads";
import { cellKey, queueCommentList, queueCommentLocations } from "./comments";
import { SHEET_LIST_PROPS } from "../marks/hidden-sheet";
import { Knowledge, settingText } from "../knowledge";
import { MARKS_KEY } from "../../host/marks-record";
import type { XNote, XRange, XRangeAreas, XRequestContext, XWorksheet } from "../office-api";
import { sheetFromBlocks, type LoadedBlock } from "../../host/to-grid";
import { rangeToA1, type CellRange, type Sheet, type Workbook } from "../../core/grid";

export const BAND_ROWS = 8192;
/** Columns a band covers (A:IV). 8192 × 256 ≈ 2.1 M cells, under Excel's 5 M cells per range read. */
export const BAND_COLS = 256;
const BAND_LAST_COL = "IV";
const EXCEL_ROWS = 1_048_576;
/** Cells per extra range read for data right of column IV. */
export const EXTRA_CHUNK_CELLS = 1_000_000;
export const BLOCK_PROPS = "rowIndex,columnIndex,values,text,formulas,numberFormat";

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

export async function readWorkbook(
  ctx: XRequestContext,
  level: ApiLevel,
  progress: Progress,
): Promise<WorkbookRead> {
  return assembleWorkbook(await readStructure(ctx, level, progress, null));
}

/** A user's sheet as read before its cells: where its data lies, its merged areas. */
export interface SheetShape {
  name: string;
  protected: boolean;
  /** The user hid the sheet ("Hidden" or "VeryHidden"). */
  hidden?: true;
  used: UsedRange;
  merges: CellRange[];
}

export interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Everything a check reads; `blocks[i]`: the cells read of `shapes[i]` (filled in later when read in pieces). */
export interface WorkbookStructure {
  name: string;
  known: Knowledge;
  shapes: SheetShape[];
  blocks: LoadedBlock[][];
}

/**
 * Round trips 1 and 2 (and the rare third). With `pieces` (characters of response per round trip), for
 * a caller that reads the cells in pieces (read-in-pieces.ts): the sheets' cells, notes and comments
 * are left out (known.comments null, known.allNotes false); the used ranges, merged areas and cells on
 * record are read, the latter in round trips of about that size.
 */
export async function readStructure(
  ctx: XRequestContext,
  level: ApiLevel,
  progress: Progress,
  pieces: number | null,
): Promise<WorkbookStructure> {
  const cells = pieces === null;
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
  // Read in pieces, the notes and comments are left out: each list can pass Excel on the web's limit
  // on its own once many cells are marked. The mark after such a check reads what it needs itself.
  const listNotes = level.notes && cells;
  const commentList = level.comments && cells ? queueCommentList(wb) : null;
  if (listNotes) wb.notes.load("items/content");
  await ctx.sync();
  progress(0.1);

  known.structureProtected = level.workbookName && wb.protection.protected;
  known.setRecord(record.isNullObject ? null : settingText(record.value));
  for (const k of revKeys()) known.revKeys.add(k);
  const userSheets: XWorksheet[] = [];
  for (const ws of wb.worksheets.items) {
    if (!known.noteHiddenSheet(ws)) userSheets.push(ws);
  }
  const reads: SheetReads[] = userSheets.map((ws) => queueSheetRead(ws, level, cells));
  const locate = commentList ? queueCommentLocations(commentList()) : null;
  const notes = listNotes ? queueNoteLocations(wb.notes.items) : null;
  const names = new Set(userSheets.map((ws) => ws.name));
  const cellReads = new CellReads(wb, known, false);
  cellReads.queue(
    new Map(),
    known.record,
    (s) => names.has(s),
    (h) => known.hiddenSheets.has(h),
  );
  // Read in pieces, the cells on record go in round trips of their own size too.
  const budget = pieces ?? Infinity;
  cellReads.issue(budget);
  await ctx.sync();
  while (cellReads.hasWaiting) {
    cellReads.issue(budget);
    await ctx.sync();
  }
  progress(0.8);

  // Rare: data right of column IV, read in row chunks sized from the used range.
  let extra = false;
  if (cells) for (const r of reads) if (queueExtraColumns(r)) extra = true;
  if (extra) await ctx.sync();
  progress(1);

  const shapes: SheetShape[] = reads.map((r) => {
    const shape = shapeOfRead(r, r.ws.name, r.ws.protection.protected);
    if (r.ws.visibility !== "Visible") shape.hidden = true;
    known.sheets.set(shape.name, { protected: shape.protected, merges: shape.merges });
    return shape;
  });
  if (locate) known.comments = locate();
  if (notes) {
    for (const { note, where } of notes) {
      const at = splitSheetAddress(where.address);
      if (at) known.notes.set(cellKey(at.sheet, at.cell), note.content);
    }
    known.allNotes = true;
  }
  cellReads.collect();
  return {
    name: level.workbookName ? wb.name : "当前工作簿",
    known,
    shapes,
    blocks: reads.map(blocksOfRead),
  };
}

/** The workbook as the core sees it, from what was read. */
export function assembleWorkbook(s: WorkbookStructure): WorkbookRead {
  const sheets = s.shapes.map((shape, i) => {
    const sheet = sheetFromBlocks(shape.name, shape.used, s.blocks[i], shape.merges, shape.protected);
    if (shape.hidden) sheet.hidden = true;
    return sheet;
  });
  return { workbook: { name: s.name, sheets }, known: s.known };
}

/**
 * Queue one sheet's read: the used range (values only) and its intersections with fixed bands of rows,
 * and its merged areas (ExcelApi 1.13). Bands past the used range come back as null objects. With
 * `cells` false, no bands: the cells are read later, in pieces.
 */
export function queueSheetRead(ws: XWorksheet, level: ApiLevel, cells = true): SheetReads {
  const used = ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const bands: XRange[] = [];
  for (let top = 0; cells && top < EXCEL_ROWS; top += BAND_ROWS) {
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
    const range = r.ws.getRange(
      rangeToA1({ top, left, bottom: Math.min(bottom, top + rowsPerChunk - 1), right }),
    );
    range.load(BLOCK_PROPS);
    r.extra.push(range);
  }
  return true;
}

/** The grid of a sheet whose read (and extra columns) ran. */
export function sheetOfRead(r: SheetReads, name: string, isProtected: boolean): Sheet {
  const shape = shapeOfRead(r, name, isProtected);
  return sheetFromBlocks(name, shape.used, blocksOfRead(r), shape.merges, isProtected);
}

export function shapeOfRead(r: SheetReads, name: string, isProtected: boolean): SheetShape {
  const merges: CellRange[] = r.merges && !r.merges.isNullObject ? parseAreaList(r.merges.address) : [];
  const used = {
    rowIndex: r.used.rowIndex,
    columnIndex: r.used.columnIndex,
    rowCount: r.used.rowCount,
    columnCount: r.used.columnCount,
  };
  return { name, protected: isProtected, used, merges };
}

function blocksOfRead(r: SheetReads): LoadedBlock[] {
  return [...r.bands.filter((b) => !b.isNullObject), ...r.extra].map(loadedBlock);
}

/** Where each note sits: read with the sheets' bands, in the same round trip. */
function queueNoteLocations(items: readonly XNote[]): { note: XNote; where: XRange }[] {
  return items.map((note) => {
    const where = note.getLocation();
    where.load("address");
    return { note, where };
  });
}

/** What a range loaded with BLOCK_PROPS holds. */
export function loadedBlock(r: XRange): LoadedBlock {
  return {
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    values: r.values,
    text: r.text,
    formulas: r.formulas,
    numberFormat: r.numberFormat,
  };
}
