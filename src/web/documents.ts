/**
 * The web edition's open files: each .xlsx read in the browser into the grid model (src/xlsx/
 * read-workbook.ts, with exceljs's browser build, behind the CLI's own sniffing and limits) and checked
 * with the session's settings. Nothing is sent anywhere: the bytes stay in memory for the marked copy.
 * A file is named by what it is, whatever its extension; one beyond the size limit is not even read.
 */
import { checkWorkbook, type CheckResult } from "../core/check";
import type { Workbook } from "../core/grid";
import type { Settings } from "../core/settings";
import { fileSizeMessage, workbookFromXlsx } from "../xlsx/read-workbook";
import { loadBrowserExcelJS } from "./exceljs-browser";

export interface WebDocument {
  /** Unique in the session. */
  id: number;
  /** The file name, with its folder when it came from a chosen folder ("申报材料/a.xlsx"). */
  name: string;
  /** The package read (the marked copy is written from it); empty when the file was not read. */
  bytes: Uint8Array;
  /** null when the file could not be read (see error). */
  workbook: Workbook | null;
  /** The latest check (the pane's 检查 replaces it). */
  result: CheckResult | null;
  /** A Chinese one-liner when the file could not be read or checked. */
  error?: string;
}

let nextId = 1;

/** A document with its session-unique id; what was read (or the error) as given, nothing else. */
export function newDocument(
  name: string,
  read: Partial<Pick<WebDocument, "bytes" | "workbook" | "result" | "error">> = {},
): WebDocument {
  return { id: nextId++, name, bytes: new Uint8Array(0), workbook: null, result: null, ...read };
}

/** Is this a file the edition reads (.xlsx or .xlsm, not Excel's ~$ lock files)? */
export function isXlsxFile(name: string): boolean {
  const base = name.slice(name.lastIndexOf("/") + 1);
  return /\.xls[xm]$/i.test(base) && !base.startsWith("~$");
}

/**
 * Is this a spreadsheet of another kind (.xls, WPS .et, .xlsb, .ods, .csv)? Among many files these are
 * opened too, to say how to make an .xlsx of them.
 */
export function isOtherSpreadsheet(name: string): boolean {
  const base = name.slice(name.lastIndexOf("/") + 1);
  return /\.(xls|xlsb|et|ett|ods|csv)$/i.test(base) && !base.startsWith("~$");
}

export function internalError(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `检查这个文件时程序出错（${detail}），请把文件发给开发者。`;
}

/** Read and check one file's bytes (what it is decides, not its name). Never rejects. */
export async function openDocument(
  name: string,
  bytes: Uint8Array,
  settings: Settings,
): Promise<WebDocument> {
  const doc = newDocument(name, { bytes });
  try {
    const base = name.slice(name.lastIndexOf("/") + 1);
    const read = await workbookFromXlsx(await loadBrowserExcelJS(), bytes, base);
    if (!read.ok) {
      doc.error = read.message;
      return doc;
    }
    doc.workbook = read.workbook;
    doc.bytes = read.bytes;
    doc.result = checkWorkbook(read.workbook, settings);
  } catch (e) {
    doc.error = internalError(e);
  }
  return doc;
}

/** Read and check a File chosen or dropped by the user; one beyond the size limit is not read. */
export async function openFile(name: string, file: Blob, settings: Settings): Promise<WebDocument> {
  const tooLarge = fileSizeMessage(file.size);
  if (tooLarge) return newDocument(name, { error: tooLarge });
  return openDocument(name, await fileBytes(file), settings);
}

/** The bytes of a File chosen or dropped by the user. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
