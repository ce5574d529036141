/**
 * The check's read when Excel refused the two-round-trip read for its size. Only Excel on the web does
 * that: it limits each request and each response (each context.sync) to about 5 MB, and a wide table's
 * indicator cells — hundreds of characters each, read as values, text and formulas — pass that at a few
 * hundred projects. Desktop Excel has no such limit and never gets here.
 *
 * Every attempt is a fresh Excel.run: whether a request context can go on after a failed sync is not
 * documented, so nothing of a failed batch is used again.
 *
 *   run 1   the same two round trips as the check, without the cells, notes and comments (sheets, used
 *           ranges, merged areas, record, and the look of the cells on record — those in round trips of
 *           a limited size, halved when refused). The mark after such a check reads notes and comments
 *           itself (apply-marks.ts);
 *   run 2…  the cells, a block of rows per round trip, in as few runs as the chunk size allows. A block
 *           refused for its size ends the run; the next run starts at that block with half as many rows.
 *           Only a block of MIN_CHUNK_ROWS rows that is still refused gives up (表格过大).
 *
 * A read changes nothing in the workbook, so a refused round trip costs only time.
 */
import type { ApiLevel } from "../capabilities";
import { isPayloadError } from "../messages";
import type { XRequestContext, XWorksheet } from "../office-api";
import {
  assembleWorkbook,
  BAND_ROWS,
  BLOCK_PROPS,
  EXTRA_CHUNK_CELLS,
  loadedBlock,
  readStructure,
  type Progress,
  type SheetShape,
  type WorkbookRead,
} from "./read-workbook";
import { rangeToA1 } from "../../core/grid";

/** An Excel.run of its own. */
export type FreshRun = <T>(batch: (ctx: XRequestContext) => Promise<T>) => Promise<T>;

/** The fewest rows a block is cut down to before the table counts as too large. */
export const MIN_CHUNK_ROWS = 64;

/**
 * Characters per round trip (request for writes, response for reads of cells' formats and notes) at the
 * first attempt after a refusal: about 1 MB of Chinese text at 3 bytes a character.
 */
export const FIRST_PIECE_BUDGET = 320_000;
/** Below this (5 halvings) the table counts as too large. */
export const MIN_PIECE_BUDGET = FIRST_PIECE_BUDGET / 32;

/** `attempt(budget)`, with the budget halved after each refusal for size, down to `min`. */
export async function halving<T>(
  first: number,
  min: number,
  attempt: (budget: number) => Promise<T>,
): Promise<T> {
  for (let budget = first; ; budget /= 2) {
    try {
      return await attempt(budget);
    } catch (err) {
      if (!isPayloadError(err) || budget <= min) throw err;
    }
  }
}

export async function readWorkbookInPieces(
  run: FreshRun,
  level: ApiLevel,
  progress: Progress,
): Promise<WorkbookRead> {
  // The failed attempt got as far as 0.1; the structure takes the next tenth, the cells the rest.
  const structure = await halving(FIRST_PIECE_BUDGET, MIN_PIECE_BUDGET, (budget) =>
    run((ctx) => readStructure(ctx, level, (f) => progress(0.1 + f * 0.1), budget)),
  );
  const total = structure.shapes.reduce((n, s) => n + s.used.rowCount, 0);
  let done = 0;
  await readRows(run, structure.shapes, firstChunkRows(structure.shapes), (sheet, block) => {
    structure.blocks[sheet].push(block);
    done += block.values.length;
    progress(0.2 + (0.8 * done) / Math.max(1, total));
  });
  progress(1);
  return assembleWorkbook(structure);
}

/**
 * The whole used range failed at once, so start at about half the largest sheet's rows (a power of two,
 * at most half a band): one refusal fewer than starting from a full band.
 */
export function firstChunkRows(shapes: readonly SheetShape[]): number {
  const most = Math.max(0, ...shapes.map((s) => s.used.rowCount));
  let rows = MIN_CHUNK_ROWS;
  while (rows * 2 < most && rows < BAND_ROWS / 2) rows *= 2;
  return rows;
}

/**
 * Every sheet's used range, top to bottom, `rows` rows per round trip (fewer for very wide sheets, so
 * no block passes EXTRA_CHUNK_CELLS cells). Each block read is handed to `got` right after its sync.
 */
export async function readRows(
  run: FreshRun,
  shapes: readonly SheetShape[],
  rows: number,
  got: (sheet: number, block: ReturnType<typeof loadedBlock>) => void,
): Promise<void> {
  let sheet = 0;
  let top = shapes[0]?.used.rowIndex ?? 0;
  let size = rows;
  while (sheet < shapes.length) {
    try {
      await run(async (ctx) => {
        const sheets = new Map<string, XWorksheet>();
        while (sheet < shapes.length) {
          const { name, used } = shapes[sheet];
          const last = used.rowIndex + used.rowCount - 1;
          if (top > last) {
            sheet++;
            top = shapes[sheet]?.used.rowIndex ?? 0;
            continue;
          }
          let ws = sheets.get(name);
          if (!ws) sheets.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
          const n = Math.max(
            1,
            Math.min(size, Math.floor(EXTRA_CHUNK_CELLS / Math.max(1, used.columnCount))),
          );
          const bottom = Math.min(last, top + n - 1);
          const range = ws.getRange(
            rangeToA1({
              top,
              left: used.columnIndex,
              bottom,
              right: used.columnIndex + used.columnCount - 1,
            }),
          );
          range.load(BLOCK_PROPS);
          await ctx.sync();
          got(sheet, loadedBlock(range));
          top = bottom + 1;
        }
      });
    } catch (err) {
      if (!isPayloadError(err) || size <= MIN_CHUNK_ROWS) throw err;
      size = Math.max(MIN_CHUNK_ROWS, Math.floor(size / 2));
    }
  }
}
