/**
 * What the add-in keeps in a WPS workbook — the mark record, the pane's settings and ignored findings,
 * the reading corrections, a unit's templates — under the same keys as Excel's workbook settings, in a
 * very hidden sheet of its own (DATA_SHEET). WPS's PluginStorage stays on the computer and does not
 * travel with the file; custom document properties hold only 255 characters per text value in Excel's
 * file format, too little for the record. A very hidden sheet is saved in the .xlsx / .et file, is not
 * listed under 取消隐藏, and is skipped by every reader of the project (its name starts with
 * ADDIN_SHEET_PREFIX).
 *
 * Layout: one row per key — A the key, B the number of pieces, C… the value's text in pieces of at most
 * PIECE characters (a cell holds at most 32,767).
 */
import { ADDIN_SHEET_PREFIX } from "../core/grid";
import { XL_SHEET_VERY_HIDDEN, type WWorkbook, type WWorksheet } from "./et-api";

export const DATA_SHEET = `${ADDIN_SHEET_PREFIX}_设置`;
export const PIECE = 30000;

export class StoreRefused extends Error {}

export interface WorkbookStore {
  get(key: string): string | null;
  /** Writes (creating the very hidden sheet when needed); throws StoreRefused when it cannot be created. */
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function workbookStore(wb: WWorkbook, activeSheet: () => WWorksheet | null): WorkbookStore {
  const find = (): WWorksheet | null => {
    const n = wb.Worksheets.Count;
    for (let i = 1; i <= n; i++) {
      const ws = wb.Worksheets.Item(i);
      if (ws.Name === DATA_SHEET) return ws;
    }
    return null;
  };
  const rowOf = (ws: WWorksheet, key: string): { row: number; free: number } => {
    const used = ws.UsedRange;
    const last = used.Row + used.Rows.Count - 1;
    let free = 0;
    for (let r = 1; r <= last; r++) {
      const k = ws.Cells.Item(r, 1).Value2;
      if (k === key) return { row: r, free: 0 };
      if ((k === null || k === undefined || k === "") && free === 0) free = r;
    }
    return { row: 0, free: free || last + 1 };
  };
  const clearRow = (ws: WWorksheet, row: number): void => {
    const pieces = Number(ws.Cells.Item(row, 2).Value2) || 0;
    for (let c = 1; c <= pieces + 2; c++) ws.Cells.Item(row, c).Value2 = null;
  };
  const create = (): WWorksheet => {
    if (wb.ProtectStructure) throw new StoreRefused("structure");
    const before = activeSheet();
    // Assumption (WPS): Worksheets.Add(undefined, after) adds the sheet after `after` and activates it,
    // as in Excel VBA; the sheet the user was on is activated again.
    const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count));
    ws.Name = DATA_SHEET;
    // Assumption (WPS): Visible = xlSheetVeryHidden (2) hides the sheet from 取消隐藏, as in Excel.
    ws.Visible = XL_SHEET_VERY_HIDDEN;
    before?.Activate();
    return ws;
  };
  return {
    get(key) {
      const ws = find();
      if (!ws) return null;
      const { row } = rowOf(ws, key);
      if (!row) return null;
      const pieces = Number(ws.Cells.Item(row, 2).Value2) || 0;
      let text = "";
      for (let c = 0; c < pieces; c++) {
        const v = ws.Cells.Item(row, 3 + c).Value2;
        text += typeof v === "string" ? v : "";
      }
      return text;
    },
    set(key, value) {
      const ws = find() ?? create();
      const { row, free } = rowOf(ws, key);
      const r = row || free;
      if (row) clearRow(ws, row);
      const pieces = Math.max(1, Math.ceil(value.length / PIECE));
      // Assumption (WPS): a string written to Value2 that starts with an apostrophe is stored as that
      // text without the apostrophe, never read as a number, date or formula (as in Excel).
      ws.Cells.Item(r, 1).Value2 = `'${key}`;
      ws.Cells.Item(r, 2).Value2 = pieces;
      for (let c = 0; c < pieces; c++)
        ws.Cells.Item(r, 3 + c).Value2 = `'${value.slice(c * PIECE, (c + 1) * PIECE)}`;
    },
    delete(key) {
      const ws = find();
      if (!ws) return;
      const { row } = rowOf(ws, key);
      if (row) clearRow(ws, row);
    },
  };
}
