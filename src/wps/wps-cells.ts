/**
 * One cell at a time in WPS 表格, for insertion and its undo: what a cell holds (value, formula, the text
 * the plans compare), writing a value as Excel's adapter does (cell-input.ts), merged areas, and the
 * formats an inserted row copies from its neighbour. Rows and columns here are 0-based, as in the plans;
 * WPS's Cells.Item is 1-based.
 */
import { columnLetters, rangeToA1, type CellRange, type CellValue } from "../core/grid";
import { cellInput } from "../host/insert/cell-input";
import { bgrToHex } from "./colour";
import { XL_EDGES, XL_LINE_NONE, type WRange, type WWorksheet } from "./et-api";
import { readLook, writeFill } from "./wps-marks";

export const cellOf = (ws: WWorksheet, row: number, col: number): WRange => ws.Cells.Item(row + 1, col + 1);

/**
 * The cell's value; null when empty. Assumption (WPS): Value2 of one cell is a scalar, undefined or ""
 * when empty (as VBA's Empty), numbers for dates (as Excel).
 */
export function valueOf(cell: WRange): CellValue {
  const v = cell.Value2;
  if (v === "" || v === null || v === undefined) return null;
  return typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

/** The cell's formula ("=…"), or null. Assumption (WPS): Formula of a constant is its text, not "=". */
export function formulaOf(cell: WRange): string | null {
  const f = cell.Formula;
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

/** What the cell holds, as the plans compare it (blocks.ts ownValue): a formula's text when it has one. */
export function textOf(cell: WRange): string {
  const f = formulaOf(cell);
  if (f !== null) return f;
  const v = valueOf(cell);
  return v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

/** Same content (shared with undo's decision, src/host/insert/insert-record.ts). */
export { sameValue } from "../host/insert/insert-record";

/**
 * Write a value. Assumption (WPS): Value2 = "" empties the cell, and a string with a leading apostrophe
 * is kept as that text (as Excel VBA) — cellInput adds one where WPS could read the text as a number,
 * date, percentage or formula.
 */
export function writeValue(cell: WRange, value: CellValue): void {
  cell.Value2 = cellInput(value);
}

/** The merged area around the cell (the cell alone when it is not merged). */
export function mergeAreaOf(cell: WRange): CellRange {
  const a = cell.MergeArea;
  const top = a.Row - 1;
  const left = a.Column - 1;
  return { top, left, bottom: top + a.Rows.Count - 1, right: left + a.Columns.Count - 1 };
}

export const sameRange = (a: CellRange, b: CellRange): boolean =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** The merged areas that touch `zone`, each once (asked cell by cell: WPS has no list of them). */
export function mergesIn(ws: WWorksheet, zone: CellRange): CellRange[] {
  const out: CellRange[] = [];
  for (let r = zone.top; r <= zone.bottom; r++)
    for (let c = zone.left; c <= zone.right; c++) {
      if (out.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right)) continue;
      const cell = cellOf(ws, r, c);
      if (cell.MergeCells === true) out.push(mergeAreaOf(cell));
    }
  return out;
}

/** "5:7" for 0-based rows 4 … 6. */
export const rowsAddress = (at: number, count: number): string => `${at + 1}:${at + count}`;

export const rangeOf = (ws: WWorksheet, area: CellRange): WRange => ws.Range(rangeToA1(area));

export const columnOf = (ws: WWorksheet, col: number): WRange => {
  const c = columnLetters(col);
  return ws.Range(`${c}:${c}`);
};

const EDGES = ["left", "top", "bottom", "right"] as const;

/** A cell's formats that an inserted row copies (as COPY_PROPS of Excel's adapter, plus the number format). */
export interface CopiedFormat {
  fill: ReturnType<typeof readLook>["fill"];
  font: { color: unknown; bold: unknown; italic: unknown; name: unknown; size: unknown };
  borders: { edge: number; style: unknown; weight: unknown; color: unknown }[];
  h: unknown;
  v: unknown;
  wrap: unknown;
  numberFormat: unknown;
}

export function readFormat(cell: WRange): CopiedFormat {
  const font = cell.Font;
  const borders = cell.Borders;
  return {
    fill: readLook(cell).fill,
    font: { color: font.Color, bold: font.Bold, italic: font.Italic, name: font.Name, size: font.Size },
    borders: EDGES.map((e) => {
      const b = borders.Item(XL_EDGES[e]);
      return { edge: XL_EDGES[e], style: b.LineStyle, weight: b.Weight, color: b.Color };
    }),
    h: cell.HorizontalAlignment,
    v: cell.VerticalAlignment,
    wrap: cell.WrapText,
    numberFormat: cell.NumberFormat,
  };
}

/**
 * Give the cell the copied formats. A gradient fill (Pattern 4000/4001) cannot be written and is left
 * out, as marks leave it; what WPS reads as "mixed" (null) is left out too.
 */
export function writeFormat(cell: WRange, f: CopiedFormat): void {
  const fill = f.fill;
  if (!fill.none && fill.pattern !== "4000" && fill.pattern !== "4001") writeFill(cell, fill);
  const font = cell.Font;
  if (bgrToHex(f.font.color) !== null) font.Color = f.font.color;
  if (typeof f.font.bold === "boolean") font.Bold = f.font.bold;
  if (typeof f.font.italic === "boolean") font.Italic = f.font.italic;
  if (typeof f.font.name === "string" && f.font.name !== "") font.Name = f.font.name;
  if (typeof f.font.size === "number") font.Size = f.font.size;
  const borders = cell.Borders;
  for (const b of f.borders) {
    if (typeof b.style !== "number" || b.style === XL_LINE_NONE) continue;
    const edge = borders.Item(b.edge);
    edge.LineStyle = b.style;
    if (typeof b.weight === "number") edge.Weight = b.weight;
    if (bgrToHex(b.color) !== null) edge.Color = b.color;
  }
  if (typeof f.h === "number") cell.HorizontalAlignment = f.h;
  if (typeof f.v === "number") cell.VerticalAlignment = f.v;
  if (typeof f.wrap === "boolean") cell.WrapText = f.wrap;
  if (typeof f.numberFormat === "string") cell.NumberFormat = f.numberFormat;
}
