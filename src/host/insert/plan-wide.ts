/**
 * Wide (disclosure) table: the indicator tree as text in the project's 绩效指标 cell, in the line style of
 * the table's other projects; 补全 adds the missing groups inside the existing text. An empty 绩效目标
 * cell may get the goal sentence. A cell with content is only replaced after the user confirms.
 */
import { cellAt, toA1, type Sheet } from "../../core/grid";
import type { Project, Table } from "../../core/model";
import type { IndicatorSet } from "../../core/templates";
import type { Outcome } from "../gateway";
import { countIndicators, goalWrite, planFailure, projectLabel, type PlanOptions } from "./plan-common";
import type { CellWrite, InsertionPlan, Overwrite } from "./types";
import { ownValue } from "./blocks";
import { addToWideText } from "./wide-text";
import { formatWide, wideStyleOf } from "./wide-style";

/** Other projects' indicator texts, nearest first (the style is read from them). */
function* neighbourTexts(sheet: Sheet, table: Table, project: Project, col: number): Generator<string> {
  const others = table.projects.filter((p) => p !== project);
  const row = project.cells.name.row;
  others.sort((a, b) => Math.abs(a.cells.name.row - row) - Math.abs(b.cells.name.row - row));
  for (const p of others) {
    const v = cellAt(sheet, p.cells.indicators.row, col).value;
    if (typeof v === "string" && v.trim() !== "") yield v;
  }
}

export function planWide(
  sheet: Sheet,
  table: Table,
  project: Project,
  set: IndicatorSet,
  options: PlanOptions,
): Outcome<InsertionPlan> {
  const col = table.columns.indicators;
  if (col === undefined)
    return planFailure(`工作表「${sheet.name}」的表格没有「绩效指标」列，无法写入指标。`);
  const row = project.cells.indicators.row;
  const cell = cellAt(sheet, row, col);
  const address = toA1(row, col);
  if (cell.formula || cell.error)
    return planFailure(`单元格 ${address} 含公式或错误值，未做改动。请先清除该单元格的公式后再插入。`);
  const before = ownValue(cell);
  const style = wideStyleOf(neighbourTexts(sheet, table, project, col));
  const adding = options.mode === "add" && before.trim() !== "";
  const text = adding ? addToWideText(before, set.groups, style) : formatWide(set.groups, style);

  const writes: CellWrite[] = [{ row, col, value: text }];
  const overwrites: Overwrite[] = before.trim() === "" ? [] : [{ cell: address, before, after: text }];
  const expect = [
    {
      row: project.cells.name.row,
      col: project.cells.name.col,
      text: ownValue(cellAt(sheet, project.cells.name.row, project.cells.name.col)),
    },
    { row, col, text: before },
  ];
  const goal = goalWrite(sheet, project, options.goal);
  if (goal) {
    writes.push(goal.write);
    expect.push(goal.expect);
  }
  const n = countIndicators(set);
  const where = `工作表「${sheet.name}」${projectLabel(project)}的绩效指标单元格（${address}）`;
  return {
    ok: true,
    value: {
      kind: "wide",
      sheet: sheet.name,
      summary: adding ? `在${where}中补充 ${n} 条指标，原有内容保留` : `在${where}写入 ${n} 条指标`,
      preview: { kind: "text", cell: address, text, goal: goal ? goal.text : null },
      writes,
      insertRows: null,
      formatFrom: null,
      unmerge: [],
      merge: [],
      expect,
      overwrites,
      wrap: [{ row, col }, ...(goal ? [{ row: goal.write.row, col: goal.write.col }] : [])],
      newSheet: null,
      select: { top: row, left: col, bottom: row, right: col },
    },
  };
}
