/**
 * Wide / disclosure layout (the seed): one row per project, the whole indicator tree in one cell.
 * Rows with a code and no goal/indicators are unit subtotals; a 合计/总计 row is the grand total.
 */
import { EMPTY_CELL } from "../grid";
import type { Project, SkippedRow } from "../model";
import { cleanProjectName, normalizeText, parseAmount, parseIndicatorText } from "../parse";
import { amountCellOf, cellText, type SheetView } from "./sheet-view";
import { isGrandTotalLabel, isJunkRow, codeIn, footerRowText, footerSkip, type ColumnMap } from "./row-kinds";
import { isGuess, type Built, type GuessedAmount } from "./guessed-amounts";
import { TotalsBuilder } from "./totals";

export function buildWide(
  view: SheetView,
  columns: ColumnMap,
  rows: { from: number; to: number },
  amountUnit: "万元" | "元",
  skipped: SkippedRow[] = [],
  headerRows: ReadonlySet<number> = new Set(),
): Built {
  const nameCol = columns.name!;
  const projects: Project[] = [];
  const guessedAmounts: GuessedAmount[] = [];
  const totals = new TotalsBuilder();
  const own = (r: number, c: number | undefined) => (c === undefined ? "" : view.text(r, c));

  for (let r = rows.from; r <= rows.to; r++) {
    if (headerRows.has(r)) continue;
    // A name merged down from the row above: this row continues that project (page-break split).
    if (view.merges.isCovered(r, nameCol) && view.merges.anchorOf(r, nameCol).row < r) continue;
    if (view.isEmptyRow(r) || isJunkRow(view, r)) continue;
    const rawName = view.shownText(r, nameCol);
    const code = codeIn(own(r, columns.code));
    const goalText = own(r, columns.goal);
    const indicatorText = own(r, columns.indicators);
    const amountCol = columns.amount ?? nameCol;
    const amountCell = columns.amount === undefined ? EMPTY_CELL : view.cell(r, amountCol);
    const parsed = parseAmount(amountCellOf(amountCell), amountUnit);
    const { amount, problem } = parsed;
    const amountText = cellText(amountCell);
    const amountRef = view.ref(r, amountCol);

    if (isGrandTotalLabel(rawName) || (rawName === "" && isGrandTotalLabel(own(r, columns.code)))) {
      totals.addGrand({
        label: (rawName || "合计").replace(/\s+/g, ""),
        code: null,
        amount,
        amountText,
        source: amountRef,
      });
      continue;
    }
    // A note or signature line under the table (注：…, 填表人：…) is no project, even with a number in
    // the amount column; a name that only starts like one needs no amount.
    const footer = footerRowText(view, r, () => amount !== null);
    if (footer !== null) {
      skipped.push(footerSkip(r, footer));
      continue;
    }
    if (code !== null && goalText === "" && indicatorText === "") {
      totals.addUnit({ label: normalizeText(rawName), code, amount, amountText, source: amountRef });
      continue;
    }
    if (rawName === "" && goalText === "" && indicatorText === "") continue; // a stray amount, no project

    const nameRef = view.ref(r, nameCol);
    const indicatorRef = view.ref(r, columns.indicators ?? nameCol);
    const tree = parseIndicatorText(indicatorText, { sheet: view.name, row: r, col: indicatorRef.col });
    const project: Project = {
      key: `${view.name}!${r}`,
      code,
      name: cleanProjectName(rawName),
      rawName,
      amount: isGuess(parsed) ? null : amount,
      amountText,
      amountProblem: problem,
      goal: normalizeText(goalText),
      indicators: tree.indicators,
      headings: tree.headings,
      issues: tree.issues,
      cells: {
        name: nameRef,
        amount: amountRef,
        goal: view.ref(r, columns.goal ?? nameCol),
        indicators: indicatorRef,
      },
    };
    if (isGuess(parsed)) guessedAmounts.push({ project, how: parsed.how });
    totals.addProject(project);
    projects.push(project);
  }
  return { projects, totals: totals.totals(), guessedAmounts };
}
