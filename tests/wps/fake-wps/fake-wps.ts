/**
 * A small, honest fake of the WPS 表格 objects the WPS adapter uses (src/wps/et-api.ts), over the same
 * in-memory workbook as the fake Excel (tests/excel/fake-excel/workbook-data.ts), with WPS's (VBA's)
 * conventions as the adapter assumes them:
 *
 * - every call is synchronous and acts on the workbook at once; `calls` counts member accesses;
 * - rows and columns are 1-based (Row, Column, Cells.Item(r, c), Rows.Item(i));
 * - colours are BGR numbers (0xBBGGRR); a cell without fill reads ColorIndex = Pattern = xlNone
 *   (-4142) and Color = white; setting Color, Pattern or TintAndShade changes the fill as Excel does
 *   (the fake Excel's rules); ColorIndex = xlNone removes it;
 * - a cell's 批注 (Comment) is the workbook's note at that address (Excel's notes); Comment is null
 *   without one; AddComment on a cell that has one throws;
 * - Value2 of one cell is a scalar (undefined when empty), of a larger range rows of values; written
 *   values convert as Excel's would (a leading apostrophe keeps text; fake Excel's cell-input.ts);
 * - MergeCells is true / false for one cell, and for a range false (no merged cell), true (exactly one
 *   merged area) or null (mixed); MergeArea is the merged area around the first cell;
 * - EntireRow.Hidden is per row (hiddenRows), null for a range of mixed rows;
 * - a cell whose rich-text runs have different colours (FakeCell.runs) reads Font.Color null, as VBA's
 *   Font.Color does; a Font.Color written colours every character (setFontColor);
 * - each sheet keeps its own selection, given back when it is activated again;
 * - writes to a protected sheet throw; Worksheets.Add activates the new sheet and throws under
 *   workbook structure protection; a very hidden sheet cannot be activated or selected;
 * - formats beyond the fill and font colour (Bold, Italic, Name, Size, alignment, WrapText, Borders)
 *   are the fake Excel's cell style, with VBA's numbers for its names (alignments, line styles,
 *   weights) and BGR colours;
 * - Range("5:7").Insert(xlShiftDown) / Delete(xlShiftUp) insert and delete whole rows as the fake Excel
 *   does (cells, merged areas, notes move); Merge / UnMerge as the fake Excel's;
 * - Worksheet.Delete would ask the user first unless DisplayAlerts is false: the fake throws instead;
 * - Hyperlinks.Add(cell, "", "'表'!C3", tip, text) links one cell to a place in the workbook (the fake
 *   Excel's FakeCell.hyperlink) and writes `text` into it; Range.AutoFilter() switches the sheet's one
 *   filter on over the range (FakeSheet.autoFilter), or off when it has one; ActiveWindow's SplitRow and
 *   FreezePanes freeze rows of the active sheet (FakeSheet.frozenRows; a column split is not modelled);
 * - any member the adapter does not use is absent (TypeScript) or throws "not implemented".
 */
import { toA1, type CellRange } from "../../../src/core/grid";
import { bgrToHex, hexToBgr } from "../../../src/wps/colour";
import type {
  WApplication,
  WHyperlinks,
  WWindow,
  WBorder,
  WBorders,
  WComment,
  WFont,
  WInterior,
  WRange,
  WSheets,
  WWorkbook,
  WWorksheet,
} from "../../../src/wps/et-api";
import { XL_NONE, XL_SHIFT_DOWN, XL_SHIFT_UP } from "../../../src/wps/et-api";
import { applyStyle } from "../../excel/fake-excel/cell-style";
import {
  deleteRows,
  insertRows,
  isWholeRows,
  mergeArea,
  unmergeArea,
} from "../../excel/fake-excel/structure";
import { parseArea, withColor, withPattern, withPatternColor, withTint } from "../../excel/fake-excel/batch";
import { storedValue } from "../../excel/fake-excel/cell-input";
import { usedArea } from "../../excel/fake-excel/ranges";
import {
  emptyCell,
  fakeSheet,
  findSheet,
  fontColorOf,
  key,
  NO_FILL,
  setFontColor,
  setValue,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookData,
  type BorderEdge,
  type FakeCellStyle,
  type SheetVisibility,
} from "../../excel/fake-excel/workbook-data";
import { DEFAULT_STYLE, NO_BORDER } from "../../excel/fake-excel/workbook-data";

