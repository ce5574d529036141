/**
 * The fast reader: the grid of a workbook straight from its XML parts (already inflated by preflight),
 * without building exceljs's object model — about twenty times faster on small files, and it needs
 * no exceljs at all. It reads what the grid holds: values, shared strings, formulas (shared ones moved
 * to their cell), error values, number formats and dates, merged areas, hidden rows, hyperlinked
 * cells and sheet protection, and gives the very grid the exceljs reader gives (sheet-from-exceljs.ts:
 * tests/cli/fast-read.test.ts compares the two on every test workbook and on generated ones).
 *
 * It reads only plain packages: a part it does not know (notes, drawings, tables…), a construct whose
 * exceljs reading is peculiar (a row without a number, overlapping merged areas, a missing shared
 * string, CDATA…) makes it return null, and the caller reads the workbook with exceljs, which then
 * decides — so a damaged file is still refused with the same message as before.
 */
import { isAddinSheet, type Cell, type CellRange, type Sheet } from "../core/grid";
import { gridCellFromValue } from "./sheet-from-exceljs";
import { attr, decodeText, NotPlain, scanXml } from "./xml-scan";

/** Parts of a package the fast reader may see; any other part sends the workbook to exceljs. */
const KNOWN_PART =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(?:core|app|custom)\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/theme\/theme\d+\.xml|xl\/calcChain\.xml|xl\/printerSettings\/printerSettings\d+\.bin|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels)$/;
/** Parts only checked for well-formedness (exceljs parses them; a broken one fails its load). */
const CHECKED_ONLY = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|docProps\/.*\.xml|xl\/calcChain\.xml)$/;

const REL_TYPE_END = { hyperlink: "/hyperlink", printerSettings: "/printerSettings" } as const;

/** exceljs's built-in number formats (its defaultnumformats.js, the entries with a format code). */
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
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** exceljs's utils.isDateFmt. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** exceljs's utils.excelToDate. */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** exceljs's utils.xmlDecode (applied a second time to some texts). */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** The _xHHHH_ escapes exceljs undoes in shared strings. */
function unescapeX(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** Above Excel's 16,384 columns, so row * COLS + col is unique per cell. */
const COLS = 16_385;

const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/** "B3" → [row, col], 1-based; NotPlain for anything else. */
function decodeAddress(ref: string): [number, number] {
  const m = ADDRESS.exec(ref);
  if (!m) throw new NotPlain("address");
  let col = 0;
  for (let i = 0; i < m[1].length; i++) col = col * 26 + m[1].charCodeAt(i) - 64;
  if (col > 16384) throw new NotPlain("column");
  return [Number(m[2]), col];
}

function columnLetters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** exceljs's slideFormula (utils/shared-formula.js): a shared formula moved from its master to a cell. */
function slideFormula(formula: string, from: string, to: string): string {
  const [fr, fc] = decodeAddress(from);
  const [tr, tc] = decodeAddress(to);
  return formula.replace(
    /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (
      refMatch: string,
      sheet: string | undefined,
      _s: string,
      addrPart: string,
      paren: string | undefined,
    ) => {
      if (paren) return refMatch;
      const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addrPart);
      if (!m) return refMatch;
      const colStr = m[2].toUpperCase();
      if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return refMatch;
      let col = 0;
      for (let i = 0; i < colStr.length; i++) col = col * 26 + colStr.charCodeAt(i) - 64;
      let row = parseInt(m[4], 10);
      if (!m[1]) col += tc - fc;
      if (!m[3]) row += tr - fr;
      // exceljs throws for a column moved out of A…XFD.
      if (col < 1 || col > 16384) throw new NotPlain("shared formula");
      return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
    },
  );
}

interface Styles {
  /** cellXfs index → number format code (undefined: none). */
  numFmts: (string | undefined)[];
  /** Whether styles.xml had a cellXfs list at all. */
  present: boolean;
}

