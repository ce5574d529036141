/**
 * normalizeText skips the passes a text does not need (one character scan decides which). Here it is
 * compared with the plain pipeline, every pass run on every text, on texts built from the characters
 * each pass looks for: the fast paths must never change a result.
 */
import fc from "fast-check";
import { normalizeText, toHalfWidth } from "../../../src/core/text/normalize";

const BLOCK_TAG_RUN = /(?:<\/?(?:p|ol|ul|li|div|br|tr|table|tbody|thead|h[1-6])\b[^<>]{0,300}>\s*)+/gi;
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
const LATEX: [RegExp, string][] = [
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
const latex = (t: string) => LATEX.reduce((s, [re, to]) => s.replace(re, to), t);

/** The specification: every pass, in order, on every text. */
function referenceNormalize(text: string): string {
  if (!text) return "";
  let t = text.replace(/\r\n?/g, "\n");
  t = t.replace(BLOCK_TAG_RUN, "\n").replace(INLINE_TAGS, "");
  t = t.replace(/&(?:nbsp|lt|gt|amp|ge|le|quot|#8805|#8804);/gi, (e) => ENTITIES[e.toLowerCase()] ?? e);
  t = referenceHalfWidth(t);
  t = t.replace(/\$([^$\n]{0,80})\$/g, (_m, inner: string) => latex(inner).replace(/\s+/g, ""));
  t = latex(t).replace(/\$/g, "");
  t = t.replace(/[\u00a0\u3000\u2002-\u200a\u202f\u205f\t\f\v]/g, " ");
  t = t.replace(/[\u200b-\u200d\ufeff]/g, "");
  t = t.replace(/[≧⩾]|>=|=>/g, "≥").replace(/[≦⩽]|<=|=</g, "≤");
  const kept = t
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => !(line && /^[\s|:\-–—]+$/.test(line) && (line.match(/[-–—]/g)?.length ?? 0) >= 3));
  while (kept.length > 0 && kept[0] === "") kept.shift();
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}

function referenceHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch, i: number) => {
    if (ch === "！" || ch === "；" || ch === "？") return ch;
    const digit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
    if (ch === "，" && !(digit(text[i - 1]) && digit(text[i + 1]))) return ch;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

/** The characters the passes look for, and ordinary text around them. */
const PIECES = [
  ..."ab 12.，,：:（）()＞＜＝>=<≧≦⩾⩽－-—–|$\\%％&;！；？．０９ＡＺａｚ＄＼年月指标",
  "\r",
  "\n",
  "\r\n",
  "\n\n",
  "\t",
  "\v",
  "\f",
  "\u00a0",
  "\u3000",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u200a",
  "\u200b",
  "\u200d",
  "\u202f",
  "\u205f",
  "\ufeff",
  "\u1680",
  "\u2028",
  "\u2029",
  "\u0001",
  "<p>",
  "</p>",
  "<br/>",
  "<span>",
  "</li>",
  "&nbsp;",
  "&gt;",
  "&ge;",
  "&AMP;",
  "$\\geq 95\\%$",
  "\\leq ",
  "\\gt",
  "\\,",
  "---",
  "|---|",
  "  ",
  "满意度 ≥ 95%",
  "（一）数量指标：",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(""));

describe("normalizeText agrees with every pass run on every text", () => {
  it("on texts made of what the passes look for", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeText(t)).toBe(referenceNormalize(t));
      }),
      { numRuns: 5000 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (t) => {
        expect(normalizeText(t)).toBe(referenceNormalize(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("toHalfWidth converts exactly what the replacement by pattern does", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(toHalfWidth(t)).toBe(referenceHalfWidth(t));
      }),
      { numRuns: 2000 },
    );
  });
});
