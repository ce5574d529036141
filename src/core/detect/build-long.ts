/**
 * Long / declaration layout (budget-system exports): one row per indicator. A project's name, amount and
 * goal sit in its first row (merged down or left blank below); a new project starts where the name cell
 * shows a new value (a different name, a new merged block or a new code).
 */
import { EMPTY_CELL } from "../grid";
import type { Project, SkippedRow } from "../model";
import { cleanProjectName, normalizeText, parseAmount } from "../parse";
import { IndicatorGridReader, type IndicatorTree } from "./indicator-grid";
import {
  codeIn,
  footerRowText,
  footerSkip,
  footerText,
  isGrandTotalLabel,
  isJunkRow,
  type ColumnMap,
} from "./row-kinds";
import { amountCellOf, cellText, ownText, type SheetView } from "./sheet-view";
import { isGuess, type Built, type GuessedAmount } from "./guessed-amounts";
import { TotalsBuilder } from "./totals";

type Block =
  /** guess: how an approximate amount was read (guessed-amounts.ts), null when it was read for sure. */
  { kind: "project"; project: Project; tree: IndicatorTree; guess: string | null } | { kind: "other" };

export function buildLong(
  view: SheetView,
  columns: ColumnMap,
  rows: { from: number; to: number },
  amountUnit: "万元" | "元",
  skipped: SkippedRow[] = [],
  headerRows: ReadonlySet<number> = new Set(),
): Built {
  const nameCol = columns.name!;
  const amountCol = columns.amount;
  const goalCol = columns.goal;
  const indicatorCols = [columns.level1, columns.level2, columns.level3, columns.operator, columns.value];
  const reader = new IndicatorGridReader(view, columns);
  const totals = new TotalsBuilder();
  const projects: Project[] = [];
  const guessedAmounts: GuessedAmount[] = [];
  const own = (r: number, c: number | undefined) => ownText(view, r, c);
  const amountOf = (r: number) => {
    const cell = amountCol === undefined ? EMPTY_CELL : view.cell(r, amountCol);
    return {
      ...parseAmount(amountCellOf(cell), amountUnit),
      text: cellText(cell),
      ref: view.ref(r, amountCol ?? nameCol),
    };
  };

  let block: Block | null = null;
  let blockName = "";
  let blockCode: string | null = null;

  const finish = () => {
    if (block?.kind !== "project") return;
    const p = block.project;
    p.indicators = block.tree.indicators;
    p.headings = block.tree.headings;
    if (p.indicators.length > 0) p.cells.indicators = { ...p.indicators[0].source };
    if (block.guess !== null) {
      guessedAmounts.push({ project: p, how: block.guess });
      p.amount = null;
    }
    totals.addProject(p);
    projects.push(p);
  };

  // Set by a repeated header (a page break): a project named again right under it goes on.
  let afterBreak = false;
  for (let r = rows.from; r <= rows.to; r++) {
    if (headerRows.has(r)) {
      afterBreak = true;
      continue;
    }
    if (view.isEmptyRow(r) || isJunkRow(view, r)) continue;
    const name = own(r, nameCol);
    // A note or signature line (注：…, 填表人：…) in the name column is no project, even with a number
    // (a telephone number) in the amount column; a name that only starts like one needs no amount.
    const footer =
      name === "" || isGrandTotalLabel(name)
        ? null
        : footerRowText(view, r, () => amountOf(r).amount !== null);
    if (footer !== null) {
      skipped.push(footerSkip(r, footer));
      continue;
    }
    const code = codeIn(own(r, columns.code));
    const goesOn = afterBreak && block?.kind === "project" && name === blockName && code === blockCode;
    afterBreak = false;
    const startsBlock =
      name !== "" &&
      !goesOn &&
      (block === null ||
        name !== blockName ||
        view.merges.isTallMergeTop(r, nameCol) ||
        (code !== null && code !== blockCode));

    if (startsBlock) {
      finish();
      blockName = name;
      blockCode = code;
      const goal = own(r, goalCol);
      const amount = amountOf(r);
      const rowHasIndicator = indicatorCols.some((c) => own(r, c) !== "");
      if (isGrandTotalLabel(name)) {
        totals.addGrand({
          label: name,
          code: null,
          amount: amount.amount,
          amountText: amount.text,
          source: amount.ref,
        });
        block = { kind: "other" };
        continue;
      }
      if (code !== null && goal === "" && !rowHasIndicator) {
        const label = normalizeText(name);
        totals.addUnit({ label, code, amount: amount.amount, amountText: amount.text, source: amount.ref });
        block = { kind: "other" };
        continue;
      }
      const nameRef = view.ref(r, nameCol);
      const project: Project = {
        key: `${view.name}!${r}`,
        code,
        name: cleanProjectName(name),
        rawName: name,
        amount: amount.amount,
        amountText: amount.text,
        amountProblem: amount.problem,
        goal: normalizeText(goal),
        indicators: [],
        headings: [],
        issues: [],
        cells: {
          name: nameRef,
          amount: amount.ref,
          goal: view.ref(r, goalCol ?? nameCol),
          indicators: view.ref(r, columns.level3 ?? columns.value ?? nameCol),
        },
      };
      block = { kind: "project", project, tree: reader.begin(), guess: isGuess(amount) ? amount.how : null };
    }
    if (block?.kind !== "project") continue;
    const p = block.project;
    // Exports without merges sometimes put the goal or amount on a later row of the block.
    if (!startsBlock && footerText(view, r) === null) {
      if (p.goal === "" && own(r, goalCol) !== "") {
        p.goal = normalizeText(own(r, goalCol));
        p.cells.goal = view.ref(r, goalCol!);
      }
      if (p.amountProblem === "missing" && own(r, amountCol) !== "") {
        const a = amountOf(r);
        Object.assign(p, { amount: a.amount, amountText: a.text, amountProblem: a.problem });
        p.cells.amount = a.ref;
        block.guess = isGuess(a) ? a.how : null;
      }
    }
    const skip = reader.readRow(r);
    if (skip) skipped.push(skip);
  }
  finish();
  return { projects, totals: totals.totals(), guessedAmounts };
}
