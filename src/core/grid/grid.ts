/**
 * The grid model: one worksheet as a 2-D array of cells. Both adapters produce it — the Excel adapter
 * from the used range, the CLI from exceljs — so detection and rules never see Office or Node.
 * Coordinates are 0-based absolute sheet positions (row 0 = Excel row 1, col 0 = column A).
 */
export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The raw value: a number for numeric cells, a string for text, null when empty. */
  value: CellValue;
  /** The text Excel displays (number formats applied). Empty string for an empty cell. */
  text: string;
  /** The formula without its value, e.g. "=SUM(C5:C18)", when the cell has one. */
  formula?: string;
  /** An Excel error value such as "#REF!" or "#VALUE!" when the cell holds one. */
  error?: string;
  numberFormat?: string;
}

/** A merged area, 0-based inclusive absolute coordinates. Only its top-left cell holds a value. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** rows[r][c] is the cell at (originRow + r, originCol + c); missing entries are empty cells. */
  rows: (Cell | undefined)[][];
  /** Absolute position of rows[0][0] (the used range need not start at A1). */
  originRow: number;
  originCol: number;
  merges: CellRange[];
  /** Absolute indexes of hidden rows, when known. Hidden rows are still read and checked. */
  hiddenRows?: number[];
  /** True when the sheet is protected (marks cannot be written). */
  protected?: boolean;
  /** The user hid the sheet (hidden or very hidden): its tables are named, not checked. */
  hidden?: true;
}

export interface Workbook {
  /** A name for messages (file name or workbook name). */
  name: string;
  sheets: Sheet[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: "" }) as Cell;

/** The cell at an absolute position, or an empty cell. Does not resolve merges. */
export function cellAt(sheet: Sheet, row: number, col: number): Cell {
  const r = sheet.rows[row - sheet.originRow];
  return (r && r[col - sheet.originCol]) || EMPTY_CELL;
}

/** Absolute index one past the last row / column that the grid covers. */
export function sheetBounds(sheet: Sheet): { rowEnd: number; colEnd: number } {
  let width = 0;
  for (const r of sheet.rows) if (r && r.length > width) width = r.length;
  return { rowEnd: sheet.originRow + sheet.rows.length, colEnd: sheet.originCol + width };
}

/** Build a Sheet from plain values (tests, examples, the bench). Strings and numbers become cells. */
export function sheetFromValues(
  name: string,
  values: (CellValue | Partial<Cell> | undefined)[][],
  merges: CellRange[] = [],
): Sheet {
  const rows = values.map((row) =>
    row.map((v): Cell | undefined => {
      if (v === undefined || v === null || v === "") return undefined;
      if (typeof v === "object") {
        const value = v.value ?? null;
        return { value, text: v.text ?? (value === null ? "" : String(value)), ...v } as Cell;
      }
      return { value: v, text: String(v) };
    }),
  );
  return { name, rows, originRow: 0, originCol: 0, merges };
}
