/**
 * Single-project form: label/value rows on top (项目名称, 资金总额, 年度目标 …), then an indicator grid
 * read like the long layout. One project per form.
 */
import { EMPTY_CELL, type Cell } from "../grid";
import type { Project, SourceRef } from "../model";
import { cleanProjectName, normalizeText, parseAmount } from "../parse";
import type { FormLabels, LabelValue } from "./form-labels";
import { IndicatorGridReader } from "./indicator-grid";
import { isJunkRow, type ColumnMap } from "./row-kinds";
import { cellText, type SheetView } from "./sheet-view";

/** The value of a label: its cell, the cell it sits in, and where findings should point. */
function resolveValue(
  view: SheetView,
  lv: LabelValue | null,
  fallback: SourceRef,
): { cell: Cell; ref: SourceRef } {
  if (!lv) return { cell: EMPTY_CELL, ref: fallback };
  if (lv.inline !== null)
    return { cell: { value: lv.inline, text: lv.inline }, ref: view.ref(lv.label.row, lv.label.col) };
  if (lv.value)
    return { cell: view.cell(lv.value.row, lv.value.col), ref: view.ref(lv.value.row, lv.value.col) };
  return { cell: EMPTY_CELL, ref: view.ref(lv.label.row, lv.label.col) };
}

export function buildForm(
  view: SheetView,
  labels: FormLabels & { name: LabelValue },
  columns: ColumnMap,
  rows: { from: number; to: number },
  amountUnit: "万元" | "元",
): Project {
  const nameLabelRef = view.ref(labels.name.label.row, labels.name.label.col);
  const name = resolveValue(view, labels.name, nameLabelRef);
  const amount = resolveValue(view, labels.amount, name.ref);
  const goal = resolveValue(view, labels.goal, name.ref);
  const rawName = cellText(name.cell);
  const { amount: value, problem } = parseAmount(amount.cell, amountUnit);

  const reader = new IndicatorGridReader(view, columns);
  const tree = reader.begin();
  for (let r = rows.from; r <= rows.to; r++) {
    if (view.isEmptyRow(r) || isJunkRow(view, r)) continue;
    reader.readRow(r);
  }
  const firstGridRow = view.ref(
    rows.from,
    columns.level3 ?? columns.value ?? columns.level2 ?? columns.level1 ?? 0,
  );
  return {
    key: `${view.name}!${name.ref.row}`,
    code: null,
    name: cleanProjectName(rawName),
    rawName,
    amount: value,
    amountText: cellText(amount.cell),
    amountProblem: problem,
    goal: normalizeText(cellText(goal.cell)),
    indicators: tree.indicators,
    headings: tree.headings,
    issues: [],
    cells: {
      name: name.ref,
      amount: amount.ref,
      goal: goal.ref,
      indicators: tree.indicators.length > 0 ? { ...tree.indicators[0].source } : firstGridRow,
    },
  };
}
