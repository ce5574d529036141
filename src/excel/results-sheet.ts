/**
 * The 「检查结果」 sheet on request from the pane: the same columns and rows as the CLI's marked copy
 * (src/xlsx/results-sheet.ts, both from resultRows in core/report/marks.ts) — severity, project, the cell
 * as a link to it, the rule's Chinese name, the message, the rule id — as an Excel table with filter
 * buttons, added after the last sheet under a name not yet taken (检查结果, 检查结果 (2), …; an existing
 * sheet is never written to) and activated. One Excel.run, two round trips: the sheet names and the
 * workbook's protection, then everything written. Needs ExcelApi 1.9 (cell formats; links need 1.7).
 * The header row is frozen (ExcelApi 1.7, asked of the API level like every other feature), as in the
 * CLI's copy, so the column names stay in view over a long list.
 */
import type { Finding } from "../core/finding";
import {
  freeSheetName,
  NO_RESULTS,
  quoteSheetName,
  RESULT_COLUMNS,
  RESULT_LINK_COLUMN,
  RESULTS_SHEET,
  resultCells,
  resultRows,
} from "../core/report/marks";
import { toA1 } from "../core/grid";
import type { ApiLevel } from "./capabilities";
import type { XRequestContext, XSettableCellProperties } from "./office-api";

/** The table's built-in style: light blue banded rows, as the CLI's copy. */
export const RESULTS_TABLE_STYLE = "TableStyleLight9";
/** Excel's column width in points for a width in characters (Calibri 11: 7 px a character + 5 px). */
export const columnPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const MESSAGE_COLUMN = RESULT_COLUMNS.findIndex((c) => c.name === "问题说明");

export type ResultsSheetOutcome =
  { ok: true; sheet: string; rows: number } | { ok: false; reason: "structureProtected" };

export async function writeResultsSheet(
  ctx: XRequestContext,
  findings: readonly Finding[],
  api: Pick<ApiLevel, "freezePanes">,
): Promise<ResultsSheetOutcome> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name");
  wb.protection.load("protected");
  await ctx.sync();
  if (wb.protection.protected) return { ok: false, reason: "structureProtected" };
  const names = wb.worksheets.items.map((w) => w.name);
  const name = freeSheetName(names, RESULTS_SHEET);
  const rows = resultRows(findings, names);
  const body =
    rows.length > 0
      ? rows.map(resultCells)
      : [RESULT_COLUMNS.map((_, c) => (c === MESSAGE_COLUMN ? NO_RESULTS : ""))];
  const grid = [RESULT_COLUMNS.map((c) => c.name), ...body];
  const last = toA1(grid.length - 1, RESULT_COLUMNS.length - 1);

  const ws = wb.worksheets.add(name);
  const all = ws.getRange(`A1:${last}`);
  // Text format first: a message starting with "=" or "-" must stay text, never become a formula.
  all.numberFormat = grid.map((r) => r.map(() => "@"));
  all.values = grid;
  all.setCellProperties(
    grid.map((r, i) =>
      r.map((_, c): XSettableCellProperties => ({
        format: {
          verticalAlignment: "Top",
          wrapText: i > 0 && (c === MESSAGE_COLUMN || c === 1),
          ...(i > 0 && c === RESULT_LINK_COLUMN && rows.length > 0 ? { font: { color: "#0563C1" } } : {}),
        },
      })),
    ),
  );
  rows.forEach((r, i) => {
    ws.getRange(toA1(i + 1, RESULT_LINK_COLUMN)).hyperlink = {
      documentReference: `${quoteSheetName(r.sheetName)}!${r.cell}`,
      textToDisplay: r.place,
      screenTip: `转到 ${r.place}`,
    };
  });
  RESULT_COLUMNS.forEach((c, i) => {
    ws.getRange(`${toA1(0, i)}:${toA1(grid.length - 1, i)}`).format.columnWidth = columnPoints(c.width);
  });
  const table = ws.tables.add(`A1:${last}`, true);
  table.style = RESULTS_TABLE_STYLE;
  if (api.freezePanes) ws.freezePanes.freezeRows(1);
  ws.activate();
  await ctx.sync();
  return { ok: true, sheet: name, rows: rows.length };
}
