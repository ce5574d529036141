/**
 * The top of a single-project form: label cells (项目名称, 主管部门, 年度资金总额, 其中：财政拨款, 中期目标 |
 * 年度目标 …) with their values to the right (often merged) or, for side-by-side labels, below. Labels are
 * recognised by vocabulary (vocab/form-labels.ts) and ranked; each chosen label keeps the evidence that
 * chose it for the reading.
 */
import { formLabelOf, INLINE_VALUE, isBareYearLabel, labelKey, type FormLabel } from "../vocab/form-labels";
import { isFundSubline } from "../vocab/fund-sources";
import { moneyUnitIn } from "../vocab/header-aliases";
import type { SheetView } from "./sheet-view";

export interface LabelValue {
  /** The label cell. */
  label: { row: number; col: number; text: string };
  /** The value cell (absolute), or null when the label has no value. */
  value: { row: number; col: number } | null;
  /** The value written inside the label cell after its colon ("项目名称：会议经费"), if any. */
  inline: string | null;
  /** Why this label was taken (Chinese). */
  why: string;
  /** Other labels of the same rank for the same part (a tie the reading reports). */
  rivals: { row: number; col: number; text: string }[];
}

export interface FormLabels {
  name: LabelValue | null;
  amount: LabelValue | null;
  goal: LabelValue | null;
  /** A money unit named by a fund label ("项目资金（万元）"), if any. */
  amountUnit: "万元" | "元" | null;
  /** First row holding a label (the form's top). */
  top: number | null;
  left: number | null;
  right: number | null;
  /** Rows of the form's top that hold a long text under a label the vocabulary does not know. */
  unknownProse: { row: number; col: number; label: string }[];
}

/** Max columns searched for labels and values (forms are a dozen columns wide). */
const MAX_COLS = 60;

export function isFormLabel(text: string): boolean {
  return formLabelOf(text) !== null;
}

type Part = "name" | "amount" | "goal";

export function readFormLabels(view: SheetView, from: number, to: number): FormLabels {
  const out: FormLabels = {
    name: null,
    amount: null,
    goal: null,
    amountUnit: null,
    top: null,
    left: null,
    right: null,
    unknownProse: [],
  };
  const best: Record<Part, { rank: number; lv: LabelValue } | null> = {
    name: null,
    amount: null,
    goal: null,
  };
  const colEnd = Math.min(view.colEnd, view.colStart + MAX_COLS);
  const consider = (part: Part, found: FormLabel, lv: LabelValue) => {
    const prev = best[part];
    // Same rank: a label with a value beats one without; otherwise the first one stays, the tie is noted.
    if (!prev || found.rank > prev.rank || (found.rank === prev.rank && !hasValue(prev.lv) && hasValue(lv))) {
      if (prev && found.rank === prev.rank) lv.rivals.push(prev.lv.label, ...prev.lv.rivals);
      best[part] = { rank: found.rank, lv };
    } else if (found.rank === prev.rank && hasValue(lv)) {
      prev.lv.rivals.push(lv.label);
    }
  };
  for (let r = from; r < to; r++) {
    for (let c = view.colStart; c < colEnd; c++) {
      if (view.merges.isCovered(r, c)) continue;
      const text = view.text(r, c);
      if (text === "") continue;
      let found = formLabelOf(text);
      if (!found && isBareYearLabel(text)) {
        const lv = valueOf(view, r, c, text, colEnd, to, "goal");
        if (lv.value && isProse(view.text(lv.value.row, lv.value.col))) {
          found = { part: "goal", rank: 2, why: "标签「年度」右侧是一段文字" };
        }
      }
      if (!found) {
        const lv = c + 1 < colEnd ? valueOf(view, r, c, text, colEnd, to, "goal") : null;
        if (
          lv?.value &&
          lv.value.row === r &&
          text.length <= 16 &&
          isProse(view.text(lv.value.row, lv.value.col))
        )
          out.unknownProse.push({ row: r, col: c, label: text });
        continue;
      }
      out.top ??= r;
      out.left = Math.min(out.left ?? c, c);
      out.right = Math.max(out.right ?? c, c);
      if (/资金|金额|预算|投资/.test(labelKey(text))) out.amountUnit ??= moneyUnitIn(text);
      if (found.part === "other") continue;
      const lv = valueOf(view, r, c, text, colEnd, to, found.part);
      lv.why = `标签「${oneLine(text)}」（${found.why}）`;
      consider(found.part, found, lv);
    }
  }
  out.name = best.name?.lv ?? null;
  out.amount = best.amount?.lv ?? null;
  out.goal = best.goal?.lv ?? null;
  return out;
}

function hasValue(lv: LabelValue): boolean {
  return lv.value !== null || lv.inline !== null;
}

/** Text that reads as a sentence: long enough and not a number or a label. */
function isProse(text: string): boolean {
  return text.length >= 8 && !/^[\d.,\s万元%]+$/.test(text) && formLabelOf(text) === null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The label's value: inline after a colon, else the first value cell to the right, else the cell below. */
function valueOf(
  view: SheetView,
  row: number,
  col: number,
  text: string,
  colEnd: number,
  to: number,
  part: Part | "other",
): LabelValue {
  const label = { row, col, text };
  const lv = (value: LabelValue["value"], inline: string | null = null): LabelValue => ({
    label,
    value,
    inline,
    why: "",
    rivals: [],
  });
  const inline = INLINE_VALUE.exec(text.trim());
  if (inline && formLabelOf(inline[1]) === null) return lv(null, inline[1].trim());
  const merge = view.merges.mergeAt(row, col);
  const right = merge ? merge.right : col;
  const bottom = merge ? merge.bottom : row;
  for (let c = right + 1; c < colEnd; c++) {
    if (view.merges.isCovered(row, c)) {
      const a = view.merges.anchorOf(row, c);
      if (a.row === row) continue;
      // A tall merge from above (a group label) ends the search only when it holds a label.
      if (formLabelOf(view.text(a.row, a.col))) break;
      continue;
    }
    const t = view.text(row, c);
    if (t === "") continue;
    if (formLabelOf(t)) break;
    return lv({ row, col: c });
  }
  // Side-by-side labels (中期目标 | 年度目标) have their values in the row below.
  const below = view.merges.anchorOf(bottom + 1, col);
  const t = view.text(below.row, below.col);
  if (
    below.row > bottom &&
    below.row < to &&
    t !== "" &&
    !formLabelOf(t) &&
    !(part === "amount" && isFundSubline(t))
  ) {
    // An amount below its label must look like one; a goal below must be prose.
    const fits = part === "amount" ? /[\d０-９]/.test(t) : part === "goal" ? isProse(t) : true;
    if (fits) return lv(below);
  }
  return lv(null);
}
