/**
 * The workbook behind the fake Excel: plain data that the fake API reads and writes at sync time, and
 * that tests build and inspect directly. A later stand-in Excel host can fill it from a real .xlsx.
 *
 * Fills keep the distinction Excel keeps and its API blurs: "No Fill" is `{ none: true }`, a white fill
 * is a colour. Font colours are plain "#RRGGBB" (the fake has no "Automatic").
 *
 * Rich text: a cell's text may be in runs of characters with their own font colours (`runs`). Its font
 * colour then reads null when the runs differ (fontColorOf), and any cell-level font colour written to it
 * colours every character (setFontColor), as Excel does when the font colour of a cell is set.
 * Built-in cell styles (好 / 差 / 适中, Excel's Good / Bad / Neutral): `styleName`, with the style's fill
 * and font colour set on the cell when it is applied (applyBuiltinStyle); formats written directly keep
 * the name, as in Excel.
 */
import { parseA1, toA1, type CellRange, type CellValue } from "../../../src/core/grid";

export type FakeFill =
  { none: true } | { none: false; color: string; pattern: string; tint: number; patternColor: string };

/**
 * The rest of a cell's formats, as getCellProperties / setCellProperties see them (ExcelApi 1.9): absent
 * members are Excel's defaults (DEFAULT_STYLE). Borders are kept per cell; Excel shares an edge between
 * neighbours, which the add-in never relies on.
 */
/** A gradient fill as the tests give it: Excel reads it back, but fill properties cannot set it. */
export const GRADIENT_FILL: FakeFill = Object.freeze({
  none: false,
  color: "#5B9BD5",
  pattern: "LinearGradient",
  tint: 0,
  patternColor: "#FFFFFF",
});

export interface FakeCellStyle {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<BorderEdge, FakeBorder>>;
}

export type BorderEdge = "top" | "bottom" | "left" | "right";

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

export const DEFAULT_STYLE = Object.freeze({
  bold: false,
  italic: false,
  fontName: "等线",
  fontSize: 11,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
});
export const NO_BORDER: FakeBorder = Object.freeze({
  style: "None",
  color: "#000000",
  weight: "Thin",
}) as FakeBorder;

/** A run of characters of a rich-text cell and its font colour. */
export interface FakeRun {
  text: string;
  font: string;
}

/** Excel's built-in 好、差和适中 styles (zh-CN names): the fill and font colour each applies. */
export const BUILTIN_STYLES: Readonly<Record<string, { fill: string; font: string }>> = Object.freeze({
  好: { fill: "#C6EFCE", font: "#006100" },
  差: { fill: "#FFC7CE", font: "#9C0006" },
  适中: { fill: "#FFEB9C", font: "#9C5700" },
});

export interface FakeCell {
  value: CellValue;
  /** "=SUM(A1:A3)"; the value is then the result. */
  formula?: string;
  /** What Excel shows; String(value) when absent. */
  text?: string;
  numberFormat?: string;
  fill: FakeFill;
  font: string;
  /** Font weight, alignment, wrapping, borders …; absent: all default. */
  style?: FakeCellStyle;
  /** A link (Range.hyperlink, ExcelApi 1.7): to a place in the workbook or an address. */
  hyperlink?: { documentReference?: string; address?: string; screenTip?: string };
  /** Rich text: the value's characters in runs with their own font colours; absent: all in `font`. */
  runs?: FakeRun[];
  /** A built-in cell style (BUILTIN_STYLES); absent: 常规 (Normal). */
  styleName?: string;
}

/**
 * The font colour Excel reports for a cell: null when its characters have different colours. Documented
 * for ranges ("If there are multiple font colors in the range, range.format.font.color is null": Excel
 * add-ins, "Blank and null values", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values)
 * and for text ("Returns null if the TextRange includes text fragments with different colors":
 * Excel.ShapeFont.color); assumed the same for the characters of one cell, as VBA's Font.Color does.
 */
export function fontColorOf(cell: FakeCell | undefined): string | null {
  if (!cell) return DEFAULT_FONT;
  if (!cell.runs || cell.runs.length === 0) return cell.font;
  const colours = new Set(cell.runs.map((r) => r.font));
  return colours.size === 1 ? cell.runs[0].font : null;
}

/** A font colour set on the cell colours every character: the runs' own colours are gone. */
export function setFontColor(cell: FakeCell, hex: string): void {
  cell.font = hex;
  delete cell.runs;
}

/** A new value has no character formatting. */
export function setValue(cell: FakeCell, value: CellValue): void {
  cell.value = value;
  delete cell.runs;
}

/** Give a cell rich text (test set-up, or the user colouring some characters). */
export function setRuns(cell: FakeCell, runs: readonly FakeRun[]): void {
  cell.runs = runs.map((r) => ({ ...r }));
  cell.value = runs.map((r) => r.text).join("");
}

/** Apply a built-in style, as a user picks it from 单元格样式: its fill and font colour. */
export function applyBuiltinStyle(cell: FakeCell, name: string): void {
  const style = BUILTIN_STYLES[name];
  if (!style) throw new Error(`no built-in style ${name} in the fake`);
  cell.styleName = name;
  cell.fill = { none: false, color: style.fill, pattern: "Solid", tint: 0, patternColor: "#000000" };
  setFontColor(cell, style.font);
}

/** An Excel table (ListObject) on a sheet. */
export interface FakeTable {
  /** Unique in the workbook (case ignored). */
  name: string;
  range: CellRange;
  hasHeaders: boolean;
  style: string;
}

