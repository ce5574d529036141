/**
 * Look inside an .xlsx before exceljs expands it, and hand exceljs a package it can read.
 *
 * Bounded work: exceljs builds an object for every cell, and for every cell of every merged area, and
 * it decompresses every part whatever its size. A 12 KB file with the merged area A30:XFD1048576 or a
 * million rows therefore takes gigabytes and minutes. Here each part is inflated under a byte budget,
 * and each sheet's XML is scanned (a byte loop, no parser) for its rows, cells and merged areas; a
 * workbook beyond LIMITS is refused with one Chinese line before exceljs sees it.
 *
 * Reading around exceljs 4.4.0: it keys notes by the part names Excel uses (xl/commentsN.xml,
 * xl/drawings/vmlDrawingN.vml, relative targets), so a workbook written by openpyxl (xl/comments/
 * comment1.xml, absolute targets "/xl/…") fails with "Cannot read properties of undefined (reading
 * 'comments')" (exceljs issue #2797); and a drawing part whose root is not <xdr:wsDr> (a chart's user
 * shapes, a chart sheet's drawing) leaves an undefined drawing that fails with "reading 'anchors'"
 * (exceljs issue #2591). normalizePackage renames the note parts, makes every relationship target
 * relative, and drops the drawings exceljs cannot model (with the <drawing> element that points at
 * them): the cells, merged areas, notes and pictures are kept; charts are not (exceljs has no charts).
 */
import * as path from "path";
import { entryData, ZipBudgetError, ZipError, writeZip, type ZipEntry, type ZipOut } from "./zip";

