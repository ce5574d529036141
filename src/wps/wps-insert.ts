/**
 * Writing an insertion plan (src/host/insert) in WPS 表格, with the same refusals as Excel's adapter: a
 * protected sheet, a table changed since it was read, merged areas changed, or cells with content that
 * would be replaced while the user has not confirmed — then nothing is written.
 *
 * WPS keeps no undo step for an add-in's writes, so 撤销插入 (wps-undo.ts) is the only way back: the record
 * of what this insertion changes (values before — formulas are never replaced —, rows inserted, merged areas split and made,
 * wrapping turned on, or the sheet created) is saved in the workbook's very hidden sheet (wps-store.ts)
 * *before* anything is written — if WPS fails half-way, undo still finds what was written and puts back
 * exactly that. Marks of a check move with inserted rows (their record names cells by address).
 */
import { rangeToA1, toA1, type CellRange, type CellValue } from "../core/grid";
import type { InsertSummary } from "../host/gateway";
import {
  encodeInsertRecord,
  INSERT_KEY,
  newSheetRecord,
  placedRecord,
  swallowedCells,
} from "../host/insert/insert-record";
import { shiftMarks } from "../host/insert/marks-shift";
import type { InsertionPlan, NewSheetLayout } from "../host/insert/types";
import { encodeRecord, MARKS_KEY, newRev } from "../host/marks-record";
import { hexToBgr } from "./colour";
import {
  XL_CENTER,
  XL_CONTINUOUS,
  XL_EDGES,
  XL_SHIFT_DOWN,
  XL_THIN,
  type WWorkbook,
  type WWorksheet,
} from "./et-api";
import { WPS_MSG } from "./messages";
import {
  cellOf,
  columnOf,
  formulaOf,
  mergesIn,
  rangeOf,
  readFormat,
  rowsAddress,
  sameRange,
  sameValue,
  textOf,
  valueOf,
  writeFormat,
  writeValue,
} from "./wps-cells";
import { readRecord } from "./wps-marks";
import type { WorkbookStore } from "./wps-store";

type Failed = { error: string };

const overlaps = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The sheet named `name` (case ignored, as WPS compares sheet names), or null. */
export function sheetNamed(wb: WWorkbook, name: string): WWorksheet | null {
  const lower = name.toLowerCase();
  for (let i = 1; i <= wb.Worksheets.Count; i++) {
    const ws = wb.Worksheets.Item(i);
    if (ws.Name.toLowerCase() === lower) return ws;
  }
  return null;
}

/** Move the mark record's cells on `sheet` for rows inserted or removed (nothing on record: nothing). */
export function shiftMarkRecord(
  store: WorkbookStore,
  sheet: string,
  at: number,
  count: number,
  how: "insert" | "remove",
): void {
  const { record } = readRecord(store);
  if (!record) return;
  const shifted = shiftMarks(record, sheet, at, count, how);
  if (shifted) store.set(MARKS_KEY, encodeRecord({ ...shifted, rev: newRev() }));
}

