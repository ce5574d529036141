/** Reading and writing the cells an insertion touches, a rectangle at a time. */
import { rangeToA1, type CellRange, type CellValue } from "../../core/grid";
import type { XRange, XSettableCellProperties, XCellProperties, XWorksheet } from "../office-api";
import { fillFromProperties } from "../reading/cell-probe";
import { cellInput } from "../../host/insert/cell-input";

/** The smallest rectangle holding every cell (null for none). */
export function boundingBox(cells: Iterable<{ row: number; col: number }>): CellRange | null {
  let box: CellRange | null = null;
  for (const { row, col } of cells) {
    if (!box) box = { top: row, left: col, bottom: row, right: col };
    else {
      box.top = Math.min(box.top, row);
      box.left = Math.min(box.left, col);
      box.bottom = Math.max(box.bottom, row);
      box.right = Math.max(box.right, col);
    }
  }
  return box;
}

/** A loaded rectangle's cells: the raw value, and the content as text (a formula's text when it has one). */
export class LoadedBox {
  constructor(
    readonly box: CellRange,
    private readonly range: XRange,
  ) {}

  static queue(ws: XWorksheet, box: CellRange | null): LoadedBox | null {
    if (!box) return null;
    const range = ws.getRange(rangeToA1(box));
    range.load("values,formulas");
    return new LoadedBox(box, range);
  }

  inside(row: number, col: number): boolean {
    const b = this.box;
    return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
  }

  /** null when empty. */
  value(row: number, col: number): CellValue {
    const v = this.range.values[row - this.box.top]?.[col - this.box.left];
    if (v === "" || v === null || v === undefined) return null;
    return typeof v === "number" || typeof v === "boolean" ? v : String(v);
  }

  /** What the cell holds, as the plans compare it (blocks.ts ownValue). */
  text(row: number, col: number): string {
    const f = this.range.formulas[row - this.box.top]?.[col - this.box.left];
    if (typeof f === "string" && f.startsWith("=")) return f;
    const v = this.value(row, col);
    return v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
  }
}

/** Same content (shared with undo's decision, src/host/insert/insert-record.ts). */
export { sameValue } from "../../host/insert/insert-record";

/** Queue the writes, a run of neighbouring cells in a row at a time. */
export function writeCells(
  ws: XWorksheet,
  cells: readonly { row: number; col: number; value: CellValue }[],
): void {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].row === sorted[i].row &&
      sorted[j + 1].col === sorted[j].col + 1
    )
      j++;
    const run = sorted.slice(i, j + 1);
    ws.getRange(
      rangeToA1({ top: run[0].row, left: run[0].col, bottom: run[0].row, right: run[run.length - 1].col }),
    ).values = [run.map((c) => cellInput(c.value))];
    i = j + 1;
  }
}

/** What an inserted row copies of its neighbour's cells. */
export const COPY_PROPS = {
  format: {
    fill: { color: true, pattern: true, tintAndShade: true, patternColor: true },
    font: { color: true, bold: true, italic: true, name: true, size: true },
    borders: { color: true, style: true, weight: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

/**
 * Read properties → properties to set. "No Fill" reads as white with tintAndShade null: it is left out
 * (the caller clears the fill first) rather than written as a white fill.
 */
export function settableFrom(p: XCellProperties | undefined): XSettableCellProperties {
  const f = p?.format;
  const out: NonNullable<XSettableCellProperties["format"]> = {};
  const fill = fillFromProperties(p);
  if (!fill.none) {
    out.fill = { color: fill.color };
    if (fill.pattern) out.fill.pattern = fill.pattern;
    if (fill.tint !== null) out.fill.tintAndShade = fill.tint;
    if (fill.patternColor && fill.pattern && fill.pattern !== "Solid")
      out.fill.patternColor = fill.patternColor;
  }
  if (f?.font) {
    const font: NonNullable<typeof out.font> = {};
    if (f.font.color) font.color = f.font.color;
    if (typeof f.font.bold === "boolean") font.bold = f.font.bold;
    if (typeof f.font.italic === "boolean") font.italic = f.font.italic;
    if (f.font.name) font.name = f.font.name;
    if (typeof f.font.size === "number") font.size = f.font.size;
    out.font = font;
  }
  if (f?.borders) {
    out.borders = {};
    for (const edge of ["top", "bottom", "left", "right"] as const) {
      const b = f.borders[edge];
      if (b)
        out.borders[edge] = {
          ...(b.style ? { style: b.style } : {}),
          ...(b.color ? { color: b.color } : {}),
          ...(b.weight ? { weight: b.weight } : {}),
        };
    }
  }
  if (f?.horizontalAlignment) out.horizontalAlignment = f.horizontalAlignment;
  if (f?.verticalAlignment) out.verticalAlignment = f.verticalAlignment;
  if (typeof f?.wrapText === "boolean") out.wrapText = f.wrapText;
  return { format: out };
}

/** "5:7" for 0-based rows 4 … 6. */
export const rowsAddress = (at: number, count: number): string => `${at + 1}:${at + count}`;
