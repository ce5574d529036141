/**
 * A form with a 中期 and a 年度 indicator set side by side, each with its own 权重 column (the budget
 * system's 中期/年度 export shape): 一级 in B, then 二级 三级 指标值 权重 for 中期 in C–F and for 年度 in
 * G–J. With `labelled`, 中期目标 | 年度目标 labels above the grid say which set is which; without, nothing
 * does. A row [一级, 二级, 三级, 中期值, 中期权重, 年度值, 年度权重] puts the same indicator in both sets;
 * a row with an empty 三级 is a heading row of its own (the 一级 and its two weights). The header is
 * Excel row 5 (labelled) or row 4; the first row of the list sits just under it.
 */
import { detectTables } from "../../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../../src/core/grid";
import type { GridCase } from "./column-grid";

export type SetsRow = [string, string, string, CellValue, CellValue, CellValue, CellValue];

export function weightedSets(rows: SetsRow[], opts: { labelled?: boolean } = {}): GridCase {
  const labelled = opts.labelled ?? true;
  const top: CellValue[][] = labelled
    ? [
        ["项目名称", "人工增雨飞机作业"],
        ["项目资金（万元）", "中期资金总额", "", 449.8, "", "年度资金总额", "", 189.8],
        ["总体目标", "中期目标", "", "", "", "年度目标"],
        ["", "三年完成增雨作业任务共计四十五次", "", "", "", "完成本年增雨作业任务十五次"],
      ]
    : [
        ["项目名称", "人工增雨飞机作业"],
        ["项目金额（万元）", 189.8],
        ["绩效目标", "完成增雨作业任务，缓解旱情"],
      ];
  const cells: CellValue[][] = [
    ...top,
    [
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "权重",
      "二级指标",
      "三级指标",
      "指标值",
      "权重",
    ],
    ...rows.map(([l1, l2, name, mv, mw, av, aw]) =>
      name === "" ? ["", l1, "", "", "", mw, "", "", "", aw] : ["", l1, l2, name, mv, mw, l2, name, av, aw],
    ),
  ];
  const sheet = sheetFromValues("Sheet1", cells);
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "form") throw new Error("not read as one form");
  return { table: tables[0], sheet };
}
