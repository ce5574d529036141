/**
 * Cleaning of cell text before anything reads it: OCR/PDF-paste debris (`<p>`, `<ol>`, `$\geq 95\%$`),
 * full-width forms (９８％, （一）, ：), operator variants (＞ ≧ >=) and spacing. Line structure is kept:
 * block tags become line breaks. Cell text is data: only the known debris tags are touched, so a value
 * such as "<5人" survives.
 */
import { NOT_PLAIN } from "./char-tables";
import { isJsSpace } from "./space";

/**
 * Full-width → half-width for digits, ASCII letters, and ．％：（），＋－ etc. Chinese punctuation that
 * carries meaning stays full-width: ！；？ always, ，unless it is a thousands separator.
 */
export function toHalfWidth(text: string): string {
  let parts: string[] | null = null; // joined once at the end: a flat string, not a chain of concatenations
  let from = 0; // text[from…] is not copied yet
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xff01 || c > 0xff5e || !becomesHalfWidth(text, i, c)) continue;
    (parts ??= []).push(text.slice(from, i), String.fromCharCode(c - 0xfee0));
    from = i + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(from));
  return parts.join("");
}

/** Whether toHalfWidth changes the full-width form c (U+FF01…U+FF5E) at text[i]. */
function becomesHalfWidth(text: string, i: number, c: number): boolean {
  if (c === 0xff01 || c === 0xff1b || c === 0xff1f) return false; // ！；？ stay
  // the Chinese comma separates words; only a thousands separator (１，２３４) becomes ","
  return c !== 0xff0c || isDigitAround(text, i);
}

/** The code of t[j] after toHalfWidth (NaN past the end, as charCodeAt). */
function halfWidthCodeAt(t: string, j: number): number {
  const c = t.charCodeAt(j);
  return c >= 0xff01 && c <= 0xff5e && becomesHalfWidth(t, j, c) ? c - 0xfee0 : c;
}

function isDigitAround(text: string, i: number): boolean {
  return isDigitChar(text.charCodeAt(i - 1)) && isDigitChar(text.charCodeAt(i + 1));
}

function isDigitChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * A run of block-level tags (and the spaces after each) → one line break. Each repetition starts with
 * "<", so the spaces cannot be matched two ways: linear, no catastrophic backtracking.
 */
const BLOCK_TAG_RUN = /(?:<\/?(?:p|ol|ul|li|div|br|tr|table|tbody|thead|h[1-6])\b[^<>]{0,300}>\s*)+/gi;
/** Inline formatting tags → nothing. */
const INLINE_TAG_HINT = /<\/?(?:span|strong|b|i|em|u|font|sup|sub|td|th)\b/i;
const INLINE_TAGS = /<\/?(?:span|strong|b|i|em|u|font|sup|sub|td|th)\b[^<>]{0,300}>/gi;
const ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&ge;": "≥",
  "&le;": "≤",
  "&quot;": '"',
  "&#8805;": "≥",
  "&#8804;": "≤",
};
const ENTITY_RE = /&(?:nbsp|lt|gt|amp|ge|le|quot|#8805|#8804);/gi;

/**
 * LaTeX pieces OCR leaves in the text, in one pattern: a command (longest names first, \geq before
 * \ge) and the spaces after it, an escaped %, or a spacing command. Every piece starts with a
 * backslash and turns into no letter or space, so one pass reads them as one pass per command would.
 */
const LATEX_PIECE =
  /\\(geqslant|geq|ge(?![a-z])|leqslant|leq|le(?![a-z])|gt(?![a-z])|lt(?![a-z])|neq|times|cdot)\s*|\\(%)|\\[,;:! ]/g;
const LATEX_SYMBOL: Record<string, string> = {
  geqslant: "≥",
  geq: "≥",
  ge: "≥",
  leqslant: "≤",
  leq: "≤",
  le: "≤",
  gt: ">",
  lt: "<",
  neq: "≠",
  times: "×",
  cdot: "·",
};
const latexPiece = (_m: string, command: string | undefined, percent: string | undefined) =>
  command !== undefined ? LATEX_SYMBOL[command] : percent !== undefined ? "%" : "";
/** A short `$…$` segment: its inner spaces are layout, not content (`$\geq 95\%$` → `≥95%`). */
const MATH_SEGMENT = /\$([^$\n]{0,80})\$/g;

const CRLF = /\r\n?/g;
const ODD_SPACE_ALL = /[\u00a0\u3000\u2002-\u200a\u202f\u205f\t\f\v]/g;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\ufeff]/g;
const OPERATOR_VARIANT = /[≧≦⩾⩽]|[<>=][=<>]/;
const MARKDOWN_START = /^[\s|:\-–—]/;
const SPACE_RUNS = / {2,}/g;
const OPERATOR_VARIANTS: [RegExp, string][] = [
  [/[≧⩾]|>=|=>/g, "≥"],
  [/[≦⩽]|<=|=</g, "≤"],
];

