/**
 * Read an .xlsx file into the grid model with exceljs (its full reader, with the merged-cell shim of
 * exceljs-merge-shim.ts). Failures are values with a one-line Chinese message: a missing file, a file
 * that is not an .xlsx (by name or by content), a damaged file, a password-protected (encrypted) file.
 * The first bytes are checked before exceljs sees the file, so an encrypted workbook or a renamed
 * text file gets its own message rather than a zip error.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { isAddinSheet, type Sheet, type Workbook } from "../core/grid";
import { loadExcelJS } from "./exceljs";
import { sheetFromWorksheet } from "./sheet-from-exceljs";

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

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function fail(kind: ReadFailureKind, message: string): ReadResult {
  return { ok: false, kind, message };
}

/** Is this a file name we check (.xlsx, any case), excluding Excel's "~$" lock files? */
export function isXlsxName(file: string): boolean {
  const base = path.basename(file);
  return /\.xlsx$/i.test(base) && !base.startsWith("~$");
}

export async function readXlsx(file: string): Promise<ReadResult> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return fail("not-xlsx", READ_MESSAGES.folderNotFile);
    if (!/\.xlsx$/i.test(file)) {
      return fail("not-xlsx", /\.xls$/i.test(file) ? READ_MESSAGES.xls : READ_MESSAGES.notXlsxName);
    }
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return fail("missing", READ_MESSAGES.missing);
    if (code === "EACCES" || code === "EPERM") return fail("unreadable", READ_MESSAGES.permission);
    return fail("unreadable", READ_MESSAGES.unreadable);
  }
  return readXlsxBuffer(buf, path.basename(file));
}

/** The workbook part's name, stored uncompressed in every zip entry header that names it. */
const WORKBOOK_PART = Buffer.from("xl/workbook.xml");

/** Parse the bytes of an .xlsx; `name` becomes the workbook name. Never rejects. */
export async function readXlsxBuffer(buf: Buffer, name: string): Promise<ReadResult> {
  if (buf.length === 0) return fail("empty", READ_MESSAGES.empty);
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC))
    return fail("encrypted", READ_MESSAGES.encrypted);
  if (buf.length < 4 || !buf.subarray(0, 4).equals(ZIP_MAGIC))
    return fail("not-xlsx", READ_MESSAGES.notXlsxContent);
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it takes node's.
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    // exceljs and JSZip throw plain Errors for a cut-off or damaged zip and for malformed XML; a file
    // exceljs cannot read is one Excel has to repair first, whatever the detail.
    return fail("corrupt", READ_MESSAGES.corrupt);
  }
  // exceljs reads a zip without a workbook part (a renamed .docx) as a workbook with no sheets.
  if (wb.worksheets.length === 0 && buf.indexOf(WORKBOOK_PART) < 0) {
    return fail("not-xlsx", READ_MESSAGES.notXlsxContent);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  // The task pane's very hidden format copies are bookkeeping, not data (core/grid/addin-sheets.ts).
  const sheets: Sheet[] = wb.worksheets
    .filter((ws) => !isAddinSheet(ws.name, ws.state === "veryHidden"))
    .map((ws) => sheetFromWorksheet(ws, date1904));
  return { ok: true, workbook: { name, sheets } };
}
