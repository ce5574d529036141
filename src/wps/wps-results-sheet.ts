/**
 * The 「检查结果」 sheet on request from the pane, on WPS 表格: the same columns and rows as Excel's
 * (src/excel/results-sheet.ts) and the CLI's marked copy (src/xlsx/results-sheet.ts), all three from
 * resultRows in core/report/marks.ts — severity, project, the cell as a link to it, the rule's Chinese
 * name, the message, the rule id. Added after the last sheet under a name not yet taken (检查结果,
 * 检查结果 (2), …; an existing sheet is never written to) and shown, with the header row bold and
 * frozen and filter buttons on every column (筛选, Range.AutoFilter) so a reviewer can sort and filter.
 * WPS's 超级表 (ListObjects) is not used: the filter buttons are what the reviewer needs, and AutoFilter
 * is the part of the ET object model that every WPS version has.
 */
import type { Finding } from "../core/finding";
import { toA1 } from "../core/grid";
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
import { XL_TOP, type WApplication, type WWorkbook } from "./et-api";

const MESSAGE_COLUMN = RESULT_COLUMNS.findIndex((c) => c.name === "问题说明");
const PROJECT_COLUMN = RESULT_COLUMNS.findIndex((c) => c.name === "项目");

export type WpsResultsSheet = { sheet: string; rows: number } | { error: "structureProtected" };

export function writeResultsSheet(
  app: WApplication,
  wb: WWorkbook,
  findings: readonly Finding[],
): WpsResultsSheet {
  if (wb.ProtectStructure) return { error: "structureProtected" };
  const names: string[] = [];
  for (let i = 1; i <= wb.Worksheets.Count; i++) names.push(wb.Worksheets.Item(i).Name);
  const name = freeSheetName(names, RESULTS_SHEET);
  const rows = resultRows(findings, names);
  const body =
    rows.length > 0
      ? rows.map(resultCells)
      : [RESULT_COLUMNS.map((_, c) => (c === MESSAGE_COLUMN ? NO_RESULTS : ""))];
  const grid = [RESULT_COLUMNS.map((c) => c.name), ...body];
  const lastRow = grid.length - 1;
  const lastCol = RESULT_COLUMNS.length - 1;
  const column = (c: number, from = 0): string => `${toA1(from, c)}:${toA1(lastRow, c)}`;

  // Assumption (WPS): Worksheets.Add(undefined, after) adds the sheet after `after` (see wps-store.ts).
  const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count));
  ws.Name = name;
  const all = ws.Range(`A1:${toA1(lastRow, lastCol)}`);
  // Text format first: a message starting with "=" or "-" must stay text, never become a formula.
  all.NumberFormat = "@";
  all.Value2 = grid;
  all.VerticalAlignment = XL_TOP;
  ws.Range(`A1:${toA1(0, lastCol)}`).Font.Bold = true;
  RESULT_COLUMNS.forEach((c, i) => {
    ws.Range(column(i)).ColumnWidth = c.width;
  });
  if (lastRow > 0) {
    ws.Range(column(MESSAGE_COLUMN, 1)).WrapText = true;
    ws.Range(column(PROJECT_COLUMN, 1)).WrapText = true;
  }
  rows.forEach((r, i) => {
    // Assumption (WPS): Hyperlinks.Add(anchor, "", "'表'!C3", tip, text) links to a place in this
    // workbook and shows `text` in the link style, as VBA's.
    ws.Hyperlinks.Add(
      ws.Range(toA1(i + 1, RESULT_LINK_COLUMN)),
      "",
      `${quoteSheetName(r.sheetName)}!${r.cell}`,
      `转到 ${r.place}`,
      r.place,
    );
  });
  all.AutoFilter();
  ws.Activate();
  ws.Range("A1").Select();
  // Assumption (WPS): as in VBA, frozen panes belong to the window and act on its active sheet, which
  // the new sheet now is; SplitRow 1 then FreezePanes keeps the header row in view.
  const win = app.ActiveWindow;
  if (win) {
    win.SplitColumn = 0;
    win.SplitRow = 1;
    win.FreezePanes = true;
  }
  return { sheet: name, rows: rows.length };
}
