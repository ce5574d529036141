/**
 * Leading list numbering as written in indicator cells and project names: "1." "1、" "（1）" "(1)" "①"
 * (Arabic), "一、" (Chinese, a 一级 heading) and "（一）" (Chinese in brackets, a 二级 heading).
 * Expects normalised text (full-width brackets already ASCII).
 */
export type NumberingKind = "none" | "arabic" | "chinese" | "chineseParen";

export interface Numbering {
  kind: NumberingKind;
  /** The text after the numbering, trimmed. */
  body: string;
}

const CN_DIGITS = "一二三四五六七八九十";
const CHINESE = new RegExp(`^[${CN_DIGITS}]{1,3}\\s*[、.,，]\\s*`);
const CHINESE_PAREN = new RegExp(`^[(]\\s*[${CN_DIGITS}]{1,3}\\s*[)]\\s*[、.]?\\s*`);
/** "1." "1、" "1)" "1，" but not "1.5万元" (a decimal) nor "1,234". */
const ARABIC = /^\d{1,3}\s*(?:[、)]|[.,，](?!\d))\s*/;
const ARABIC_PAREN = /^[(]\s*\d{1,3}\s*[)]\s*[、.]?\s*/;
const CIRCLED = /^[\u2460-\u2473\u2776-\u277f]\s*/;
const BULLET = /^[•·▪●◆■\-*]\s+/;

export function readNumbering(line: string): Numbering {
  let m: RegExpExecArray | null;
  if ((m = CHINESE.exec(line))) return { kind: "chinese", body: line.slice(m[0].length).trim() };
  if ((m = CHINESE_PAREN.exec(line))) return { kind: "chineseParen", body: line.slice(m[0].length).trim() };
  if ((m = ARABIC_PAREN.exec(line)) || (m = CIRCLED.exec(line)) || (m = ARABIC.exec(line))) {
    return { kind: "arabic", body: line.slice(m[0].length).trim() };
  }
  if ((m = BULLET.exec(line))) return { kind: "arabic", body: line.slice(m[0].length).trim() };
  return { kind: "none", body: line.trim() };
}

/**
 * Positions inside one line where a new numbered item starts without a line break — OCR of `<ol>` lists
 * gives " 1. 开展… ≥ 3次 2. 举办… ≥ 1次". A split needs whitespace (or 。；) before the numbering and
 * a non-digit after it, so "6.8万元" and "10.85万元" stay whole.
 */
const INLINE_ITEM = new RegExp(
  `(?:\\s+|(?<=[。；;]))(?=(?:\\d{1,2}\\s*[.、](?![\\d.])|[(]\\s*(?:\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*[)]|[${CN_DIGITS}]{1,3}、|[\\u2460-\\u2473]))`,
  "g",
);

/** Split a line at inline list numbering; pieces are trimmed and never empty. */
export function splitInlineItems(line: string): string[] {
  if (line.length < 4) return [line];
  const pieces: string[] = [];
  let last = 0;
  INLINE_ITEM.lastIndex = 0;
  for (let m = INLINE_ITEM.exec(line); m; m = INLINE_ITEM.exec(line)) {
    if (m.index > last) {
      const piece = line.slice(last, m.index).trim();
      if (piece) pieces.push(piece);
    }
    last = m.index + m[0].length;
    if (m[0].length === 0) INLINE_ITEM.lastIndex++;
  }
  const tail = line.slice(last).trim();
  if (tail) pieces.push(tail);
  return pieces.length ? pieces : [line];
}
