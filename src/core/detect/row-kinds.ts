/** Small tests on a table row's cells shared by the layouts: codes, 合计 labels, OCR debris rows. */
import type { ColumnRole, SkippedRow } from "../model";
import { ownText, type SheetView } from "./sheet-view";

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

/**
 * Rows under a table that are not data: signatures and stamps (「…(盖章) 年 月 日」, 填表人, 联系电话),
 * notes (注：, 说明：, 备注：) and score totals (总分, 合计). Matched on the row's first text, spaces removed.
 */
const FOOTER = [
  /^(填表人|填报人|审核人|单位负责人|财务负责人|项目负责人|负责人|联系人|联系电话|制表人?|填表日期|填报日期|审核意见)/,
  /^(注|说明|备注)\d?[:：、.]/,
  /^(总分|合计|总计|小计)$/,
  /[(（]?盖章[)）]?/,
  /年月日$/,
];

/** Why a footer row is not read, for the reading's skipped rows. */
const FOOTER_WHY = "签字、盖章、说明或合计行，不是指标";

/** The reading's entry for a footer row: its text, clipped to 40 characters. */
export function footerSkip(row: number, text: string): SkippedRow {
  return { row, text: text.length > 40 ? `${text.slice(0, 40)}…` : text, why: FOOTER_WHY };
}

export function isFooter(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, "");
  return FOOTER.some((re) => re.test(t));
}

/** A signature word as a label: alone, or before a colon, a space or a number (「填报人：张三」「联系电话 139…」). */
const SIGNATURE_LABEL = new RegExp(`${FOOTER[0].source}(?:$|[:：\\s\u3000\\d])`);

/**
 * A footer whatever stands beside it: a note, a stamp or date line, or a signature word used as a label.
 * 「负责人培训经费」 starts with a signature word but is no label of one: only without an amount is it a footer.
 */
export function isSureFooter(text: string): boolean {
  const t = text.trim();
  if (SIGNATURE_LABEL.test(t)) return true;
  const squeezed = t.replace(/[\s\u3000]+/g, "");
  return FOOTER.slice(1).some((re) => re.test(squeezed));
}

/**
 * The row's footer text when the row is a footer: a sure one (isSureFooter) even with a number in the
 * amount column (a telephone number, a date serial), any other only when `hasAmount` is false.
 */
export function footerRowText(view: SheetView, row: number, hasAmount: () => boolean): string | null {
  const t = footerText(view, row);
  return t !== null && (isSureFooter(t) || !hasAmount()) ? t : null;
}

/** The row's first text of its own (merge continuations skipped) when it makes the row a footer, else null. */
export function footerText(view: SheetView, row: number): string | null {
  const cells = view.rowCells(row);
  for (let i = 0; i < cells.length; i++) {
    const t = ownText(view, row, view.colStart + i);
    if (t !== "") return isFooter(t) ? t : null;
  }
  return null;
}
