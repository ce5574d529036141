/**
 * No table yet: a new declaration sheet (项目名称 | 项目金额 | 年度绩效目标 | 一级 … 计量单位), the core's
 * long layout with the project cells and 一级/二级 runs merged, added after the other sheets.
 */
import { longLayout, LONG_HEADER, renderRows, type IndicatorSet } from "../../core/templates";
import type { Outcome } from "../gateway";
import { countIndicators, planFailure, type PlanOptions } from "./plan-common";
import { newSheetName } from "./sheet-name";
import type { InsertionPlan } from "./types";

export function planNewSheet(
  sheetNames: readonly string[],
  set: IndicatorSet,
  options: PlanOptions,
): Outcome<InsertionPlan> {
  const p = options.newProject;
  if (!p || p.name.trim() === "") return planFailure("请填写项目名称。");
  if (!p.amount.isFinite() || p.amount.lte(0)) return planFailure("请填写大于 0 的项目金额（万元）。");
  if (set.groups.length === 0) return planFailure("没有要插入的指标。");
  const layout = longLayout(set, { name: p.name.trim(), amount: p.amount, goal: p.goal.trim() });
  const name = newSheetName(sheetNames);
  const last = layout.rows.length - 1;
  const width = LONG_HEADER.length;
  const n = countIndicators(set);
  return {
    ok: true,
    value: {
      kind: "sheet",
      sheet: name,
      summary: `新建工作表「${name}」，写入项目「${p.name.trim()}」的 ${n} 条指标`,
      preview: {
        kind: "rows",
        header: [...LONG_HEADER],
        // 一级/二级 shown on every row (the sheet merges them down their runs).
        rows: renderRows(set).map((r, i) => [
          i === 0 ? p.name.trim() : "",
          i === 0 ? p.amount.toFixed() : "",
          i === 0 ? p.goal.trim() : "",
          r.level1,
          r.level2,
          r.level3,
          r.operator,
          r.value,
          r.unit,
        ]),
        goal: p.goal.trim() === "" ? null : p.goal.trim(),
      },
      writes: [],
      insertRows: null,
      formatFrom: null,
      unmerge: [],
      merge: layout.merges,
      expect: [],
      overwrites: [],
      wrap: [],
      newSheet: {
        rows: layout.rows,
        widths: layout.widths,
        wrap: layout.wrap,
        titleRow: 0,
        headerRow: layout.headerRow,
      },
      select: { top: 0, left: 0, bottom: last, right: width - 1 },
    },
  };
}
