/**
 * Read an .xlsx file into the grid model with exceljs (its full reader, with the merged-cell shim of
 * exceljs-merge-shim.ts). Failures are values with a one-line Chinese message: a missing file, a folder
 * or device, a file that is not an .xlsx (named by what it really is: sniff.ts), a damaged file, a
 * password-protected (encrypted) file, a workbook beyond the limits (preflight.ts).
 *
 * Order matters: only a regular file is opened (a FIFO or /dev/zero would block or never end), its size
 * is known before it is read, its first bytes say what it is, and its sheets' sizes are known before
 * exceljs builds a single cell.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  promises as fs,
  readSync,
  statSync,
  type Stats,
} from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { isAddinSheet, type Sheet, type Workbook } from "../core/grid";
import { loadExcelJS } from "./exceljs";
import { longCellMessage } from "../xlsx/preflight";
import { LIMIT_MESSAGES, LIMITS, preflight } from "./preflight";
import { fastSheets } from "./fast-read";
import { sheetFromWorksheet } from "./sheet-from-exceljs";
import { SNIFF_MESSAGES, sniffFile } from "./sniff";

export type ReadFailureKind =
  "missing" | "not-xlsx" | "encrypted" | "corrupt" | "empty" | "unreadable" | "too-large";

export type ReadFailure = { ok: false; kind: ReadFailureKind; message: string };

export type ReadResult = { ok: true; workbook: Workbook } | ReadFailure;

export const READ_MESSAGES = {
  missing: "找不到这个文件。",
  folderNotFile: "这是一个文件夹，不是 .xlsx 文件。",
  notRegular: "这不是普通文件（是设备、管道或套接字），只能检查 .xlsx 文件。",
  xls: SNIFF_MESSAGES.xls,
  notXlsxContent: SNIFF_MESSAGES.notXlsx,
  encrypted: SNIFF_MESSAGES.encrypted,
  corrupt: SNIFF_MESSAGES.corrupt,
  empty: SNIFF_MESSAGES.empty,
  permission: "没有读取这个文件的权限。",
  unreadable: "无法读取这个文件。",
} as const;

function fail(kind: ReadFailureKind, message: string): ReadFailure {
  return { ok: false, kind, message };
}

/** Is this a file name a folder scan checks (.xlsx or .xlsm, any case), excluding Excel's "~$" lock files? */
export function isXlsxName(file: string): boolean {
  const base = path.basename(file);
  return /\.xls[xm]$/i.test(base) && !base.startsWith("~$");
}

/** Files larger than this get a buffer of their own, so a scratch buffer never stays large. */
const SCRATCH_MAX_BYTES = 4 * 1024 * 1024;

/** `size` bytes to read into: the scratch buffer's (grown when too small), or a new buffer. */
function scratchOrNew(size: number, scratch: { buf: Buffer } | undefined): Buffer {
  if (!scratch || size > SCRATCH_MAX_BYTES) return Buffer.alloc(size);
  if (scratch.buf.length < size) scratch.buf = Buffer.allocUnsafe(Math.max(size, 2 * scratch.buf.length));
  return scratch.buf.subarray(0, size);
}

/** O_NONBLOCK so that opening a FIFO returns at once (and is then refused) instead of waiting for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A folder or anything but a regular file is not read (readFileBytes and readFileBytesSync alike). */
function refusedBeforeOpen(st: Stats): ReadFailure | null {
  if (st.isDirectory()) return fail("not-xlsx", READ_MESSAGES.folderNotFile);
  if (!st.isFile()) return fail("unreadable", READ_MESSAGES.notRegular);
  return null;
}

/**
 * The open file's own stat decides (it could have been replaced between stat and open): a regular file of
 * at most LIMITS.fileBytes.
 */
function refusedOnceOpen(st: Stats): ReadFailure | null {
  if (!st.isFile()) return fail("unreadable", READ_MESSAGES.notRegular);
  if (st.size > LIMITS.fileBytes) return fail("too-large", LIMIT_MESSAGES.fileBytes(st.size));
  return null;
}

/**
 * The bytes of a regular file of at most LIMITS.fileBytes. With `scratch`, they are read into its
 * buffer (grown when too small, up to 4 MB) and are only valid until the next read into it: a folder scan that
 * glances into thousands of files then allocates one buffer, not one per file.
 */
