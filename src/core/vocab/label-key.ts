/** The key a form label or a fund line is recognised by. */
import { matchKey } from "../text/match-key";

const BRACKETS = /[(（[【〔][^)）\]】〕]*[)）\]】〕]/g;

/** The label's key: matchKey without bracketed parts (units, 「(专项)」, 「(2023年—2025年)」). */
export function labelKey(text: string): string {
  return matchKey(text.replace(BRACKETS, ""));
}
