/** Small tests on a table row's cells shared by the layouts: codes, 合计 labels, OCR debris rows. */
import type { ColumnRole } from "../model";
import type { SheetView } from "./sheet-view";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

const CODE = /^[A-Za-z0-9][A-Za-z0-9\-_.]*$/;
const HAS_DIGIT = /\d/;

/** A 单位编码/项目编码 such as 402, 402001, 63222421000000000123; null when the text is no code. */
export function codeIn(text: string): string | null {
  const t = text.trim();
  return t !== "" && t.length <= 40 && CODE.test(t) && HAS_DIGIT.test(t) ? t : null;
}

const GRAND_TOTAL = /^(合计|总计|总合计|合计数|总\s*计|合\s*计)$/;
const SPACE_AND_MARKS = /[\s\u3000:：*]/g;

/** 合计 / 总计 (spaces and colons tolerated). */
export function isGrandTotalLabel(text: string): boolean {
  return text.length <= 12 && GRAND_TOTAL.test(text.replace(SPACE_AND_MARKS, ""));
}

/** Letters, digits or ideographs: anything else in a row is debris ("--", "---|---" from a PDF paste). */
const MEANINGFUL = /[0-9A-Za-z\u3400-\u9fff\uff10-\uff19]/;

/** True when no cell of the row holds a letter, digit or ideograph. */
export function isJunkRow(view: SheetView, row: number): boolean {
  for (const cell of view.rowCells(row)) {
    if (!cell) continue;
    if (cell.error || typeof cell.value === "number") return false;
    if (MEANINGFUL.test(cell.text || String(cell.value ?? ""))) return false;
  }
  return true;
}
