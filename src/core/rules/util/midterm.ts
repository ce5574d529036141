/**
 * The 中期 (实施期) side of a form that carries both periods: the 中期资金总额 beside the 年度 one, the
 * 中期目标 text beside the 年度目标, and the 中期 indicator set in columns beside the 年度 set (the reader
 * reads the 年度 set; the other one is found here, on the same header row, shifted by the distance between
 * the two 指标值 columns). Used by fund-split-mismatch, midterm-value-missing and periods-identical.
 */
import type Decimal from "decimal.js";
import type { Sheet } from "../../grid";
import type { Project, SourceRef, Table } from "../../model";
import { columnLetters } from "../../grid";
import { roleOfHeader, yearPriority } from "../../vocab/header-aliases";
import { parseAmount } from "../../parse/amount";
import { toHalfWidth } from "../../text/normalize";
import { gridCell } from "./grid-column";

/**
 * The period's total: 中期资金总额, 实施期预算 …, or — beside a separate 年度 amount on the same row — the
 * whole project's 项目资金总额 (a form whose 项目期 column pair reads 项目资金总额 | 年度资金申请总额).
 */
const MIDTERM_AMOUNT =
  /^(?:(?:中期|实施期|项目期)(?:预算)?(?:资金|金额|预算)(?:总额|总计|合计)?|项目(?:资金|预算)?(?:总额|总金额|总预算))(?:\((?:万元|元)\))?[:：]?$/;
const MIDTERM_GOAL = /^(?:中期|实施期|长期)(?:绩效)?目标/;

function squash(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0\u3000]+/g, "");
}

/** The last column of the (merged) cell at (row, col). */
export function mergeRight(sheet: Sheet, row: number, col: number): number {
  let c = col;
  while (gridCell(sheet, row, c + 1).ref.col === col && gridCell(sheet, row, c + 1).ref.row === row) c++;
  return c;
}

/** The 中期 total: a 中期资金总额 label on the amount's row (or the row above), its value just right of it. */
export function midtermTotal(
  sheet: Sheet,
  table: Table,
  amount: SourceRef,
): { amount: Decimal; cell: SourceRef } | null {
  for (const r of [amount.row, amount.row - 1]) {
    for (let c = table.range.left; c <= table.range.right; c++) {
      const label = gridCell(sheet, r, c);
      if (label.ref.col !== c || label.ref.row !== r) continue;
      if (!MIDTERM_AMOUNT.test(squash(label.text))) continue;
      const value = gridCell(sheet, r, mergeRight(sheet, r, c) + 1);
      if (value.ref.row === amount.row && value.ref.col === amount.col) continue; // the annual amount's own label
      if (value.text === "") return null;
      const p = parseAmount(value.cell, table.amountUnit);
      return p.amount !== null && p.confidence === "sure" ? { amount: p.amount, cell: value.ref } : null;
    }
  }
  return null;
}

/** The 中期目标 text of a form: under its label when the 年度目标 sits under its own, else right of it. */
export function midtermGoal(sheet: Sheet, project: Project): { text: string; cell: SourceRef } | null {
  const goal = project.cells.goal;
  const above = goal.row > 0 ? gridCell(sheet, goal.row - 1, goal.col) : null;
  if (above && above.ref.row === goal.row - 1 && /目标/.test(above.text)) {
    // Side by side: 中期目标 | 年度目标 on one row, the texts on the next.
    const r = goal.row - 1;
    for (let c = 0; c < goal.col; c++) {
      const label = gridCell(sheet, r, c);
      if (label.ref.col !== c || !MIDTERM_GOAL.test(squash(label.text))) continue;
      const value = gridCell(sheet, goal.row, c);
      return value.text ? { text: value.text, cell: value.ref } : null;
    }
    return null;
  }
  // Stacked: 中期目标 | text on a row near the 年度目标 row.
  for (let r = Math.max(0, goal.row - 3); r <= goal.row + 3; r++) {
    if (r === goal.row) continue;
    for (let c = 0; c < goal.col; c++) {
      const label = gridCell(sheet, r, c);
      if (label.ref.col !== c || label.ref.row !== r || !MIDTERM_GOAL.test(squash(label.text))) continue;
      const value = gridCell(sheet, r, mergeRight(sheet, r, c) + 1);
      return value.text ? { text: value.text, cell: value.ref } : null;
    }
  }
  return null;
}