function readStyles(xml: string | undefined): Styles {
  if (xml === undefined) return { numFmts: [], present: false };
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = 0;
  let inNumFmts = 0;
  let depth = 0;
  const root = scanXml(xml, {
    open(name, attrs, selfClosing) {
      depth++;
      if (name === "cellXfs") inCellXfs = depth;
      else if (name === "numFmts") inNumFmts = depth;
      else if (name === "xf" && inCellXfs && depth === inCellXfs + 1)
        xfIds.push(parseInt(attr(attrs, "numFmtId") ?? "", 10));
      else if (name === "numFmt" && inNumFmts && depth === inNumFmts + 1) {
        const code = attr(attrs, "formatCode");
        if (code === undefined) throw new NotPlain("numFmt without a code");
        custom.set(parseInt(attr(attrs, "numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
      }
      if (selfClosing) return;
    },
    close(name) {
      if (name === "cellXfs" && inCellXfs === depth) inCellXfs = 0;
      if (name === "numFmts" && inNumFmts === depth) inNumFmts = 0;
      depth--;
    },
  });
  if (root !== "styleSheet") throw new NotPlain("styles root");
  const numFmts = xfIds.map((id) => (id ? custom.get(id) || BUILTIN_FORMATS[id] || undefined : undefined));
  return { numFmts, present: xfIds.length > 0 };
}

/** Shared strings: plain texts, or runs joined (what the grid takes of rich text). */
function readSharedStrings(xml: string | undefined): (string | null)[] {
  if (xml === undefined) return [];
  return plainSharedStrings(xml) ?? scanSharedStrings(xml);
}

const PLAIN_SI = "<si><t";
const PLAIN_SI_END = "</t></si>";
const PRESERVE = ' xml:space="preserve">';

/**
 * The usual shared strings part, every <si> one plain <t> written without white space between them
 * (Excel, exceljs), read by slicing rather than by the generic scanner: a fifth of the time of a small
 * workbook's reading was there. The same texts as scanSharedStrings; undefined for any other shape, which
 * scanSharedStrings then reads whole.
 */
function plainSharedStrings(xml: string): string[] | undefined {
  const first = xml.indexOf("<si>");
  const end = xml.lastIndexOf("</si>") + "</si>".length;
  if (first < 0 || end <= first) return undefined;
  const out: string[] = [];
  for (let i = first; i < end;) {
    if (!xml.startsWith(PLAIN_SI, i)) return undefined;
    i += PLAIN_SI.length;
    if (xml.charCodeAt(i) === 0x3e /* > */) i++;
    else if (xml.startsWith(PRESERVE, i)) i += PRESERVE.length;
    else return undefined;
    const lt = xml.indexOf("<", i);
    if (!xml.startsWith(PLAIN_SI_END, lt)) return undefined;
    out.push(unescapeX(decodeText(xml.slice(i, lt))));
    i = lt + PLAIN_SI_END.length;
  }
  // What surrounds the strings (the declaration, <sst>, </sst>) is checked as the scanner checks it.
  try {
    if (scanSharedStrings(xml.slice(0, first) + xml.slice(end)).length > 0) return undefined;
  } catch (e) {
    if (e instanceof NotPlain) return undefined;
    throw e;
  }
  return out;
}

function scanSharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  let si: string | null = null; // null: no <t> or run yet (exceljs's {})
  let inSi = false;
  let runs: string[] | null = null;
  let inR = false;
  let inPh = 0;
  let t: string[] | null = null;
  const root = scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === "si") {
        if (inSi) throw new NotPlain("nested si");
        inSi = true;
        si = null;
        runs = null;
      } else if (!inSi) {
        if (name !== "sst") throw new NotPlain("shared strings element");
      } else if (name === "rPh") inPh++;
      else if (inPh) return;
      else if (name === "r") {
        if (si !== null) throw new NotPlain("run after text");
        inR = true;
        runs ??= [];
        runs.push("");
      } else if (name === "t") {
        t = [];
        if (selfClosing) t = [];
      }
    },
    text(raw) {
      if (t && !inPh) t.push(raw);
    },
    close(name) {
      if (name === "si") {
        inSi = false;
        out.push(runs ? runs.join("") : si);
      } else if (name === "rPh") inPh--;
      else if (inPh) return;
      else if (name === "r") inR = false;
      else if (name === "t" && t) {
        const text = unescapeX(decodeText(t.join("")));
        t = null;
        if (inR && runs) runs[runs.length - 1] = text;
        else if (!inR) {
          // A <t> after runs replaces them (exceljs keeps the last thing it read).
          si = text;
          runs = null;
        }
      }
    },
  });
  if (root !== "sst") throw new NotPlain("shared strings root");
  return out;
}

