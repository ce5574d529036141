/**
 * The form of a label, header or heading text that vocabulary is matched against — never shown, never
 * stored. Real tables write the same word in many ways: with spaces inside (「总 体 目 标」), full-width
 * forms, required-field marks (「数量指标*」), colons, traditional characters (「績效目標」, pages that were
 * converted or typed in Hong Kong style), pinyin glosses left by a web page's ruby text
 * (「績(jī)效目標(biāo)」) and the question marks a lost character turns into (「???效指標」). The key
 * removes all of that, so one list of words (simplified, no spaces) recognises every variant.
 */
import { NOT_PLAIN, T2S } from "./char-tables";
import { toHalfWidth } from "./normalize";

/** A pinyin gloss after a character: 「(jī)」, 「(biāo)」, or its remains when the bracket was lost. */
const PINYIN_GLOSS =
  /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]|[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g;
/** Spaces, required-field marks, colons, question marks of lost characters, bullets. */
const NOISE = /[\s\u3000*＊★※:：?？·•]/g;

/** Traditional characters → simplified (only the ones in TRADITIONAL); other characters unchanged. */
export function toSimplified(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const s = T2S[text.charCodeAt(i)];
    if (s === 0) continue;
    out ??= text.split(""); // code units: every mapped character is one, so index i is its place
    out[i] = String.fromCharCode(s);
  }
  return out === null ? text : out.join("");
}

/** A vowel with a tone mark: what tells a pinyin gloss 「(jī)」 from a bracketed unit 「(km)」. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]/;
/** A pinyin gloss with a tone mark, in brackets: 「(chǎn)」「（biāo）」. */
const TONED_GLOSS =
  /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{0,6}[)）]/g;

/**
 * Text without the pinyin glosses a web page's ruby text left after characters (「產(chǎn)出」 →
 * 「產出」). Only glosses with a tone mark are removed, so a unit in brackets (「长度(km)」) stays. The
 * same string when there is none (no allocation).
 */
export function removePinyinGlosses(text: string): string {
  return TONE_MARK.test(text) ? text.replace(TONED_GLOSS, "") : text;
}

/**
 * True when neither removePinyinGlosses nor toSimplified changes the text — no tone mark, no character
 * of TRADITIONAL — and so changes no part of it either: one scan of a cell spares the per-line passes.
 */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NOT_PLAIN[text.charCodeAt(i)] !== 0) return false;
  return true;
}

/** The key of a label or heading text: half-width, simplified, no glosses, no spaces or marks. */
export function matchKey(text: string): string {
  const half = toHalfWidth(text);
  const bare = half.includes(")") || half.includes("）") ? half.replace(PINYIN_GLOSS, "") : half;
  return toSimplified(bare.replace(NOISE, ""));
}
