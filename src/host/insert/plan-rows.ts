/**
 * Long (declaration) table and single-project form: one row per indicator under the project, in the
 * table's own columns. Empty rows at the end of the project's block are filled first; the rest are
 * inserted below it, formatted like the block's last row. 一级/二级 runs and the project's own cells are
 * merged, repeated or left blank the way the table does it (run-styles.ts).
 */
import { cellAt, toA1, type CellRange, type CellValue, type Sheet } from "../../core/grid";
import { MergeIndex } from "../../core/grid/merge-index";
import type { ColumnRole, Project, Table } from "../../core/model";
import { renderRows, type IndicatorSet, type TemplateRow } from "../../core/templates";
import type { Outcome } from "../gateway";
import { INDICATOR_ROLES } from "../../core/vocab/indicator-columns";
import { blockOf, isEmptyCell, ownValue, WRITTEN_ROLES } from "./blocks";
import { goalWrite, planFailure, projectLabel, type PlanOptions } from "./plan-common";
import { levelStyle, projectColumnStyle, type RunStyle } from "./run-styles";
import type { CellWrite, InsertionPlan, Overwrite } from "./types";

const NUMBER = /^-?\d+(\.\d+)?$/;
const ROLE_HEADER: Record<(typeof WRITTEN_ROLES)[number], string> = {
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  operator: "指标性质",
  value: "指标值",
  unit: "计量单位",
};

type Written = { role: (typeof WRITTEN_ROLES)[number]; col: number };

/** The cells of one indicator row, by column, as written (numbers where the table holds numbers). */
function rowValues(r: TemplateRow, cols: Table["columns"]): Map<ColumnRole, CellValue> {
  const out = new Map<ColumnRole, CellValue>();
  const qualitative = r.operator === "定性";
  let value: CellValue = r.value;
  if (cols.operator === undefined && !qualitative) value = `${r.operator}${r.value}`;
  if (cols.unit === undefined && r.unit !== "") value = `${value}${r.unit}`;
  if (typeof value === "string" && !qualitative && NUMBER.test(value)) value = Number(value);
  out.set("level1", r.level1);
  out.set("level2", r.level2);
  out.set("level3", r.level3);
  out.set("operator", r.operator);
  out.set("value", value);
  out.set("unit", r.unit === "" ? null : r.unit);
  return out;
}

const shown = (v: CellValue): string => (v === null ? "" : String(v));