export interface OtherSet {
  level3: number;
  value: number;
  /** The other set's own 权重/分值 column, where each set has one. */
  weight?: number;
}

/**
 * The 中期 indicator columns: a second 三级指标 and 指标值 pair on the header row, the same distance apart
 * as the pair the reader chose. null when the table has one set (most tables) or the pair is not clear.
 */
export function otherIndicatorSet(sheet: Sheet, table: Table): OtherSet | null {
  const { level3, value } = table.columns;
  if (level3 === undefined || value === undefined || table.layout === "wide") return null;
  const row = table.headerRow;
  const valueCols: number[] = [];
  for (let c = table.range.left; c <= table.range.right; c++) {
    const cell = gridCell(sheet, row, c);
    if (cell.ref.col !== c || c === value) continue;
    if (roleOfHeader(cell.text)?.role === "value") valueCols.push(c);
  }
  if (valueCols.length !== 1) return null;
  const other = valueCols[0];
  const l3 = level3 + (other - value);
  if (l3 < table.range.left || l3 > table.range.right || l3 === level3) return null;
  if (roleOfHeader(gridCell(sheet, row, l3).text)?.role !== "level3") return null;
  const set: OtherSet = { level3: l3, value: other };
  const w = table.columns.weight;
  if (w !== undefined) {
    const ow = w + (other - value);
    const cell = gridCell(sheet, row, ow);
    if (ow !== w && cell.ref.col === ow && roleOfHeader(cell.text)?.role === "weight") set.weight = ow;
  }
  return set;
}

export type Period = "中期" | "年度";

/** A short label above the grid that names one period (中期目标, 年度目标（2024年）…), not a goal's prose. */
function periodLabel(text: string): Period | null {
  const t = squash(text);
  if (t === "" || t.length > 20) return null;
  const p = yearPriority(t);
  return p < 0 ? "中期" : p > 0 ? "年度" : null;
}

/**
 * Which period each of the two sets is, from the labels above the grid: a row naming both (中期 … 年度)
 * orders the sets the same way; else a label over a set's 指标值 column. null where nothing says.
 */
export function setPeriods(
  sheet: Sheet,
  table: Table,
  set: OtherSet,
): { read: Period | null; other: Period | null } {
  const value = table.columns.value;
  if (value === undefined) return { read: null, other: null };
  const top = Math.max(0, table.headerRow - 4);
  for (let r = table.headerRow - 1; r >= top; r--) {
    let mid = -1;
    let year = -1;
    for (let c = table.range.left; c <= table.range.right; c++) {
      const cell = gridCell(sheet, r, c);
      if (cell.ref.col !== c || cell.ref.row !== r) continue;
      const p = periodLabel(cell.text);
      if (p === "中期" && mid < 0) mid = c;
      else if (p === "年度" && year < 0) year = c;
    }
    if (mid >= 0 && year >= 0) {
      const readIsRight = value > set.value;
      const annualIsRight = year > mid;
      return readIsRight === annualIsRight
        ? { read: "年度", other: "中期" }
        : { read: "中期", other: "年度" };
    }
  }
  const over = (c: number): Period | null => {
    for (let r = table.headerRow; r >= top; r--) {
      const p = periodLabel(gridCell(sheet, r, c).text);
      if (p) return p;
    }
    return null;
  };
  const read = over(value);
  const other = over(set.value);
  return read !== other ? { read, other } : { read: null, other: null };
}

/** How a message names a set: 「（中期指标）」, or by its column when no label says which period it is. */
export function setName(period: Period | null, valueCol: number): string {
  return period ? `（${period}指标）` : `（${columnLetters(valueCol)}列一组指标）`;
}

/** Whitespace and full-width differences do not make two texts different. */
export function sameText(a: string, b: string): boolean {
  return squash(a) === squash(b);
}