/** A markdown table rule such as `--|---|---` or `--\t-----\t---`: only rule characters, 3+ dashes. */
const MARKDOWN_RULE_CHARS = /^[\s|:\-–—]+$/;
const isMarkdownRule = (line: string) =>
  MARKDOWN_RULE_CHARS.test(line) && (line.match(/[-–—]/g)?.length ?? 0) >= 3;

/**
 * Clean OCR/paste debris from a cell's text, keeping line structure: <p>…</p>, <ol …>, <li>, <br> → line
 * breaks; LaTeX `$\geq 95\%$` → `≥95%`, \leq → ≤, \% → %, `$`; full-width digits/letters/colon/parens/
 * percent → ASCII (Chinese punctuation 、，。 kept); ＞＜≧≦ → > < ≥ ≤; `>=`/`<=` → ≥/≤; \r\n → \n;
 * nbsp/ideographic space → space; trims each line; drops empty lines only at the ends; drops markdown
 * table rules (`---|---`).
 */
export function normalizeText(text: string): string {
  if (!text) return "";
  return clean(text, scanText(text), null);
}

/** A cleaned text and what scanCell finds in it. */
export interface ScannedText {
  text: string;
  found: number;
}

/**
 * normalizeText and scanCell of its result, for the indicator-cell reader: the scans the cleaning makes
 * anyway give the facts of the result, so a cell is scanned again only when its lines were cleaned.
 */
export function normalizeCell(text: string): ScannedText {
  const out: ScannedText = { text: "", found: 0 };
  if (text) out.text = clean(text, scanText(text), out);
  return out;
}

/**
 * The passes `found` (a scan of `text`) asks for. With `facts`, facts.found is set to the scan of the
 * result: the last scan made, when no pass ran after it.
 */
function clean(text: string, found: number, facts: ScannedText | null): string {
  let scanned = found; // a scan of t as it is now
  let need = found & NORMALIZE_PASSES;
  let t = text;
  if (need !== 0) {
    if (need & CR) t = t.replace(CRLF, "\n");
    if (need & TAG) {
      t = t.replace(BLOCK_TAG_RUN, "\n");
      if (INLINE_TAG_HINT.test(t)) t = t.replace(INLINE_TAGS, "");
    }
    if (need & AMP) t = t.replace(ENTITY_RE, (e) => ENTITIES[e.toLowerCase()] ?? e);
    // a removed tag can put a "，" between two digits: toHalfWidth then has work the scan did not see
    if (need & (FULL | TAG)) t = toHalfWidth(t);
    // The passes below depend on what the passes above produced (&gt; → >, a line break for a tag): scan
    // again if they ran. The scan read full-width forms as toHalfWidth writes them (＄ as $): after
    // toHalfWidth alone, it already describes the text.
    if (need & (CR | TAG | AMP)) need = (scanned = scanText(t)) & NORMALIZE_PASSES;
    else if (need & FULL) need = (scanned &= ~FULL) & NORMALIZE_PASSES;
    if (need & LATEX) t = cleanLatex(t);
    if (need & ODD) t = t.replace(ODD_SPACE_ALL, " ");
    if (need & ZW) t = t.replace(ZERO_WIDTH_ALL, "");
    // LaTeX (\gt =) and removed zero-width characters (>\u200b=) can join an operator variant; spaces cannot
    const variant = need & (LATEX | ZW) ? OPERATOR_VARIANT.test(t) : (need & VARIANT) !== 0;
    if (variant) for (const [re, to] of OPERATOR_VARIANTS) t = t.replace(re, to);
    if (need & (LATEX | ODD | ZW) || variant) need = (scanned = scanText(t)) & NORMALIZE_PASSES;
    if (need !== 0) {
      t = cleanLines(t);
      if (facts !== null) scanned = t ? scanText(t) : 0;
    }
  }
  if (facts !== null) facts.found = scanned;
  return t;
}

/** Trim each line, collapse runs of spaces, drop markdown table rules and empty lines at the ends. */
function cleanLines(t: string): string {
  const lines = t.split("\n");
  const kept: string[] = [];
  for (const raw of lines) {
    let line = raw.indexOf("  ") >= 0 ? raw.replace(SPACE_RUNS, " ") : raw;
    line = line.trim();
    if (line && MARKDOWN_START.test(line) && isMarkdownRule(line)) continue;
    kept.push(line);
  }
  let start = 0;
  let end = kept.length;
  while (start < end && kept[start] === "") start++;
  while (end > start && kept[end - 1] === "") end--;
  return kept.slice(start, end).join("\n");
}

