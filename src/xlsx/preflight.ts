/**
 * Look inside an .xlsx before exceljs expands it: the limits every reader of this project applies, the
 * same in the CLI (src/cli/preflight.ts adds what only it needs) and in the web edition. No Node API.
 *
 * Bounded work: exceljs builds an object for every cell, and for every cell of every merged area, and
 * it decompresses every part whatever its size. A 12 KB file with the merged area A30:XFD1048576 or a
 * million rows therefore takes gigabytes and minutes. Here each part is inflated under a byte budget
 * (zip-read.ts), and each sheet's XML is scanned (a byte loop, no parser) for its rows, cells and
 * merged areas; a workbook beyond LIMITS is refused with one Chinese line before exceljs sees it.
 */
import type { Sheet } from "../core/grid";
import { entryData, RATIO, ZipBudgetError, ZipError, type ZipEntry } from "./zip-read";

/** What one reading accepts; the README's 限制 section states the same numbers. */
export const LIMITS = {
  /** The file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** All parts of the package, decompressed. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Parts in the package. */
  zipEntries: 10_000,
  /** Cells written in the file, all sheets together. */
  cells: 1_000_000,
  /** Rows written in the file, all sheets together. */
  rows: 500_000,
  /** Cells of one merged area. */
  mergedAreaCells: 100_000,
  /** Cells of all merged areas together. */
  mergedCells: 1_000_000,
  /** Characters in one cell (Excel's own limit). */
  cellChars: 32_767,
} as const;

const n = (x: number): string => x.toLocaleString("en-US");

export const LIMIT_MESSAGES = {
  fileBytes: (bytes: number) =>
    `文件太大（${(bytes / 1024 / 1024).toFixed(1)} MB），超过 ${LIMITS.fileBytes / 1024 / 1024} MB 的上限，未检查。`,
  unpacked: () =>
    `文件解压后超过 ${LIMITS.unpackedBytes / 1024 / 1024} MB 的上限（可能是异常的压缩文件），未检查。`,
  ratio: () => `文件解压后超过压缩前的 ${RATIO.max} 倍（可能是异常的压缩文件），未检查。`,
  zipEntries: (count: number) =>
    `文件包含 ${n(count)} 个部件，超过 ${n(LIMITS.zipEntries)} 个的上限（可能是异常的压缩文件），未检查。`,
  cells: (count: number) => `工作簿至少有 ${n(count)} 个单元格，超过 ${n(LIMITS.cells)} 个的上限，未检查。`,
  rows: (count: number) => `工作簿至少有 ${n(count)} 行，超过 ${n(LIMITS.rows)} 行的上限，未检查。`,
  mergedArea: (sheet: string, ref: string, cells: number) =>
    `工作表「${sheet}」的合并区域 ${ref} 有 ${n(cells)} 个单元格，超过 ${n(LIMITS.mergedAreaCells)} 个的上限，未检查。`,
  mergedTotal: () => `工作簿中合并单元格合计超过 ${n(LIMITS.mergedCells)} 个的上限，未检查。`,
  missingSheet: (sheet: string) =>
    `文件已损坏：工作表「${sheet}」的内容缺失，请在 Excel 中打开并另存一份后再检查。`,
  cellChars: (sheet: string, address: string, chars: number) =>
    `工作表「${sheet}」的单元格 ${address} 有 ${n(chars)} 个字符，超过 Excel 每个单元格 ${n(LIMITS.cellChars)} 个字符的上限，未检查。`,
} as const;

export const CORRUPT = "文件已损坏，无法打开，请在 Excel 中打开并另存一份后再检查。";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export type PreflightFailure = { ok: false; failure: "corrupt" | "too-large"; message: string };

export interface PackagePart {
  entry: ZipEntry;
  data: Uint8Array;
}

export type InspectResult =
  | {
      ok: true;
      /** Every part of the package as it was in the file, inflated, by name (no leading slash). */
      parts: Map<string, PackagePart>;
      /** The worksheets the workbook part lists, in order (chart and dialog sheets left out). */
      worksheets: { name: string; part: string }[];
    }
  | PreflightFailure;

