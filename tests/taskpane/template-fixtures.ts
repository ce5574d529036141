/**
 * Selections for the 模板 tab's tests, read by the real core from small sheets: the pane gets what the
 * Excel gateway's selectedProject would give for them.
 */
import { detectTables } from "../../src/core/detect";
import { detectProfile } from "../../src/core/engine/profile";
import { parseA1, sheetFromValues, type CellRange, type CellValue } from "../../src/core/grid";
import { locate, type InsertionTarget } from "../../src/host/insert";

export function targetFor(
  name: string,
  values: CellValue[][],
  cell: string,
  merges: CellRange[] = [],
): InsertionTarget {
  const sheet = sheetFromValues(name, values, merges);
  const { tables } = detectTables(sheet);
  const at = parseA1(cell)!;
  const { table, project } = locate(sheet, tables, at.row, at.col);
  return {
    sheet,
    cell: { row: at.row, col: at.col, address: cell },
    tables,
    table,
    project,
    profile: table ? detectProfile(table) : "2015",
    protected: false,
    sheetNames: [name],
  };
}

export const WIDE_HEADER_ROW = ["项目名称", "金额（万元）", "绩效目标", "绩效指标"];
export const TRAINING_GOAL = "拟在省外举办两期委员培训班，每期20人，培训7天，提高委员履职能力。";

/** A wide table with one project and nothing in its indicator cell. */
export const trainingTarget = (indicators: string | null = null, goal: string | null = TRAINING_GOAL) =>
  targetFor("公开表", [WIDE_HEADER_ROW, ["政协委员培训工作经费", 17, goal, indicators]], "A2");

export const SEED_PUBLISHING = [
  "一、产出指标",
  "（一）数量指标：",
  "1. 收录文史资料 ≥180篇",
  "（二）质量指标：",
  "1. 内容准确率 ≥99%",
  "（三）时效指标：",
  "1. 出版及时率 ≥98%",
  "（四）成本指标：",
  "1. 合稿定稿成本 ≤3.6万元",
  "二、效益指标",
  "（一）社会效益指标：",
  "1. 政协风采体现率 ≥95%",
].join("\n");

/** A wide project without 满意度指标. */
export const publishingTarget = () =>
  targetFor(
    "公开表",
    [WIDE_HEADER_ROW, ["文史资料出版费", 15, "编辑出版文史资料两部。", SEED_PUBLISHING]],
    "A2",
  );

export const LONG_HEADER_ROW = [
  "项目名称",
  "项目金额",
  "年度绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "计量单位",
];

/** A long table whose second project has no indicator rows yet. */
export const longTarget = () =>
  targetFor(
    "申报表",
    [
      LONG_HEADER_ROW,
      ["公务接待费", 4.25, "做好公务接待。", "产出指标", "数量指标", "接待批次", "≥", 30, "批次"],
      ["政协委员培训工作经费", 17, TRAINING_GOAL],
    ],
    "A3",
  );