export function planRows(
  sheet: Sheet,
  table: Table,
  project: Project,
  set: IndicatorSet,
  options: PlanOptions,
): Outcome<InsertionPlan> {
  const cols = table.columns;
  if (cols.level3 === undefined && cols.value === undefined) {
    return planFailure(`工作表「${sheet.name}」的表格没有「三级指标」或「指标值」列，无法插入指标行。`);
  }
  const hasIndicators = project.indicators.length > 0 || project.headings.length > 0;
  if (options.mode === "replace" && hasIndicators) {
    return planFailure(
      "该项目已有指标。如需补上缺少的类别，请选择「只补全缺失类别」；如需整体替换，请先删除原有指标行后再插入。",
    );
  }
  const data = renderRows(set);
  if (data.length === 0) return planFailure("没有要插入的指标。");
  const n = data.length;
  const merges = MergeIndex.of(sheet);
  const block = blockOf(sheet, table, project, merges);
  const written: Written[] = WRITTEN_ROLES.filter((r) => cols[r] !== undefined).map((role) => ({
    role,
    col: cols[role]!,
  }));

  // Empty rows at the end of the block are used first.
  const free = (r: number) =>
    written.every(({ col }) => {
      const a = merges.anchorOf(r, col);
      return isEmptyCell(cellAt(sheet, a.row, a.col));
    });
  let top = block.last + 1;
  while (top - 1 >= block.first && free(top - 1)) top--;
  const used = Math.min(block.last + 1 - top, n);
  const added = n - used;
  const at = block.last + 1;
  const bottom = top + n - 1;
  const range = table.range;

  if (added > 0) {
    const across = sheet.merges.find(
      (m) => m.top < at && m.bottom >= at && m.right >= range.left && m.left <= range.right,
    );
    if (across) {
      return planFailure(
        `第 ${across.top + 1}–${across.bottom + 1} 行的合并单元格跨越了插入位置（第 ${at + 1} 行），无法自动插入行。请先取消该合并单元格。`,
      );
    }
  }

  const writes: CellWrite[] = [];
  const unmerge: CellRange[] = [];
  const merge: CellRange[] = [];
  const expect: InsertionPlan["expect"] = [];
  const put = (row: number, col: number, value: CellValue) => {
    if (value === null || value === "") return;
    writes.push({ row, col, value });
    if (row < at) expect.push({ row, col, text: ownValue(cellAt(sheet, row, col)) });
  };

  // Merged areas in the rows written that already exist (empty ones: the rows are free) are split first.
  const seen = new Set<CellRange>();
  for (let r = top; r <= Math.min(bottom, block.last); r++) {
    for (const { col } of written) {
      const m = merges.mergeAt(r, col);
      if (m && !seen.has(m)) {
        seen.add(m);
        unmerge.push(m);
      }
    }
  }

  // The indicator cells.
  const values = data.map((r) => rowValues(r, cols));
  const styles = new Map<ColumnRole, RunStyle>();
  if (cols.level1 !== undefined) styles.set("level1", levelStyle(sheet, table, cols.level1, 1));
  if (cols.level2 !== undefined) styles.set("level2", levelStyle(sheet, table, cols.level2, 2));
  const runKey = (i: number, role: "level1" | "level2") =>
    role === "level1" ? data[i].level1 : `${data[i].level1}\u0000${data[i].level2}`;
  for (const { role, col } of written) {
    if (role !== "level1" && role !== "level2") {
      values.forEach((v, i) => put(top + i, col, v.get(role) ?? null));
      continue;
    }
    const style = styles.get(role)!;
    let start = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && runKey(i, role) === runKey(start, role)) continue;
      for (let j = start; j < i; j++)
        if (j === start || style === "repeat") put(top + j, col, values[j].get(role) ?? null);
      if (style === "merge" && i - 1 > start)
        merge.push({ top: top + start, left: col, bottom: top + i - 1, right: col });
      start = i;
    }
  }

  // The project's own cells (long tables): its merged block grows over the new rows, or its values repeat.
  if (table.layout === "long" && added > 0) {
    const indicatorCols = new Set(
      INDICATOR_ROLES.map((r) => cols[r]).filter((c): c is number => c !== undefined),
    );
    for (let c = range.left; c <= range.right; c++) {
      if (indicatorCols.has(c)) continue;
      const style = projectColumnStyle(sheet, table, c);
      const m = merges.mergeAt(block.first, c);
      if (style === "repeat") {
        const v = cellAt(sheet, block.first, c).value;
        if (!m && !isEmptyCell(cellAt(sheet, block.first, c)))
          for (let r = at; r <= bottom; r++) put(r, c, v);
        continue;
      }
      if (style !== "merge") continue;
      if (m && m.top === block.first && m.bottom === block.last && m.left === c && m.right === c) {
        unmerge.push(m);
        merge.push({ top: block.first, left: c, bottom, right: c });
      } else if (!m && block.first === block.last)
        merge.push({ top: block.first, left: c, bottom, right: c });
    }
  }

  // A new merged area empties every cell but its top-left: those that hold something are replaced.
  const overwrites: Overwrite[] = [];
  for (const m of merge) {
    for (let r = m.top; r <= Math.min(m.bottom, at - 1); r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (
          merges.isCovered(r, c) &&
          unmerge.every((u) => !(r >= u.top && r <= u.bottom && c >= u.left && c <= u.right))
        )
          continue;
        const before = ownValue(cellAt(sheet, r, c));
        if (before.trim() === "") continue;
        overwrites.push({ cell: toA1(r, c), before, after: "" });
        writes.push({ row: r, col: c, value: null });
        expect.push({ row: r, col: c, text: before });
      }
    }
  }

  const name = project.cells.name;
  expect.push({ row: name.row, col: name.col, text: ownValue(cellAt(sheet, name.row, name.col)) });
  const goal = goalWrite(sheet, project, options.goal);
  if (goal) {
    writes.push(goal.write);
    expect.push(goal.expect);
  }

  const header = written.map(
    ({ role, col }) => ownValue(cellAt(sheet, table.headerRow, col)).trim() || ROLE_HEADER[role],
  );
  const previewRows = values.map((v) => written.map(({ role }) => shown(v.get(role) ?? null)));
  const formatRow = block.last >= block.first ? block.last : at <= range.bottom ? at : table.headerRow;
  const where = `工作表「${sheet.name}」${projectLabel(project)}`;
  const lines = top === bottom ? `第 ${top + 1} 行` : `第 ${top + 1}–${bottom + 1} 行`;
  return {
    ok: true,
    value: {
      kind: "rows",
      sheet: sheet.name,
      summary:
        added > 0
          ? `在${where}下插入 ${added} 行，写入 ${n} 条指标（${lines}）`
          : `在${where}的空行中写入 ${n} 条指标（${lines}）`,
      preview: { kind: "rows", header, rows: previewRows, goal: goal ? goal.text : null },
      writes,
      insertRows: added > 0 ? { at, count: added } : null,
      formatFrom: added > 0 ? { row: formatRow, left: range.left, right: range.right } : null,
      unmerge,
      merge,
      expect,
      overwrites,
      wrap: [],
      newSheet: null,
      select: { top, left: range.left, bottom, right: range.right },
    },
  };
}
