/**
 * planInsertion: every change an insertion makes, worked out without Excel from the sheet as read and
 * the rendered indicator set — so the pane can show exactly what will be written and which cells with
 * content it would replace, before the user says 插入.
 */
import type { IndicatorSet } from "../../core/templates";
import type { Outcome } from "../gateway";
import { planFailure, type PlanOptions } from "./plan-common";
import { planNewSheet } from "./plan-sheet";
import { planRows } from "./plan-rows";
import { planWide } from "./plan-wide";
import type { InsertionPlan, InsertionTarget } from "./types";

export function planInsertion(
  target: InsertionTarget | null,
  set: IndicatorSet,
  options: PlanOptions,
): Outcome<InsertionPlan> {
  if (options.into === "newSheet") return planNewSheet(target?.sheetNames ?? [], set, options);
  if (!target || !target.table || !target.project) {
    return planFailure("请先在表格中选中要插入指标的项目所在的行（或选择「新建申报表」）。");
  }
  if (target.protected)
    return planFailure(
      `工作表「${target.sheet.name}」受保护，未做改动。如需插入，请先在「审阅」选项卡中撤销工作表保护。`,
    );
  if (set.groups.length === 0) {
    return planFailure(options.mode === "add" ? "该项目不缺少指标类别，无需补全。" : "没有要插入的指标。");
  }
  const { sheet, table, project } = target;
  return table.layout === "wide"
    ? planWide(sheet, table, project, set, options)
    : planRows(sheet, table, project, set, options);
}
