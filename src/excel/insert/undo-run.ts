/**
 * 撤销插入: puts back exactly what the last insertion changed — values before it, the merged areas it
 * split, no inserted rows, no created sheet — in two round trips (three after a reopen, when the record
 * was not known in advance):
 *
 *   1  the record; with the record known (this pane wrote or read it), already the cells it names as they
 *      are now, the inserted rows and the merged areas, the mark record;
 *  (1b the same reads, when the record was not known or has changed)
 *   2  merged areas the insertion made split, its rows deleted (the mark record moved back), values put
 *      back, merged areas it split made again, the record removed.
 *
 * Only what still shows the insertion is undone: a cell the user changed since, content typed into an
 * inserted row or a created sheet, a merged area changed — then nothing is written and the message says
 * where. If nothing of the insertion is left (Ctrl+Z), the record is simply removed.
 */
import { rangeToA1, toA1, type CellRange, type CellValue } from "../../core/grid";
import { parseAreaList } from "../../host/a1";
import type { ApiLevel } from "../capabilities";
import type { Outcome, UndoSummary } from "../../host/gateway";
import { settingText } from "../knowledge";
import { MSG } from "../messages";
import type { XRange, XRangeAreas, XRequestContext, XWorksheet } from "../office-api";
import type { Session } from "../session";
import { boundingBox, LoadedBox, rowsAddress, sameValue, writeCells } from "./cells-io";
import {
  compareRecorded,
  decodeInsertRecord,
  INSERT_KEY,
  type InsertRecord,
} from "../../host/insert/insert-record";
import { markedSheets, queueMarksRead, queueMarksShift, type MarksRead } from "./marks-io";

const fail = (message: string): Outcome<never> => ({ ok: false, message });
const sameRange = (a: CellRange, b: CellRange) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
const shown = (v: CellValue): string => (v === null ? "" : String(v));

interface Reads {
  record: InsertRecord;
  ws: XWorksheet;
  /** The recorded cells of rows that were there before. */
  kept: LoadedBox | null;
  /** Everything in the inserted rows, or on the created sheet (values only). */
  whole: XRange | null;
  merges: XRangeAreas | null;
  marks: MarksRead;
}

/** Queue what deciding needs: the cells, the inserted rows or created sheet, merged areas, mark record. */
function queueReads(ctx: XRequestContext, level: ApiLevel, record: InsertRecord): Reads {
  const ws = ctx.workbook.worksheets.getItem(record.sheet);
  ws.protection.load("protected");
  const kept = record.created
    ? null
    : LoadedBox.queue(
        ws,
        boundingBox(record.cells.filter((c) => !c.ins).map((c) => ({ row: c.r, col: c.c }))),
      );
  let whole: XRange | null = null;
  if (record.created) whole = ws.getUsedRange(true);
  else if (record.insertRows)
    whole = ws
      .getUsedRange(true)
      .getIntersectionOrNullObject(rowsAddress(record.insertRows.at, record.insertRows.count));
  whole?.load("values,rowIndex,columnIndex");
  let merges: XRangeAreas | null = null;
  const zone = boundingBox(
    record.merged.flatMap((m) => [
      { row: m.top, col: m.left },
      { row: m.bottom, col: m.right },
    ]),
  );
  if (zone && level.mergedAreas) {
    merges = ws.getRange(rangeToA1(zone)).getMergedAreasOrNullObject();
    merges.load("address");
  }
  return { record, ws, kept, whole, merges, marks: queueMarksRead(ctx) };
}

export async function runUndo(
  ctx: XRequestContext,
  level: ApiLevel,
  session: Session,
): Promise<Outcome<UndoSummary>> {
  session.afterCheck = null;
  const wb = ctx.workbook;
  const cachedRaw = session.insertRecordRaw ?? null;
  const cached = cachedRaw === null ? null : decodeInsertRecord(cachedRaw);
  const item = wb.settings.getItemOrNullObject(INSERT_KEY);
  item.load("value");
  wb.worksheets.load("items/name");
  // The record as this pane last saw it: its reads go in the same round trip (if its sheet is gone,
  // that round trip fails, and the reads wait for the record).
  let reads = cached ? queueReads(ctx, level, cached) : null;
  try {
    await ctx.sync();
  } catch (err) {
    if (!reads) throw err;
    session.insertRecordRaw = undefined;
    return runUndo(ctx, level, session);
  }
  if (item.isNullObject) {
    session.insertRecordRaw = null;
    return fail(MSG.undoNothing);
  }
  const raw = settingText(item.value);
  const record = decodeInsertRecord(raw);
  if (!record) {
    wb.settings.getItem(INSERT_KEY).delete();
    await ctx.sync();
    session.insertRecordRaw = null;
    return fail(MSG.undoUnreadable);
  }
  if (!reads || raw !== cachedRaw) {
    if (!wb.worksheets.items.some((w) => w.name.toLowerCase() === record.sheet.toLowerCase()))
      return forget(ctx, session, MSG.undoGone);
    reads = queueReads(ctx, level, record);
    await ctx.sync();
  }
  return decideAndWrite(ctx, session, reads);
}

