/**
 * The mark record around a row insert or delete: read in the first round trip, moved (with the rows of
 * its very hidden sheet) in the second, under a new revision — see marks-shift.ts and write-marks.ts.
 */
import { Knowledge, settingText } from "../knowledge";
import { decodeRecord, encodeRecord, MARKS_KEY, newRev, revKey } from "../../host/marks-record";
import type { XRequestContext } from "../office-api";
import type { Session } from "../session";
import { rowsAddress } from "./cells-io";
import { shiftMarks } from "../../host/insert/marks-shift";

export interface MarksRead {
  raw: () => string | null;
  revKeys: () => string[];
}

export function queueMarksRead(ctx: XRequestContext): MarksRead {
  const item = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
  item.load("value");
  const revKeys = Knowledge.queueRevKeys(ctx.workbook.settings);
  return { raw: () => (item.isNullObject ? null : settingText(item.value)), revKeys };
}

/** Sheets the record names (marked cells on them). */
export function markedSheets(read: MarksRead): Set<string> {
  const raw = read.raw();
  const record = raw === null ? null : decodeRecord(raw);
  return new Set(record ? [...record.sheets].filter(([, cells]) => cells.length > 0).map(([s]) => s) : []);
}

/** Queue the record's move for rows inserted or removed on `sheet`; the session learns the new text. */
export function queueMarksShift(
  ctx: XRequestContext,
  read: MarksRead,
  session: Session,
  sheet: string,
  at: number,
  count: number,
  how: "insert" | "remove",
): void {
  const raw = read.raw();
  const record = raw === null ? null : decodeRecord(raw);
  if (!record) return;
  const shifted = shiftMarks(record, sheet, at, count, how);
  if (!shifted) return;
  const wb = ctx.workbook;
  const hidden = record.hidden.get(sheet);
  if (hidden !== undefined) {
    const rows = wb.worksheets.getItem(hidden).getRange(rowsAddress(at, count));
    if (how === "insert") rows.insert("Down");
    else rows.delete("Up");
  }
  for (const k of read.revKeys()) wb.settings.getItem(k).delete();
  shifted.rev = newRev();
  const text = encodeRecord(shifted);
  wb.settings.add(MARKS_KEY, text);
  wb.settings.add(revKey(shifted.rev), "1");
  session.recordRaw = text;
}
