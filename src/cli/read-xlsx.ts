/**
 * Read an .xlsx file into the grid model. Failures are values with a one-line Chinese message: a
 * missing file, a file that is not an .xlsx (by name or by content), a damaged file, a password-
 * protected (encrypted) file.
 *
 * The container and XML are read directly (node zlib + a linear XML scan) rather than through
 * exceljs: exceljs's full reader merges cells in quadratic time (minutes for a long-layout table with
 * tens of thousands of merged cells) and its streaming reader hangs on a truncated file and drops
 * merges, hidden rows and protection. exceljs is still used to write marked copies (write-marked.ts).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Sheet, Workbook } from "../core/grid";
import { parseRelationships, parseSharedStrings, parseStyles, parseWorkbookPart, relsPartOf, dirOf } from "./xlsx/parts";
import { parseSheetXml } from "./xlsx/sheet-xml";
import { XmlError } from "./xlsx/xml";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./xlsx/zip";

export type ReadFailureKind = "missing" | "not-xlsx" | "encrypted" | "corrupt" | "empty" | "unreadable";

export type ReadResult = { ok: true; workbook: Workbook } | { ok: false; kind: ReadFailureKind; message: string };

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

/** Parse the bytes of an .xlsx; `name` becomes the workbook name. Never throws. */
export function readXlsxBuffer(buf: Buffer, name: string): ReadResult {
  if (buf.length === 0) return fail("empty", READ_MESSAGES.empty);
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC)) return fail("encrypted", READ_MESSAGES.encrypted);
  if (buf.length < 4 || !buf.subarray(0, 4).equals(ZIP_MAGIC)) return fail("not-xlsx", READ_MESSAGES.notXlsxContent);
  try {
    const dir = readZipDirectory(buf);
    if (!dir.ok) return fail("corrupt", READ_MESSAGES.corrupt);
    return readParts(buf, dir.entries, name);
  } catch (e) {
    if (e instanceof PartError && e.notWorkbook) return fail("not-xlsx", READ_MESSAGES.notXlsxContent);
    // Damaged parts, malformed XML, or a buffer read past its end.
    if (e instanceof PartError || e instanceof XmlError || isOutOfRange(e)) {
      return fail("corrupt", READ_MESSAGES.corrupt);
    }
    throw e;
  }
}

/** A read past the end of the buffer (checked by code: the class differs between realms). */
function isOutOfRange(e: unknown): boolean {
  return e instanceof Error && (e as NodeJS.ErrnoException).code === "ERR_OUT_OF_RANGE";
}

class PartError extends Error {
  constructor(
    message: string,
    readonly notWorkbook = false,
  ) {
    super(message);
  }
}

function readParts(buf: Buffer, entries: Map<string, ZipEntry>, name: string): ReadResult {
  const text = (part: string): string | null => {
    const e = entries.get(part);
    if (!e) return null;
    const data = readZipEntry(buf, e);
    if (typeof data === "string") throw new PartError(`${part}: ${data}`);
    return data.toString("utf8");
  };

  const rootRels = text("_rels/.rels");
  const officeDoc = rootRels
    ? parseRelationships(rootRels, "").find((r) => r.type.endsWith("/officeDocument"))?.target
    : undefined;
  const workbookPart = officeDoc ?? "xl/workbook.xml";
  const workbookXml = text(workbookPart);
  if (workbookXml === null) throw new PartError("no workbook part", true);
  const wb = parseWorkbookPart(workbookXml);
  const relsXml = text(relsPartOf(workbookPart));
  const rels = relsXml ? parseRelationships(relsXml, dirOf(workbookPart)) : [];
  const relById = new Map(rels.map((r) => [r.id, r]));

  const sstPart = rels.find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const sstXml = sstPart ? text(sstPart) : null;
  const sharedStrings = sstXml ? parseSharedStrings(sstXml) : [];
  const stylesPart = rels.find((r) => r.type.endsWith("/styles"))?.target;
  const stylesXml = stylesPart ? text(stylesPart) : null;
  const formats = stylesXml ? parseStyles(stylesXml) : [];

  const sheets: Sheet[] = [];
  for (const s of wb.sheets) {
    const rel = relById.get(s.relId);
    // Chart sheets and dialog sheets have no cells to check.
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const xml = text(rel.target);
    if (xml === null) throw new PartError(`missing sheet ${rel.target}`);
    sheets.push(parseSheetXml(s.name, xml, { sharedStrings, formats, date1904: wb.date1904 }));
  }
  return { ok: true, workbook: { name, sheets } };
}
