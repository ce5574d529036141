/**
 * Cleaning of cell text before anything reads it: OCR/PDF-paste debris (`<p>`, `<ol>`, `$\geq 95\%$`),
 * full-width forms (９８％, （一）, ：), operator variants (＞ ≧ >=) and spacing. Line structure is kept:
 * block tags become line breaks. Cell text is data: only the known debris tags are touched, so a value
 * such as "<5人" survives.
 */

/** Chinese punctuation that carries meaning and stays full-width (，is handled separately). */
const KEEP_FULL_WIDTH = new Set(["！", "；", "？"]);

const FULL_WIDTH = /[\uff01-\uff5e]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e]/g;

/** Full-width → half-width for digits, ASCII letters, and ．％：（），＋－ etc. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (ch: string, i: number) => {
    if (KEEP_FULL_WIDTH.has(ch)) return ch;
    // the Chinese comma separates words; only a thousands separator (１，２３４) becomes ","
    if (ch === "，" && !isDigitAround(text, i)) return ch;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
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

/** LaTeX pieces OCR leaves in the text. Longest names first (\geq before \ge). */
const LATEX_COMMANDS: [RegExp, string][] = [
  [/\\geqslant\s*|\\geq\s*|\\ge(?![a-z])\s*/g, "≥"],
  [/\\leqslant\s*|\\leq\s*|\\le(?![a-z])\s*/g, "≤"],
  [/\\gt(?![a-z])\s*/g, ">"],
  [/\\lt(?![a-z])\s*/g, "<"],
  [/\\neq\s*/g, "≠"],
  [/\\times\s*/g, "×"],
  [/\\cdot\s*/g, "·"],
  [/\\%/g, "%"],
  [/\\[,;:!]|\\ /g, ""],
];
/** A short `$…$` segment: its inner spaces are layout, not content (`$\geq 95\%$` → `≥95%`). */
const MATH_SEGMENT = /\$([^$\n]{0,80})\$/g;

const CRLF = /\r\n?/g;
const ODD_SPACE = /[\u00a0\u3000\u2002-\u200a\u202f\u205f\t\f\v]/;
const ODD_SPACE_ALL = /[\u00a0\u3000\u2002-\u200a\u202f\u205f\t\f\v]/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\ufeff]/g;
const OPERATOR_VARIANT = /[≧≦⩾⩽]|[<>=][=<>]/;
const MARKDOWN_START = /^[\s|:\-–—]/;
const OPERATOR_VARIANTS: [RegExp, string][] = [
  [/[≧⩾]|>=|=>/g, "≥"],
  [/[≦⩽]|<=|=</g, "≤"],
];

/** A markdown table rule such as `--|---|---` or `--\t-----\t---`: only rule characters, 3+ dashes. */
const MARKDOWN_RULE_CHARS = /^[\s|:\-–—]+$/;
const isMarkdownRule = (line: string) => MARKDOWN_RULE_CHARS.test(line) && (line.match(/[-–—]/g)?.length ?? 0) >= 3;

/**
 * Clean OCR/paste debris from a cell's text, keeping line structure: <p>…</p>, <ol …>, <li>, <br> → line
 * breaks; LaTeX `$\geq 95\%$` → `≥95%`, \leq → ≤, \% → %, `$`; full-width digits/letters/colon/parens/
 * percent → ASCII (Chinese punctuation 、，。 kept); ＞＜≧≦ → > < ≥ ≤; `>=`/`<=` → ≥/≤; \r\n → \n;
 * nbsp/ideographic space → space; trims each line; drops empty lines only at the ends; drops markdown
 * table rules (`---|---`).
 */