async function forget(
  ctx: XRequestContext,
  session: Session,
  message: string,
): Promise<Outcome<UndoSummary>> {
  ctx.workbook.settings.getItem(INSERT_KEY).delete();
  await ctx.sync();
  session.insertRecordRaw = null;
  return { ok: true, value: { summary: message, restored: 0 } };
}

async function decideAndWrite(
  ctx: XRequestContext,
  session: Session,
  r: Reads,
): Promise<Outcome<UndoSummary>> {
  const { record, ws } = r;
  if (ws.protection.protected) return fail(MSG.insertProtected(record.sheet));

  // What still shows the insertion, and what was changed since.
  const now = compareRecorded(record, (row, col) => r.kept!.value(row, col));
  const { conflicts, restore, inserted } = now;
  let ours = now.ours;
  // Inserted rows and a created sheet: every cell with content must be one the insertion wrote.
  const extra: string[] = [];
  const missing: { cell: string; now: string }[] = [];
  if (r.whole && !r.whole.isNullObject) {
    const seen = new Set<string>();
    r.whole.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const at = `${r.whole!.rowIndex + i},${r.whole!.columnIndex + j}`;
        const value: CellValue = v === "" || v === null || v === undefined ? null : (v as CellValue);
        if (value === null) return;
        seen.add(at);
        const want = inserted.get(at);
        if (want === undefined) extra.push(toA1(r.whole!.rowIndex + i, r.whole!.columnIndex + j));
        else if (sameValue(value, want)) ours++;
        else missing.push({ cell: toA1(r.whole!.rowIndex + i, r.whole!.columnIndex + j), now: shown(value) });
      }),
    );
    for (const [at, want] of inserted) {
      if (!seen.has(at) && want !== null) {
        const [row, col] = at.split(",").map(Number);
        missing.push({ cell: toA1(row, col), now: "" });
      }
    }
  } else if (inserted.size > 0) {
    for (const [at] of inserted) {
      const [row, col] = at.split(",").map(Number);
      missing.push({ cell: toA1(row, col), now: "" });
    }
  }

  // Nothing of it shows and every cell that was there before is as it was: undone already (Ctrl+Z).
  if (ours === 0 && conflicts.length === 0) return forget(ctx, session, MSG.undoGone);
  if (ours === 0) return fail(MSG.undoConflict(conflicts));
  if (record.created && extra.length > 0) return fail(MSG.undoSheetEdited(record.sheet, extra[0]));
  if (extra.length > 0) conflicts.push(...extra.map((cell) => ({ cell, now: "（插入后填写）" })));
  conflicts.push(...missing);
  if (conflicts.length > 0) return fail(MSG.undoConflict(conflicts));
  if (r.merges) {
    const now = r.merges.isNullObject ? [] : parseAreaList(r.merges.address);
    if (!record.merged.every((m) => now.some((n) => sameRange(n, m)))) return fail(MSG.undoMergesChanged);
  }

  // 2 Writes.
  const wb = ctx.workbook;
  if (record.created) {
    if (markedSheets(r.marks).has(record.sheet)) return fail(MSG.undoSheetMarked(record.sheet));
    ws.delete();
  } else {
    for (const m of record.merged) ws.getRange(rangeToA1(m)).unmerge();
    if (record.insertRows) {
      const { at, count } = record.insertRows;
      ws.getRange(rowsAddress(at, count)).delete("Up");
      queueMarksShift(ctx, r.marks, session, record.sheet, at, count, "remove");
      session.comments = null;
    }
    writeCells(ws, restore);
    for (const w of record.wrapped ?? [])
      ws.getRange(toA1(w.r, w.c)).setCellProperties([[{ format: { wrapText: false } }]]);
    for (const m of record.unmerged) ws.getRange(rangeToA1(m)).merge(false);
    const first =
      restore[0] ??
      (record.insertRows
        ? { row: Math.max(0, record.insertRows.at - 1), col: record.cells[0]?.c ?? 0 }
        : null);
    if (first) {
      ws.activate();
      ws.getRange(toA1(first.row, first.col)).select();
    }
  }
  wb.settings.getItem(INSERT_KEY).delete();
  await ctx.sync();
  session.insertRecordRaw = null;
  if (record.created) session.sheetNames?.delete(record.sheet);
  return {
    ok: true,
    value: { summary: `已撤销：${record.summary}`, restored: restore.length + inserted.size },
  };
}