/** What scanText finds; each flag says a pass of normalizeText has something to do. */
const CR = 1; // \r
const TAG = 2; // < (a tag, or a value such as "<5人")
const AMP = 4; // & (an entity)
const FULL = 8; // full-width forms that toHalfWidth changes
const LATEX = 16; // \ or $
const ODD = 32; // an ODD_SPACE character
const ZW = 64; // a ZERO_WIDTH character
const VARIANT = 128; // an OPERATOR_VARIANT
const LINES = 256; // a line to trim, a run of spaces, empty lines at the ends, a possible markdown rule
/** The flags of the passes above: normalizeText returns the text unchanged when none is set. */
const NORMALIZE_PASSES = 511;

/**
 * What scanCell finds besides the passes, for the indicator-cell reader — each flag errs on the side of
 * being set (a reader that sees one takes its general path):
 * - NOT_PLAIN_TEXT: a traditional character or a pinyin tone mark (match-key's isPlainText is false);
 * - INLINE_ITEMS: list numbering may start inside a line (「… ≥3次 2. …」): one of ` 。；;:` followed by
 *   what numbering's splitInlineItems splits at;
 * - PARAGRAPH: a line's first ":" within its first 40 characters, text after it (「数量指标:…」).
 */
export const NOT_PLAIN_TEXT = 512;
export const INLINE_ITEMS = 1024;
export const PARAGRAPH = 2048;

/**
 * One scan of a text's characters, no allocation: which passes of normalizeText have something to do and
 * the NOT_PLAIN_TEXT, INLINE_ITEMS and PARAGRAPH facts of the text as it is after toHalfWidth
 * (normalizeCell gives them for the cleaned text). Full-width forms are read as the characters
 * toHalfWidth makes of them, and set FULL.
 */
export function scanCell(text: string): number {
  return text ? scanText(text) : 0;
}

/** What scanText does with a code unit besides nothing (0): note a NOT_PLAIN one, or read it in its branches. */
const LOOK_NOT_PLAIN = 1;
const LOOK_BRANCHES = 2;

/**
 * The code units scanText's branches test for (control characters, the ASCII and full-width
 * punctuation the passes and facts depend on, odd spaces, zero-width characters, operator variants);
 * every other one is 0, or LOOK_NOT_PLAIN when isPlainText refuses it. A flat table: the
 * scan reads one entry per character instead of running down the branches.
 */
const SCAN_LOOK = buildScanLook();

