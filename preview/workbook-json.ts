/**
 * The stand-in host's workbook as JSON: what the preview server reads from an .xlsx (xlsx-to-workbook.ts)
 * and sends to the browser, where it becomes the fake Excel's plain data (tests/excel/fake-excel/
 * workbook-data.ts). Also the snapshot both sides compare: every cell's value, formula, number format,
 * fill, font colour, other formats, note and comment, and the sheets' merges and column widths, so a
 * clear that leaves anything behind shows up as a difference.
 *
 * No DOM and no Node here: the browser bundle and the Node runner share this file.
 */
import { columnLetters, parseA1, toA1, type CellRange, type CellValue } from "../src/core/grid";
import {
  COLS,
  DEFAULT_FONT,
  key,
  NO_FILL,
  type FakeCell,
  type FakeCellStyle,
  type FakeComment,
  type FakeFill,
  type FakeSheet,
  type FakeWorkbookData,
  type SheetVisibility,
} from "../tests/excel/fake-excel/workbook-data";

export interface CellJson {
  /** 0-based row and column. */
  r: number;
  c: number;
  value: CellValue;
  formula?: string;
  text?: string;
  numberFormat?: string;
  /** Absent for No Fill. */
  fill?: FakeFill;
  /** Absent for the default (black) font colour. */
  font?: string;
  /** Bold, alignment, borders … (absent: Excel's defaults). */
  style?: FakeCellStyle;
}

export interface SheetJson {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  merges: CellRange[];
  cells: CellJson[];
  /** [A1 address, text]. */
  notes: [string, string][];
}

export interface WorkbookJson {
  name: string;
  sheets: SheetJson[];
  /** Add-in settings: [key, JSON text]. */
  settings: [string, string][];
  comments: FakeComment[];
  activeSheet: string | null;
  structureProtected: boolean;
}

export function toWorkbookData(json: WorkbookJson): FakeWorkbookData {
  const sheets: FakeSheet[] = json.sheets.map((s) => {
    const cells = new Map<number, FakeCell>();
    for (const c of s.cells) {
      const cell: FakeCell = { value: c.value, fill: c.fill ?? NO_FILL, font: c.font ?? DEFAULT_FONT };
      if (c.formula !== undefined) cell.formula = c.formula;
      if (c.text !== undefined) cell.text = c.text;
      if (c.numberFormat !== undefined) cell.numberFormat = c.numberFormat;
      if (c.style !== undefined) cell.style = structuredClone(c.style);
      cells.set(key(c.r, c.c), cell);
    }
    return {
      name: s.name,
      cells,
      merges: s.merges.map((m) => ({ ...m })),
      protected: s.protected,
      notes: new Map(s.notes),
      visibility: s.visibility,
    };
  });
  const comments = new Map<string, FakeComment>();
  let next = 1;
  for (const m of json.comments) {
    comments.set(m.id, { ...m });
    const n = Number(/^c(\d+)$/.exec(m.id)?.[1] ?? 0);
    if (n >= next) next = n + 1;
  }
  return {
    name: json.name,
    sheets,
    settings: new Map(json.settings),
    comments,
    activeSheet: json.activeSheet ?? sheets.find((s) => s.visibility === "Visible")?.name ?? null,
    selection: null,
    nextCommentId: next,
    structureProtected: json.structureProtected,
  };
}

/** One cell as the comparison sees it: everything a user could tell apart, nothing that is default. */
export interface CellSnapshot {
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
  font?: string;
  style?: FakeCellStyle;
  note?: string;
  comment?: string;
}

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** "A1:B2", sorted. */
  merges: string[];
  /** A1 address → cell; only cells that differ from a blank, unformatted cell. */
  cells: Record<string, CellSnapshot>;
  /** Column widths set through the API: "A" → points. */
  columnWidths: Record<string, number>;
  /** Rows frozen at the top (0: none). */
  frozenRows: number;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  settingKeys: string[];
}

const rangeText = (m: CellRange): string => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;

