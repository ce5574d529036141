/**
 * The indicator-cell reader scans each cell once (scanCell, normalizeCell) and takes its shortcuts on what the scan
 * found: no pinyin/traditional pass, the lines taken as they are. Each fact is checked here against
 * what it stands for, on texts made of the characters the facts look at.
 */
import fc from "fast-check";
import { splitIndicatorLines } from "../../../src/core/parse";
import { operatorOfSymbol, operatorOfWord } from "../../../src/core/parse/measure";
import { splitInlineItems } from "../../../src/core/parse/numbering";
import { isPlainText } from "../../../src/core/text/match-key";
import {
  INLINE_ITEMS,
  normalizeCell,
  normalizeText,
  NOT_PLAIN_TEXT,
  PARAGRAPH,
  scanCell,
} from "../../../src/core/text/normalize";

const PIECES = [
  ..." 。；;:：，,.、()（）0123456789一二三十①⑳\n\t\u3000",
  "1. ",
  "12、",
  "1.5",
  "25.33万元",
  "(3)",
  "(一)",
  "二、",
  "≥ 240人",
  "≥ 1.",
  "数量指标",
  "产出指标",
  "數量指標",
  "產(chǎn)出",
  "會議",
  "满意度 ≥ 95%",
  "参与人数",
  "健全",
  "<p>",
  "<span>",
  "&gt;",
  "１，２",
  "a",
  "x".repeat(38),
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(""));

/** pushParagraph's test of a line: a first colon at 1…40 with text after it. */
function mayBeParagraph(line: string): boolean {
  const colon = line.indexOf(":");
  return colon > 0 && colon <= 40 && line.slice(colon + 1).trim() !== "";
}

describe("scanCell", () => {
  it("normalizeCell gives normalizeText and the scan of its result", () => {
    fc.assert(
      fc.property(text, (t) => {
        const norm = normalizeText(t);
        expect(normalizeCell(t)).toEqual({ text: norm, found: scanCell(norm) });
      }),
      { numRuns: 5000 },
    );
    expect(normalizeText("1<span>，2")).toBe("1,2"); // a removed tag puts the comma between digits
  });

  it("finds what the per-line reads would find", () => {
    fc.assert(
      fc.property(text, (t) => {
        const norm = normalizeText(t);
        const found = scanCell(norm);
        expect((found & NOT_PLAIN_TEXT) === 0).toBe(isPlainText(norm));
        const lines = norm.split("\n");
        if ((found & INLINE_ITEMS) === 0)
          for (const line of lines) expect(splitInlineItems(line)).toEqual([line]);
        if ((found & PARAGRAPH) === 0) for (const line of lines) expect(mayBeParagraph(line)).toBe(false);
      }),
      { numRuns: 10000 },
    );
  });

  it("does not flag the usual numbered lines", () => {
    const cell =
      "一、产出指标\n(一) 数量指标:\n1. 参与人数 ≥ 240人\n2. 总成本 ≤ 25.33万元\n3. 制度健全性 健全";
    expect(scanCell(cell) & (INLINE_ITEMS | PARAGRAPH | NOT_PLAIN_TEXT)).toBe(0);
    expect(splitIndicatorLines(cell)).toEqual(cell.split("\n"));
    expect(scanCell("开展培训 ≥3次 2. 举办讲座 ≥1次") & INLINE_ITEMS).toBe(INLINE_ITEMS);
    expect(scanCell("数量指标:修缮校舍≥1200平方米") & PARAGRAPH).toBe(PARAGRAPH);
    expect(scanCell("數量指標") & NOT_PLAIN_TEXT).toBe(NOT_PLAIN_TEXT);
  });
});

describe("operatorOfSymbol", () => {
  it("reads a symbol's code as operatorOfWord reads the symbol", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (code) => {
        const ch = String.fromCharCode(code);
        const word = operatorOfWord(ch);
        expect(operatorOfSymbol(code)).toBe(ch.length === 1 && word !== null ? word : null);
      }),
      { numRuns: 5000 },
    );
    for (const ch of "≥≤<>=") expect(operatorOfSymbol(ch.charCodeAt(0))).toBe(operatorOfWord(ch));
  });
});
