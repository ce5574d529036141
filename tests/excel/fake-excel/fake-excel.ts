/**
 * A small, honest fake of the Excel objects the adapter uses (src/excel/office-api.ts), with Excel's
 * batch semantics:
 *
 * - calls queue commands; `context.sync()` runs the queue in order against the workbook data, so a
 *   load queued before a write in the same batch sees the state before the write;
 * - a property is readable only after a load of it ran in a sync — otherwise PropertyNotLoaded is
 *   thrown, as office.js does; `isNullObject` likewise;
 * - the first failing command rejects the sync; commands before it stay applied, later ones are dropped;
 * - writes to a protected sheet fail with AccessDenied; adding, hiding or deleting a sheet fails the same
 *   way under workbook structure protection; a VeryHidden sheet cannot be deleted (InvalidOperation,
 *   office-js #365), nor can the last visible one be hidden or deleted;
 * - copyFrom "Formats" copies fill, font colour, style, number format and merged areas, never values or notes;
 * - Range.values writes convert as Excel does where that is certain (numeric text → number, a leading
 *   apostrophe → text); a string Excel would parse by locale (formula, date, percentage …) throws
 *   "not implemented" (cell-input.ts);
 * - whole rows insert and delete, moving cells, merged areas, notes and comments; merge keeps only the
 *   top-left value; merging or unmerging across part of a merged area throws "not implemented"
 *   (structure.ts);
 * - getCellProperties / setCellProperties also keep bold, italic, font name and size, alignment,
 *   wrapping and borders, with Excel's defaults when unset (cell-style.ts);
 * - the active cell is the top-left of the selection on the active sheet (A1 when none);
 * - notes are addressed by cell: getItem on a cell without one fails the batch with ItemNotFound;
 * - "No Fill" reads back as "#FFFFFF" with tintAndShade null, and getCellProperties reports pattern null
 *   for solid fills too (office-js #4900, #6218);
 * - RangeAreas addresses longer than 8,000 characters or with more than 500 areas fail, and so does a
 *   range read of more than 5,000,000 cells;
 * - optionally (`payloadLimit`), Excel on the web's limit on each request and response, in the rough
 *   characters the fake counts (batch.ts, PayloadLimit);
 * - any member the adapter does not use throws "not implemented".
 *
 * Stats count explicit sync() calls and round trips (a sync with queued commands, including the final
 * one Excel.run makes itself when commands are left pending).
 *
 * Files: workbook-data.ts (the workbook as plain data: build it, inspect it), batch.ts (queue, sync,
 * loads, errors), workbook.ts (workbook, sheets, protection, settings), ranges.ts, notes-comments.ts,
 * cell-input.ts, cell-style.ts, structure.ts, snapshot.ts (a whole workbook for exact comparisons).
 */
import type { ExcelRun } from "../../../src/excel/office-api";
import { Ctx, type FakeStats, type PayloadLimit } from "./batch";
import { contextApi } from "./workbook";
import type { FakeWorkbookData } from "./workbook-data";

export { FakeExcelError, type FakeStats, type PayloadLimit } from "./batch";

export class FakeExcel {
  stats: FakeStats = FakeExcel.freshStats();
  /** Excel on the web's payload limit, scaled down (null: desktop Excel, no limit). */
  payloadLimit: PayloadLimit | null = null;

  constructor(readonly data: FakeWorkbookData) {}

  static freshStats(): FakeStats {
    return {
      runs: 0,
      syncCalls: 0,
      roundTrips: 0,
      runOptions: [],
      commands: 0,
      maxRangeCells: 0,
      responseChars: [],
      requestChars: [],
      payloadErrors: 0,
    };
  }

  resetStats(): void {
    this.stats = FakeExcel.freshStats();
  }

  /** Excel.run: the batch, then the final sync office.js makes for anything left queued. */
  run: ExcelRun = async (options, batch) => {
    this.stats.runs++;
    this.stats.runOptions.push(options);
    const ctx = new Ctx(this.data, this.stats, this.payloadLimit);
    const result = await batch(contextApi(ctx));
    await ctx.flush();
    return result;
  };
}
