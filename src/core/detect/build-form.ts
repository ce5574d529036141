/**
 * Single-project form: label/value rows on top (项目名称, 资金总额, 年度目标 …), then an indicator grid
 * read like the long layout. One project per form. Each of name, amount and goal is read with its
 * evidence; a form without a 项目名称 label takes its title as the name and says so (uncertain).
 */
import { EMPTY_CELL, toA1, type Cell } from "../grid";
import type { Project, ReadPart, SkippedRow, SourceRef } from "../model";
import { cleanProjectName, normalizeText, parseAmount } from "../parse";
import type { FormLabels, LabelValue } from "./form-labels";
import { IndicatorGridReader } from "./indicator-grid";
import { clipText } from "./reading-parts";
import { isJunkRow, type ColumnMap } from "./row-kinds";
import { amountCellOf, cellText, type SheetView } from "./sheet-view";

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

/** The reading of one labelled part. */
function labelPart(
  view: SheetView,
  lv: LabelValue | null,
  ref: SourceRef,
  text: string,
  what: string,
): ReadPart {
  if (!lv) {
    return { status: "absent", cell: null, text: "", evidence: `表中没有找到「${what}」的标签。` };
  }
  const label = { cell: view.ref(lv.label.row, lv.label.col), text: lv.label.text };
  const labelAt = `${lv.why}在 ${toA1(lv.label.row, lv.label.col)}`;
  if (text === "") {
    return { status: "empty", cell: ref, label, text: "", evidence: `${labelAt}，但它的值是空的。` };
  }
  const where =
    lv.inline !== null ? "写在标签同一格的冒号后" : lv.value && lv.value.row > lv.label.row ? "下方" : "右侧";
  const part: ReadPart = {
    status: "found",
    cell: ref,
    label,
    text: clipText(text, 60),
    evidence: `${labelAt}，值取自${where}的 ${toA1(ref.row, ref.col)}。`,
  };
  if (lv.rivals.length > 0) {
    part.status = "uncertain";
    part.candidates = lv.rivals.map((r) => view.ref(r.row, r.col));
    part.evidence += ` 另有同样的标签在 ${lv.rivals.map((r) => toA1(r.row, r.col)).join("、")}，不能确定用哪一个。`;
  }
  return part;
}

export interface FormTitle {
  text: string;
  ref: SourceRef;
}

export function buildForm(
  view: SheetView,
  labels: FormLabels,
  title: FormTitle | null,
  columns: ColumnMap,
  blocks: readonly { from: number; to: number }[],
  amountUnit: "万元" | "元",
  skipped: SkippedRow[],
): Project {
  const anchor = labels.name
    ? view.ref(labels.name.label.row, labels.name.label.col)
    : (title?.ref ?? view.ref(blocks[0].from, columns.level3 ?? columns.value ?? view.colStart));
  const name = resolveValue(view, labels.name, anchor);
  const amount = resolveValue(view, labels.amount, name.ref);
  const goal = resolveValue(view, labels.goal, name.ref);
  let rawName = cellText(name.cell);
  let nameReading = labelPart(view, labels.name, name.ref, rawName, "项目名称");
  if (!labels.name && title) {
    rawName = title.text;
    nameReading = {
      status: "uncertain",
      cell: title.ref,
      text: clipText(title.text, 60),
      evidence: `表中没有「项目名称」标签，暂以标题「${clipText(title.text, 30)}」（${toA1(title.ref.row, title.ref.col)}）作为项目名称。`,
    };
  }
  const parsed = parseAmount(amountCellOf(amount.cell), amountUnit);
  const amountText = cellText(amount.cell);
  const amountReading = labelPart(view, labels.amount, amount.ref, amountText, "金额");
  if (amountReading.status === "found" && parsed.amount !== null) {
    const wan = `${parsed.amount.toString()} 万元`;
    amountReading.evidence += parsed.how.includes(wan) ? ` ${parsed.how}。` : ` ${parsed.how}，读作 ${wan}。`;
    // A number picked out of prose is a guess: said so, and no rule builds on it.
    if (parsed.confidence === "guess") amountReading.status = "uncertain";
  }
  const goalText = cellText(goal.cell);
  const goalReading = labelPart(view, labels.goal, goal.ref, goalText, "绩效目标");
  if (goalReading.status === "absent" && labels.unknownProse.length > 0) {
    const p = labels.unknownProse[0];
    goalReading.status = "uncertain";
    goalReading.candidates = labels.unknownProse.map((u) => view.ref(u.row, u.col));
    goalReading.evidence = `没有找到绩效目标的标签；「${clipText(p.label, 12)}」（${toA1(p.row, p.col)}）旁有一段文字，可能是绩效目标，未按目标检查。`;
  }

  const reader = new IndicatorGridReader(view, columns);
  const tree = reader.begin();
  for (const rows of blocks) {
    for (let r = rows.from; r <= rows.to; r++) {
      if (view.isEmptyRow(r) || isJunkRow(view, r)) continue;
      const skip = reader.readRow(r);
      if (skip) skipped.push(skip);
    }
  }
  const firstGridRow = view.ref(
    blocks[0].from,
    columns.level3 ?? columns.value ?? columns.level2 ?? columns.level1 ?? anchor.col,
  );
  // An uncertain amount is not checked: no rule may build an error on a guess.
  const amountSure = amountReading.status !== "uncertain";
  return {
    key: `${view.name}!${name.ref.row}`,
    code: null,
    name: cleanProjectName(rawName),
    rawName,
    amount: amountSure ? parsed.amount : null,
    amountText,
    amountProblem: amountSure ? parsed.problem : null,
    goal: goalReading.status === "uncertain" ? "" : normalizeText(goalText),
    indicators: tree.indicators,
    headings: tree.headings,
    issues: [],
    cells: {
      name: nameReading.cell ?? anchor,
      amount: amount.ref,
      goal: goal.ref,
      indicators: tree.indicators.length > 0 ? { ...tree.indicators[0].source } : firstGridRow,
    },
    reading: {
      name: nameReading,
      amount: amountReading,
      goal: goalReading,
      indicatorCount: tree.indicators.length,
    },
  };
}