interface BookSheet {
  name: string;
  state?: string;
  part: string;
}

function readWorkbookXml(
  xml: string,
  rels: Map<string, { type: string; target: string }>,
): {
  sheets: BookSheet[];
  date1904: boolean;
} {
  const sheets: BookSheet[] = [];
  const ids = new Set<number>();
  const parts = new Set<string>();
  let date1904 = false;
  const root = scanXml(xml, {
    open(name, attrs) {
      if (name === "workbookPr") date1904 = attr(attrs, "date1904") === "1";
      else if (name === "sheet") {
        const rel = rels.get(attr(attrs, "r:id") ?? "");
        if (!rel) throw new NotPlain("sheet without relationship");
        const part = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, "")}`;
        if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) {
          if (rel.type.endsWith("/worksheet")) throw new NotPlain("worksheet part name");
          return; // a chart sheet or a dialog sheet: exceljs leaves it out too
        }
        const id = Number(attr(attrs, "sheetId"));
        if (!Number.isInteger(id) || id < 1 || ids.has(id) || parts.has(part))
          throw new NotPlain("sheet ids");
        ids.add(id);
        parts.add(part);
        const rawName = attr(attrs, "name");
        if (rawName === undefined) throw new NotPlain("sheet name");
        sheets.push({ name: xmlDecode(rawName), state: attr(attrs, "state"), part });
      }
    },
    close() {},
  });
  if (root !== "workbook") throw new NotPlain("workbook root");
  return { sheets, date1904 };
}

function readRels(xml: string | undefined): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (xml === undefined) return out;
  const root = scanXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const id = attr(attrs, "Id");
      if (id === undefined || out.has(id)) throw new NotPlain("relationship id");
      out.set(id, { type: attr(attrs, "Type") ?? "", target: attr(attrs, "Target") ?? "" });
    },
    close() {},
  });
  if (root !== "Relationships") throw new NotPlain("relationships root");
  return out;
}

/** One parsed <c>, as exceljs's cell parser models it. */
interface RawCell {
  address: string | undefined;
  styleId: number;
  t: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
}

interface RawRow {
  number: number;
  hidden: boolean;
  cells: RawCell[];
}

interface Context {
  strings: (string | null)[];
  styles: Styles;
  date1904: boolean;
}

/** A worksheet part → its grid (name and protection filled in by the caller). */
function readSheet(
  xml: string,
  rels: Map<string, { type: string; target: string }>,
  ctx: Context,
  name: string,
): Sheet {
  const rows: RawRow[] = [];
  const mergeRefs: string[] = [];
  const hyperlinks = new Map<string, string>();
  let protectedSheet = false;
  let row: RawRow | null = null;
  let cell: RawCell | null = null;
  let node: "f" | "v" | "t" | undefined;
  let inIs = false;
  const root = scanXml(xml, {
    open(tag, attrs) {
      if (cell) {
        if (tag === "f") {
          node = "f";
          cell.si = attr(attrs, "si");
          cell.shareType = attr(attrs, "t");
          cell.ref = attr(attrs, "ref");
        } else if (tag === "v") node = "v";
        else if (tag === "t") node = "t";
        else if (tag === "is") inIs = true;
        else if (tag === "r" || tag === "rPh" || inIs) throw new NotPlain("rich inline string");
        else throw new NotPlain(`cell element ${tag}`);
        return;
      }
      if (row) {
        if (tag !== "c") throw new NotPlain(`row element ${tag}`);
        const s = attr(attrs, "s");
        cell = {
          address: attr(attrs, "r"),
          styleId: s ? parseInt(s, 10) : 0,
          t: attr(attrs, "t"),
          formula: undefined,
          shareType: undefined,
          si: undefined,
          ref: undefined,
          value: undefined,
        };
        node = undefined;
        inIs = false;
        return;
      }
      switch (tag) {
        case "row": {
          const r = attr(attrs, "r");
          const number = parseInt(r ?? "", 10);
          if (!(number >= 1)) throw new NotPlain("row number");
          const hidden = attr(attrs, "hidden");
          const rowStyle = attr(attrs, "s");
          if (rowStyle && parseInt(rowStyle, 10) && !ctx.styles.present)
            throw new NotPlain("row style without styles");
          row = { number, hidden: hidden === "1" || hidden === "true", cells: [] };
          rows.push(row);
          return;
        }
        case "c":
          throw new NotPlain("cell outside a row");
        case "mergeCell": {
          const ref = attr(attrs, "ref");
          if (ref === undefined) throw new NotPlain("merge without ref");
          mergeRefs.push(ref);
          return;
        }
        case "sheetProtection":
          protectedSheet = attr(attrs, "sheet") === "1";
          return;
        case "hyperlink": {
          const rId = attr(attrs, "r:id");
          if (rId === undefined) return;
          const rel = rels.get(rId);
          if (!rel) throw new NotPlain("hyperlink without relationship");
          const ref = attr(attrs, "ref");
          if (rel.target && ref !== undefined) hyperlinks.set(ref, rel.target);
          return;
        }
        default:
          return;
      }
    },
    text(raw) {
      if (!cell || node === undefined) return;
      const text = decodeText(raw);
      if (node === "f") cell.formula = (cell.formula ?? "") + text;
      else cell.value = (cell.value ?? "") + text;
    },
    close(tag) {
      if (cell) {
        if (tag === "c") {
          row!.cells.push(cell);
          cell = null;
        } else if (tag === "f" || tag === "v" || tag === "t") node = undefined;
        else if (tag === "is") {
          node = undefined;
          inIs = false;
        }
        return;
      }
      if (tag === "row") row = null;
    },
  });
  if (root !== "worksheet") throw new NotPlain("worksheet root");
  // An empty text adds nothing (a parser reports no text event for it).
  return buildSheet(name, rows, mergeRefs, hyperlinks, protectedSheet, ctx);
}

type Value = unknown;

interface Built {
  value: Value;
  numFmt: string | undefined;
  isFormula: boolean;
  formula: string | undefined;
  sharedFormula: string | undefined;
  address: string;
}

function buildSheet(
  name: string,
  rawRows: RawRow[],
  mergeRefs: string[],
  hyperlinks: Map<string, string>,
  protectedSheet: boolean,
  ctx: Context,
): Sheet {
  /** row number → col → built cell (null: a styled cell without a value, exceljs's Null cell). */
  const byRow = new Map<number, { hidden: boolean; cells: Map<number, Built | null> }>();
  const formulae = new Map<string, string>();
  for (const rr of rawRows) {
    if (byRow.has(rr.number)) throw new NotPlain("row twice");
    const cells = new Map<number, Built | null>();
    byRow.set(rr.number, { hidden: rr.hidden, cells });
    let prevCol = 0;
    for (const c of rr.cells) {
      const hasValue = c.value !== undefined && c.value !== "";
      const isFormula = Boolean(c.formula) || Boolean(c.shareType);
      if (!isFormula && !hasValue && !c.styleId) continue; // exceljs's "Merge" cell: not added
      let col: number;
      let address: string;
      if (c.address !== undefined) {
        const [r, cc] = decodeAddress(c.address);
        if (r !== rr.number) throw new NotPlain("cell outside its row");
        col = cc;
        address = c.address;
      } else {
        if (!prevCol) throw new NotPlain("cell without an address");
        col = prevCol + 1;
        if (col > 16384) throw new NotPlain("column");
        address = `${columnLetters(col)}${rr.number}`;
      }
      prevCol = col;
      if (c.styleId && !ctx.styles.present) throw new NotPlain("style without styles");
      if (c.styleId && c.styleId >= ctx.styles.numFmts.length) {
        // exceljs: no such style, no number format.
      }
      const numFmt = c.styleId ? ctx.styles.numFmts[c.styleId] : undefined;
      const dateFmt = isDateFmt(numFmt);
      let value: Value;
      let formula: string | undefined;
      let sharedFormula: string | undefined;
      if (isFormula) {
        let result: Value;
        if (hasValue) {
          const v = c.value as string;
          if (c.t === "str") result = xmlDecode(v);
          else if (c.t === "b") result = parseInt(v, 10) !== 0;
          else if (c.t === "e") result = { error: v };
          else result = parseFloat(v);
        }
        if (result !== undefined && dateFmt) result = excelToDate(result, ctx.date1904);
        formula = c.formula;
        if (c.shareType === "shared") {
          if (c.ref) formulae.set(c.si as string, address);
          else {
            sharedFormula = formulae.get(c.si as string);
          }
        }
        if (c.address === undefined && (sharedFormula !== undefined || (c.shareType === "shared" && c.ref)))
          throw new NotPlain("shared formula without an address");
        value = { result };
      } else if (hasValue) {
        const v = c.value as string;
        switch (c.t) {
          case "s": {
            const index = parseInt(v, 10);
            if (!(index >= 0 && index < ctx.strings.length)) throw new NotPlain("shared string index");
            const s = ctx.strings[index];
            value = s === null ? {} : s;
            break;
          }
          case "str":
            value = xmlDecode(v);
            break;
          case "inlineStr":
            value = v;
            break;
          case "b":
            value = parseInt(v, 10) !== 0;
            break;
          case "e":
            value = { error: v };
            break;
          default:
            value = parseFloat(v);
            if (dateFmt) value = excelToDate(value, ctx.date1904);
        }
      } else {
        // exceljs would turn a hyperlink on a cell without a value into a cell of its own.
        if (c.address !== undefined && hyperlinks.has(c.address))
          throw new NotPlain("hyperlink on an empty cell");
        cells.set(col, null);
        continue;
      }
      const link = hyperlinks.get(address);
      let built: Built;
      if (link && c.address !== undefined) {
        const text = isFormula ? (value as { result: Value }).result : value;
        built = {
          value: { text, hyperlink: link },
          numFmt,
          isFormula: false,
          formula,
          sharedFormula,
          address,
        };
      } else built = { value, numFmt, isFormula, formula, sharedFormula, address };
      cells.set(col, built);
    }
  }

  // Merged areas: exceljs refuses overlapping ones; covered cells lose their own value.
  const merges: CellRange[] = [];
  const inArea = new Set<number>();
  const covered = new Set<number>();
  for (const ref of mergeRefs) {
    const [a, b = a, extra] = ref.split(":");
    if (extra !== undefined) throw new NotPlain("merge ref");
    const [r1, c1] = decodeAddress(a);
    const [r2, c2] = decodeAddress(b);
    const top = Math.min(r1, r2);
    const left = Math.min(c1, c2);
    const bottom = Math.max(r1, r2);
    const right = Math.max(c1, c2);
    merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const key = r * COLS + c;
        if (inArea.has(key)) throw new NotPlain("overlapping merged areas");
        inArea.add(key);
        if (r > top || c > left) covered.add(key);
      }
  }

  const grid: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  const hasCovered = new Set<number>();
  for (const key of covered) hasCovered.add(Math.floor(key / COLS));
  const numbers = [...new Set([...byRow.keys(), ...hasCovered])].sort((x, y) => x - y);
  for (const number of numbers) {
    const entry = byRow.get(number);
    const r = number - 1;
    let hasValues = hasCovered.has(number);
    if (entry) {
      for (const [col, b] of entry.cells) {
        if (!b) continue;
        if (covered.has(number * COLS + col)) continue;
        hasValues = true;
        const g = cellOf(b, byRow, covered, ctx.date1904);
        if (!g) continue;
        (grid[r] ??= [])[col - 1] = g;
        if (r < minRow) minRow = r;
        if (col - 1 < minCol) minCol = col - 1;
      }
      if (entry.hidden && hasValues) hiddenRows.push(r);
    }
  }

  const sheet: Sheet = { name, rows: [], originRow: 0, originCol: 0, merges };
  if (minRow !== Infinity) {
    sheet.originRow = minRow;
    sheet.originCol = minCol;
    const rows: (Cell | undefined)[][] = new Array(grid.length - minRow);
    for (let r = minRow; r < grid.length; r++) {
      const src = grid[r];
      rows[r - minRow] = src ? (minCol === 0 ? src : src.slice(minCol)) : [];
    }
    sheet.rows = rows;
  }
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if (protectedSheet) sheet.protected = true;
  return sheet;
}

type Rows = Map<number, { cells: Map<number, Built | null> }>;

function cellOf(b: Built, byRow: Rows, covered: Set<number>, date1904: boolean): Cell | undefined {
  if (!b.isFormula) return gridCellFromValue(b.value, b.numFmt, () => undefined, date1904);
  // exceljs's formula value keeps only the fields that are truthy (a cached result of 0 is dropped).
  const raw: { formula?: string; sharedFormula?: string; result?: Value } = {};
  const result = (b.value as { result: Value }).result;
  if (b.formula) raw.formula = b.formula;
  if (result) raw.result = result;
  if (b.sharedFormula) raw.sharedFormula = b.sharedFormula;
  return gridCellFromValue(raw, b.numFmt, () => formulaOf(b, byRow, covered), date1904);
}

/** exceljs's cell.formula: its own text, or its shared master's moved to it. */
function formulaOf(b: Built, byRow: Rows, covered: Set<number>): string | undefined {
  if (b.formula) return b.formula;
  if (!b.sharedFormula) return undefined;
  const [r, c] = decodeAddress(b.sharedFormula);
  if (covered.has(r * COLS + c)) throw new NotPlain("shared formula master merged away");
  const master = byRow.get(r)?.cells.get(c);
  if (master === undefined) return undefined;
  if (master === null || !master.isFormula || !master.formula) throw new NotPlain("shared formula master");
  return slideFormula(master.formula, master.address, b.address);
}

/**
 * The sheets of a workbook from its inflated parts (the worksheets in workbook order, the task pane's
 * bookkeeping sheets left out), or null when exceljs has to read it.
 */
export function fastSheets(parts: ReadonlyMap<string, Buffer>): Sheet[] | null {
  try {
    for (const name of parts.keys()) if (!KNOWN_PART.test(name)) return null;
    const text = (name: string): string | undefined => parts.get(name)?.toString("utf8");
    for (const name of parts.keys())
      if (CHECKED_ONLY.test(name)) scanXml(text(name) as string, { open() {}, close() {} });
    const wbRels = readRels(text("xl/_rels/workbook.xml.rels"));
    const book = readWorkbookXml(text("xl/workbook.xml") ?? "", wbRels);
    const ctx: Context = {
      strings: readSharedStrings(text("xl/sharedStrings.xml")),
      styles: readStyles(text("xl/styles.xml")),
      date1904: book.date1904,
    };
    const sheets: Sheet[] = [];
    for (const s of book.sheets) {
      const xml = text(s.part);
      if (xml === undefined) return null;
      const relsPart = s.part.replace(/^xl\/worksheets\/(sheet\d+\.xml)$/, "xl/worksheets/_rels/$1.rels");
      const rels = readRels(text(relsPart));
      for (const r of rels.values())
        if (!r.type.endsWith(REL_TYPE_END.hyperlink) && !r.type.endsWith(REL_TYPE_END.printerSettings))
          return null;
      const sheet = readSheet(xml, rels, ctx, s.name);
      if (isAddinSheet(s.name, s.state === "veryHidden")) continue;
      if (s.state === "hidden" || s.state === "veryHidden") sheet.hidden = true;
      sheets.push(sheet);
    }
    return sheets;
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}
