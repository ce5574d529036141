/** The workbook-level parts of an .xlsx: relationships, sheet list, shared strings, number formats. */
import { decodeXString, decodeXml, parseAttrs, scanXml } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name inside the zip, without a leading slash ("xl/worksheets/sheet1.xml"). */
  target: string;
}

/** Resolve a relationship target against the folder of the part that owns the .rels file. */
export function resolvePartName(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir ? `${baseDir}/${target}` : target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The .rels part that belongs to a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(partName: string): string {
  const i = partName.lastIndexOf("/");
  return i < 0 ? `_rels/${partName}.rels` : `${partName.slice(0, i)}/_rels/${partName.slice(i + 1)}.rels`;
}

export function dirOf(partName: string): string {
  const i = partName.lastIndexOf("/");
  return i < 0 ? "" : partName.slice(0, i);
}

export function parseRelationships(xml: string, baseDir: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const a = parseAttrs(attrs);
      if (a.TargetMode === "External" || !a.Target) return;
      rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: resolvePartName(baseDir, a.Target) });
    },
    close() {},
  });
  return rels;
}

export interface SheetEntry {
  name: string;
  relId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function parseWorkbookPart(xml: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  scanXml(xml, {
    open(name, attrs) {
      if (name === "sheet") {
        const a = parseAttrs(attrs);
        out.sheets.push({ name: a.name ?? "", relId: a.id ?? "" });
      } else if (name === "workbookPr") {
        const v = parseAttrs(attrs).date1904;
        out.date1904 = v === "1" || v === "true";
      }
    },
    close() {},
  });
  return out;
}

/** Shared strings, rich text runs joined, phonetic guides (rPh) left out. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = "";
  let inT = false;
  let rphDepth = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === "si") current = "";
      else if (name === "rPh") rphDepth++;
      else if (name === "t" && !selfClosing && rphDepth === 0) inT = true;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") rphDepth--;
      else if (name === "si") out.push(decodeXString(current));
    },
    text(raw) {
      if (inT) current += decodeXml(raw);
    },
  });
  return out;
}

/** Built-in number formats by id, as a Chinese-locale Excel displays them (ids 14/22 follow the locale). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'AM/PMh"时"mm"分"',
  35: 'AM/PMh"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'AM/PMh"时"mm"分"',
  56: 'AM/PMh"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Number format code of each cell style index (cellXfs order); undefined for General. */
export function parseStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === "numFmt") {
        const a = parseAttrs(attrs);
        custom.set(Number(a.numFmtId), a.formatCode ?? "");
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) {
        const id = Number(parseAttrs(attrs).numFmtId ?? 0);
        const code = custom.get(id) ?? BUILTIN_FORMATS[id];
        xfs.push(code === undefined || code === "General" ? undefined : code);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfs;
}
