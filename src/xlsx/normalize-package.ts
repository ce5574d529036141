/**
 * A package exceljs 4.4.0 can read, for the CLI and the web edition alike.
 *
 * exceljs keys notes by the part names Excel uses (xl/commentsN.xml, xl/drawings/vmlDrawingN.vml,
 * relative targets), so a workbook written by openpyxl (xl/comments/comment1.xml, absolute targets
 * "/xl/…") fails with "Cannot read properties of undefined (reading 'comments')" (exceljs issue #2797);
 * and a drawing part whose root is not <xdr:wsDr> (a chart's user shapes, a chart sheet's drawing)
 * leaves an undefined drawing that fails with "reading 'anchors'" (exceljs issue #2591).
 * normalizePackage renames the note parts, makes every relationship target relative, and drops the
 * drawings exceljs cannot model (with the <drawing> element that points at them): the cells, merged
 * areas, notes and pictures are kept; charts are not (exceljs has no charts).
 *
 * prepareXlsx is the whole way in: what the file is (sniff.ts), the limits (preflight.ts), then this.
 */
import {
  inspectPackage,
  LIMIT_MESSAGES,
  LIMITS,
  parseRels,
  partDir,
  relativePart,
  relsPath,
  type PackagePart,
} from "./preflight";
import { sniffFile } from "./sniff";
import { writeZip, type Deflate, type ZipOut } from "./zip-write";

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();
const text = (data: Uint8Array | undefined): string | undefined => data && utf8.decode(data);

export type Prepared =
  | {
      ok: true;
      /** The package for exceljs (the input itself when nothing needed changing). */
      bytes: Uint8Array;
      /** The worksheets the workbook lists (chart and dialog sheets left out), in order. */
      sheetNames: string[];
      /** Every part of the package as it was in the file, inflated. */
      parts: Map<string, PackagePart>;
      /** The file has macros (an .xlsm): read like an .xlsx. */
      macros: boolean;
    }
  | { ok: false; failure: "encrypted" | "not-xlsx" | "corrupt" | "empty" | "too-large"; message: string };

/**
 * The bytes of a file named `name` (its extension only helps to name what it is), ready for exceljs, or
 * one Chinese line saying why not. Bounded time and memory whatever the bytes; never throws.
 */
export function prepareXlsx(bytes: Uint8Array, name: string, deflate?: Deflate): Prepared {
  if (bytes.length > LIMITS.fileBytes)
    return { ok: false, failure: "too-large", message: LIMIT_MESSAGES.fileBytes(bytes.length) };
  const kind = sniffFile(bytes, name);
  if (kind.kind === "refused") return { ok: false, failure: kind.failure, message: kind.message };
  const inspected = inspectPackage(bytes, kind.entries);
  if (!inspected.ok) return inspected;
  return {
    ok: true,
    bytes: normalizePackage(bytes, inspected.parts, inspected.worksheets, deflate),
    sheetNames: inspected.worksheets.map((w) => w.name),
    parts: inspected.parts,
    macros: kind.macros,
  };
}

/**
 * A note's text may be a plain <t> (openpyxl writes it so) or rich-text runs <r><t> (Excel); exceljs
 * reads only runs and would give the note no text. Plain texts become one run. null: nothing to change.
 */
function wrapPlainNotes(xml: Uint8Array): Uint8Array | null {
  const s = utf8.decode(xml);
  const out = s.replace(
    /(<(\w+:)?text>)\s*(<(?:\w+:)?t\b[^>]*>[^<]*<\/(?:\w+:)?t>)\s*(<\/(?:\w+:)?text>)/g,
    (_, open: string, prefix: string | undefined, t: string, close: string) =>
      `${open}<${prefix ?? ""}r>${t}</${prefix ?? ""}r>${close}`,
  );
  return out === s ? null : encoder.encode(out);
}

/**
 * The package exceljs 4.4.0 can read (see the opening comment); the input buffer itself when nothing
 * needs changing.
 */
export function normalizePackage(
  bytes: Uint8Array,
  parts: Map<string, PackagePart>,
  worksheets: readonly { name: string; part: string }[],
  deflate?: Deflate,
): Uint8Array {
  const replaced = new Map<string, Uint8Array>();
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
    const head = utf8.decode(p.data.subarray(0, 2048));
    const root = /<([\w:]+)[\s>]/.exec(head.replace(/<\?[^>]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""))?.[1];
    if (root !== "xdr:wsDr") {
      dropped.add(name);
      dropped.add(relsPath(name));
    }
  }

  for (const ws of worksheets) {
    const rp = relsPath(ws.part);
    const relsXml = text(parts.get(rp)?.data);
    if (relsXml === undefined) continue;
    const rels = parseRels(relsXml, ws.part);
    let newRels = relsXml;
    let sheetXml = text(parts.get(ws.part)!.data)!;
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
      const relative = relativePart(partDir(ws.part), part);
      const fixed = r.raw.replace(/\bTarget\s*=\s*(["'])[^"']*\1/, `Target="${relative}"`);
      if (fixed !== r.raw) newRels = newRels.replace(r.raw, fixed);
    }
    if (newRels !== relsXml) replaced.set(rp, encoder.encode(newRels));
    if (sheetChanged) replaced.set(ws.part, encoder.encode(sheetXml));
  }

  if (replaced.size === 0 && renamed.size === 0 && dropped.size === 0) return bytes;
  const out: ZipOut[] = [];
  for (const [name, p] of parts) {
    if (dropped.has(name)) continue;
    const to = renamed.get(name) ?? name;
    const data = replaced.get(name);
    out.push(data ? { name: to, data } : { name: to, from: bytes, entry: p.entry });
  }
  return writeZip(out, deflate);
}
