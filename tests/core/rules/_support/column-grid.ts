/**
 * A declaration table with columns beyond the indicator set (权重, 取值依据, 上年实际完成值 …), read by
 * the real reader, returned with the grid it was read from (rules read those columns' cells there).
 * Rows are [一级, 二级, 三级, 指标性质, 指标值, 计量单位, ...extra]; the header is Excel row 1, the project
 * sits on Excel row 2, row n of the list on Excel row n + 1, the first extra column is J.
 */
import { detectTables } from "../../../../src/core/detect";
import { sheetFromValues, type CellValue, type Sheet } from "../../../../src/core/grid";
import type { Table } from "../../../../src/core/model";

export type ColumnRow = CellValue[];

const HEADER = [
  "项目名称",
  "金额（万元）",
  "绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "计量单位",
];

export interface GridCase {
  table: Table;
  sheet: Sheet;
}

/** Rows of one project under a header with the given extra columns. */
export function columnGrid(
  extra: string[],
  rows: ColumnRow[],
  opts: { name?: string; amount?: CellValue; goal?: string } = {},
): GridCase {
  const first = [
    opts.name ?? "会议经费",
    opts.amount ?? "10",
    opts.goal ?? "召开全委会议一次，保障会议顺利进行。",
  ];
  const cells: CellValue[][] = [
    [...HEADER, ...extra],
    ...rows.map((r, i) => (i === 0 ? [...first, ...r] : ["", "", "", ...r])),
  ];
  const sheet = sheetFromValues("Sheet1", cells);
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "long")
    throw new Error("the grid was not read as one long table");
  return { table: tables[0], sheet };
}