/** What one run accepts; the README's 限制 section states the same numbers. */
export const LIMITS = {
  /** The file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** All parts of the package, decompressed. */
  unpackedBytes: 200 * 1024 * 1024,
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

export type PreflightResult =
  | {
      ok: true;
      buffer: Buffer;
      sheetNames: string[];
      /** Every part of the package as it was in the file, inflated (for the fast reader). */
      parts: Map<string, Buffer>;
    }
  | { ok: false; failure: "corrupt" | "too-large"; message: string };

const n = (x: number): string => x.toLocaleString("en-US");

export const LIMIT_MESSAGES = {
  fileBytes: (bytes: number) =>
    `文件太大（${(bytes / 1024 / 1024).toFixed(1)} MB），超过 ${LIMITS.fileBytes / 1024 / 1024} MB 的上限，未检查。`,
  unpacked: () =>
    `文件解压后超过 ${LIMITS.unpackedBytes / 1024 / 1024} MB 的上限（可能是异常的压缩文件），未检查。`,
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

const CORRUPT = "文件已损坏，无法打开，请在 Excel 中打开并另存一份后再检查。";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

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
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1], decodeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** The attribute whatever its namespace prefix ("r:id", "ns1:id"). */
function attr(a: Map<string, string>, local: string): string | undefined {
  for (const [k, v] of a) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

interface Rel {
  id: string;
  type: string;
  /** Resolved part name, no leading slash. */
  part: string;
  external: boolean;
  raw: string;
}

function relsPath(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return path.posix.normalize(target.slice(1));
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
}

function parseRels(xml: string, source: string): Rel[] {
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

function areaCells(ref: string): number {
  const [a, b = a] = ref.split(":");
  const tl = cellRef(a);
  const br = cellRef(b);
  if (!tl || !br) return 0;
  return (Math.abs(br[0] - tl[0]) + 1) * (Math.abs(br[1] - tl[1]) + 1);
}

interface SheetCounts {
  rows: number;
  cells: number;
  merges: { ref: string; cells: number }[];
}

const LT = 0x3c;

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Rows, cells and merged areas of a sheet's XML, by one pass over the bytes. */
export function countSheet(xml: Buffer): SheetCounts {
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
    else if (b === 0x6d && xml.toString("latin1", p, p + 10) === "mergeCell ") {
      const end = xml.indexOf(0x3e, p);
      const tag = xml.toString("latin1", p, end < 0 ? xml.length : end);
      const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      if (ref) out.merges.push({ ref, cells: areaCells(ref) });
    }
    i = xml.indexOf(LT, p);
  }
  return out;
}

/** Check the package against LIMITS and make it readable by exceljs. Never throws. */
export function preflight(buf: Buffer, entries: readonly ZipEntry[]): PreflightResult {
  try {
    return run(buf, entries);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, failure: e.failure, message: e.message };
    if (e instanceof ZipBudgetError)
      return { ok: false, failure: "too-large", message: LIMIT_MESSAGES.unpacked() };
    if (e instanceof ZipError) return { ok: false, failure: "corrupt", message: CORRUPT };
    throw e;
  }
}

function run(buf: Buffer, entries: readonly ZipEntry[]): PreflightResult {
  if (buf.length > LIMITS.fileBytes) throw new Refusal("too-large", LIMIT_MESSAGES.fileBytes(buf.length));
  // Every part inflated once, under what is left of the budget.
  let budget = LIMITS.unpackedBytes;
  const parts = new Map<string, { entry: ZipEntry; data: Buffer }>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = entryData(buf, e, budget);
    budget -= data.length;
    parts.set(e.name.replace(/^\//, ""), { entry: e, data });
  }
  const text = (name: string): string | undefined => parts.get(name)?.data.toString("utf8");
  const relsOf = (part: string): Rel[] => {
    const xml = text(relsPath(part));
    return xml === undefined ? [] : parseRels(xml, part);
  };

  const workbookXml = text("xl/workbook.xml") ?? "";
  const wbRels = new Map(relsOf("xl/workbook.xml").map((r) => [r.id, r]));
  const sheetNames: string[] = [];
  const worksheets: { name: string; part: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    const name = a.get("name") ?? "";
    const rel = wbRels.get(attr(a, "id") ?? "");
    if (rel && rel.type !== `${REL}worksheet` && !rel.type.endsWith("/worksheet")) continue; // chart or dialog sheet
    if (!rel || !parts.has(rel.part)) throw new Refusal("corrupt", LIMIT_MESSAGES.missingSheet(name));
    sheetNames.push(name);
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
  const inflated = new Map<string, Buffer>();
  for (const [name, p] of parts) inflated.set(name, p.data);
  return { ok: true, buffer: normalizePackage(buf, parts, worksheets), sheetNames, parts: inflated };
}

/**
 * A note's text may be a plain <t> (openpyxl writes it so) or rich-text runs <r><t> (Excel); exceljs
 * reads only runs and would give the note no text. Plain texts become one run. null: nothing to change.
 */
function wrapPlainNotes(xml: Buffer): Buffer | null {
  const s = xml.toString("utf8");
  const out = s.replace(
    /(<(\w+:)?text>)\s*(<(?:\w+:)?t\b[^>]*>[^<]*<\/(?:\w+:)?t>)\s*(<\/(?:\w+:)?text>)/g,
    (_, open: string, prefix: string | undefined, t: string, close: string) =>
      `${open}<${prefix ?? ""}r>${t}</${prefix ?? ""}r>${close}`,
  );
  return out === s ? null : Buffer.from(out, "utf8");
}

/**
 * The package exceljs 4.4.0 can read (see the opening comment); the input buffer itself when nothing
 * needs changing.
 */
function normalizePackage(
  buf: Buffer,
  parts: Map<string, { entry: ZipEntry; data: Buffer }>,
  worksheets: readonly { name: string; part: string }[],
): Buffer {
  const replaced = new Map<string, Buffer>();
  const renamed = new Map<string, string>();
  const dropped = new Set<string>();
  const used = new Set(parts.keys());
  const freeName = (pattern: (i: number) => string): string => {
    for (let i = 1; ; i++) if (!used.has(pattern(i))) return (used.add(pattern(i)), pattern(i));
  };

  // Drawings exceljs can model: a <xdr:wsDr> root. Others (chart user shapes, chart-sheet drawings
  // with another prefix) are dropped with their relationships.
  for (const [name, p] of parts) {
    if (!/^xl\/drawings\/[^/]+\.xml$/.test(name)) continue;
    const head = p.data.subarray(0, 2048).toString("utf8");
    const root = /<([\w:]+)[\s>]/.exec(head.replace(/<\?[^>]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""))?.[1];
    if (root !== "xdr:wsDr") {
      dropped.add(name);
      dropped.add(relsPath(name));
    }
  }

  for (const ws of worksheets) {
    const rp = relsPath(ws.part);
    const relsXml = parts.get(rp)?.data.toString("utf8");
    if (relsXml === undefined) continue;
    const rels = parseRels(relsXml, ws.part);
    let newRels = relsXml;
    let sheetXml = parts.get(ws.part)!.data.toString("utf8");
    let sheetChanged = false;
    for (const r of rels) {
      if (r.external) continue;
      let part = r.part;
      if (r.type.endsWith("/comments") && parts.has(part)) {
        const comments = wrapPlainNotes(parts.get(part)!.data);
        if (comments) replaced.set(part, comments);
        if (!/^xl\/comments\d+\.xml$/.test(part)) {
          const to = freeName((i) => `xl/comments${i}.xml`);
          renamed.set(part, to);
          part = to;
        }
      } else if (
        r.type.endsWith("/vmlDrawing") &&
        !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part) &&
        parts.has(part)
      ) {
        const to = freeName((i) => `xl/drawings/vmlDrawing${i}.vml`);
        renamed.set(part, to);
        part = to;
      } else if (r.type.endsWith("/drawing") && (dropped.has(part) || !parts.has(part))) {
        newRels = newRels.replace(r.raw, "");
        const id = r.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        sheetXml = sheetXml.replace(
          new RegExp(`<(?:\\w+:)?drawing\\b[^>]*?:id\\s*=\\s*["']${id}["'][^>]*/>`),
          "",
        );
        sheetChanged = true;
        continue;
      }
      const relative = path.posix.relative(path.posix.dirname(ws.part), part);
      const fixed = r.raw.replace(/\bTarget\s*=\s*(["'])[^"']*\1/, `Target="${relative}"`);
      if (fixed !== r.raw) newRels = newRels.replace(r.raw, fixed);
    }
    if (newRels !== relsXml) replaced.set(rp, Buffer.from(newRels, "utf8"));
    if (sheetChanged) replaced.set(ws.part, Buffer.from(sheetXml, "utf8"));
  }

  if (replaced.size === 0 && renamed.size === 0 && dropped.size === 0) return buf;
  const out: ZipOut[] = [];
  for (const [name, p] of parts) {
    if (dropped.has(name)) continue;
    const to = renamed.get(name) ?? name;
    const data = replaced.get(name);
    out.push(data ? { name: to, data } : { name: to, from: buf, entry: p.entry });
  }
  return writeZip(out);
}
