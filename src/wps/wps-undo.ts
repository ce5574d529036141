/**
 * 撤销插入 in WPS 表格: puts back exactly what the last insertion changed, from its record in the very
 * hidden sheet — values before (formulas are never replaced), the merged areas it split, no inserted rows (and with them
 * the formats they took), no created sheet, wrapping it turned on off again. WPS keeps no undo step for
 * an add-in's writes, so this is the user's only way back.
 *
 * Only what still shows the insertion is undone: a cell the user changed since, content typed into an
 * inserted row or a created sheet, a merged area changed — then nothing is written and the message says
 * where. If nothing of the insertion is left, the record is simply removed.
 */
import { toA1, type CellValue } from "../core/grid";
import type { LastInsertion, UndoSummary } from "../host/gateway";
import {
  compareRecorded,
  decodeInsertRecord,
  INSERT_KEY,
  type InsertRecord,
} from "../host/insert/insert-record";
import { XL_SHIFT_UP, type WApplication, type WWorkbook, type WWorksheet } from "./et-api";
import { WPS_MSG } from "./messages";
import {
  cellOf,
  mergesIn,
  rangeOf,
  rowsAddress,
  sameRange,
  sameValue,
  valueOf,
  writeValue,
} from "./wps-cells";
import { sheetNamed, shiftMarkRecord } from "./wps-insert";
import { readRecord } from "./wps-marks";
import type { WorkbookStore } from "./wps-store";

type Failed = { error: string };

const shown = (v: CellValue): string => (v === null ? "" : String(v));

/** The insertion 撤销插入 would undo, or null (a record that cannot be read counts as none). */
export function lastInsertion(store: WorkbookStore): LastInsertion | null {
  const raw = store.get(INSERT_KEY);
  const record = raw === null || raw === "" ? null : decodeInsertRecord(raw);
  return record ? { sheet: record.sheet, summary: record.summary } : null;
}

/** Every non-empty cell of `rows` (0-based, inclusive) of the sheet's used range, or of the whole sheet. */
function contentIn(ws: WWorksheet, rows: { top: number; bottom: number } | null): Map<string, CellValue> {
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const bottom = top + used.Rows.Count - 1;
  const right = left + used.Columns.Count - 1;
  const out = new Map<string, CellValue>();
  const from = Math.max(top, rows?.top ?? top);
  const to = Math.min(bottom, rows?.bottom ?? bottom);
  for (let r = from; r <= to; r++)
    for (let c = left; c <= right; c++) {
      const v = valueOf(cellOf(ws, r, c));
      if (v !== null) out.set(`${r},${c}`, v);
    }
  return out;
}

export function undoLast(app: WApplication, wb: WWorkbook, store: WorkbookStore): UndoSummary | Failed {
  const raw = store.get(INSERT_KEY);
  if (raw === null || raw === "") return { error: WPS_MSG.undoNothing };
  const record = decodeInsertRecord(raw);
  if (!record) {
    store.delete(INSERT_KEY);
    return { error: WPS_MSG.undoUnreadable };
  }
  const ws = sheetNamed(wb, record.sheet);
  if (!ws) return forget(store);
  if (ws.ProtectContents) return { error: WPS_MSG.insertProtected(record.sheet) };

  // What still shows the insertion, and what was changed since.
  const now = compareRecorded(record, (r, c) => valueOf(cellOf(ws, r, c)));
  const { conflicts, restore, inserted } = now;
  let ours = now.ours;
  // Inserted rows and a created sheet: every cell with content must be one the insertion wrote.
  const extra: string[] = [];
  const missing: { cell: string; now: string }[] = [];
  const ins = record.insertRows;
  if (record.created || ins) {
    const now = contentIn(ws, ins ? { top: ins.at, bottom: ins.at + ins.count - 1 } : null);
    for (const [at, value] of now) {
      const [row, col] = at.split(",").map(Number);
      const want = inserted.get(at);
      if (want === undefined) extra.push(toA1(row, col));
      else if (sameValue(value, want)) ours++;
      else missing.push({ cell: toA1(row, col), now: shown(value) });
    }
    for (const [at, want] of inserted) {
      if (now.has(at) || want === null) continue;
      const [row, col] = at.split(",").map(Number);
      missing.push({ cell: toA1(row, col), now: "" });
    }
  }

  // Nothing of it shows and every cell that was there before is as it was: undone already.
  if (ours === 0 && conflicts.length === 0) return forget(store);
  if (ours === 0) return { error: WPS_MSG.undoConflict(conflicts) };
  if (record.created && extra.length > 0) return { error: WPS_MSG.undoSheetEdited(record.sheet, extra[0]) };
  conflicts.push(...extra.map((cell) => ({ cell, now: "（插入后填写）" })), ...missing);
  if (conflicts.length > 0) return { error: WPS_MSG.undoConflict(conflicts) };
  for (const m of record.merged) {
    const now = mergesIn(ws, { ...m, bottom: m.top, right: m.left });
    if (!now.some((n) => sameRange(n, m))) return { error: WPS_MSG.undoMergesChanged };
  }

  if (record.created) return deleteCreated(app, store, ws, record);
  for (const m of record.merged) rangeOf(ws, m).UnMerge();
  if (ins) {
    // Assumption (WPS): Range("5:7").Delete(xlShiftUp) deletes whole rows, moving the rest up (VBA).
    ws.Range(rowsAddress(ins.at, ins.count)).Delete(XL_SHIFT_UP);
    shiftMarkRecord(store, ws.Name, ins.at, ins.count, "remove");
  }
  for (const c of restore) writeValue(cellOf(ws, c.row, c.col), c.value);
  for (const w of record.wrapped ?? []) cellOf(ws, w.r, w.c).WrapText = false;
  for (const m of record.unmerged) rangeOf(ws, m).Merge();
  const first = restore[0] ?? (ins ? { row: Math.max(0, ins.at - 1), col: record.cells[0]?.c ?? 0 } : null);
  if (first) {
    ws.Activate();
    cellOf(ws, first.row, first.col).Select();
  }
  store.delete(INSERT_KEY);
  return { summary: `已撤销：${record.summary}`, restored: restore.length + inserted.size };
}

function deleteCreated(
  app: WApplication,
  store: WorkbookStore,
  ws: WWorksheet,
  record: InsertRecord,
): UndoSummary | Failed {
  const { record: marks } = readRecord(store);
  if ((marks?.sheets.get(ws.Name)?.length ?? 0) > 0) return { error: WPS_MSG.undoSheetMarked(record.sheet) };
  // Assumption (WPS): Worksheet.Delete asks the user to confirm unless DisplayAlerts is false (as VBA).
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
  store.delete(INSERT_KEY);
  return { summary: `已撤销：${record.summary}`, restored: record.cells.length };
}

function forget(store: WorkbookStore): UndoSummary {
  store.delete(INSERT_KEY);
  return { summary: WPS_MSG.undoGone, restored: 0 };
}
