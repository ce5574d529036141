/**
 * Which classes of characters an indicator's texts hold (its name, value and unit, and the operator,
 * value and unit cells as written), worked out in the table-facts pass (TableFacts.textChars). The
 * import rules' regexes each need a character of some class (a space inside a name, the l of 「null」,
 * a 「*」): an indicator whose texts hold none of them is not read again by those rules, and for the
 * others the regexes, not these classes, decide.
 */
import type { Indicator } from "../../model";
import { WHITESPACE } from "./compact-name";

/** Any character a regex's `\s` matches. */
export const T_SPACE = 1 << 0;
/** l or L (the word null). */
export const T_LETTER_L = 1 << 1;
/** * ＊ _ ＿ (refused on import, left by templates). */
export const T_STAR = 1 << 2;
/** - － — – */
export const T_DASH = 1 << 3;
/**
 * A character a template placeholder needs (text/placeholder.ts: its candidate characters, and the
 * dot of 「...」); tests check that every candidate character is one. A dot counts only beside another
 * dot or at either end of the text (where it may meet the dot of the next text: value, then unit), so
 * the dot of 「25.33」 does not make every amount a candidate.
 */
export const T_PLACEHOLDER = 1 << 4;

/** The characters of T_PLACEHOLDER (the dot where it may be part of 「...」: see T_PLACEHOLDER). */
export const PLACEHOLDER_CHARS = "*＊xXＸｘ×□☐○_＿（(【[某…";
const DOT = 0x2e;

const CLASS = new Uint8Array(0x10000);

function mark(chars: string, cls: number): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] |= cls;
}
mark(WHITESPACE, T_SPACE);
mark("lL", T_LETTER_L);
mark("*＊_＿", T_STAR);
mark("-－—–", T_DASH);
mark(PLACEHOLDER_CHARS, T_PLACEHOLDER);

/** The classes of the characters of the text. */
export function textCharsOf(text: string): number {
  let c = 0;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const ch = text.charCodeAt(i);
    c |= CLASS[ch];
    if (
      ch === DOT &&
      (i === 0 || i === last || text.charCodeAt(i - 1) === DOT || text.charCodeAt(i + 1) === DOT)
    )
      c |= T_PLACEHOLDER;
  }
  return c;
}

/** The classes of an indicator's value, unit and written cells (its name's are worked out per name). */
export function measureCharsOf(ind: Indicator): number {
  let c = 0;
  if (ind.value !== null) c |= textCharsOf(ind.value);
  if (ind.unit !== null) c |= textCharsOf(ind.unit);
  const w = ind.written;
  if (w) c |= textCharsOf(w.operator) | textCharsOf(w.value) | textCharsOf(w.unit);
  return c;
}