class Refusal extends Error {
  constructor(
    readonly failure: "corrupt" | "too-large",
    message: string,
  ) {
    super(message);
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
      }
    }
  });
}

export function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1], decodeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** The attribute whatever its namespace prefix ("r:id", "ns1:id"). */
export function attr(a: Map<string, string>, local: string): string | undefined {
  for (const [k, v] of a) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** Part names are POSIX paths inside the package: "." and ".." resolved, no leading slash. */
export function normalizePart(name: string): string {
  const out: string[] = [];
  for (const seg of name.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

export function partDir(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

export function partBase(part: string): string {
  return part.slice(part.lastIndexOf("/") + 1);
}

/** The path from folder `fromDir` to part `to`, as a relationship target ("../comments1.xml"). */
export function relativePart(fromDir: string, to: string): string {
  const from = fromDir ? fromDir.split("/") : [];
  const target = to.split("/");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

export interface Rel {
  id: string;
  type: string;
  /** Resolved part name, no leading slash. */
  part: string;
  external: boolean;
  raw: string;
}

export function relsPath(part: string): string {
  const dir = partDir(part);
  return `${dir ? `${dir}/` : ""}_rels/${partBase(part)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return normalizePart(target.slice(1));
  return normalizePart(`${partDir(source)}/${target}`);
}

export function parseRels(xml: string, source: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    const target = a.get("Target") ?? "";
    const external = a.get("TargetMode") === "External";
    out.push({
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      part: external ? target : resolveTarget(source, target.trim()),
      external,
      raw: m[0],
    });
  }
  return out;
}

/** "XFD1048576" → [row, col], 1-based; null when it is not a cell reference. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/** Cells of an area ("A30:XFD1048576"), from its corners alone; 0 when it is not an area. */
export function areaCells(ref: string): number {
  const [a, b = a] = ref.split(":");
  const tl = cellRef(a);
  const br = cellRef(b);
  if (!tl || !br) return 0;
  return (Math.abs(br[0] - tl[0]) + 1) * (Math.abs(br[1] - tl[1]) + 1);
}

export interface SheetCounts {
  rows: number;
  cells: number;
  merges: { ref: string; cells: number }[];
}

const LT = 0x3c;

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

function latin1(xml: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(xml[i]);
  return s;
}

/** Rows, cells and merged areas of a sheet's XML, by one pass over the bytes. */
export function countSheet(xml: Uint8Array): SheetCounts {
  const out: SheetCounts = { rows: 0, cells: 0, merges: [] };
  let i = xml.indexOf(LT);
  while (i >= 0 && i < xml.length - 2) {
    let p = i + 1;
    // skip a namespace prefix ("x:")
    let q = p;
    while (
      q < xml.length &&
      q - p < 16 &&
      ((xml[q] >= 0x61 && xml[q] <= 0x7a) || (xml[q] >= 0x30 && xml[q] <= 0x39))
    )
      q++;
    if (xml[q] === 0x3a) p = q + 1;
    const b = xml[p];
    if (b === 0x63 && isNameEnd(xml[p + 1])) out.cells++;
    else if (b === 0x72 && xml[p + 1] === 0x6f && xml[p + 2] === 0x77 && isNameEnd(xml[p + 3])) out.rows++;
    else if (b === 0x6d && latin1(xml, p, p + 10) === "mergeCell ") {
      const end = xml.indexOf(0x3e, p);
      const tag = latin1(xml, p, end < 0 ? Math.min(xml.length, p + 4096) : Math.min(end, p + 4096));
      const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      if (ref) out.merges.push({ ref, cells: areaCells(ref) });
    }
    i = xml.indexOf(LT, p);
  }
  return out;
}

const utf8 = new TextDecoder("utf-8");

/**
 * Every part inflated once under the byte budget, the worksheets found, and their rows, cells and
 * merged areas counted against LIMITS. Never throws.
 */
export function inspectPackage(bytes: Uint8Array, entries: readonly ZipEntry[]): InspectResult {
  try {
    return inspect(bytes, entries);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, failure: e.failure, message: e.message };
    if (e instanceof ZipBudgetError)
      return {
        ok: false,
        failure: "too-large",
        message: e.reason === "ratio" ? LIMIT_MESSAGES.ratio() : LIMIT_MESSAGES.unpacked(),
      };
    if (e instanceof ZipError) return { ok: false, failure: "corrupt", message: CORRUPT };
    throw e;
  }
}

function inspect(bytes: Uint8Array, entries: readonly ZipEntry[]): InspectResult {
  if (bytes.length > LIMITS.fileBytes) throw new Refusal("too-large", LIMIT_MESSAGES.fileBytes(bytes.length));
  if (entries.length > LIMITS.zipEntries)
    throw new Refusal("too-large", LIMIT_MESSAGES.zipEntries(entries.length));
  // Every part inflated once, under what is left of the budget.
  let budget = LIMITS.unpackedBytes;
  const parts = new Map<string, PackagePart>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = entryData(bytes, e, budget);
    budget -= data.length;
    parts.set(e.name.replace(/^\//, ""), { entry: e, data });
  }
  const text = (name: string): string | undefined => {
    const p = parts.get(name);
    return p && utf8.decode(p.data);
  };
  const relsOf = (part: string): Rel[] => {
    const xml = text(relsPath(part));
    return xml === undefined ? [] : parseRels(xml, part);
  };

  const workbookXml = text("xl/workbook.xml") ?? "";
  const wbRels = new Map(relsOf("xl/workbook.xml").map((r) => [r.id, r]));
  const worksheets: { name: string; part: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    const name = a.get("name") ?? "";
    const rel = wbRels.get(attr(a, "id") ?? "");
    if (rel && rel.type !== `${REL}worksheet` && !rel.type.endsWith("/worksheet")) continue; // chart or dialog sheet
    if (!rel || !parts.has(rel.part)) throw new Refusal("corrupt", LIMIT_MESSAGES.missingSheet(name));
    worksheets.push({ name, part: rel.part });
  }

  let cells = 0;
  let rows = 0;
  let merged = 0;
  for (const ws of worksheets) {
    const counts = countSheet(parts.get(ws.part)!.data);
    cells += counts.cells;
    rows += counts.rows;
    if (cells > LIMITS.cells) throw new Refusal("too-large", LIMIT_MESSAGES.cells(cells));
    if (rows > LIMITS.rows) throw new Refusal("too-large", LIMIT_MESSAGES.rows(rows));
    for (const m of counts.merges) {
      if (m.cells > LIMITS.mergedAreaCells)
        throw new Refusal("too-large", LIMIT_MESSAGES.mergedArea(ws.name, m.ref, m.cells));
      merged += m.cells;
      if (merged > LIMITS.mergedCells) throw new Refusal("too-large", LIMIT_MESSAGES.mergedTotal());
    }
  }
  return { ok: true, parts, worksheets };
}

function columnName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The first cell whose text passes Excel's per-cell limit (the rules assume it holds). */
function longCell(sheet: Sheet): { address: string; chars: number } | undefined {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const text = row[c]?.text;
      if (text !== undefined && text.length > LIMITS.cellChars)
        return {
          address: `${columnName(c + sheet.originCol)}${r + sheet.originRow + 1}`,
          chars: text.length,
        };
    }
  }
  return undefined;
}

/** The message for the first cell of these sheets beyond Excel's per-cell limit; undefined: none. */
export function longCellMessage(sheets: readonly Sheet[]): string | undefined {
  for (const sheet of sheets) {
    const long = longCell(sheet);
    if (long) return LIMIT_MESSAGES.cellChars(sheet.name, long.address, long.chars);
  }
  return undefined;
}
