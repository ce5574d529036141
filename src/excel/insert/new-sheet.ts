/**
 * A new declaration sheet's cells and looks: a merged, bold title; a bold header on a light fill; thin
 * borders round every cell of the table; long texts wrapped; columns wide enough to read.
 */
import { columnLetters, rangeToA1, type CellRange } from "../../core/grid";
import type { XSettableCellProperties, XWorksheet } from "../office-api";
import { cellInput } from "../../host/insert/cell-input";
import type { NewSheetLayout } from "../../host/insert/types";

/** Points per character of column width (Excel's default font). */
const POINTS_PER_CHAR = 6;
const HEADER_FILL = "#DDEBF7";
const THIN = { style: "Continuous", color: "#000000", weight: "Thin" };

export function writeNewSheet(ws: XWorksheet, layout: NewSheetLayout, merges: readonly CellRange[]): void {
  const width = Math.max(...layout.rows.map((r) => r.length));
  const area: CellRange = { top: 0, left: 0, bottom: layout.rows.length - 1, right: width - 1 };
  const range = ws.getRange(rangeToA1(area));
  range.values = layout.rows.map((r) => Array.from({ length: width }, (_, c) => cellInput(r[c] ?? null)));
  const wrap = new Set(layout.wrap);
  range.setCellProperties(
    layout.rows.map((_, r) =>
      Array.from({ length: width }, (_, c): XSettableCellProperties => {
        if (r === layout.titleRow)
          return {
            format: {
              font: { bold: true, size: 14 },
              horizontalAlignment: "Center",
              verticalAlignment: "Center",
            },
          };
        const borders = { top: THIN, bottom: THIN, left: THIN, right: THIN };
        if (r === layout.headerRow) {
          return {
            format: {
              font: { bold: true },
              fill: { color: HEADER_FILL },
              borders,
              horizontalAlignment: "Center",
              verticalAlignment: "Center",
              wrapText: true,
            },
          };
        }
        return { format: { borders, verticalAlignment: "Center", wrapText: wrap.has(c) } };
      }),
    ),
  );
  for (const m of merges) ws.getRange(rangeToA1(m)).merge(false);
  layout.widths.forEach((w, c) => {
    const col = columnLetters(c);
    ws.getRange(`${col}:${col}`).format.columnWidth = w * POINTS_PER_CHAR;
  });
}