export class FakeWpsError extends Error {}

/** XlPattern numbers of the patterns the fake Excel keeps by name. */
const PATTERNS: Record<string, number> = {
  Solid: 1,
  // xlPatternLinearGradient / xlPatternRectangularGradient: read back; setting them is refused (withPattern).
  LinearGradient: 4000,
  RectangularGradient: 4001,
  Gray50: -4125,
  Gray75: -4126,
  Gray25: -4124,
  Gray16: 17,
  Gray8: 18,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
};
const PATTERN_NAMES = new Map(Object.entries(PATTERNS).map(([n, v]) => [v, n]));

/** VBA's numbers for the fake Excel's alignment, line style and weight names. */
const H_ALIGN: Record<string, number> = {
  General: 1,
  Left: -4131,
  Center: -4108,
  Right: -4152,
  Fill: 5,
  Justify: -4130,
  CenterAcrossSelection: 7,
  Distributed: -4117,
};
const V_ALIGN: Record<string, number> = {
  Top: -4160,
  Center: -4108,
  Bottom: -4107,
  Justify: -4130,
  Distributed: -4117,
};
const LINE_STYLE: Record<string, number> = {
  None: -4142,
  Continuous: 1,
  Dash: -4115,
  DashDot: 4,
  DashDotDot: 5,
  Dot: -4118,
  Double: -4119,
  SlantDashDot: 13,
};
const WEIGHT: Record<string, number> = { Hairline: 1, Thin: 2, Medium: -4138, Thick: 4 };
const EDGE_OF: Record<number, BorderEdge> = { 7: "left", 8: "top", 9: "bottom", 10: "right" };
const nameOf = (table: Record<string, number>, v: unknown, what: string): string =>
  Object.keys(table).find((k) => table[k] === v) ?? notImplemented(`${what} = ${String(v)}`);
/** Points per character of column width, as the Excel adapter counts them for a new sheet. */
const POINTS_PER_CHAR = 6;

const VISIBLE: Record<SheetVisibility, number> = { Visible: -1, Hidden: 0, VeryHidden: 2 };

const notImplemented = (what: string): never => {
  throw new Error(`not implemented in fake WPS: ${what}`);
};

export class FakeWps implements WApplication {
  ScreenUpdating = true;
  DisplayAlerts = true;
  /** Member accesses of the object model (each is a call across WPS's bridge). */
  calls = 0;
  /** Hidden rows (0-based) per sheet name. */
  readonly hiddenRows = new Map<string, Set<number>>();
  /** False: no workbook open. */
  open = true;
  /** Each sheet's own selection, given back when the sheet is active again (as WPS does). */
  private readonly selections = new Map<string, string>();

  /** The structure helpers' context (rows moved, merged areas made). */
  readonly structure: { data: FakeWorkbookData; version: number; commentsMoved(): void };

  constructor(readonly data: FakeWorkbookData) {
    this.structure = { data, version: 0, commentsMoved: () => undefined };
  }

  get ActiveWorkbook(): WWorkbook | null {
    this.calls++;
    return this.open ? new FakeWorkbook(this) : null;
  }

  get ActiveSheet(): WWorksheet | null {
    this.calls++;
    const name = this.data.activeSheet;
    return this.open && name !== null ? new FakeWorksheet(this, name) : null;
  }

  get ActiveWindow(): WWindow | null {
    this.calls++;
    if (!this.open || this.data.activeSheet === null) return null;
    const call = (): void => void this.calls++;
    const split = this.split;
    const sheet = (): FakeSheet => this.sheet(this.data.activeSheet!);
    return {
      get SplitRow(): number {
        call();
        return split.row;
      },
      set SplitRow(v: number) {
        call();
        split.row = v;
      },
      get SplitColumn(): number {
        call();
        return split.col;
      },
      set SplitColumn(v: number) {
        call();
        if (v !== 0) notImplemented("a column split");
        split.col = v;
      },
      get FreezePanes(): boolean {
        call();
        return sheet().frozenRows !== undefined;
      },
      set FreezePanes(v: boolean) {
        call();
        const s = sheet();
        if (v && split.row > 0) s.frozenRows = split.row;
        else delete s.frozenRows;
      },
    };
  }

