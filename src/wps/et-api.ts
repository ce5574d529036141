/**
 * The slice of WPS 表格's JS API (the ET object model, close to Excel VBA, synchronous) that the WPS
 * adapter is written against — nothing else of WPS is called. Kingsoft's declarations (the
 * et-jsapi-declare package, used unmodified as its licence requires) are checked against these types at
 * compile time in tests/wps/et-api-conformance.ts: a real WPS object satisfies them.
 *
 * Tests run the adapter on a fake of this slice (tests/wps/fake-wps) over the same in-memory workbook as
 * the fake Excel. Where the declarations are loose (TypedAny, any), the types here say what the adapter
 * assumes WPS hands back; each such assumption is written where the adapter relies on it.
 */

/** XlSheetVisibility.xlSheetVeryHidden: not listed in 取消隐藏, only code can show it again. */
export const XL_SHEET_VERY_HIDDEN = 2;
/** XlSheetVisibility.xlSheetVisible. */
export const XL_SHEET_VISIBLE = -1;
/** xlNone / xlColorIndexNone: "无填充" in Interior.ColorIndex and Interior.Pattern. */
export const XL_NONE = -4142;
/** XlPattern.xlPatternSolid. */
export const XL_PATTERN_SOLID = 1;
/** XlInsertShiftDirection.xlShiftDown / XlDeleteShiftDirection.xlShiftUp. */
export const XL_SHIFT_DOWN = -4121;
export const XL_SHIFT_UP = -4162;
/** XlBordersIndex: the four edges of a cell. */
export const XL_EDGES = { left: 7, top: 8, bottom: 9, right: 10 } as const;
/** XlLineStyle.xlContinuous, xlLineStyleNone; XlBorderWeight.xlThin. */
export const XL_CONTINUOUS = 1;
export const XL_LINE_NONE = -4142;
export const XL_THIN = 2;
/** XlHAlign / XlVAlign: center, and the defaults (General, Bottom); XlVAlign.xlVAlignTop. */
export const XL_CENTER = -4108;
export const XL_BOTTOM = -4107;
export const XL_TOP = -4160;

export interface WInterior {
  /** BGR: 0xBBGGRR, as in VBA (not Excel JS's "#RRGGBB"). */
  Color: unknown;
  ColorIndex: unknown;
  Pattern: unknown;
  PatternColor: unknown;
  TintAndShade: unknown;
}

export interface WFont {
  /** BGR; null when the cell's characters have different colours (as VBA). */
  Color: unknown;
  Bold: unknown;
  Italic: unknown;
  Name: unknown;
  Size: unknown;
}

/** One edge of a cell (Borders.Item(XL_EDGES.top) …). */
export interface WBorder {
  /** XlLineStyle; xlLineStyleNone (-4142) for no line. */
  LineStyle: unknown;
  /** XlBorderWeight. */
  Weight: unknown;
  /** BGR. */
  Color: unknown;
}

export interface WBorders {
  Item(index: number): WBorder;
}

/** A cell's 批注 (Excel: a note, the legacy comment). */
export interface WComment {
  /** Text() reads; Text(text) replaces the whole text (Start omitted). */
  Text(text?: string): string;
  Delete(): void;
}

