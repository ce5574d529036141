/** What the plans share: options, the goal cell, messages. */
import type Decimal from "decimal.js";
import { cellAt, type Sheet } from "../../core/grid";
import { MergeIndex } from "../../core/grid/merge-index";
import type { Project } from "../../core/model";
import type { IndicatorSet } from "../../core/templates";
import type { Outcome } from "../gateway";
import { isEmptyCell } from "./blocks";
import type { CellWrite } from "./types";

export interface PlanOptions {
  /** "project": into the selected project; "newSheet": a new declaration sheet. */
  into: "project" | "newSheet";
  /**
   * "replace": the set is the project's whole indicator tree (an empty indicator cell or grid; a wide
   * cell with content is replaced once the user confirms). "add": the set holds what the project lacks
   * (补全缺失类别) and goes in beside what is there.
   */
  mode: "replace" | "add";
  /** The goal sentence for an empty 绩效目标 cell; "" writes none. */
  goal: string;
  /** For a new sheet: the project's name, amount (万元) and goal. */
  newProject?: { name: string; amount: Decimal; goal: string };
}

export const planFailure = (message: string): Outcome<never> => ({ ok: false, message });

export function countIndicators(set: IndicatorSet): number {
  return set.groups.reduce((n, g) => n + g.indicators.length, 0);
}

export function projectLabel(p: Project): string {
  return `第 ${p.cells.name.row + 1} 行项目「${p.name || p.rawName}」`;
}

/** The goal sentence into the project's 绩效目标 cell, when the table has one and it is empty. */
export function goalWrite(
  sheet: Sheet,
  project: Project,
  goal: string,
): { write: CellWrite; expect: { row: number; col: number; text: string }; text: string } | null {
  const text = goal.trim();
  if (text === "") return null;
  const at = project.cells.goal;
  const name = project.cells.name;
  // Without a goal column the reference falls back on the name (or, in a form, on the label) cell.
  if ((at.row === name.row && at.col === name.col) || project.goal.trim() !== "") return null;
  const merges = MergeIndex.of(sheet);
  if (merges.isCovered(at.row, at.col)) return null;
  if (!isEmptyCell(cellAt(sheet, at.row, at.col))) return null;
  return {
    write: { row: at.row, col: at.col, value: text },
    expect: { row: at.row, col: at.col, text: "" },
    text,
  };
}