  /** The active window's split, before FreezePanes fixes it. */
  private readonly split = { row: 0, col: 0 };

  get ActiveCell(): WRange | null {
    this.calls++;
    const name = this.data.activeSheet;
    if (!this.open || name === null) return null;
    const sel = this.data.selection;
    const bang = sel?.lastIndexOf("!") ?? -1;
    let area: CellRange = { top: 0, left: 0, bottom: 0, right: 0 };
    if (sel && bang >= 0 && sel.slice(0, bang).toLowerCase() === name.toLowerCase()) {
      const a = parseArea(sel.slice(bang + 1));
      area = { top: a.top, left: a.left, bottom: a.top, right: a.left };
    }
    return new FakeRange(this, name, area, "cells");
  }

  /** Make a sheet active, keeping the selection of the one left. */
  activate(name: string): void {
    const data = this.data;
    if (data.activeSheet === name) return;
    if (data.activeSheet !== null && data.selection) this.selections.set(data.activeSheet, data.selection);
    data.activeSheet = name;
    data.selection = this.selections.get(name) ?? `${name}!A1`;
  }

  sheet(name: string): FakeSheet {
    const s = findSheet(this.data, name);
    if (!s) throw new FakeWpsError(`没有工作表 ${name}`);
    return s;
  }
}

class FakeWorkbook implements WWorkbook {
  constructor(private readonly wps: FakeWps) {}

  get Name(): string {
    this.wps.calls++;
    return this.wps.data.name;
  }

  get ProtectStructure(): boolean {
    this.wps.calls++;
    return this.wps.data.structureProtected;
  }

  get Worksheets(): WSheets {
    this.wps.calls++;
    return new FakeSheets(this.wps);
  }
}

class FakeSheets implements WSheets {
  constructor(private readonly wps: FakeWps) {}

  get Count(): number {
    this.wps.calls++;
    return this.wps.data.sheets.length;
  }

  Item(index: number | string): WWorksheet {
    this.wps.calls++;
    const s = typeof index === "number" ? this.wps.data.sheets[index - 1] : findSheet(this.wps.data, index);
    if (!s) throw new FakeWpsError(`下标越界：${index}`);
    return new FakeWorksheet(this.wps, s.name);
  }

  Add(before?: unknown, after?: unknown): WWorksheet {
    this.wps.calls++;
    const data = this.wps.data;
    if (data.structureProtected) throw new FakeWpsError("工作簿结构受保护");
    if (before !== undefined) notImplemented("Worksheets.Add(Before)");
    let n = data.sheets.length + 1;
    while (findSheet(data, `Sheet${n}`)) n++;
    const s = fakeSheet({ name: `Sheet${n}` });
    const at = after instanceof FakeWorksheet ? data.sheets.indexOf(this.wps.sheet(after.name)) + 1 : 0;
    data.sheets.splice(at, 0, s);
    this.wps.activate(s.name);
    return new FakeWorksheet(this.wps, s.name);
  }
}

class FakeWorksheet implements WWorksheet {
  constructor(
    private readonly wps: FakeWps,
    public name: string,
  ) {}

  private sheet(): FakeSheet {
    return this.wps.sheet(this.name);
  }

  get Name(): string {
    this.wps.calls++;
    return this.sheet().name;
  }
  set Name(v: string) {
    this.wps.calls++;
    const data = this.wps.data;
    const s = this.sheet();
    if (v.length === 0 || v.length > 31 || /[[\]:*?/\\]/.test(v)) throw new FakeWpsError("工作表名称无效");
    if (findSheet(data, v) && findSheet(data, v) !== s) throw new FakeWpsError("工作表名称已存在");
    if (data.structureProtected) throw new FakeWpsError("工作簿结构受保护");
    if (data.activeSheet === s.name) data.activeSheet = v;
    if (data.selection?.startsWith(`${s.name}!`))
      data.selection = `${v}!${data.selection.slice(s.name.length + 1)}`;
    const hidden = this.wps.hiddenRows.get(s.name);
    if (hidden) this.wps.hiddenRows.set(v, hidden);
    s.name = v;
    this.name = v;
  }

