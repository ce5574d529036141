/** Small helpers for building detection test grids. */
import { parseA1, type CellRange } from "../../../src/core/grid";

/** "A2:A6" → a merged range (0-based). */
export function merge(a1: string): CellRange {
  const [from, to] = a1.split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) throw new Error(`bad range ${a1}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** 0-based row of an Excel row number, to keep expectations readable. */
export const excelRow = (n: number) => n - 1;
