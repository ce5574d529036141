/**
 * What a file really is, from its first bytes and (for zips) its part names: an .xlsx, an .xlsm, or one
 * of the things users name .xlsx or hand over instead — .xls and WPS .et (OLE2 compound files), an
 * encrypted workbook (also OLE2), .xlsb, .ods, a Word or PowerPoint file, CSV or HTML text. Each gets
 * its true name and a way forward in Chinese, whatever the file is called.
 */
import * as path from "path";
import { listZip, type ZipEntry } from "./zip";

export type FileKind =
  | { kind: "xlsx"; entries: ZipEntry[]; macros: boolean }
  | { kind: "refused"; failure: "encrypted" | "not-xlsx" | "corrupt" | "empty"; message: string };

const SAVE_AS = "请在 Excel 或 WPS 中另存为 .xlsx 后再检查。";

export const SNIFF_MESSAGES = {
  empty: "文件是空的（0 字节）。",
  encrypted: "文件已加密（设置了打开密码），请先在 Excel 或 WPS 中取消密码后再检查。",
  xls: `这是 Excel 97-2003 工作簿（.xls），不是 .xlsx。${SAVE_AS}`,
  et: `这是 WPS 表格文件（.et），不是 .xlsx。${SAVE_AS}`,
  xlsb: `这是 Excel 二进制工作簿（.xlsb），不是 .xlsx。${SAVE_AS}`,
  ods: `这是 OpenDocument 电子表格（.ods），不是 .xlsx。${SAVE_AS}`,
  csv: `这是 CSV 文本文件，不是 .xlsx。${SAVE_AS}`,
  text: "这是文本文件，不是 Excel 工作簿（.xlsx）。",
  html: `这是网页（HTML）文件，只是扩展名像 Excel 文件。${SAVE_AS}`,
  word: "这是 Word 文档，不是 Excel 工作簿（.xlsx）。",
  powerpoint: "这是 PowerPoint 演示文稿，不是 Excel 工作簿（.xlsx）。",
  otherOle: `这是 Office 97-2003 格式的文件，不是 .xlsx。${SAVE_AS}`,
  notXlsx: "文件内容不是 Excel 工作簿（.xlsx），可能只是改了扩展名。",
  corrupt: "文件已损坏，无法打开，请在 Excel 中打开并另存一份后再检查。",
} as const;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

function refused(failure: "encrypted" | "not-xlsx" | "corrupt" | "empty", message: string): FileKind {
  return { kind: "refused", failure, message };
}

/** The stream names of an OLE2 compound file (its directory entries, wherever their sectors lie). */
export function oleStreamNames(buf: Buffer): Set<string> {
  const names = new Set<string>();
  // Directory entries are 128 bytes, sector-aligned after the 512-byte header: a name of up to 31
  // UTF-16 characters, then its length in bytes (terminator included) at offset 64, the type at 66.
  for (let p = 512; p + 128 <= buf.length; p += 128) {
    const len = buf.readUInt16LE(p + 64);
    const type = buf[p + 66];
    if (len < 4 || len > 64 || len % 2 !== 0 || type < 1 || type > 5) continue;
    if (buf.readUInt16LE(p + len - 2) !== 0) continue;
    names.add(buf.toString("utf16le", p, p + len - 2));
  }
  return names;
}

function sniffOle(buf: Buffer, ext: string): FileKind {
  const names = oleStreamNames(buf);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo"))
    return refused("encrypted", SNIFF_MESSAGES.encrypted);
  if (names.has("Workbook") || names.has("Book") || names.has("WpsContent")) {
    return refused("not-xlsx", ext === ".et" || ext === ".ett" ? SNIFF_MESSAGES.et : SNIFF_MESSAGES.xls);
  }
  if (names.has("WordDocument")) return refused("not-xlsx", SNIFF_MESSAGES.word);
  if (names.has("PowerPoint Document")) return refused("not-xlsx", SNIFF_MESSAGES.powerpoint);
  if (ext === ".et" || ext === ".ett") return refused("not-xlsx", SNIFF_MESSAGES.et);
  if (ext === ".xls") return refused("not-xlsx", SNIFF_MESSAGES.xls);
  return refused("not-xlsx", SNIFF_MESSAGES.otherOle);
}

function sniffZip(buf: Buffer): FileKind {
  let entries: ZipEntry[];
  try {
    entries = listZip(buf);
  } catch {
    return refused("corrupt", SNIFF_MESSAGES.corrupt);
  }
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
  if (names.has("mimetype") && buf.includes("application/vnd.oasis.opendocument.spreadsheet"))
    return refused("not-xlsx", SNIFF_MESSAGES.ods);
  if (names.has("xl/workbook.bin")) return refused("not-xlsx", SNIFF_MESSAGES.xlsb);
  if (!names.has("xl/workbook.xml")) {
    if ([...names].some((n) => n.startsWith("word/"))) return refused("not-xlsx", SNIFF_MESSAGES.word);
    if ([...names].some((n) => n.startsWith("ppt/"))) return refused("not-xlsx", SNIFF_MESSAGES.powerpoint);
    // A cut-off workbook still names its parts in the local headers; exceljs would call it damaged.
    return refused("not-xlsx", SNIFF_MESSAGES.notXlsx);
  }
  return { kind: "xlsx", entries, macros: names.has("xl/vbaProject.bin") };
}

/** Text of a few KB, as far as can be told: no NULs and mostly printable. */
function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control <= head.length / 100;
}

/** `name` is only used for its extension (.et, .xls, .csv), never to accept a file. */
export function sniffFile(buf: Buffer, name: string): FileKind {
  const ext = path.extname(name).toLowerCase();
  if (buf.length === 0) return refused("empty", SNIFF_MESSAGES.empty);
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC)) return sniffOle(buf, ext);
  if (buf.length >= 4 && buf.subarray(0, 4).equals(ZIP_MAGIC)) {
    const kind = sniffZip(buf);
    // Only the local header of a cut-off zip survives: damaged rather than "not a workbook".
    if (kind.kind === "refused" && kind.message === SNIFF_MESSAGES.notXlsx && buf.includes("xl/workbook.xml"))
      return refused("corrupt", SNIFF_MESSAGES.corrupt);
    return kind;
  }
  if (buf.length >= 4 && buf.subarray(0, 4).equals(EMPTY_ZIP))
    return refused("not-xlsx", SNIFF_MESSAGES.notXlsx);
  const head = buf.subarray(0, 4096);
  if (looksLikeText(head)) {
    const text = head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart()
      .toLowerCase();
    if (
      /^<(!doctype html|html|table|meta)\b/.test(text) ||
      text.includes("urn:schemas-microsoft-com:office:excel")
    )
      return refused("not-xlsx", SNIFF_MESSAGES.html);
    const lines = text.split("\n", 3);
    if (ext === ".csv" || (lines.length > 1 && lines.every((l) => l === "" || /[,\t]/.test(l))))
      return refused("not-xlsx", SNIFF_MESSAGES.csv);
    return refused("not-xlsx", SNIFF_MESSAGES.text);
  }
  return refused("not-xlsx", SNIFF_MESSAGES.notXlsx);
}
