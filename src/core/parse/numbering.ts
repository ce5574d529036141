/**
 * Leading list numbering as written in indicator cells and project names: "1." "1、" "（1）" "(1)" "①"
 * (Arabic), "一、" (Chinese, a 一级 heading) and "（一）" (Chinese in brackets, a 二级 heading).
 * Expects normalised text (full-width brackets already ASCII).
 */
import { isJsSpace } from "../text/space";

export type NumberingKind = "none" | "arabic" | "chinese" | "chineseParen";

export interface Numbering {
  kind: NumberingKind;
  /** The text after the numbering, trimmed. */
  body: string;
}

const CN_DIGITS = "一二三四五六七八九十";
const CHINESE = new RegExp(`^[${CN_DIGITS}]{1,3}\\s*[、.,，]\\s*`);
const CHINESE_PAREN = new RegExp(`^[(]\\s*[${CN_DIGITS}]{1,3}\\s*[)]\\s*[、.]?\\s*`);
const ARABIC_PAREN = /^[(]\s*\d{1,3}\s*[)]\s*[、.]?\s*/;
const CIRCLED = /^[\u2460-\u2473\u2776-\u277f]\s*/;
const BULLET = /^[•·▪●◆■\-*]\s+/;

/**
 * Arabic numbering "1." "1、" "1)" "1，" but not "1.5万元" (a decimal) nor "1,234": where the match of
 * ^\d{1,3}\s*(?:[、)]|[.,，](?!\d))\s* ends, scanned by hand (no match object); -1 when none.
 */
function arabicEnd(line: string): number {
  let i = 0;
  while (i < 3 && isAsciiDigit(line.charCodeAt(i))) i++;
  // a fourth digit: however \d{1,3} splits the digits, a digit follows them, not the punctuation
  if (i === 0 || isAsciiDigit(line.charCodeAt(i))) return -1;
  i = skipSpaces(line, i);
  const c = line.charCodeAt(i);
  if (c === 0x3001 || c === 0x29)
    i++; // 、 )
  else if ((c === 0x2e || c === 0x2c || c === 0xff0c) && !isAsciiDigit(line.charCodeAt(i + 1)))
    i++; // . , ，
  else return -1;
  return skipSpaces(line, i);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The index after the run of \s characters starting at i. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The patterns above start with disjoint characters: the first character says which can match. */
const BULLET_START = new Set(["•", "·", "▪", "●", "◆", "■", "-", "*"]);

export function readNumbering(line: string): Numbering {
  const c = line.charCodeAt(0);
  let m: RegExpExecArray | null = null;
  let kind: NumberingKind = "arabic";
  if (c >= 0x30 && c <= 0x39) {
    const end = arabicEnd(line); // the most common numbering, read without a match object
    return end < 0 ? { kind: "none", body: line.trim() } : { kind, body: line.slice(end).trim() };
  } else if (c === 0x28) {
    if ((m = CHINESE_PAREN.exec(line))) kind = "chineseParen";
    else m = ARABIC_PAREN.exec(line);
  } else if (c >= 0x4e00 && CN_DIGITS.includes(line[0])) {
    m = CHINESE.exec(line);
    kind = "chinese";
  } else if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x277f)) m = CIRCLED.exec(line);
  else if (BULLET_START.has(line[0])) m = BULLET.exec(line);
  if (m) return { kind, body: line.slice(m[0].length).trim() };
  return { kind: "none", body: line.trim() };
}

/**
 * Split a line at inline list numbering — OCR of `<ol>` lists gives " 1. 开展… ≥ 3次 2. 举办… ≥ 1次". A split
 * needs whitespace (or 。；:) before the numbering and a non-digit after "N." so "6.8万元" and "10.85万元"
 * stay whole. Pieces are trimmed and never empty. One pass over the line; the item pattern is only
 * tried where a candidate starts.
 */
const ITEM_AT = new RegExp(
  `(?:\\d{1,2}\\s*[.、](?![\\d.])|[(]\\s*(?:\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*[)]|[${CN_DIGITS}]{1,3}、|[\\u2460-\\u2473])`,
  "y",
);

/** " " 。 ； ; or : followed by a digit, "(", ①…⑳ or a Chinese numeral: where an inline item may start. */
const ITEM_CANDIDATE = new RegExp(`[ 。；;:](?=[\\d(\\u2460-\\u2473${CN_DIGITS}])`, "g");

export function splitInlineItems(line: string): string[] {
  const pieces: string[] = [];
  pushInlineItems(line, pieces);
  return pieces;
}

/** splitInlineItems, appending the pieces to `out` (no array per line). */
export function pushInlineItems(line: string, out: string[]): void {
  if (line.length < 4) {
    out.push(line);
    return;
  }
  let split = false;
  let last = 0;
  // The regex engine finds the candidates (a separator, then a character an item can start with) faster
  // than a loop over every character; ITEM_AT then decides.
  ITEM_CANDIDATE.lastIndex = 0;
  while (ITEM_CANDIDATE.test(line)) {
    const i = ITEM_CANDIDATE.lastIndex; // the character after the separator
    const c = line.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && !digitItemMayStart(line, i)) continue;
    ITEM_AT.lastIndex = i;
    if (!ITEM_AT.test(line)) continue;
    const piece = line.slice(last, i).trim();
    if (piece) {
      out.push(piece);
      split = true;
    }
    last = i;
  }
  if (!split) {
    out.push(line);
    return;
  }
  const tail = line.slice(last).trim();
  if (tail) out.push(tail);
}

/**
 * Whether ITEM_AT's only branch that starts with a digit (\d{1,2}\s*[.、]) can match at i: one or two
 * digits, spaces, then "." or "、". Values after a space ("≥ 240人") fail here without running the regex.
 */
function digitItemMayStart(line: string, i: number): boolean {
  let j = i + 1;
  if (isAsciiDigit(line.charCodeAt(j))) j++;
  j = skipSpaces(line, j);
  const c = line.charCodeAt(j);
  return c === 0x2e || c === 0x3001;
}
