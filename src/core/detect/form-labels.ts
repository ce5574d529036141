/**
 * The top of a single-project form: label cells (项目名称, 主管部门, 年度资金总额, 其中：财政拨款, 中期目标 |
 * 年度目标 …) with their values to the right (often merged) or, for side-by-side labels, below.
 */
import { moneyUnitIn } from "./header-aliases";
import type { SheetView } from "./sheet-view";

export interface LabelValue {
  /** The label cell. */
  label: { row: number; col: number; text: string };
  /** The value cell (absolute), or null when the label has no value. */
  value: { row: number; col: number } | null;
  /** The value written inside the label cell after its colon ("项目名称：会议经费"), if any. */
  inline: string | null;
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
}

const SPACES = /[\s\u3000]+/g;
const KEY_BRACKETS = /[(（][^)）]*[)）]/g;
const keyOf = (t: string) => t.replace(SPACES, "").replace(KEY_BRACKETS, "");

/** Any label of the form's top part: values are never read from these cells. */
const LABEL =
  /^(项目名称|项目编码|主管部门|实施单位|预算单位|单位名称|项目单位|项目负责人|负责人|联系人|联系电话|项目属性|项目类[型别]|项目期|项目周期|起止时间|项目资金|资金情况|资金总额|年度资金|年度预算|预算金额|项目金额|总金额|其中|财政拨款|财政资金|其他资金|自筹资金|上年结转|中期目标|年度目标|年度绩效目标|总体目标|绩效目标|实施期目标|项目概况|立项依据)/;
const NAME_LABEL = /^项目名称/;
/** Total amount labels, most specific first. */
const AMOUNT_TOTAL =
  /^(年度资金总额|资金总额|项目资金总额|年度预算金额|预算金额|项目金额|总金额|资金合计|金额合计|年度预算)/;
const AMOUNT_GROUP = /^(项目资金|资金情况|预算资金)/;
/** Sub-lines of the fund block: a value search stops here (their values are parts, not the total). */
const AMOUNT_SUBLINE = /^(其中|财政拨款|财政资金|其他资金|自筹资金|上年结转)/;
const GOAL_LABELS: [RegExp, number][] = [
  [/^(年度目标|年度绩效目标|本年度目标|年度总体目标)/, 3],
  [/^(总体目标|绩效目标|项目绩效目标|整体目标)/, 2],
  [/^(中期目标|实施期目标)/, 1],
];
const INLINE_VALUE = /^[^:：]{2,12}[:：]\s*(\S.*)$/s;

/** Max columns searched for labels and values (forms are a dozen columns wide). */
const MAX_COLS = 60;

export function isFormLabel(text: string): boolean {
  return text.length <= 30 && LABEL.test(keyOf(text));
}

export function readFormLabels(view: SheetView, from: number, to: number): FormLabels {
  const out: FormLabels = {
    name: null,
    amount: null,
    goal: null,
    amountUnit: null,
    top: null,
    left: null,
    right: null,
  };
  let goalRank = 0;
  let amountRank = 0;
  const colEnd = Math.min(view.colEnd, view.colStart + MAX_COLS);
  for (let r = from; r < to; r++) {
    for (let c = view.colStart; c < colEnd; c++) {
      if (view.merges.isCovered(r, c)) continue;
      const text = view.text(r, c);
      if (text === "" || !isFormLabel(text)) continue;
      const key = keyOf(text);
      out.top ??= r;
      out.left = Math.min(out.left ?? c, c);
      out.right = Math.max(out.right ?? c, c);
      if (NAME_LABEL.test(key)) {
        out.name ??= valueOf(view, r, c, text, colEnd, to);
      } else if (AMOUNT_TOTAL.test(key) && amountRank < 2) {
        out.amount = valueOf(view, r, c, text, colEnd, to);
        amountRank = 2;
      } else if (AMOUNT_GROUP.test(key) && amountRank < 1) {
        out.amount = valueOf(view, r, c, text, colEnd, to);
        amountRank = 1;
      } else {
        const rank = GOAL_LABELS.find(([re]) => re.test(key))?.[1] ?? 0;
        if (rank > goalRank) {
          out.goal = valueOf(view, r, c, text, colEnd, to);
          goalRank = rank;
        }
      }
      if (/资金|金额|预算/.test(key)) out.amountUnit ??= moneyUnitIn(text);
    }
  }
  return out;
}

/** The label's value: inline after a colon, else the first value cell to the right, else the cell below. */
function valueOf(
  view: SheetView,
  row: number,
  col: number,
  text: string,
  colEnd: number,
  to: number,
): LabelValue {
  const label = { row, col, text };
  const inline = INLINE_VALUE.exec(text.trim());
  if (inline && !isFormLabel(inline[1])) return { label, value: null, inline: inline[1].trim() };
  const merge = view.merges.mergeAt(row, col);
  const right = merge ? merge.right : col;
  const bottom = merge ? merge.bottom : row;
  for (let c = right + 1; c < colEnd; c++) {
    if (view.merges.isCovered(row, c)) {
      const a = view.merges.anchorOf(row, c);
      if (a.row === row) continue;
      // A tall merge from above (a group label) ends the search only when it holds a label.
      if (isFormLabel(view.text(a.row, a.col))) break;
      continue;
    }
    const t = view.text(row, c);
    if (t === "") continue;
    if (isFormLabel(t)) break;
    return { label, value: { row, col: c }, inline: null };
  }
  const below = view.merges.anchorOf(bottom + 1, col);
  const t = view.text(below.row, below.col);
  if (below.row > bottom && below.row < to && t !== "" && !isFormLabel(t) && !AMOUNT_SUBLINE.test(keyOf(t))) {
    return { label, value: below, inline: null };
  }
  return { label, value: null, inline: null };
}
