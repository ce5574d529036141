/**
 * Indicator and project names without book titles, punctuation and spaces, for comparing and matching:
 * "文稿打印、扫描成本" → "文稿打印扫描成本", "《门源县藏族百年实录》印刷出版成本" → "印刷出版成本".
 * Runs on every indicator, so the common case (nothing to remove) is one look-up per character in a
 * table and no allocation.
 */
import { type BracketPair, replaceBracketSpans } from "../../text/bracket-spans";
import { toSimplified } from "../../text/match-key";

// Book titles are removed whole first (replaceBracketSpans: linear, where /《[^》]*》/ is quadratic on a
// name of many 《), then the punctuation and spaces one by one.
const NAME_NOISE = /[\s、，,。.：:；;（）()“”"'‘’<>《》·\-—_/\\[\]【】]/g;
const BOOK_TITLE: readonly BracketPair[] = [["《", "》"]];
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ]/g;

/** The characters NAME_NOISE removes one by one: its punctuation, and what `\s` matches. */
const PUNCTUATION = "、，,。.：:；;（）()“”\"'‘’<>《》·-—_/\\[]【】";
/** Every character a regex's `\s` matches. */
export const WHITESPACE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Every character NAME_NOISE removes on its own (book titles are removed whole, marks included). */
export const NAME_NOISE_CHARS = PUNCTUATION + WHITESPACE;

const NOISE = 1;
/** Full-width letters and digits, ASCII capitals: what nameKey folds. */
const FOLD = 2;
const CHAR = new Uint8Array(0x10000);
for (const c of NAME_NOISE_CHARS) CHAR[c.charCodeAt(0)] |= NOISE;
for (const [from, to] of [
  ["０", "９"],
  ["Ａ", "Ｚ"],
  ["ａ", "ｚ"],
  ["A", "Z"],
]) {
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) CHAR[c] |= FOLD;
}

function has(text: string, kind: number): boolean {
  for (let i = 0; i < text.length; i++) if ((CHAR[text.charCodeAt(i)] & kind) !== 0) return true;
  return false;
}

/** Whether compactName would change the text (it has punctuation, spaces or a book title). */
export const hasNameNoise = (text: string): boolean => has(text, NOISE);

/** The name without punctuation and spaces, traditional characters simplified (績效 → 绩效). */
export function compactName(name: string): string {
  return toSimplified(has(name, NOISE) ? removeNameNoise(name) : name);
}

/** compactName for a name already known to hold noise. */
export const removeNameNoise = (name: string): string =>
  (name.includes("《") ? replaceBracketSpans(name, BOOK_TITLE, "") : name).replace(NAME_NOISE, "");

/** compactName plus full-width letters/digits to ASCII and lower case: the key for "same name". */
export function nameKey(name: string): string {
  return keyOfCompacted(compactName(name));
}

/** nameKey of a name that compactName already cleaned. */
export function keyOfCompacted(key: string): string {
  return has(key, FOLD)
    ? key.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase()
    : key;
}
