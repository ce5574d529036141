/**
 * A one-project table holding a rendered set, as plain cells: the wide (disclosure) layout with the
 * tree in one text cell, or the long (declaration) layout with one row per indicator and the project
 * and 一级/二级 cells merged down. The CLI writes it with exceljs; tests feed it to sheetFromValues and
 * the checker, so both see the same table.
 */
import type { CellRange, CellValue } from "../grid";
import { renderRows, renderWideText } from "./format";
import type { IndicatorSet } from "./types";

export type TemplateLayout = "wide" | "long";

export interface TableProject {
  name: string;
  /** 万元; written as a number. */
  amount: { toFixed(dp?: number): string };
  goal: string;
}

export interface SheetLayout {
  sheetName: string;
  /** rows[r][c], 0-based from A1. */
  rows: CellValue[][];
  merges: CellRange[];
  /** Column widths in characters, for writers. */
  widths: number[];
  /** 0-based columns whose text wraps (goal, indicators). */
  wrap: number[];
  /** 0-based row of the header. */
  headerRow: number;
  /** 0-based rows below the header also in bold (a template sheet's headings); absent: none. */
  boldRows?: readonly number[];
}

export const TABLE_TITLE = "项目支出绩效目标表";
export const WIDE_HEADER = ["项目名称", "金额（万元）", "绩效目标", "绩效指标"] as const;
export const LONG_HEADER = [
  "项目名称",
  "项目金额（万元）",
  "年度绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "计量单位",
] as const;

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The amount as written (no rounding: a total-cost indicator must not end up above the cell). */
const amountValue = (p: TableProject): number => Number(p.amount.toFixed());

export function wideLayout(set: IndicatorSet, project: TableProject): SheetLayout {
  const width = WIDE_HEADER.length;
  return {
    sheetName: "绩效目标表",
    rows: [
      [TABLE_TITLE, null, null, null],
      [...WIDE_HEADER],
      [project.name, amountValue(project), project.goal, renderWideText(set)],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    widths: [24, 12, 48, 60],
    wrap: [0, 2, 3],
    headerRow: 1,
  };
}

export function longLayout(set: IndicatorSet, project: TableProject): SheetLayout {
  const rows: CellValue[][] = [
    [TABLE_TITLE, ...Array<CellValue>(LONG_HEADER.length - 1).fill(null)],
    [...LONG_HEADER],
  ];
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: LONG_HEADER.length - 1 }];
  const first = rows.length;
  const data = renderRows(set);
  data.forEach((r, i) => {
    rows.push([
      i === 0 ? project.name : null,
      i === 0 ? amountValue(project) : null,
      i === 0 ? project.goal : null,
      r.level1,
      r.level2,
      r.level3,
      r.operator,
      r.operator !== "定性" && NUMBER.test(r.value) ? Number(r.value) : r.value,
      r.unit === "" ? null : r.unit,
    ]);
  });
  const last = rows.length - 1;
  if (last > first) for (let c = 0; c < 3; c++) merges.push({ top: first, left: c, bottom: last, right: c });
  // 一级 and 二级 cells merged over their runs, the way budget-system exports print them.
  const runKeys: Record<number, string[]> = {
    3: data.map((r) => r.level1),
    4: data.map((r) => `${r.level1}\u0000${r.level2}`),
  };
  for (const col of [3, 4]) {
    const keys = runKeys[col];
    let start = 0;
    for (let i = 1; i <= keys.length; i++) {
      if (i < keys.length && keys[i] === keys[start]) {
        rows[first + i][col] = null;
        continue;
      }
      if (i - 1 > start) merges.push({ top: first + start, left: col, bottom: first + i - 1, right: col });
      start = i;
    }
  }
  return {
    sheetName: "绩效目标表",
    rows,
    merges,
    widths: [24, 12, 40, 12, 16, 30, 9, 9, 10],
    wrap: [0, 2, 5],
    headerRow: 1,
  };
}

export function layoutFor(layout: TemplateLayout, set: IndicatorSet, project: TableProject): SheetLayout {
  return layout === "wide" ? wideLayout(set, project) : longLayout(set, project);
}
