/**
 * Read an .xlsx file into the grid model with exceljs (its full reader, with the merged-cell shim of
 * exceljs-merge-shim.ts). Failures are values with a one-line Chinese message: a missing file, a file
 * that is not an .xlsx (by name or by content), and — from the bytes (src/xlsx/read-workbook.ts, shared
 * with the web edition) — a damaged file or a password-protected (encrypted) file.
 */
import { promises as fs } from "fs";
import * as path from "path";
import {
  READ_MESSAGES,
  workbookFromXlsx,
  type ReadFailureKind,
  type ReadResult,
} from "../xlsx/read-workbook";
import { loadExcelJS } from "./exceljs";

export { READ_MESSAGES, type ReadFailureKind, type ReadResult };

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

/** Parse the bytes of an .xlsx (src/xlsx/read-workbook.ts); `name` becomes the workbook name. Never rejects. */
export async function readXlsxBuffer(buf: Uint8Array, name: string): Promise<ReadResult> {
  return workbookFromXlsx(await loadExcelJS(), buf, name);
}
