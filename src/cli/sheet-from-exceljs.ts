/**
 * One exceljs worksheet → the grid model: values, displayed text, formulas, error values, number
 * formats, merged areas, hidden rows and the protection flag. Linear in the number of cells.
 */
import type ExcelJS from "exceljs";
import type { Cell, CellRange, Sheet } from "../core/grid";
import { formatNumber, serialFromDate } from "./display-text";

/** What exceljs reads but does not declare in its types. */
interface WorksheetExtras {
  /** Merged areas (1-based, inclusive), keyed by master address, in file order. */
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
  /** The sheet's <sheetProtection>; `sheet` is true when the sheet is protected. */
  sheetProtection?: { sheet?: boolean } | null;
}

type RichText = { richText: { text?: string }[] };
type ErrorValue = { error: string };
/** exceljs's value of a formula cell; a shared formula's followers name their master's address. */
type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };

function isRichText(v: object): v is RichText {
  return Array.isArray((v as Partial<RichText>).richText);
}

function isErrorValue(v: object): v is ErrorValue {
  return typeof (v as Partial<ErrorValue>).error === "string";
}

function isFormulaValue(v: unknown): v is FormulaValue {
  if (v === null || typeof v !== "object") return false;
  const f = v as FormulaValue;
  return typeof f.formula === "string" || typeof f.sharedFormula === "string";
}

function joinRichText(v: RichText): string {
  let s = "";
  for (const run of v.richText) s += run.text ?? "";
  return s;
}

/**
 * A plain value (a cell's own, or a formula's cached result) as a grid cell. null when there is
 * nothing to show.
 */
function plainCell(v: unknown, numFmt: string | undefined, date1904: boolean): Cell | null {
  switch (typeof v) {
    case "number":
      return { value: v, text: formatNumber(v, numFmt, date1904) };
    case "string":
      return { value: v, text: v };
    case "boolean":
      return { value: v, text: v ? "TRUE" : "FALSE" };
    case "object": {
      if (v === null) return null;
      if (v instanceof Date) {
        const serial = serialFromDate(v, date1904);
        return { value: serial, text: formatNumber(serial, numFmt ?? "yyyy/m/d", date1904) };
      }
      if (isErrorValue(v)) return { value: v.error, text: v.error, error: v.error };
      if (isRichText(v)) {
        const s = joinRichText(v);
        return { value: s, text: s };
      }
      // A hyperlink: its text (plain, rich, or a formula's result) is the cell's content.
      if ("hyperlink" in v) return plainCell((v as { text?: unknown }).text, numFmt, date1904);
      return null;
    }
    default:
      return null;
  }
}

/** An exceljs cell as a grid cell; undefined for an empty cell or the covered part of a merged area. */
function gridCell(cell: ExcelJS.Cell, date1904: boolean): Cell | undefined {
  // Covered cells of a merged area report their master's value: only the master holds it.
  if (cell.master !== cell) return undefined;
  // A shared formula's text is its master's, moved to this cell by exceljs (undefined if the
  // master is missing from the file: the cached result is still read).
  return gridCellFromValue(cell.value, cell.numFmt || undefined, () => cell.formula, date1904);
}

/**
 * A cell's value as exceljs gives it (cell.value) → a grid cell; undefined for an empty cell. The
 * fast reader (fast-read.ts) builds the same values and comes through here too.
 */
export function gridCellFromValue(
  raw: unknown,
  numFmt: string | undefined,
  formulaOf: () => string | undefined,
  date1904: boolean,
): Cell | undefined {
  let out: Cell | null;
  if (isFormulaValue(raw)) {
    out = plainCell(raw.result, numFmt, date1904) ?? { value: null, text: "" };
    const formula = formulaOf();
    if (formula) out.formula = `=${formula}`;
  } else {
    out = plainCell(raw, numFmt, date1904);
    // An empty string is an empty cell, as in sheetFromValues (Excel keeps "" left behind by edits).
    if (out === null || out.value === "") return undefined;
  }
  if (numFmt) out.numberFormat = numFmt;
  return out;
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws as unknown as WorksheetExtras)._merges ?? {};
  const out: CellRange[] = [];
  for (const key of Object.keys(merges)) {
    const m = merges[key];
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet, date1904: boolean): Sheet {
  const grid: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  ws.eachRow((row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell((cell, colNumber) => {
      const c = colNumber - 1;
      const g = gridCell(cell, date1904);
      if (!g) return;
      (grid[r] ??= [])[c] = g;
      if (r < minRow) minRow = r;
      if (c < minCol) minCol = c;
    });
  });

  const sheet: Sheet = { name: ws.name, rows: [], originRow: 0, originCol: 0, merges: mergesOf(ws) };
  if (minRow !== Infinity) {
    sheet.originRow = minRow;
    sheet.originCol = minCol;
    const rows: (Cell | undefined)[][] = new Array(grid.length - minRow);
    for (let r = minRow; r < grid.length; r++) {
      const src = grid[r];
      rows[r - minRow] = src ? (minCol === 0 ? src : src.slice(minCol)) : [];
    }
    sheet.rows = rows;
  }
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if ((ws as unknown as WorksheetExtras).sheetProtection?.sheet) sheet.protected = true;
  return sheet;
}
