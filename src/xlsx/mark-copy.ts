/**
 * The marked copy's workbook changes, the same for the CLI's --out-marked and the web edition's
 * 下载标记副本: the cells marked (mark-workbook.ts), their notes sized to the text and a 「检查结果」
 * sheet added (results-sheet.ts).
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../core/finding";
import { markWorkbook } from "./mark-workbook";
import { addResultsSheet, sizeMarkNotes } from "./results-sheet";

/** Mark the cells, size the notes to their text and add the 「检查结果」 sheet; the cells marked. */
export function markCopy(wb: ExcelJS.Workbook, findings: readonly Finding[]): number {
  const marked = markWorkbook(wb, findings);
  sizeMarkNotes(wb, findings);
  addResultsSheet(wb, findings);
  return marked;
}