  get Visible(): unknown {
    this.wps.calls++;
    return VISIBLE[this.sheet().visibility];
  }
  set Visible(v: unknown) {
    this.wps.calls++;
    const data = this.wps.data;
    const s = this.sheet();
    const next = (Object.keys(VISIBLE) as SheetVisibility[]).find((k) => VISIBLE[k] === v);
    if (!next) throw new Error(`not implemented in fake WPS: Visible = ${String(v)}`);
    if (next === s.visibility) return;
    if (data.structureProtected) throw new FakeWpsError("工作簿结构受保护");
    const visible = data.sheets.filter((o) => o.visibility === "Visible");
    if (next !== "Visible" && visible.length === 1 && visible[0] === s)
      throw new FakeWpsError("工作簿中至少要有一张可见的工作表");
    s.visibility = next;
    if (next !== "Visible" && data.activeSheet === s.name) {
      this.wps.activate(data.sheets.find((o) => o.visibility === "Visible")!.name);
    }
  }

  get ProtectContents(): boolean {
    this.wps.calls++;
    return this.sheet().protected;
  }

  get UsedRange(): WRange {
    this.wps.calls++;
    return new FakeRange(this.wps, this.name, usedArea(this.sheet(), this.wps.data, false), "cells");
  }

  get Cells(): WRange {
    this.wps.calls++;
    return new FakeRange(this.wps, this.name, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }, "cells");
  }

  Range(address: string): WRange {
    this.wps.calls++;
    return new FakeRange(this.wps, this.name, parseArea(address), "cells");
  }

  get Hyperlinks(): WHyperlinks {
    this.wps.calls++;
    const wps = this.wps;
    const name = this.name;
    return {
      Add(anchor, address, subAddress, screenTip, textToDisplay): unknown {
        wps.calls++;
        if (!(anchor instanceof FakeRange) || anchor.sheetName !== name)
          notImplemented("a link anchored outside this sheet");
        if (address !== "" || subAddress === undefined) notImplemented("a link to another file");
        (anchor as FakeRange).link({
          documentReference: subAddress!,
          ...(screenTip !== undefined ? { screenTip } : {}),
        });
        if (textToDisplay !== undefined) anchor.Value2 = textToDisplay;
        return true;
      },
    };
  }

  Activate(): unknown {
    this.wps.calls++;
    const s = this.sheet();
    if (s.visibility !== "Visible") throw new FakeWpsError("不能激活隐藏的工作表");
    this.wps.activate(s.name);
    return true;
  }

  Delete(): unknown {
    this.wps.calls++;
    const data = this.wps.data;
    const s = this.sheet();
    if (this.wps.DisplayAlerts) throw new FakeWpsError("删除工作表会先询问用户（DisplayAlerts 为 true）");
    if (data.structureProtected) throw new FakeWpsError("工作簿结构受保护");
    if (data.sheets.filter((o) => o.visibility === "Visible" && o !== s).length === 0)
      throw new FakeWpsError("工作簿中至少要有一张可见的工作表");
    data.sheets.splice(data.sheets.indexOf(s), 1);
    this.wps.hiddenRows.delete(s.name);
    if (data.activeSheet === s.name) {
      data.activeSheet = null;
      this.wps.activate(data.sheets.find((o) => o.visibility === "Visible")!.name);
    }
    return true;
  }
}

type Kind = "cells" | "rows" | "columns";

class FakeRange implements WRange {
  constructor(
    private readonly wps: FakeWps,
    readonly sheetName: string,
    private readonly area: CellRange,
    private readonly kind: Kind,
  ) {}

  /** Hyperlinks.Add on this cell (see FakeWorksheet.Hyperlinks). */
  link(to: NonNullable<FakeCell["hyperlink"]>): void {
    this.oneCell("a link");
    this.writable();
    this.cell(true)!.hyperlink = to;
  }

