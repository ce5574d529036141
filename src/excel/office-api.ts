/**
 * The slice of the Excel JavaScript API this adapter uses, as structural types. Real `Excel.*` objects
 * satisfy them (tests/excel/office-api-conformance.ts checks that at compile time); the test fake in
 * tests/excel/fake-excel implements exactly these members and nothing else. Keeping the adapter on this
 * slice lets it compile without the office-js typings (bench, CLI build) and shows at a glance which
 * host calls the add-in depends on.
 *
 * Requirement sets: see capabilities.ts and the README's Excel table. Properties are readable only after load() + sync().
 */

export interface XClientResult<T> {
  readonly value: T;
}

export interface XLoadable {
  /** Always check after a sync in which the object was loaded. */
  readonly isNullObject: boolean;
  load(propertyNames: string): unknown;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<void>;
}

export interface XWorkbook {
  /** ExcelApi 1.7. */
  readonly name: string;
  load(propertyNames: string): unknown;
  /** ExcelApi 1.7: the active cell (a one-cell range on the active sheet). */
  getActiveCell(): XRange;
  readonly worksheets: XWorksheetCollection;
  /** ExcelApi 1.4: key/value pairs saved in the file, per add-in. */
  readonly settings: XSettingCollection;
  /** ExcelApi 1.10: threaded comments. */
  readonly comments: XCommentCollection;
  /** ExcelApi 1.18: every note in the workbook. */
  readonly notes: XNoteCollection;
  /** ExcelApi 1.7: structure protection (no sheet can be added, hidden or deleted). */
  readonly protection: XWorkbookProtection;
}

export interface XWorkbookProtection {
  readonly protected: boolean;
  load(propertyNames: string): unknown;
}

export interface XWorksheetCollection {
  readonly items: XWorksheet[];
  load(propertyNames: string): unknown;
  getItem(key: string): XWorksheet;
  /** ExcelApi 1.1: added at the end, not activated. */
  add(name?: string): XWorksheet;
  /** ExcelApi 1.1. */
  getActiveWorksheet(): XWorksheet;
}

export interface XWorksheet extends XLoadable {
  readonly name: string;
  /** ExcelApi 1.2. */
  readonly protection: XWorksheetProtection;
  /** ExcelApi 1.18. */
  readonly notes: XNoteCollection;
  /** ExcelApi 1.1 (valuesOnly 1.2). Returns A1 when the sheet is blank. */
  getUsedRange(valuesOnly?: boolean): XRange;
  getRange(address?: string): XRange;
  /** ExcelApi 1.9: several areas at once ("A1, C3:C5"). */
  getRanges(address?: string): XRangeAreas;
  /** ExcelApi 1.1. */
  readonly tables: XTableCollection;
  /** ExcelApi 1.7. */
  readonly freezePanes: XWorksheetFreezePanes;
  activate(): void;
  /** "Visible" | "Hidden" | "VeryHidden"; settable from ExcelApi 1.2. */
  visibility: string;
  /** ExcelApi 1.1. Fails with InvalidOperation on a VeryHidden sheet: make it Hidden first (office-js #365). */
  delete(): void;
}

export interface XWorksheetFreezePanes {
  /** ExcelApi 1.7: keep the top `count` rows in view while scrolling. */
  freezeRows(count?: number): void;
}

export interface XTableCollection {
  /** ExcelApi 1.1: a table over the range (sheet-local address); with headers, its first row is the header row. */
  add(address: string, hasHeaders: boolean): XTable;
}

export interface XTable {
  /** ExcelApi 1.1: unique in the workbook; Excel names a new table (表1 / Table1). */
  name: string;
  /** ExcelApi 1.1: a built-in style such as "TableStyleLight9". */
  style: string;
}

/** ExcelApi 1.7. A link inside the workbook goes to documentReference ("'Sheet 1'!E6"). */
export interface XRangeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface XWorksheetProtection {
  readonly protected: boolean;
  load(propertyNames: string): unknown;
}

