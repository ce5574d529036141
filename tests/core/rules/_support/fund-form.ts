/**
 * A form whose fund block is given line by line (the shapes of rules/util/fund-block.ts): 年度资金总额
 * on Excel row 3 (label B:C, value D), the block's lines from row 4 in the same value column D, then the
 * goal and a small indicator grid. Flat lines are [label, value] with the label merged over B:C; grouped
 * lines are [group, label, value] with the group cell in B merged down its rows and the label in C.
 */
import { detectTables } from "../../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../../src/core/grid";
import { merge } from "../../detect/grid-helpers";
import type { GridCase } from "./column-grid";

export type FlatLine = [string, CellValue];
export type GroupedLine = [string, string, CellValue];

const GRID: CellValue[][] = [
  ["总体目标", "完成年度增雨作业任务，缓解旱情", "", ""],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "作业次数", "≥15次"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

export function fundForm(
  annual: CellValue,
  lines: FlatLine[] | GroupedLine[],
  opts: { unit?: string; label?: string } = {},
): GridCase {
  const grouped = lines.length > 0 && lines[0].length === 3;
  const n = lines.length;
  const rows: CellValue[][] = [
    ["项目名称", "人工增雨飞机作业", "", ""],
    ["主管部门", "某市气象局", "", ""],
    [`项目资金（${opts.unit ?? "万元"}）`, opts.label ?? "年度资金总额", "", annual],
    ...lines.map((l, i): CellValue[] => {
      if (l.length === 2) return ["", l[0], "", l[1]];
      const continues = i > 0 && (lines[i - 1] as GroupedLine)[0] === l[0];
      return ["", continues ? "" : l[0], l[1], l[2]];
    }),
    ...GRID,
  ];
  const merges = [`A3:A${3 + n}`, "B3:C3", `B${4 + n}:D${4 + n}`];
  if (grouped) {
    let start = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && (lines[i] as GroupedLine)[0] === (lines[start] as GroupedLine)[0]) continue;
      if (i - 1 > start) merges.push(`B${4 + start}:B${3 + i}`);
      start = i;
    }
  } else lines.forEach((_, i) => merges.push(`B${4 + i}:C${4 + i}`));
  const sheet = sheetFromValues("Sheet1", rows, merges.map(merge));
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "form") throw new Error("not read as one form");
  return { table: tables[0], sheet };
}