export async function readFileBytes(
  file: string,
  scratch?: { buf: Buffer },
): Promise<{ ok: true; buf: Buffer } | ReadFailure> {
  let handle: fs.FileHandle | undefined;
  try {
    const refused = refusedBeforeOpen(await fs.stat(file));
    if (refused) return refused;
    handle = await fs.open(file, OPEN_FLAGS);
    const hst = await handle.stat();
    const refusedOpen = refusedOnceOpen(hst);
    if (refusedOpen) return refusedOpen;
    const buf = scratchOrNew(hst.size, scratch);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { ok: true, buf: got === buf.length ? buf : buf.subarray(0, got) };
  } catch (e) {
    return readFailure(e);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function readFailure(e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return fail("missing", READ_MESSAGES.missing);
  if (code === "EACCES" || code === "EPERM") return fail("unreadable", READ_MESSAGES.permission);
  if (code === "EISDIR") return fail("not-xlsx", READ_MESSAGES.folderNotFile);
  return fail("unreadable", READ_MESSAGES.unreadable);
}

/**
 * readFileBytes without the event loop, for a thread that has nothing else to do meanwhile (a folder
 * worker, the one file checked in the main thread): the same checks in the same order (the two
 * functions above), a fifth of the cost on a small file (no promise and thread-pool round trip per system call).
 */
export function readFileBytesSync(
  file: string,
  scratch?: { buf: Buffer },
): { ok: true; buf: Buffer } | ReadFailure {
  let fd: number | undefined;
  try {
    const refused = refusedBeforeOpen(statSync(file));
    if (refused) return refused;
    fd = openSync(file, OPEN_FLAGS);
    const hst = fstatSync(fd);
    const refusedOpen = refusedOnceOpen(hst);
    if (refusedOpen) return refusedOpen;
    const buf = scratchOrNew(hst.size, scratch);
    let got = 0;
    while (got < buf.length) {
      const bytesRead = readSync(fd, buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { ok: true, buf: got === buf.length ? buf : buf.subarray(0, got) };
  } catch (e) {
    return readFailure(e);
  } finally {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        // Nothing was written: the bytes read are what they are.
      }
  }
}

export async function readXlsx(file: string): Promise<ReadResult> {
  const read = await readFileBytes(file);
  if (!read.ok) return read;
  return readXlsxBuffer(read.buf, path.basename(file));
}

/**
 * The bytes of a workbook as an exceljs Workbook, after sniffing and the limits; the package exceljs
 * read is returned too (the marked copy is written from the same one). Never rejects.
 */
export async function loadWorkbook(
  buf: Buffer,
  name: string,
): Promise<{ ok: true; wb: ExcelJS.Workbook; sheetNames: string[] } | ReadFailure> {
  const kind = sniffFile(buf, name);
  if (kind.kind === "refused") return fail(kind.failure, kind.message);
  const checked = preflight(buf, kind.entries);
  if (!checked.ok) return fail(checked.failure, checked.message);
  const pkg = checked.exceljsPackage();
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it takes node's.
    await wb.xlsx.load(pkg as unknown as ArrayBuffer);
  } catch {
    // exceljs and JSZip throw plain Errors for a damaged zip and for malformed XML; a file exceljs
    // cannot read is one Excel has to repair first, whatever the detail.
    return fail("corrupt", READ_MESSAGES.corrupt);
  }
  return { ok: true, wb, sheetNames: checked.sheetNames };
}

/**
 * How a workbook is read for checking: "fast" (fast-read.ts, exceljs only for what it does not read)
 * or "exceljs" (exceljs for everything, as before). JIXIAO_READER=exceljs chooses the latter; the
 * bench compares the two.
 */
export type Reader = "fast" | "exceljs";

export function readerFromEnv(env: Record<string, string | undefined> = process.env): Reader {
  return env.JIXIAO_READER === "exceljs" ? "exceljs" : "fast";
}

/** Parse the bytes of an .xlsx; `name` becomes the workbook name. Never rejects. */
export async function readXlsxBuffer(
  buf: Buffer,
  name: string,
  reader: Reader = readerFromEnv(),
): Promise<ReadResult> {
  if (reader === "fast") {
    const read = readFast(buf, name);
    if (read) return read;
  }
  const loaded = await loadWorkbook(buf, name);
  if (!loaded.ok) return loaded;
  return gridFromWorkbook(loaded.wb, loaded.sheetNames.length, name);
}

/**
 * The fast reader's part of readXlsxBuffer, synchronous: a refusal, the grid, or null when exceljs has
 * to read the workbook. `unpackedAtMost`: null as well, before anything is inflated, when the package
 * says it holds more bytes than that (what a package says is only a hint: preflight's limits hold
 * whatever it says).
 */
export function readFast(buf: Buffer, name: string, unpackedAtMost = Infinity): ReadResult | null {
  const kind = sniffFile(buf, name);
  if (kind.kind === "refused") return fail(kind.failure, kind.message);
  let declared = 0;
  for (const e of kind.entries) declared += e.size;
  if (declared > unpackedAtMost) return null;
  const checked = preflight(buf, kind.entries);
  if (!checked.ok) return fail(checked.failure, checked.message);
  let unpacked = 0;
  for (const part of checked.parts.values()) unpacked += part.length;
  if (unpacked > unpackedAtMost) return null;
  const sheets = fastSheets(checked.parts);
  return sheets ? gridFromSheets(sheets, name) : null;
}

/** The grid model of a loaded workbook (`expectedSheets`: the worksheets its workbook part lists). */
export function gridFromWorkbook(wb: ExcelJS.Workbook, expectedSheets: number, name: string): ReadResult {
  // exceljs drops a sheet whose part it could not match; preflight found every part, so a missing
  // sheet here is one exceljs could not read.
  if (wb.worksheets.length < expectedSheets) return fail("corrupt", READ_MESSAGES.corrupt);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  // The task pane's very hidden format copies are bookkeeping, not data (core/grid/addin-sheets.ts).
  const sheets: Sheet[] = [];
  for (const ws of wb.worksheets) {
    if (isAddinSheet(ws.name, ws.state === "veryHidden")) continue;
    const sheet = sheetFromWorksheet(ws, date1904);
    if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
    sheets.push(sheet);
  }
  return gridFromSheets(sheets, name);
}

/** The workbook of these sheets, unless a cell passes Excel's per-cell limit. */
function gridFromSheets(sheets: Sheet[], name: string): ReadResult {
  const long = longCellMessage(sheets);
  if (long) return fail("too-large", long);
  return { ok: true, workbook: { name, sheets } };
}
