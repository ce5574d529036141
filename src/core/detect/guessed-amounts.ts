/**
 * Approximate amounts in a table's amount column: 「约5万」「5万元左右」「预计5万元」. The number is read
 * (parse/amount.ts says how), but it is a guess, as on a form: the project's amount is left empty so no
 * rule builds an error on it (no sum, no cost check), and the reading marks the amount uncertain, with
 * how it was read, so reading-uncertain asks the accountant to write the exact amount.
 */
import type { ParsedAmount } from "../parse/amount";
import type { Project, TotalRow } from "../model";

/** A project whose amount was read from approximate text, and how. */
export interface GuessedAmount {
  project: Project;
  how: string;
}

/** What the wide and long readers build. */
export interface Built {
  projects: Project[];
  totals: TotalRow[];
  guessedAmounts: GuessedAmount[];
}

/**
 * A number was read, but the text says it is approximate. (A word before the number that is not a known
 * amount label — 「财政资金160.77万元」 — makes a guess on a form, where labels say what a cell is; in a
 * column whose header says 金额 it is the amount.)
 */
export function isGuess(parsed: Pick<ParsedAmount, "amount" | "approximate">): boolean {
  return parsed.approximate === true && parsed.amount !== null;
}

/** Each guessed amount's reading (made by then) says it is uncertain, and why. */
export function markGuessedAmounts(guesses: readonly GuessedAmount[]): void {
  for (const { project, how } of guesses) {
    const part = project.reading?.amount;
    if (!part) continue;
    part.status = "uncertain";
    part.evidence = `${how}。请写明准确金额，在此之前金额不参与核算。`;
  }
}