  AutoFilter(): unknown {
    this.wps.calls++;
    const s = this.writable();
    if (s.autoFilter) delete s.autoFilter;
    else s.autoFilter = { ...this.area };
    return true;
  }

  private sheet(): FakeSheet {
    return this.wps.sheet(this.sheetName);
  }
  private get single(): boolean {
    return this.area.top === this.area.bottom && this.area.left === this.area.right;
  }
  private oneCell(what: string): { row: number; col: number } {
    if (!this.single) notImplemented(`${what} of a range of several cells`);
    return { row: this.area.top, col: this.area.left };
  }
  private cell(create: boolean): FakeCell | undefined {
    const { row, col } = this.oneCell("a cell property");
    const s = this.sheet();
    let c = s.cells.get(key(row, col));
    if (!c && create) s.cells.set(key(row, col), (c = emptyCell()));
    return c;
  }
  private writable(): FakeSheet {
    const s = this.sheet();
    if (s.protected) throw new FakeWpsError("不能更改受保护工作表中的单元格");
    return s;
  }
  private address(): string {
    return toA1(this.area.top, this.area.left);
  }

  get Row(): number {
    this.wps.calls++;
    return this.area.top + 1;
  }
  get Column(): number {
    this.wps.calls++;
    return this.area.left + 1;
  }
  get Count(): number {
    this.wps.calls++;
    const rows = this.area.bottom - this.area.top + 1;
    const cols = this.area.right - this.area.left + 1;
    return this.kind === "rows" ? rows : this.kind === "columns" ? cols : rows * cols;
  }
  get Rows(): WRange {
    this.wps.calls++;
    return new FakeRange(this.wps, this.sheetName, this.area, "rows");
  }
  get Columns(): WRange {
    this.wps.calls++;
    return new FakeRange(this.wps, this.sheetName, this.area, "columns");
  }

  Item(row: number, col?: number): WRange {
    this.wps.calls++;
    const a = this.area;
    if (this.kind === "rows") {
      if (col !== undefined) notImplemented("Rows.Item(row, col)");
      const r = a.top + row - 1;
      return new FakeRange(this.wps, this.sheetName, { ...a, top: r, bottom: r }, "cells");
    }
    if (this.kind === "columns" || col === undefined) return notImplemented("Item(index)");
    const r = a.top + row - 1;
    const c = a.left + col - 1;
    return new FakeRange(this.wps, this.sheetName, { top: r, left: c, bottom: r, right: c }, "cells");
  }

  private valueAt(r: number, c: number): unknown {
    const v = this.sheet().cells.get(key(r, c))?.value;
    return v === null || v === undefined ? undefined : v;
  }
  private grid<T>(f: (r: number, c: number) => T): T | T[][] {
    const a = this.area;
    if (this.single) return f(a.top, a.left);
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }

