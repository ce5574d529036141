/**
 * A declaration table as the budget system exports it: one row per indicator, with 指标性质 (operator),
 * 指标值 and 计量单位 in columns of their own, read by the real reader. Rows are
 * [一级, 二级, 三级, 指标性质, 指标值, 计量单位]; the project sits on Excel row 2, row n of the list on
 * Excel row n + 1, the 指标值 in column H.
 */
import type { CellValue } from "../../../../src/core/grid";
import type { Table } from "../../../../src/core/model";
import { columnGrid } from "./column-grid";

export type GridRow = [string, string, string, string, CellValue, string];

/** A complete, clean set: nothing in it is an import problem. */
export const CLEAN_ROWS: GridRow[] = [
  ["产出指标", "数量指标", "召开会议次数", "=", "1", "次"],
  ["", "质量指标", "议程完成率", "≥", "95", "%"],
  ["", "时效指标", "按时召开率", "=", 100, "%"],
  ["", "成本指标", "会议费总额", "≤", "10", "万元"],
  ["效益指标", "社会效益指标", "会议精神传达覆盖率", "≥", "95", "%"],
  ["", "可持续影响指标", "会议管理制度健全性", "定性", "健全", ""],
  ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", "90", "%"],
];

export function gridTable(rows: GridRow[], goal = "召开全委会议一次，保障会议顺利进行。"): Table {
  return columnGrid([], rows, { goal }).table;
}

/** The clean set with one more row (Excel row 9, 指标值 at H9). */
export function gridWith(row: GridRow): Table {
  return gridTable([...CLEAN_ROWS, row]);
}