function buildScanLook(): Uint8Array {
  const look = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (NOT_PLAIN[c] !== 0) look[c] = LOOK_NOT_PLAIN;
  const branches = (from: number, to = from) => {
    for (let c = from; c <= to; c++) look[c] = LOOK_BRANCHES;
  };
  branches(0x00, 0x20); // control characters, line breaks, tab, space
  for (const ch of ":;<=>&\\$|-") branches(ch.charCodeAt(0));
  branches(0xff01, 0xff5e); // full-width forms
  branches(0x3002); // 。
  branches(0x2000, 0x200d); // spaces, zero-width characters
  branches(0x2013, 0x2014); // – —
  for (const c of [0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) branches(c);
  for (const c of [0x2266, 0x2267, 0x2a7d, 0x2a7e]) branches(c); // ≦ ≧ ⩽ ⩾
  return look;
}

/**
 * The scan. Exact for the character passes (VARIANT matches OPERATOR_VARIANT); LINES errs on the side
 * of cleaning (a control character, any space that trim removes).
 */
function scanText(t: string): number {
  const n = t.length;
  let found = 0;
  if (t.charCodeAt(0) === 0x0a || t.charCodeAt(n - 1) === 0x0a) found |= LINES;
  let prev = 0x0a; // the first character starts a line
  let lineStart = 0;
  let colonSeen = false; // the line's first ":" is behind
  for (let i = 0; i < n; i++) {
    let c = t.charCodeAt(i);
    // Most characters (ideographs, letters, digits) matter to no pass: one table read passes them.
    const look = SCAN_LOOK[c];
    if (look !== LOOK_BRANCHES) {
      if (look === LOOK_NOT_PLAIN) found |= NOT_PLAIN_TEXT;
      prev = c;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e && becomesHalfWidth(t, i, c)) {
      found |= FULL;
      c -= 0xfee0; // read as the character toHalfWidth makes of it
    }
    if (c < 0x80) {
      if (c < 0x20) {
        if (c === 0x0a) {
          if (prev === 0x20) found |= LINES; // a space before a line break
          lineStart = i + 1;
          colonSeen = false;
        } else if (c === 0x0d) found |= CR;
        else if (c === 0x09 || c === 0x0b || c === 0x0c)
          found |= ODD; // \t \v \f
        else found |= LINES;
      } else if (c === 0x20) {
        if (prev === 0x20 || prev === 0x0a || i === n - 1) found |= LINES; // doubled, leading or trailing
        found |= itemAfter(t, i + 1);
      } else if (c === 0x3a) {
        if (prev === 0x0a) found |= LINES; // ":" starts a line
        found |= itemAfter(t, i + 1);
        if (!colonSeen) {
          colonSeen = true;
          const at = i - lineStart;
          if (at > 0 && at <= 40 && !onlySpacesToLineEnd(t, i + 1)) found |= PARAGRAPH;
        }
      } else if (c === 0x3b) found |= itemAfter(t, i + 1);
      else if (c === 0x3c || c === 0x3e || c === 0x3d) {
        if (c === 0x3c) found |= TAG;
        const next = halfWidthCodeAt(t, i + 1); // [<>=][=<>]
        if (next === 0x3d || next === 0x3c || next === 0x3e) found |= VARIANT;
      } else if (c === 0x26) found |= AMP;
      else if (c === 0x5c || c === 0x24) found |= LATEX;
      else if (prev === 0x0a && (c === 0x7c || c === 0x2d)) found |= LINES; // | - start a line
    } else {
      if (c === 0xff1b || c === 0x3002)
        found |= itemAfter(t, i + 1); // ；。 (！？， need nothing)
      else if (c >= 0x2000 && c <= 0x200d) found |= c >= 0x200b ? ZW : c >= 0x2002 ? ODD : LINES;
      else if (c === 0x00a0 || c === 0x3000 || c === 0x202f || c === 0x205f) found |= ODD;
      else if (c === 0xfeff) found |= ZW;
      else if (c === 0x2266 || c === 0x2267 || c === 0x2a7d || c === 0x2a7e)
        found |= VARIANT; // ≦ ≧ ⩽ ⩾
      else if (c === 0x1680 || c === 0x2028 || c === 0x2029)
        found |= LINES; // spaces trim removes
      else if (prev === 0x0a && (c === 0x2013 || c === 0x2014)) found |= LINES; // – — start a line
    }
    prev = c;
  }
  return found;
}

/**
 * INLINE_ITEMS when an inline list item may start at j (after a separator): the numbering pattern's
 * digit branch \d{1,2}\s*[.、](?![\d.]) read exactly; "(", ①…⑳ or a Chinese numeral taken as a maybe.
 * Spaces are skipped across a line break: that can only set the flag where a line's own read would not.
 */
function itemAfter(t: string, j: number): number {
  const c = halfWidthCodeAt(t, j);
  if (c >= 0x30 && c <= 0x39) {
    let k = j + 1;
    if (isAsciiDigit(halfWidthCodeAt(t, k))) k++;
    while (k < t.length && isJsSpace(t.charCodeAt(k))) k++; // no full-width form is a space
    const p = halfWidthCodeAt(t, k);
    if (p !== 0x2e && p !== 0x3001) return 0;
    const after = halfWidthCodeAt(t, k + 1);
    return isAsciiDigit(after) || after === 0x2e ? 0 : INLINE_ITEMS;
  }
  if (c === 0x28 || (c >= 0x2460 && c <= 0x2473) || isChineseDigit(c)) return INLINE_ITEMS;
  return 0;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** 一二三四五六七八九十 */
function isChineseDigit(c: number): boolean {
  switch (c) {
    case 0x4e00:
    case 0x4e8c:
    case 0x4e09:
    case 0x56db:
    case 0x4e94:
    case 0x516d:
    case 0x4e03:
    case 0x516b:
    case 0x4e5d:
    case 0x5341:
      return true;
    default:
      return false;
  }
}

/** Whether t[from…] up to the line break (or the end) is empty or all \s. */
function onlySpacesToLineEnd(t: string, from: number): boolean {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) return true;
    if (!isJsSpace(c)) return false;
  }
  return true;
}

function cleanLatex(text: string): string {
  let t = text.replace(MATH_SEGMENT, (_m, inner: string) => applyLatex(inner).replace(/\s+/g, ""));
  t = applyLatex(t);
  return t.replace(/\$/g, "");
}

function applyLatex(text: string): string {
  return text.indexOf("\\") < 0 ? text : text.replace(LATEX_PIECE, latexPiece);
}

/** CJK ideographs (basic + extension A + compatibility). */
export const CJK_CLASS = "\\u3400-\\u9fff\\uf900-\\ufaff";
const CJK_SPACE = new RegExp(`(?<=[${CJK_CLASS}])\\s+(?=[${CJK_CLASS}])`, "g");

/** Remove spaces (OCR line wraps) between two CJK characters: "民主监督工 作经费" → "民主监督工作经费". */
export function removeCjkSpaces(text: string): string {
  return text.replace(CJK_SPACE, "");
}