export interface WRange {
  /** 1-based. */
  readonly Row: number;
  /** 1-based. */
  readonly Column: number;
  /** Rows.Item(i): the range's i-th row (1-based); Rows.Count its number of rows. */
  readonly Rows: WRange;
  readonly Columns: WRange;
  readonly Count: number;
  /** A scalar for one cell, otherwise rows of values (1-based in VBA; see readArray in wps-read.ts). */
  Value2: unknown;
  /** "=SUM(A1:A3)" for a formula; otherwise the constant as text ("" when empty). Writable. */
  Formula: unknown;
  /** What the cell shows (one cell). */
  readonly Text: unknown;
  NumberFormat: unknown;
  readonly MergeCells: unknown;
  readonly MergeArea: WRange;
  readonly EntireRow: { Hidden: unknown };
  readonly Interior: WInterior;
  readonly Font: WFont;
  readonly Borders: WBorders;
  /** XlHAlign / XlVAlign numbers. */
  HorizontalAlignment: unknown;
  VerticalAlignment: unknown;
  WrapText: unknown;
  /** In characters of the default font (as VBA). */
  ColumnWidth: unknown;
  /** Insert(XL_SHIFT_DOWN) on whole rows ("5:7") inserts rows there, moving the rest down. */
  Insert(shift?: number, copyOrigin?: number): unknown;
  /** Delete(XL_SHIFT_UP) on whole rows deletes them, moving the rest up. */
  Delete(shift?: number): unknown;
  Merge(across?: boolean): void;
  UnMerge(): void;
  /** The cell's 批注; null (VBA's Nothing) when it has none. */
  readonly Comment: WComment | null;
  AddComment(text?: string): WComment;
  /** Address(false, false) gives "B5" / "A1:C3". */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Select(): unknown;
  /**
   * AutoFilter() without arguments switches the sheet's filter buttons on over this range (its first
   * row the headings), or off when the sheet has them already — as VBA's Range.AutoFilter.
   */
  AutoFilter(): unknown;
  /** Cells.Item(row, col): 1-based, relative to this range. */
  Item(row: number, col?: number): WRange;
}

/** A sheet's links (Worksheet.Hyperlinks). */
export interface WHyperlinks {
  /**
   * A link on `anchor` (a Range): `address` "" and `subAddress` "'表'!C3" for a place in this workbook;
   * the cell then shows `textToDisplay` in the link style.
   */
  Add(
    anchor: WRange,
    address: string,
    subAddress?: string,
    screenTip?: string,
    textToDisplay?: string,
  ): unknown;
}

export interface WWorksheet {
  Name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: unknown;
  readonly ProtectContents: boolean;
  readonly UsedRange: WRange;
  readonly Cells: WRange;
  readonly Hyperlinks: WHyperlinks;
  Range(address: string): WRange;
  Activate(): unknown;
  Delete(): unknown;
}

export interface WSheets {
  readonly Count: number;
  /** 1-based index or name. (The declarations also allow an array, giving Sheets: never used here.) */
  Item(index: number | string): WWorksheet;
  /** Add(Before, After): a new worksheet placed after `after`. */
  Add(before?: unknown, after?: unknown): WWorksheet;
}

export interface WWorkbook {
  readonly Name: string;
  readonly Worksheets: WSheets;
  readonly ProtectStructure: boolean;
}

/** The active window (Application.ActiveWindow): frozen panes, as in VBA, act on its active sheet. */
export interface WWindow {
  /** Rows above the split (0: none). */
  SplitRow: number;
  /** Columns left of the split (0: none). */
  SplitColumn: number;
  /** True freezes the panes at the split. */
  FreezePanes: boolean;
}

export interface WApplication {
  /** null when no workbook is open. */
  readonly ActiveWorkbook: WWorkbook | null;
  readonly ActiveSheet: WWorksheet | null;
  readonly ActiveCell: WRange | null;
  /** null when no workbook window is open. */
  readonly ActiveWindow: WWindow | null;
  ScreenUpdating: boolean;
  /** False: no confirmation dialogs (Worksheet.Delete asks otherwise, as in VBA). */
  DisplayAlerts: boolean;
}

/** The task pane a JS加载项 creates (WPS.CustomTaskpane). */
export interface WTaskPane {
  readonly ID: number;
  Visible: boolean;
}

/** The JS加载项 root (the global `wps`): the ET application plus the add-in calls we use. */
export interface WAddinRoot extends WApplication {
  CreateTaskPane(url: string, title?: string): WTaskPane;
  /** A page in a dialog: size in pixels; isModal true blocks WPS until it is closed. */
  ShowDialog(url: string, title?: string, width?: number, height?: number, isModal?: boolean): void;
  GetTaskPane(id: number): WTaskPane | null;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: string): unknown };
}
