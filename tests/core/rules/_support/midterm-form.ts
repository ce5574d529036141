/**
 * A form with a 中期 and a 年度 side (the 亳州 / 六安 published shape): 中期资金总额 | value | 年度资金总额 |
 * value on Excel row 3, 中期目标 | 年度目标 labels on row 6 with their texts on row 7, and the indicator
 * grid from row 8: 一级 in B, then 二级 三级 指标值 for 中期 in C–E and for 年度 in F–H. Each indicator row
 * is [二级, 三级, 中期指标值, 二级, 三级, 年度指标值]; the first sits on Excel row 9.
 */
import { detectTables } from "../../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../../src/core/grid";
import { merge } from "../../detect/grid-helpers";
import type { GridCase } from "./column-grid";

export type SetRow = [string, string, CellValue, string, string, CellValue];

export function midtermForm(opts: {
  mid: CellValue;
  annual: CellValue;
  midGoal: string;
  goal: string;
  rows: SetRow[];
}): GridCase {
  const cells: CellValue[][] = [
    ["项目名称", "人工增雨飞机作业", "", "", "", "", "", ""],
    ["主管部门", "某市气象局", "", "", "", "", "", ""],
    ["项目资金（万元）", "中期资金总额", "", opts.mid, "年度资金总额", "", opts.annual, ""],
    ["", "其中：财政拨款", "", opts.mid, "其中：财政拨款", "", opts.annual, ""],
    ["", "其他资金", "", "", "其他资金", "", "", ""],
    ["总体目标", "中期目标（2023年—2025年）", "", "", "年度目标", "", "", ""],
    ["", opts.midGoal, "", "", opts.goal, "", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ...opts.rows.map((r, i) => ["", i === 0 ? "产出指标" : "", ...r]),
  ];
  const n = opts.rows.length;
  const merges = [
    "A3:A5",
    "B3:C3",
    "E3:F3",
    "G3:H3",
    "B4:C4",
    "E4:F4",
    "G4:H4",
    "B5:C5",
    "E5:F5",
    "G5:H5",
    "A6:A7",
    "B6:D6",
    "E6:H6",
    "B7:D7",
    "E7:H7",
    `A8:A${8 + n}`,
    `B9:B${8 + n}`,
  ].map(merge);
  const sheet = sheetFromValues("Sheet1", cells, merges);
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "form") throw new Error("not read as one form");
  return { table: tables[0], sheet };
}