export interface FakeSheet {
  name: string;
  /** Keyed by row * COLS + col (0-based). */
  cells: Map<number, FakeCell>;
  merges: CellRange[];
  protected: boolean;
  /** Notes by A1 address. */
  notes: Map<string, string>;
  visibility: SheetVisibility;
  /** Column widths set through the API (points), by 0-based column; absent: Excel's default. */
  columnWidths?: Map<number, number>;
  /** Tables added through the API; absent: none. */
  tables?: FakeTable[];
  /** Rows frozen at the top through freezePanes (ExcelApi 1.7); absent: none. */
  frozenRows?: number;
  /** The sheet's filter buttons (WPS: Range.AutoFilter) over this range; absent: none. */
  autoFilter?: CellRange;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export interface FakeWorkbookData {
  name: string;
  sheets: FakeSheet[];
  /** Add-in settings: key → JSON text (Excel serialises values). */
  settings: Map<string, string>;
  /** Threaded comments by id, in the order they were added. */
  comments: Map<string, FakeComment>;
  activeSheet: string | null;
  selection: string | null;
  nextCommentId: number;
  /** Workbook structure protection: sheets cannot be added, hidden, shown or deleted. */
  structureProtected: boolean;
}

export const COLS = 16384;
export const ROWS = 1_048_576;
export const NO_FILL: FakeFill = Object.freeze({ none: true }) as FakeFill;
export const DEFAULT_FONT = "#000000";

export const key = (row: number, col: number): number => row * COLS + col;

export function emptyCell(): FakeCell {
  return { value: null, fill: NO_FILL, font: DEFAULT_FONT };
}

export interface SheetSpec {
  name: string;
  /** Rows of values from A1 (or from `origin`); undefined/null/"" are empty cells. */
  values?: (CellValue | undefined)[][];
  origin?: string;
  merges?: CellRange[];
  protected?: boolean;
}

export function fakeSheet(spec: SheetSpec): FakeSheet {
  const sheet: FakeSheet = {
    name: spec.name,
    cells: new Map(),
    merges: spec.merges ?? [],
    protected: spec.protected ?? false,
    notes: new Map(),
    visibility: "Visible",
  };
  const o = spec.origin ? parseA1(spec.origin)! : { row: 0, col: 0 };
  (spec.values ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === undefined || v === null || v === "") return;
      sheet.cells.set(key(o.row + r, o.col + c), { ...emptyCell(), value: v });
    }),
  );
  return sheet;
}

export function fakeWorkbook(sheets: FakeSheet[], name = "测试工作簿.xlsx"): FakeWorkbookData {
  return {
    name,
    sheets,
    settings: new Map(),
    comments: new Map(),
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
    nextCommentId: 1,
    structureProtected: false,
  };
}

/** Add a threaded comment (test set-up). */
export function addComment(
  data: FakeWorkbookData,
  sheet: string,
  cell: string,
  content: string,
): FakeComment {
  const m: FakeComment = { id: `c${data.nextCommentId++}`, sheet, cell, content };
  data.comments.set(m.id, m);
  return m;
}

/** Make `cell` of `sheet` the active cell (and the selection), as a click in Excel would (test set-up). */
export function selectCell(data: FakeWorkbookData, sheet: string, cell: string): void {
  data.activeSheet = sheet;
  data.selection = `${sheet}!${cell}`;
}

export function findSheet(data: FakeWorkbookData, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return data.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The cell at an A1 address, created (empty, default format) when `create`. */
export function cellAt(sheet: FakeSheet, address: string, create: true): FakeCell;
export function cellAt(sheet: FakeSheet, address: string, create?: false): FakeCell | undefined;
export function cellAt(sheet: FakeSheet, address: string, create = false): FakeCell | undefined {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  let c = sheet.cells.get(key(p.row, p.col));
  if (!c && create) sheet.cells.set(key(p.row, p.col), (c = emptyCell()));
  return c;
}

/**
 * What a user sees of a cell's look: fill, font colour, note, comment, and — only when the cell has
 * them — its rich-text runs and its built-in style. For before/after comparisons.
 */
export interface CellLook {
  fill: FakeFill;
  font: string;
  note: string | null;
  comment: string | null;
  runs?: FakeRun[];
  style?: string;
}

export function lookOf(data: FakeWorkbookData, sheet: FakeSheet, address: string): CellLook {
  const c = cellAt(sheet, address);
  const comment = [...data.comments.values()].find((m) => m.sheet === sheet.name && m.cell === address);
  const look: CellLook = {
    fill: c ? { ...c.fill } : { none: true },
    font: c ? c.font : DEFAULT_FONT,
    note: sheet.notes.get(address) ?? null,
    comment: comment ? comment.content : null,
  };
  if (c?.runs) look.runs = c.runs.map((r) => ({ ...r }));
  if (c?.styleName !== undefined) look.style = c.styleName;
  return look;
}

/** A look that shows nothing but Excel's defaults. */
export function isDefaultLook(look: CellLook): boolean {
  return (
    look.fill.none &&
    look.font === DEFAULT_FONT &&
    look.note === null &&
    look.comment === null &&
    look.runs === undefined &&
    look.style === undefined
  );
}

/** Every cell of every sheet (hidden ones included) that has a value, a non-default look, a note or a comment. */
export function workbookLooks(data: FakeWorkbookData): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const s of data.sheets) {
    const addresses = new Set<string>(s.notes.keys());
    for (const k of s.cells.keys()) addresses.add(toA1(Math.floor(k / COLS), k % COLS));
    for (const m of data.comments.values()) if (m.sheet === s.name) addresses.add(m.cell);
    for (const a of addresses) {
      const look = lookOf(data, s, a);
      if (isDefaultLook(look)) continue;
      out.set(`${s.name}!${a}`, look);
    }
  }
  return out;
}