export function snapshotOf(data: FakeWorkbookData): WorkbookSnapshot {
  const sheets = data.sheets.map((s): SheetSnapshot => {
    const cells: Record<string, CellSnapshot> = {};
    const at = (address: string): CellSnapshot => (cells[address] ??= {});
    for (const [k, c] of s.cells) {
      const snap: CellSnapshot = {};
      if (c.value !== null && c.value !== "") snap.value = c.value;
      if (c.formula !== undefined) snap.formula = c.formula;
      if (c.numberFormat !== undefined && c.numberFormat !== "General") snap.numberFormat = c.numberFormat;
      if (!c.fill.none) snap.fill = { ...c.fill };
      if (c.font !== DEFAULT_FONT) snap.font = c.font;
      if (c.style && Object.keys(c.style).length > 0) snap.style = sortedKeys(c.style);
      if (Object.keys(snap).length > 0) Object.assign(at(toA1(Math.floor(k / COLS), k % COLS)), snap);
    }
    for (const [address, text] of s.notes) at(normalizeAddress(address)).note = text;
    for (const m of data.comments.values())
      if (m.sheet === s.name) at(normalizeAddress(m.cell)).comment = m.content;
    const sorted: Record<string, CellSnapshot> = {};
    for (const a of Object.keys(cells).sort(compareA1)) sorted[a] = cells[a];
    return {
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      merges: s.merges.map(rangeText).sort(),
      cells: sorted,
      columnWidths: Object.fromEntries(
        [...(s.columnWidths ?? new Map<number, number>())]
          .sort((a, b) => a[0] - b[0])
          .map(([c, w]) => [columnLetters(c), w]),
      ),
      frozenRows: s.frozenRows ?? 0,
    };
  });
  return { sheets, settingKeys: [...data.settings.keys()].sort() };
}

/** A copy with keys in order at every level, so equal styles print the same. */
function sortedKeys<T>(v: T): T {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, sortedKeys(o[k])]),
  ) as T;
}

function normalizeAddress(address: string): string {
  const p = parseA1(address.replace(/\$/g, ""));
  return p ? toA1(p.row, p.col) : address;
}

function compareA1(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.row - pb.row || pa.col - pb.col;
}

/**
 * Every difference between two snapshots, one line each ("Sheet!B5 fill: … → …"), at most `limit` lines
 * (the count of the rest at the end). Empty when they are the same.
 */
export function diffSnapshots(before: WorkbookSnapshot, after: WorkbookSnapshot, limit = 20): string[] {
  const out: string[] = [];
  let more = 0;
  const say = (line: string): void => {
    if (out.length < limit) out.push(line);
    else more++;
  };
  const show = (v: unknown): string => (v === undefined ? "（无）" : JSON.stringify(v));
  const brief = (v: unknown): string => {
    const s = show(v);
    return s.length > 80 ? `${s.slice(0, 77)}…` : s;
  };
  const names = (s: WorkbookSnapshot): string[] => s.sheets.map((x) => `${x.name}(${x.visibility})`);
  if (show(names(before)) !== show(names(after)))
    say(`sheets: ${show(names(before))} → ${show(names(after))}`);
  if (show(before.settingKeys) !== show(after.settingKeys))
    say(`settings: ${show(before.settingKeys)} → ${show(after.settingKeys)}`);
  for (const b of before.sheets) {
    const a = after.sheets.find((x) => x.name === b.name);
    if (!a) continue;
    if (b.protected !== a.protected) say(`${b.name} protected: ${b.protected} → ${a.protected}`);
    if (show(b.merges) !== show(a.merges)) say(`${b.name} merges: ${show(b.merges)} → ${show(a.merges)}`);
    if (show(b.columnWidths) !== show(a.columnWidths))
      say(`${b.name} column widths: ${show(b.columnWidths)} → ${show(a.columnWidths)}`);
    const addresses = new Set([...Object.keys(b.cells), ...Object.keys(a.cells)]);
    for (const address of [...addresses].sort(compareA1)) {
      const cb = b.cells[address] ?? {};
      const ca = a.cells[address] ?? {};
      for (const field of [
        "value",
        "formula",
        "numberFormat",
        "fill",
        "font",
        "style",
        "note",
        "comment",
      ] as const) {
        if (show(cb[field]) !== show(ca[field]))
          say(`${b.name}!${address} ${field}: ${brief(cb[field])} → ${brief(ca[field])}`);
      }
    }
  }
  if (more > 0) out.push(`… and ${more} more`);
  return out;
}
