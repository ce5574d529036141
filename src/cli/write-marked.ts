/**
 * Write a marked copy of a workbook with exceljs (the marking itself is src/xlsx/mark-workbook.ts, shared
 * with the web edition's 下载标记副本), then its notes sized to their text and a 「检查结果」 sheet added
 * (results-sheet.ts). The source file is only read.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Finding } from "../core/finding";
import { markWorkbook, noteWithMark } from "../xlsx/mark-workbook";
import { loadExcelJS } from "./exceljs";
import { addResultsSheet, sizeMarkNotes } from "./results-sheet";

export { noteWithMark };

export type WriteResult = { ok: true; marked: number } | { ok: false; message: string };

export async function writeMarkedCopy(
  source: string,
  dest: string,
  findings: readonly Finding[],
): Promise<WriteResult> {
  if (path.resolve(source) === path.resolve(dest)) {
    return { ok: false, message: "标记副本不能覆盖原文件。" };
  }
  // The shared loader: exceljs with the merged-cell shim, as the reader uses it.
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  try {
    await wb.xlsx.readFile(source);
  } catch (e) {
    return { ok: false, message: `无法打开这个工作簿（${(e as Error).message}）。` };
  }
  const marked = markWorkbook(wb, findings);
  // Notes sized to their text, and every finding on a 「检查结果」 sheet.
  sizeMarkNotes(wb, findings);
  addResultsSheet(wb, findings);
  try {
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await wb.xlsx.writeFile(dest);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === "EACCES" || code === "EPERM" ? "没有写入权限。" : `写入失败（${(e as Error).message}）。`,
    };
  }
  return { ok: true, marked };
}