  get Value2(): unknown {
    this.wps.calls++;
    return this.grid((r, c) => this.valueAt(r, c));
  }
  set Value2(v: unknown) {
    this.wps.calls++;
    const s = this.writable();
    const a = this.area;
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const input = Array.isArray(v) ? (v[r - a.top] as unknown[])?.[c - a.left] : v;
        let cell = s.cells.get(key(r, c));
        if (!cell) s.cells.set(key(r, c), (cell = emptyCell()));
        setValue(cell, storedValue(input, cell.numberFormat));
        delete cell.formula;
        delete cell.text;
      }
  }

  get Formula(): unknown {
    this.wps.calls++;
    return this.grid((r, c) => {
      const cell = this.sheet().cells.get(key(r, c));
      if (!cell) return "";
      return cell.formula ?? (cell.value === null ? "" : String(cell.value));
    });
  }
  set Formula(_v: unknown) {
    notImplemented("writing Formula");
  }

  get Text(): unknown {
    this.wps.calls++;
    const c = this.cell(false);
    if (!c || c.value === null) return "";
    return c.text ?? String(c.value);
  }

  get NumberFormat(): unknown {
    this.wps.calls++;
    return this.cell(false)?.numberFormat ?? "General";
  }
  set NumberFormat(v: unknown) {
    this.wps.calls++;
    if (typeof v !== "string") notImplemented(`NumberFormat = ${String(v)}`);
    this.edit((cell) => {
      if (v === "General") delete cell.numberFormat;
      else cell.numberFormat = v as string;
    });
  }

  /** Change every cell of the range (created when missing); throws on a protected sheet. */
  private edit(f: (cell: FakeCell) => void): void {
    const s = this.writable();
    const a = this.area;
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 100_000) notImplemented("formatting a huge range");
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        let cell = s.cells.get(key(r, c));
        if (!cell) s.cells.set(key(r, c), (cell = emptyCell()));
        f(cell);
      }
  }

  private style(): FakeCellStyle {
    return this.cell(false)?.style ?? {};
  }

  get HorizontalAlignment(): unknown {
    this.wps.calls++;
    return H_ALIGN[this.style().horizontalAlignment ?? DEFAULT_STYLE.horizontalAlignment];
  }
  set HorizontalAlignment(v: unknown) {
    this.wps.calls++;
    const name = nameOf(H_ALIGN, v, "HorizontalAlignment");
    this.edit((cell) => applyStyle(cell, { horizontalAlignment: name }));
  }

  get VerticalAlignment(): unknown {
    this.wps.calls++;
    return V_ALIGN[this.style().verticalAlignment ?? DEFAULT_STYLE.verticalAlignment];
  }
  set VerticalAlignment(v: unknown) {
    this.wps.calls++;
    const name = nameOf(V_ALIGN, v, "VerticalAlignment");
    this.edit((cell) => applyStyle(cell, { verticalAlignment: name }));
  }

  get WrapText(): unknown {
    this.wps.calls++;
    return this.style().wrapText ?? DEFAULT_STYLE.wrapText;
  }
  set WrapText(v: unknown) {
    this.wps.calls++;
    if (typeof v !== "boolean") notImplemented(`WrapText = ${String(v)}`);
    this.edit((cell) => applyStyle(cell, { wrapText: v as boolean }));
  }

  get ColumnWidth(): unknown {
    this.wps.calls++;
    const w = this.sheet().columnWidths?.get(this.area.left);
    return w === undefined ? 8.38 : w / POINTS_PER_CHAR;
  }
  set ColumnWidth(v: unknown) {
    this.wps.calls++;
    if (typeof v !== "number" || !(v > 0)) notImplemented(`ColumnWidth = ${String(v)}`);
    const s = this.writable();
    s.columnWidths ??= new Map();
    for (let c = this.area.left; c <= this.area.right; c++)
      s.columnWidths.set(c, (v as number) * POINTS_PER_CHAR);
  }

  get Borders(): WBorders {
    this.wps.calls++;
    const wps = this.wps;
    const style = (): FakeCellStyle => this.style();
    const edit = (f: (cell: FakeCell) => void): void => this.edit(f);
    return {
      Item(index: number): WBorder {
        wps.calls++;
        const edge = EDGE_OF[index] ?? notImplemented(`Borders.Item(${index})`);
        const now = () => style().borders?.[edge] ?? NO_BORDER;
        const set = (b: { style?: string; weight?: string; color?: string }) =>
          edit((cell) => applyStyle(cell, { borders: { [edge]: b } }));
        return {
          get LineStyle(): unknown {
            wps.calls++;
            return LINE_STYLE[now().style];
          },
          set LineStyle(v: unknown) {
            wps.calls++;
            set({ style: nameOf(LINE_STYLE, v, "LineStyle") });
          },
          get Weight(): unknown {
            wps.calls++;
            return WEIGHT[now().weight];
          },
          set Weight(v: unknown) {
            wps.calls++;
            set({ weight: nameOf(WEIGHT, v, "Weight") });
          },
          get Color(): unknown {
            wps.calls++;
            return hexToBgr(now().color);
          },
          set Color(v: unknown) {
            wps.calls++;
            set({ color: bgrToHex(v) ?? notImplemented(`Border.Color = ${String(v)}`) });
          },
        };
      },
    };
  }

  Insert(shift?: number): unknown {
    this.wps.calls++;
    if (!isWholeRows(this.area) || shift !== XL_SHIFT_DOWN)
      notImplemented("Insert of anything but whole rows");
    insertRows(this.wps.structure, this.writable(), this.area.top, this.area.bottom - this.area.top + 1);
    return true;
  }

  Delete(shift?: number): unknown {
    this.wps.calls++;
    if (!isWholeRows(this.area) || shift !== XL_SHIFT_UP) notImplemented("Delete of anything but whole rows");
    deleteRows(this.wps.structure, this.writable(), this.area.top, this.area.bottom);
    return true;
  }

  Merge(): void {
    this.wps.calls++;
    mergeArea(this.wps.structure, this.writable(), this.area);
  }

  UnMerge(): void {
    this.wps.calls++;
    const a = this.area;
    const around = this.single ? (this.mergeAt(a.top, a.left) ?? a) : a;
    unmergeArea(this.wps.structure, this.writable(), around);
  }

  private mergeAt(r: number, c: number): CellRange | undefined {
    return this.sheet().merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  get MergeCells(): unknown {
    this.wps.calls++;
    const a = this.area;
    if (this.single) return this.mergeAt(a.top, a.left) !== undefined;
    const touching = this.sheet().merges.filter(
      (m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left,
    );
    if (touching.length === 0) return false;
    const m = touching[0];
    if (
      touching.length === 1 &&
      m.top === a.top &&
      m.left === a.left &&
      m.bottom === a.bottom &&
      m.right === a.right
    )
      return true;
    return null;
  }

  get MergeArea(): WRange {
    this.wps.calls++;
    const { row, col } = { row: this.area.top, col: this.area.left };
    const m = this.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
    return new FakeRange(this.wps, this.sheetName, m, "cells");
  }

  get EntireRow(): { Hidden: unknown } {
    this.wps.calls++;
    const hidden = this.wps.hiddenRows.get(this.sheetName) ?? new Set<number>();
    let n = 0;
    for (let r = this.area.top; r <= this.area.bottom; r++) if (hidden.has(r)) n++;
    const rows = this.area.bottom - this.area.top + 1;
    return { Hidden: n === 0 ? false : n === rows ? true : null };
  }

  get Interior(): WInterior {
    this.wps.calls++;
    const fill = () => this.cell(false)?.fill ?? NO_FILL;
    const set = (f: (old: FakeCell["fill"]) => FakeCell["fill"]): void => {
      this.writable();
      const c = this.cell(true)!;
      c.fill = f(c.fill);
    };
    const wps = this.wps;
    return {
      get Color(): unknown {
        wps.calls++;
        const f = fill();
        return f.none ? 0xffffff : hexToBgr(f.color);
      },
      set Color(v: unknown) {
        wps.calls++;
        set((f) => withColor(f, bgrToHex(v) ?? notImplemented(`Color = ${String(v)}`)));
      },
      get ColorIndex(): unknown {
        wps.calls++;
        return fill().none ? XL_NONE : 1;
      },
      set ColorIndex(v: unknown) {
        wps.calls++;
        if (v !== XL_NONE) notImplemented(`ColorIndex = ${String(v)}`);
        set(() => NO_FILL);
      },
      get Pattern(): unknown {
        wps.calls++;
        const f = fill();
        return f.none ? XL_NONE : (PATTERNS[f.pattern] ?? notImplemented(`pattern ${f.pattern}`));
      },
      set Pattern(v: unknown) {
        wps.calls++;
        if (v === XL_NONE) {
          set(() => NO_FILL);
          return;
        }
        const name = PATTERN_NAMES.get(v as number) ?? notImplemented(`Pattern = ${String(v)}`);
        set((f) => withPattern(f, name));
      },
      get PatternColor(): unknown {
        wps.calls++;
        const f = fill();
        return f.none ? 0 : hexToBgr(f.patternColor);
      },
      set PatternColor(v: unknown) {
        wps.calls++;
        set((f) => withPatternColor(f, bgrToHex(v) ?? notImplemented(`PatternColor = ${String(v)}`)));
      },
      get TintAndShade(): unknown {
        wps.calls++;
        const f = fill();
        return f.none ? 0 : f.tint;
      },
      set TintAndShade(v: unknown) {
        wps.calls++;
        if (typeof v !== "number") notImplemented(`TintAndShade = ${String(v)}`);
        set((f) => withTint(f, v as number));
      },
    };
  }

  get Font(): WFont {
    this.wps.calls++;
    const wps = this.wps;
    const read = (): string | null => fontColorOf(this.cell(false));
    const write = (hex: string): void => {
      this.writable();
      setFontColor(this.cell(true)!, hex);
    };
    const style = (): FakeCellStyle => this.cell(false)?.style ?? {};
    const set = (font: { bold?: boolean; italic?: boolean; name?: string; size?: number }): void =>
      this.edit((cell) => applyStyle(cell, { font }));
    return {
      get Color(): unknown {
        wps.calls++;
        const hex = read();
        return hex === null ? null : hexToBgr(hex);
      },
      set Color(v: unknown) {
        wps.calls++;
        write(bgrToHex(v) ?? notImplemented(`Font.Color = ${String(v)}`));
      },
      get Bold(): unknown {
        wps.calls++;
        return style().bold ?? DEFAULT_STYLE.bold;
      },
      set Bold(v: unknown) {
        wps.calls++;
        set({ bold: v === true });
      },
      get Italic(): unknown {
        wps.calls++;
        return style().italic ?? DEFAULT_STYLE.italic;
      },
      set Italic(v: unknown) {
        wps.calls++;
        set({ italic: v === true });
      },
      get Name(): unknown {
        wps.calls++;
        return style().fontName ?? DEFAULT_STYLE.fontName;
      },
      set Name(v: unknown) {
        wps.calls++;
        set({ name: String(v) });
      },
      get Size(): unknown {
        wps.calls++;
        return style().fontSize ?? DEFAULT_STYLE.fontSize;
      },
      set Size(v: unknown) {
        wps.calls++;
        if (typeof v !== "number") notImplemented(`Font.Size = ${String(v)}`);
        set({ size: v as number });
      },
    };
  }

  get Comment(): WComment | null {
    this.wps.calls++;
    const { row, col } = this.oneCell("Comment");
    const address = toA1(row, col);
    return this.sheet().notes.has(address) ? this.comment(address) : null;
  }

  private comment(address: string): WComment {
    const wps = this.wps;
    const notes = (write: boolean): Map<string, string> => (write ? this.writable() : this.sheet()).notes;
    return {
      Text(text?: string): string {
        wps.calls++;
        const all = notes(text !== undefined);
        if (!all.has(address)) throw new FakeWpsError("批注已删除");
        if (text !== undefined) all.set(address, text);
        return all.get(address)!;
      },
      Delete(): void {
        wps.calls++;
        notes(true).delete(address);
      },
    };
  }

  AddComment(text?: string): WComment {
    this.wps.calls++;
    const { row, col } = this.oneCell("AddComment");
    const address = toA1(row, col);
    const s = this.writable();
    if (s.notes.has(address)) throw new FakeWpsError("单元格已有批注");
    s.notes.set(address, text ?? "");
    return this.comment(address);
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.wps.calls++;
    if (rowAbsolute || columnAbsolute) notImplemented("absolute addresses");
    const a = this.area;
    return this.single ? this.address() : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;
  }

  Select(): unknown {
    this.wps.calls++;
    const data = this.wps.data;
    const s = this.sheet();
    if (data.activeSheet !== s.name) throw new FakeWpsError("只能选择活动工作表上的单元格");
    const a = this.area;
    data.selection = `${s.name}!${this.single ? this.address() : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`}`;
    return true;
  }
}

/** Hide rows of a sheet (0-based), as the user would (test set-up). */
export function hideRows(wps: FakeWps, sheet: string, rows: number[]): void {
  const set = wps.hiddenRows.get(sheet) ?? new Set<number>();
  for (const r of rows) set.add(r);
  wps.hiddenRows.set(sheet, set);
}
