/**
 * Workbooks for the insertion tests — a wide disclosure table in the seed's line style, a long export
 * with merged project and category cells, a single-project form — and the pane's path from a selected
 * cell to a plan: recognise, prefill, render (or only the missing categories), plan.
 */
import Decimal from "decimal.js";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  createLibrary,
  missingCategories,
  suggestForProject,
  type IndicatorSet,
} from "../../src/core/templates";
import type { WorkbookGateway } from "../../src/host/gateway";
import {
  planInsertion,
  type InsertionPlan,
  type InsertionTarget,
  type PlanOptions,
} from "../../src/host/insert";
import { cellAt, fakeSheet, fakeWorkbook, selectCell, type FakeWorkbookData } from "./fake-excel";
import { merge } from "../core/detect/grid-helpers";
import { value } from "./helpers";

export const library = createLibrary();

/** The seed's first project, as a multi-line cell. */
export const SEED_MEETING = [
  "一、产出指标",
  "(一) 数量指标:",
  "1. 举行政协全委会议 1次",
  "2. 接待参会委员 ≥162名",
  "(二) 质量指标:",
  "1. 政协委员参会率 ≥95%",
  "(三) 时效指标:",
  "1. 会议接待及时率 =100%",
  "(四) 成本指标:",
  "1. 会议筹办总成本 ≤10.85万元",
  "二、效益指标",
  "(一) 社会效益指标:",
  "1. 会议观点采纳提升率 ≥98%",
  "(二) 可持续影响指标:",
  "1. 会议管理制度健全性 健全",
  "三、满意度指标",
  "1. 参会委员满意度 ≥95%",
].join("\n");

/** Seed project 9: no 满意度指标 (level1-missing). */
export const SEED_PUBLISHING = [
  "一、产出指标",
  "(一) 数量指标:",
  "1. 收录文史资料 ≥180篇",
  "2. 出版文史资料 ≥800本",
  "(二) 质量指标:",
  "1. 内容准确率 ≥99%",
  "(三) 时效指标:",
  "1. 出版及时率 ≥98%",
  "(四) 成本指标:",
  "1. 合稿定稿成本 ≤3.6万元",
  "二、效益指标",
  "(一) 社会效益指标:",
  "1. 政协风采体现率 ≥95%",
  "(二) 可持续影响指标:",
  "1. 文史资料留存年限 ≥10年",
].join("\n");

export const TRAINING_GOAL = "拟在省外举办两期委员培训班，每期20人，培训7天，提高委员履职能力。";

/** 表 公开表: title, header (row 2), 合计, three projects in rows 4–6; row 5's indicator cell is empty. */
export function wideBook(): FakeWorkbookData {
  const values: CellValue[][] = [
    ["门源县政协办公室2024年部门预算项目支出绩效目标公开表"],
    ["单位编码", "单位及项目名称", "金额（万元）", "绩效目标", "绩效指标"],
    [null, "合计", 42.85],
    [
      null,
      "1. 政协十七届四次会议工作经费",
      10.85,
      "成功举办政协全委会议，为党委、政府决策提供依据。",
      SEED_MEETING,
    ],
    [null, "2. 政协委员培训工作经费", 17, TRAINING_GOAL, null],
    [null, "3. 文史资料出版费", 15, "编辑出版文史资料两部，留存地方文化。", SEED_PUBLISHING],
  ];
  return fakeWorkbook([fakeSheet({ name: "公开表", values })]);
}

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
  "备注",
];

/**
 * 表 申报表: a budget-system export. Project 1 (rows 3–7) has indicators but no 满意度指标; project 2
 * (row 8) has none; a note row below the table. Project and category cells merged down; the data rows
 * have borders and a fill the inserted rows must copy.
 */
export function longBook(): FakeWorkbookData {
  const values: CellValue[][] = [
    ["2024年项目支出绩效目标申报表"],
    LONG_HEADER_ROW,
    [
      "政协全会会议经费",
      10.85,
      "成功召开政协全会，完成各项议程。",
      "产出指标",
      "数量指标",
      "召开会议次数",
      "=",
      1,
      "次",
    ],
    [null, null, null, null, "质量指标", "委员参会率", "≥", 95, "%"],
    [null, null, null, null, "时效指标", "会议按时召开率", "=", 100, "%"],
    [null, null, null, null, "成本指标", "会议费总额", "≤", 10.85, "万元"],
    [null, null, null, "效益指标", "社会效益指标", "提案办复率", "≥", 95, "%"],
    ["政协委员培训工作经费", 17, TRAINING_GOAL],
    [],
    ["填表说明：金额单位为万元。"],
  ];
  const merges = [merge("A1:J1"), merge("A3:A7"), merge("B3:B7"), merge("C3:C7"), merge("D3:D6")];
  const sheet = fakeSheet({ name: "申报表", values, merges });
  for (let r = 3; r <= 8; r++) {
    for (const col of "ABCDEFGHIJ") {
      const c = cellAt(sheet, `${col}${r}`, true);
      c.fill = { none: false, color: "#FFF2CC", pattern: "Solid", tint: 0, patternColor: "#000000" };
      c.style = {
        wrapText: col === "C" || col === "F",
        verticalAlignment: "Center",
        borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      };
      if (col === "H") c.numberFormat = "0.00";
    }
  }
  return fakeWorkbook([sheet]);
}

const THIN = { style: "Continuous", color: "#000000", weight: "Thin" };

/** 表 项目表: one project's form — labels on top, an indicator grid header in row 6 and no rows yet. */
export function formBook(): FakeWorkbookData {
  const values: CellValue[][] = [
    ["项目支出绩效目标申报表"],
    ["项目名称", "政协委员视察调研工作经费"],
    ["主管部门", "门源县政协办公室"],
    ["资金总额（万元）", 4.25],
    ["年度目标", null],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
  ];
  return fakeWorkbook([fakeSheet({ name: "项目表", values })]);
}

/** The full suggested set for the selected project (the pane's default), or its missing part. */
export function suggestedSet(
  target: InsertionTarget,
  part: "full" | "missing" = "full",
): { set: IndicatorSet; goal: string } {
  const s = suggestForProject(target.project!, library, {
    profile: target.profile,
    standards: DEFAULT_SETTINGS.standards,
  });
  if (!s || !s.set) throw new Error(`no set: ${s?.problems.map((p) => p.message).join("；")}`);
  return {
    set: part === "missing" ? missingCategories(target.project!, target.profile, s.set) : s.set,
    goal: s.goal,
  };
}

/** Select a cell, read the selected project and plan the suggested insertion. */
export async function planFor(
  gateway: WorkbookGateway,
  data: FakeWorkbookData,
  sheet: string,
  cell: string,
  options: Partial<PlanOptions> & { part?: "full" | "missing" } = {},
): Promise<{ target: InsertionTarget; plan: InsertionPlan; set: IndicatorSet }> {
  selectCell(data, sheet, cell);
  const target = value(await gateway.selectedProject());
  const { set, goal } = suggestedSet(target, options.part ?? "full");
  const plan = value(
    planInsertion(target, set, {
      into: "project",
      mode: options.part === "missing" ? "add" : "replace",
      goal,
      ...options,
    }),
  );
  return { target, plan, set };
}

export const amount = (n: number | string) => new Decimal(n);
