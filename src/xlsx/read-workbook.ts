/**
 * The bytes of an .xlsx → the grid model, with an exceljs module the caller loads (Node: the CLI's,
 * with the merged-cell shim; the browser: exceljs's browser build). No Node APIs here: the CLI and the
 * web edition share it, so both read a workbook the same way. Failures are values with a one-line
 * Chinese message; the first bytes are checked before exceljs sees the file, so an encrypted workbook
 * or a renamed text file gets its own message rather than a zip error.
 */
import type ExcelJS from "exceljs";
import { isAddinSheet, type Sheet, type Workbook } from "../core/grid";
import { sheetFromWorksheet } from "../cli/sheet-from-exceljs";

export type ExcelJSModule = typeof ExcelJS;

export type ReadFailureKind = "missing" | "not-xlsx" | "encrypted" | "corrupt" | "empty" | "unreadable";

export type ReadResult =
  { ok: true; workbook: Workbook } | { ok: false; kind: ReadFailureKind; message: string };

export const READ_MESSAGES = {
  missing: "找不到这个文件。",
  folderNotFile: "这是一个文件夹，不是 .xlsx 文件。",
  xls: "这是旧版 Excel 97-2003 格式（.xls），请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再检查。",
  notXlsxName: "不是 Excel 工作簿（.xlsx）文件，只能检查 .xlsx 文件。",
  notXlsxContent: "文件内容不是 Excel 工作簿（.xlsx），可能只是改了扩展名。",
  encrypted: "文件已加密（设置了打开密码），请先在 Excel 中取消密码后再检查。",
  corrupt: "文件已损坏，无法打开，请在 Excel 中打开并另存一份后再检查。",
  empty: "文件是空的（0 字节）。",
  permission: "没有读取这个文件的权限。",
  unreadable: "无法读取这个文件。",
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function fail(kind: ReadFailureKind, message: string): ReadResult {
  return { ok: false, kind, message };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The workbook part's name, stored uncompressed in every zip entry header that names it. */
const WORKBOOK_PART = Array.from("xl/workbook.xml", (ch) => ch.charCodeAt(0));

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** Parse the bytes of an .xlsx; `name` becomes the workbook name. Never rejects. */
export async function workbookFromXlsx(
  excel: ExcelJSModule,
  bytes: Uint8Array,
  name: string,
): Promise<ReadResult> {
  if (bytes.length === 0) return fail("empty", READ_MESSAGES.empty);
  if (startsWith(bytes, OLE_MAGIC)) return fail("encrypted", READ_MESSAGES.encrypted);
  if (!startsWith(bytes, ZIP_MAGIC)) return fail("not-xlsx", READ_MESSAGES.notXlsxContent);
  const wb = new excel.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it takes bytes of any kind.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // exceljs and JSZip throw plain Errors for a cut-off or damaged zip and for malformed XML; a file
    // exceljs cannot read is one Excel has to repair first, whatever the detail.
    return fail("corrupt", READ_MESSAGES.corrupt);
  }
  // exceljs reads a zip without a workbook part (a renamed .docx) as a workbook with no sheets.
  if (wb.worksheets.length === 0 && !contains(bytes, WORKBOOK_PART)) {
    return fail("not-xlsx", READ_MESSAGES.notXlsxContent);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  // The task pane's very hidden format copies are bookkeeping, not data (core/grid/addin-sheets.ts).
  const sheets: Sheet[] = wb.worksheets
    .filter((ws) => !isAddinSheet(ws.name, ws.state === "veryHidden"))
    .map((ws) => {
      const sheet = sheetFromWorksheet(ws, date1904);
      if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
      return sheet;
    });
  return { ok: true, workbook: { name, sheets } };
}
