/**
 * What a file really is, from its first bytes and (for zips) its part names: an .xlsx, an .xlsm, or one
 * of the things users name .xlsx or hand over instead — .xls and WPS .et (OLE2 compound files), an
 * encrypted workbook (also OLE2), .xlsb, .ods, a Word or PowerPoint file, CSV or HTML text. Each gets
 * its true name and a way forward in Chinese, whatever the file is called. No Node API: the CLI and
 * the web edition share it.
 */
import { listZip, type ZipEntry } from "./zip-read";

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

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

function refused(failure: "encrypted" | "not-xlsx" | "corrupt" | "empty", message: string): FileKind {
  return { kind: "refused", failure, message };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Does `bytes` contain the ASCII text `needle`? */
export function includesAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle.charCodeAt(j)) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** The file name's extension, lower case, with its dot ("" when none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

const utf16 = new TextDecoder("utf-16le");

/** The stream names of an OLE2 compound file (its directory entries, wherever their sectors lie). */
export function oleStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Directory entries are 128 bytes, sector-aligned after the 512-byte header: a name of up to 31
  // UTF-16 characters, then its length in bytes (terminator included) at offset 64, the type at 66.
  for (let p = 512; p + 128 <= bytes.length; p += 128) {
    const len = view.getUint16(p + 64, true);
    const type = bytes[p + 66];
    if (len < 4 || len > 64 || len % 2 !== 0 || type < 1 || type > 5) continue;
    if (view.getUint16(p + len - 2, true) !== 0) continue;
    names.add(utf16.decode(bytes.subarray(p, p + len - 2)));
  }
  return names;
}

function sniffOle(bytes: Uint8Array, ext: string): FileKind {
  const names = oleStreamNames(bytes);
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

function sniffZip(bytes: Uint8Array): FileKind {
  let entries: ZipEntry[];
  try {
    entries = listZip(bytes);
  } catch {
    return refused("corrupt", SNIFF_MESSAGES.corrupt);
  }
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
  if (names.has("mimetype") && includesAscii(bytes, "application/vnd.oasis.opendocument.spreadsheet"))
    return refused("not-xlsx", SNIFF_MESSAGES.ods);
  if (names.has("xl/workbook.bin")) return refused("not-xlsx", SNIFF_MESSAGES.xlsb);
  if (!names.has("xl/workbook.xml")) {
    if ([...names].some((n) => n.startsWith("word/"))) return refused("not-xlsx", SNIFF_MESSAGES.word);
    if ([...names].some((n) => n.startsWith("ppt/"))) return refused("not-xlsx", SNIFF_MESSAGES.powerpoint);
    return refused("not-xlsx", SNIFF_MESSAGES.notXlsx);
  }
  return { kind: "xlsx", entries, macros: names.has("xl/vbaProject.bin") };
}

/** Text of a few KB, as far as can be told: no NULs and mostly printable. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control <= head.length / 100;
}

const utf8 = new TextDecoder("utf-8");

/** `name` is only used for its extension (.et, .xls, .csv), never to accept a file. */
export function sniffFile(bytes: Uint8Array, name: string): FileKind {
  const ext = extensionOf(name);
  if (bytes.length === 0) return refused("empty", SNIFF_MESSAGES.empty);
  if (startsWith(bytes, OLE_MAGIC)) return sniffOle(bytes, ext);
  if (startsWith(bytes, ZIP_MAGIC)) {
    const kind = sniffZip(bytes);
    // Only the local header of a cut-off zip survives: damaged rather than "not a workbook".
    if (
      kind.kind === "refused" &&
      kind.message === SNIFF_MESSAGES.notXlsx &&
      includesAscii(bytes, "xl/workbook.xml")
    )
      return refused("corrupt", SNIFF_MESSAGES.corrupt);
    return kind;
  }
  if (startsWith(bytes, EMPTY_ZIP)) return refused("not-xlsx", SNIFF_MESSAGES.notXlsx);
  const head = bytes.subarray(0, 4096);
  if (looksLikeText(head)) {
    const text = utf8
      .decode(head)
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