export function normalizeText(text: string): string {
  if (!text) return "";
  if (isAlreadyNormal(text)) return text;
  let t = text.indexOf("\r") >= 0 ? text.replace(CRLF, "\n") : text;
  if (t.indexOf("<") >= 0) {
    t = t.replace(BLOCK_TAG_RUN, "\n");
    if (INLINE_TAG_HINT.test(t)) t = t.replace(INLINE_TAGS, "");
  }
  if (t.indexOf("&") >= 0) t = t.replace(ENTITY_RE, (e) => ENTITIES[e.toLowerCase()] ?? e);
  t = toHalfWidth(t);
  if (t.indexOf("\\") >= 0 || t.indexOf("$") >= 0) t = cleanLatex(t);
  if (ODD_SPACE.test(t)) t = t.replace(ODD_SPACE_ALL, " ");
  if (ZERO_WIDTH.test(t)) t = t.replace(ZERO_WIDTH_ALL, "");
  if (OPERATOR_VARIANT.test(t)) for (const [re, to] of OPERATOR_VARIANTS) t = t.replace(re, to);

  const lines = t.split("\n");
  const kept: string[] = [];
  for (const raw of lines) {
    let line = raw.indexOf("  ") >= 0 ? raw.replace(/ {2,}/g, " ") : raw;
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

/**
 * True when normalizeText would return the text unchanged: one scan of the characters, no allocation.
 * Most cells are plain typed text, so they skip every pass below. Conservative: anything a pass could
 * touch (tags, entities, LaTeX, full-width forms, odd or zero-width spaces, operator variants, spaces at a
 * line's edge or doubled, empty lines at the ends, a line starting like a markdown rule) → false.
 */
function isAlreadyNormal(t: string): boolean {
  const n = t.length;
  if (t.charCodeAt(0) === 0x0a || t.charCodeAt(n - 1) === 0x0a) return false;
  let prev = 0x0a; // the first character starts a line
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20) {
        if (c !== 0x0a || prev === 0x20) return false; // \r, \t, control characters; a space before a break
      } else if (c === 0x20) {
        if (prev === 0x20 || prev === 0x0a || i === n - 1) return false; // doubled, leading or trailing
      } else if (c === 0x3c || c === 0x26 || c === 0x5c || c === 0x24) {
        return false; // < & \ $
      } else if (c === 0x3e || c === 0x3d) {
        const next = t.charCodeAt(i + 1); // >= => == >> ><  (operator variants)
        if (next === 0x3d || next === 0x3c || next === 0x3e) return false;
      } else if (prev === 0x0a && (c === 0x7c || c === 0x3a || c === 0x2d)) {
        return false; // a line starting with | : - may be a markdown table rule
      }
    } else if (
      (c >= 0xff01 && c <= 0xff5e) || // full-width forms
      (c >= 0x2000 && c <= 0x200d) || // odd and zero-width spaces
      (prev === 0x0a && (c === 0x2013 || c === 0x2014)) || // – — at a line start
      c === 0x00a0 ||
      c === 0x1680 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff ||
      c === 0x2266 || // ≦
      c === 0x2267 || // ≧
      c === 0x2a7d || // ⩽
      c === 0x2a7e // ⩾
    ) {
      return false;
    }
    prev = c;
  }
  return true;
}

function cleanLatex(text: string): string {
  let t = text.replace(MATH_SEGMENT, (_m, inner: string) => applyLatex(inner).replace(/\s+/g, ""));
  t = applyLatex(t);
  return t.replace(/\$/g, "");
}

function applyLatex(text: string): string {
  if (text.indexOf("\\") < 0) return text;
  let t = text;
  for (const [re, to] of LATEX_COMMANDS) t = t.replace(re, to);
  return t;
}

/** CJK ideographs (basic + extension A + compatibility). */
export const CJK_CLASS = "\\u3400-\\u9fff\\uf900-\\ufaff";
const CJK_SPACE = new RegExp(`(?<=[${CJK_CLASS}])\\s+(?=[${CJK_CLASS}])`, "g");

/** Remove spaces (OCR line wraps) between two CJK characters: "民主监督工 作经费" → "民主监督工作经费". */
export function removeCjkSpaces(text: string): string {
  return text.replace(CJK_SPACE, "");
}