export interface XRange extends XLoadable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Writable: numbers, booleans and text ('-prefixed when Excel must not parse it); "" empties a cell. */
  values: unknown[][];
  readonly text: string[][];
  readonly formulas: unknown[][];
  numberFormat: unknown[][];
  /** ExcelApi 1.7: set on a one-cell range (with textToDisplay, the cell's value becomes that text). */
  hyperlink: XRangeHyperlink;
  readonly format: XRangeFormat;
  /** ExcelApi 1.4. */
  getIntersectionOrNullObject(anotherRange: string): XRange;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XRangeAreas;
  /** ExcelApi 1.9. */
  getCellProperties(options: XCellPropertiesLoadOptions): XClientResult<XCellProperties[][]>;
  /** ExcelApi 1.9. */
  setCellProperties(values: XSettableCellProperties[][]): void;
  /**
   * ExcelApi 1.9. With "Formats": font, fill, borders, number format … of the source, no values. The
   * destination grows to the source's size from its top-left cell. The source is given by address;
   * from another sheet, sheet-qualified ("'Sheet 1'!B5:B9").
   */
  copyFrom(sourceRange: string, copyType: "Formats", skipBlanks: boolean, transpose: boolean): void;
  select(): void;
  /** ExcelApi 1.1. On whole rows ("5:7"): new empty rows there, the rest moved down. */
  insert(shift: "Down"): XRange;
  /** ExcelApi 1.1. On whole rows: the rows removed, the rest moved up. */
  delete(shift: "Up"): void;
  /** ExcelApi 1.2. One merged area; Excel keeps only the top-left cell's value. */
  merge(across?: boolean): void;
  /** ExcelApi 1.2. */
  unmerge(): void;
}

export interface XRangeAreas extends XLoadable {
  readonly address: string;
  readonly format: XRangeFormat;
}

export interface XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  /** Width of every column of the range, in points (ExcelApi 1.2). */
  columnWidth: number;
}

export interface XRangeFill {
  color: string;
  /** ExcelApi 1.9. */
  pattern: string;
  /** ExcelApi 1.9. null reads back for "No Fill" (a white fill reads a number). */
  tintAndShade: number | null;
  /** ExcelApi 1.9. */
  patternColor: string;
  /** Back to "No Fill". */
  clear(): void;
}

export interface XRangeFont {
  color: string;
  bold: boolean;
}

export interface XCellPropertiesLoadOptions {
  format?: {
    fill?: { color?: boolean; pattern?: boolean; tintAndShade?: boolean; patternColor?: boolean };
    font?: { color?: boolean; bold?: boolean; italic?: boolean; name?: boolean; size?: boolean };
    borders?: { color?: boolean; style?: boolean; weight?: boolean };
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    wrapText?: boolean;
  };
}

export interface XCellBorder {
  color?: string;
  style?: string;
  weight?: string;
}

/** The cell's edges (getCellProperties reports these four for one cell). */
export interface XCellBorders {
  top?: XCellBorder;
  bottom?: XCellBorder;
  left?: XCellBorder;
  right?: XCellBorder;
}

export interface XCellProperties {
  format?: {
    fill?: {
      color?: string;
      pattern?: string | null;
      tintAndShade?: number | null;
      patternColor?: string | null;
    };
    /**
     * color: null when the cell's characters have different colours (rich text): "If there are multiple
     * font colors in the range, range.format.font.color is null" (learn.microsoft.com/office/dev/
     * add-ins/excel/excel-add-ins-blank-null-values).
     */
    font?: { color?: string | null; bold?: boolean; italic?: boolean; name?: string; size?: number };
    borders?: XCellBorders;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
  };
}

export interface XSettableCellProperties {
  format?: {
    fill?: { color?: string; pattern?: string; tintAndShade?: number; patternColor?: string };
    font?: { color?: string; bold?: boolean; italic?: boolean; name?: string; size?: number };
    borders?: XCellBorders;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
  };
}

export interface XNoteCollection {
  readonly items: XNote[];
  load(propertyNames: string): unknown;
  add(cellAddress: string, content: string): unknown;
  /** By cell address; ItemNotFound (when the batch runs) if the cell has no note. */
  getItem(key: string): XNote;
  getItemOrNullObject(key: string): XNote;
}

export interface XNote extends XLoadable {
  content: string;
  delete(): void;
  getLocation(): XRange;
}

export interface XSettingCollection {
  readonly items: XSetting[];
  load(propertyNames: string): unknown;
  add(key: string, value: string): unknown;
  /** ItemNotFound (when the batch runs) if there is no such setting. */
  getItem(key: string): XSetting;
  getItemOrNullObject(key: string): XSetting;
}

export interface XSetting extends XLoadable {
  readonly key: string;
  readonly value: unknown;
  delete(): void;
}

export interface XCommentCollection {
  readonly items: XComment[];
  load(propertyNames: string): unknown;
  /** The address must name the sheet: "'Sheet 1'!B5". */
  add(cellAddress: string, content: string): XComment;
  getItem(commentId: string): XComment;
}

export interface XComment {
  readonly id: string;
  content: string;
  load(propertyNames: string): unknown;
  getLocation(): XRange;
  delete(): void;
}

export interface RunOptions {
  mergeUndoGroup?: boolean;
}

/** Excel.run, injectable: the real one or the test fake's. */
export type ExcelRun = <T>(
  options: RunOptions | null,
  batch: (context: XRequestContext) => Promise<T>,
) => Promise<T>;
