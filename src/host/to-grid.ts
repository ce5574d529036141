/**
 * Excel's range arrays (values, text, formulas, numberFormat) → the core grid's cells. Same conventions
 * as the CLI's reader: empty strings are empty cells, an error value keeps its code in value, text and
 * error, a formula is kept only when the cell has one.
 */
import type { Cell, CellRange, Sheet } from "../core/grid";

/** Excel's error values as Range.values returns them. */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;
/** What Excel shows for a number that does not fit its column. */
const HASHES = /^#+$/;

export interface LoadedBlock {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  text: string[][] | null;
  formulas: unknown[][] | null;
  numberFormat: unknown[][] | null;
}

export function toCell(
  value: unknown,
  text: string | undefined,
  formula: unknown,
  numberFormat: unknown,
): Cell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  let cell: Cell;
  if (value === "" || value === null || value === undefined) {
    if (!hasFormula) return undefined;
    cell = { value: null, text: "" };
  } else if (typeof value === "number") {
    // A too-narrow column shows ####; the number itself is what the table says.
    const shown = text === undefined || HASHES.test(text) ? String(value) : text;
    cell = { value, text: shown };
  } else if (typeof value === "boolean") {
    cell = { value, text: text ?? (value ? "TRUE" : "FALSE") };
  } else {
    const s = String(value);
    cell = ERROR_VALUE.test(s) ? { value: s, text: s, error: s } : { value: s, text: text ?? s };
  }
  if (hasFormula) cell.formula = formula as string;
  if (typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General") {
    cell.numberFormat = numberFormat;
  }
  return cell;
}

/** One sheet from its used range's position and size and the blocks read inside it. */
export function sheetFromBlocks(
  name: string,
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  blocks: readonly LoadedBlock[],
  merges: CellRange[],
  isProtected: boolean,
): Sheet {
  const rows: (Cell | undefined)[][] = Array.from({ length: used.rowCount }, () => []);
  for (const b of blocks) {
    for (let r = 0; r < b.values.length; r++) {
      const target = rows[b.rowIndex + r - used.rowIndex];
      if (!target) continue;
      const vals = b.values[r];
      for (let c = 0; c < vals.length; c++) {
        const cell = toCell(vals[c], b.text?.[r]?.[c], b.formulas?.[r]?.[c], b.numberFormat?.[r]?.[c]);
        if (cell) target[b.columnIndex + c - used.columnIndex] = cell;
      }
    }
  }
  // Trim trailing empty rows (a blank sheet's used range is A1).
  let end = rows.length;
  while (end > 0 && rows[end - 1].length === 0) end--;
  rows.length = end;
  return {
    name,
    rows,
    originRow: used.rowIndex,
    originCol: used.columnIndex,
    merges,
    protected: isProtected,
  };
}
