/**
 * The bytes of an .xlsx → the grid model, with an exceljs module the caller loads (the web edition:
 * exceljs's browser build). No Node APIs here. Before exceljs sees a byte, prepareXlsx (shared with the
 * CLI) names what the file really is (.xls, .et, .xlsb, .ods, .csv, encrypted …) and applies the CLI's
 * limits — file size, zip budget and ratio, rows, cells, every merged area — so that a hostile file gets
 * one Chinese line within bounded time and memory instead of hanging the page. Failures are values.
 */
import type ExcelJS from "exceljs";
import { isAddinSheet, type Sheet, type Workbook } from "../core/grid";
import { sheetFromWorksheet } from "../cli/sheet-from-exceljs";
import { prepareXlsx } from "./normalize-package";
import { CORRUPT, LIMIT_MESSAGES, LIMITS, longCellMessage } from "./preflight";

export type ExcelJSModule = typeof ExcelJS;

export type ReadFailureKind = "not-xlsx" | "encrypted" | "corrupt" | "empty" | "too-large";

export type ReadResult =
  | {
      ok: true;
      workbook: Workbook;
      /** The package exceljs read (the file itself unless exceljs needed it normalised): mark this one. */
      bytes: Uint8Array;
    }
  | { ok: false; kind: ReadFailureKind; message: string };

function fail(kind: ReadFailureKind, message: string): ReadResult {
  return { ok: false, kind, message };
}

/** The message for a file of `bytes` bytes that is not read at all; undefined when it may be read. */
export function fileSizeMessage(bytes: number): string | undefined {
  return bytes > LIMITS.fileBytes ? LIMIT_MESSAGES.fileBytes(bytes) : undefined;
}

/** Parse the bytes of an .xlsx; `name` becomes the workbook name. Never rejects. */
export async function workbookFromXlsx(
  excel: ExcelJSModule,
  bytes: Uint8Array,
  name: string,
): Promise<ReadResult> {
  const prepared = prepareXlsx(bytes, name);
  if (!prepared.ok) return fail(prepared.failure, prepared.message);
  const wb = new excel.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it takes bytes of any kind.
    await wb.xlsx.load(prepared.bytes as unknown as ArrayBuffer);
  } catch {
    // exceljs and JSZip throw plain Errors for malformed XML; a file exceljs cannot read is one Excel
    // has to repair first, whatever the detail.
    return fail("corrupt", CORRUPT);
  }
  // exceljs drops a sheet whose part it could not read; the preflight found every part.
  if (wb.worksheets.length < prepared.sheetNames.length) return fail("corrupt", CORRUPT);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  // The task pane's very hidden format copies are bookkeeping, not data (core/grid/addin-sheets.ts).
  const sheets: Sheet[] = wb.worksheets
    .filter((ws) => !isAddinSheet(ws.name, ws.state === "veryHidden"))
    .map((ws) => {
      const sheet = sheetFromWorksheet(ws, date1904);
      if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
      return sheet;
    });
  const long = longCellMessage(sheets);
  if (long) return fail("too-large", long);
  return { ok: true, workbook: { name, sheets }, bytes: prepared.bytes };
}
