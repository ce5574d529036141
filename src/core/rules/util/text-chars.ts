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
 * dot of 「...」); tests check that every candidate character is one.
 */
export const T_PLACEHOLDER = 1 << 4;

/** The characters of T_PLACEHOLDER. */
export const PLACEHOLDER_CHARS = "*＊xXＸｘ×□☐○_＿（(【[某….";

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
  for (let i = 0; i < text.length; i++) c |= CLASS[text.charCodeAt(i)];
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