export function insertPlan(
  wb: WWorkbook,
  store: WorkbookStore,
  plan: InsertionPlan,
  confirmed: boolean,
): InsertSummary | Failed {
  if (plan.kind === "sheet") return insertSheet(wb, store, plan);
  const ws = sheetNamed(wb, plan.sheet);
  if (!ws) return { error: WPS_MSG.insertSheetMissing(plan.sheet) };
  if (ws.ProtectContents) return { error: WPS_MSG.insertProtected(plan.sheet) };
  const at = plan.insertRows?.at ?? Infinity;

  for (const e of plan.expect) {
    const t = textOf(cellOf(ws, e.row, e.col));
    if (t !== e.text) return { error: WPS_MSG.insertChanged(toA1(e.row, e.col), t) };
  }
  // Merged areas where the plan splits or makes them (above any inserted row) are as it saw them.
  const planned = plan.unmerge.filter((m) => m.top < at);
  const made = plan.merge
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, at - 1) }))
    .filter((m) => m.top <= m.bottom);
  for (const m of planned) {
    const now = mergesIn(ws, { ...m, bottom: m.top, right: m.left });
    if (!now.some((n) => sameRange(n, m))) return { error: WPS_MSG.insertMergesChanged };
  }
  for (const zone of made)
    for (const c of mergesIn(ws, zone))
      if (overlaps(zone, c) && !planned.some((p) => sameRange(p, c)))
        return { error: WPS_MSG.insertMergesChanged };

  // Every cell with content that would be replaced must be on the list the user confirmed.
  const listed = new Set(plan.overwrites.map((o) => o.cell));
  const before = new Map<string, CellValue>();
  for (const w of plan.writes) {
    if (w.row >= at) continue;
    const cell = cellOf(ws, w.row, w.col);
    const was = valueOf(cell);
    // A formula is never replaced (the plans refuse such cells): a cell that holds one now changed.
    if (formulaOf(cell) !== null) return { error: WPS_MSG.insertChanged(toA1(w.row, w.col), textOf(cell)) };
    if (was !== null && !sameValue(was, w.value) && !listed.has(toA1(w.row, w.col)))
      return { error: WPS_MSG.insertUnlisted(toA1(w.row, w.col)) };
    before.set(toA1(w.row, w.col), was);
  }
  // A merged area the plan makes keeps only its first cell: the others must still be empty (or listed).
  for (const { row, col } of swallowedCells(plan))
    if (valueOf(cellOf(ws, row, col)) !== null && !listed.has(toA1(row, col)))
      return { error: WPS_MSG.insertUnlisted(toA1(row, col)) };
  if (plan.overwrites.length > 0 && !confirmed)
    return { error: WPS_MSG.insertNeedsConfirmation(plan.overwrites.map((o) => o.cell)) };

  const wrapOn = plan.wrap.filter((w) => cellOf(ws, w.row, w.col).WrapText === false);
  const record = placedRecord(plan, ws.Name, (r, c) => before.get(toA1(r, c)) ?? null, wrapOn);
  // The record first (see above); it also makes sure the very hidden sheet can be written.
  store.set(INSERT_KEY, encodeInsertRecord(record));

  const from = plan.formatFrom;
  if (plan.insertRows) {
    const { at: first, count } = plan.insertRows;
    const formats = from
      ? Array.from({ length: from.right - from.left + 1 }, (_, i) =>
          readFormat(cellOf(ws, from.row, from.left + i)),
        )
      : [];
    shiftMarkRecord(store, ws.Name, first, count, "insert");
    // Assumption (WPS): Range("5:7").Insert(xlShiftDown) inserts whole rows 5–7, moving the cells, merged
    // areas and 批注 below down (as VBA); the new rows' formats are then set from the plan's row.
    ws.Range(rowsAddress(first, count)).Insert(XL_SHIFT_DOWN);
    if (from)
      for (let r = first; r < first + count; r++)
        formats.forEach((f, i) => writeFormat(cellOf(ws, r, from.left + i), f));
  }
  // Assumption (WPS): UnMerge / Merge on a range act as VBA's (Merge keeps the top-left value).
  for (const m of plan.unmerge) rangeOf(ws, m).UnMerge();
  for (const w of plan.writes) writeValue(cellOf(ws, w.row, w.col), w.value);
  for (const w of wrapOn) cellOf(ws, w.row, w.col).WrapText = true;
  for (const m of plan.merge) rangeOf(ws, m).Merge();
  ws.Activate();
  ws.Range(rangeToA1(plan.select)).Select();
  return {
    sheet: record.sheet,
    summary: plan.summary,
    cells: plan.writes.length,
    insertedRows: plan.insertRows?.count ?? 0,
  };
}

function insertSheet(wb: WWorkbook, store: WorkbookStore, plan: InsertionPlan): InsertSummary | Failed {
  if (wb.ProtectStructure) return { error: WPS_MSG.insertStructureProtected };
  const layout = plan.newSheet!;
  const names: string[] = [];
  for (let i = 1; i <= wb.Worksheets.Count; i++) names.push(wb.Worksheets.Item(i).Name);
  const { name, summary, record } = newSheetRecord(plan, names);
  store.set(INSERT_KEY, encodeInsertRecord(record));
  // After the last sheet; it becomes the active sheet (Worksheets.Add: see wps-store.ts).
  const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count));
  ws.Name = name;
  writeNewSheet(ws, layout, plan.merge);
  ws.Activate();
  ws.Range(rangeToA1(plan.select)).Select();
  return { sheet: name, summary, cells: record.cells.length, insertedRows: 0 };
}

/** The header's light fill, as Excel's adapter gives it. */
const HEADER_FILL = "#DDEBF7";

/** A new declaration sheet: a merged bold title, a bold header on a light fill, thin borders, widths. */
function writeNewSheet(ws: WWorksheet, layout: NewSheetLayout, merges: readonly CellRange[]): void {
  const width = Math.max(...layout.rows.map((r) => r.length));
  const wrap = new Set(layout.wrap);
  layout.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = cellOf(ws, r, c);
      const v = row[c] ?? null;
      if (v !== null) writeValue(cell, v);
      if (r === layout.titleRow) {
        cell.Font.Bold = true;
        cell.Font.Size = 14;
        cell.HorizontalAlignment = XL_CENTER;
        cell.VerticalAlignment = XL_CENTER;
        continue;
      }
      for (const e of [XL_EDGES.top, XL_EDGES.bottom, XL_EDGES.left, XL_EDGES.right]) {
        const b = cell.Borders.Item(e);
        b.LineStyle = XL_CONTINUOUS;
        b.Weight = XL_THIN;
        b.Color = 0;
      }
      if (r === layout.headerRow) {
        cell.Font.Bold = true;
        cell.Interior.Color = hexToBgr(HEADER_FILL);
        cell.HorizontalAlignment = XL_CENTER;
        cell.VerticalAlignment = XL_CENTER;
        cell.WrapText = true;
      } else {
        cell.VerticalAlignment = XL_CENTER;
        if (wrap.has(c)) cell.WrapText = true;
      }
    }
  });
  for (const m of merges) rangeOf(ws, m).Merge();
  // Assumption (WPS): ColumnWidth counts characters of the default font, as VBA.
  layout.widths.forEach((w, c) => (columnOf(ws, c).ColumnWidth = w));
}
