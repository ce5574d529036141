/**
 * Properties of the indicator-cell parser on arbitrary input: it never throws, and every non-empty
 * logical line ends up in exactly one place (a heading, an indicator or its continuation, or an issue).
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  cleanProjectName,
  normalizeText,
  parseAmount,
  parseIndicatorLine,
  parseIndicatorText,
  parseMeasure,
  parseMeasureCells,
  stripLeadingNumber,
} from "../../../src/core/parse";
import { parseIndicatorTextDetailed, splitIndicatorLines } from "../../../src/core/parse/indicator-text";
import { SEED_ROWS } from "../../fixtures/seed-cells";

const AT = { sheet: "S", row: 3, col: 4 };

/** Pieces of real cells: every seed line, plus the debris and variants the parser must survive. */
const SEED_FRAGMENTS = SEED_ROWS.flatMap((r) => splitIndicatorLines(r.indicators));
const DEBRIS = [
  "<p>",
  "</p>",
  '<ol style="list-style-type: none">',
  "</ol>",
  "<li>",
  "<br>",
  "<br/>",
  "<span>",
  "&nbsp;",
  "&lt;",
  "$\\geq 95\\%$",
  "$\\leq 0\\%$",
  "\\geq",
  "\\leq",
  "\\%",
  "$",
  "$> 90\\%$",
  "（一）",
  "（1）",
  "１２．５",
  "９８％",
  "：",
  "，",
  "、",
  "。",
  "＞",
  "＜",
  "≧",
  "≦",
  ">=",
  "<=",
  "=",
  "≥",
  "≤",
  ">",
  "<",
  "不低于",
  "不超过",
  "以上",
  "以内",
  "1.",
  "2、",
  "①",
  "一、",
  "(二)",
  " ",
  "\n",
  "\r\n",
  "\t",
  "\u3000",
  "\u00a0",
  "6.8万元",
  "10.85万元",
  "≥ 2/次",
  "次/350元",
  "2次/2500元",
  "≤150/本",
  "健全",
  "逐年递减",
  "--|---",
  "数量指标",
  "满意度指标",
  "产出指标:",
  "(",
  ")",
  "%",
  "/",
  "·",
  "-",
  "1,234",
];

const fragmentText = fc
  .array(fc.constantFrom(...SEED_FRAGMENTS, ...DEBRIS), { maxLength: 40 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", "\n", "", " 2. ", "</p> <p>"), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map((p, i) => p + seps[i]).join("")),
  );

const anyText = fc.oneof(
  fragmentText,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

describe("parseIndicatorText properties", () => {
  it("never throws and accounts for every non-empty line exactly once", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = parseIndicatorTextDetailed(text, AT);
        expect(d.uses).toHaveLength(d.lines.length);

        // each line has exactly one use, and empty ↔ "empty"
        d.lines.forEach((line, i) => {
          expect(d.uses[i] === "empty").toBe(line === "");
        });

        // the uses agree with what was produced, line by line
        const byLine = (items: { source: { line?: number } }[]) => items.map((x) => x.source.line! - 1);
        const headingLines = byLine(d.headings);
        const indicatorLines = byLine(d.indicators);
        const issueLines = byLine(d.issues);
        expect(headingLines.map((i) => d.uses[i])).toEqual(headingLines.map(() => "heading"));
        expect(indicatorLines.map((i) => d.uses[i])).toEqual(indicatorLines.map(() => "indicator"));
        expect(issueLines.map((i) => d.uses[i])).toEqual(issueLines.map(() => "issue"));
        const count = (use: string) => d.uses.filter((u) => u === use).length;
        expect(count("heading")).toBe(d.headings.length);
        expect(count("indicator")).toBe(d.indicators.length);
        expect(count("issue")).toBe(d.issues.length);
        expect(new Set([...headingLines, ...indicatorLines, ...issueLines]).size).toBe(
          headingLines.length + indicatorLines.length + issueLines.length,
        );

        // a continuation directly follows its indicator, whose raw text holds every joined line
        d.indicators.forEach((ind) => {
          const first = ind.source.line! - 1;
          const joined = [d.lines[first]];
          for (let i = first + 1; i < d.lines.length && d.uses[i] === "continuation"; i++)
            joined.push(d.lines[i]);
          expect(ind.raw).toBe(joined.join(" "));
        });
        d.uses.forEach((u, i) => {
          if (u === "continuation") expect(["indicator", "continuation"]).toContain(d.uses[i - 1]);
        });
        d.issues.forEach((issue) => expect(issue.text).toBe(d.lines[issue.source.line! - 1]));
      }),
      { numRuns: 400 },
    );
  });

  it("loses no text when splitting a cell into logical lines", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const squash = (s: string) => s.replace(/\s+/g, "");
        expect(squash(splitIndicatorLines(text).join(""))).toBe(squash(normalizeText(text)));
      }),
      { numRuns: 300 },
    );
  });

  it("produces consistent indicators and heading counts", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tree = parseIndicatorText(text, AT);
        for (const ind of tree.indicators) {
          expect(ind.name).not.toBe("");
          expect(ind.source).toMatchObject(AT);
          if (ind.qualitative) {
            expect(ind.number).toBeNull();
            expect(ind.operator).toBeNull();
          }
          if (ind.value === null) expect(ind.number).toBeNull();
          if (ind.number !== null) expect(ind.number.equals(new Decimal(ind.value!))).toBe(true);
          if (ind.malformed !== undefined) expect(ind.malformed).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const issue of tree.issues) expect(issue.reason).toMatch(/[\u4e00-\u9fff]/);
        const level1Total = tree.headings
          .filter((h) => h.level === 1)
          .reduce((n, h) => n + h.indicatorCount, 0);
        const withoutLevel1 = tree.indicators.filter((i) => i.level1 === "").length;
        expect(level1Total + withoutLevel1).toBe(tree.indicators.length);
        const level2Total = tree.headings
          .filter((h) => h.level === 2)
          .reduce((n, h) => n + h.indicatorCount, 0);
        expect(level2Total).toBe(tree.indicators.filter((i) => i.level2 !== "").length);
      }),
      { numRuns: 300 },
    );
  });

  it("reads the seed cells the same way whatever HTML wraps the lines", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEED_ROWS),
        fc.constantFrom("\n", "<br>", "</p> <p>", "</li><li>", "\r\n"),
        (row, sep) => {
          const lines = splitIndicatorLines(row.indicators);
          const plain = parseIndicatorText(lines.join("\n"), AT);
          const wrapped = parseIndicatorText(`<p>${lines.join(sep)}</p>`, AT);
          expect(wrapped.indicators.map((i) => [i.name, i.operator, i.value, i.unit])).toEqual(
            plain.indicators.map((i) => [i.name, i.operator, i.value, i.unit]),
          );
          expect(wrapped.headings.map((h) => h.text)).toEqual(plain.headings.map((h) => h.text));
        },
      ),
    );
  });
});

describe("other parsers never throw", () => {
  it("parseMeasure, parseMeasureCells, parseIndicatorLine, names, amounts", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (a, b, c) => {
        const m = parseMeasure(a);
        if (m.qualitative) expect(m.number).toBeNull();
        parseMeasureCells(a, b, c);
        parseIndicatorLine(a);
        cleanProjectName(a);
        stripLeadingNumber(a);
        const amount = parseAmount({ value: a, text: a }, "元");
        expect(amount.amount === null).toBe(amount.problem !== null);
      }),
      { numRuns: 300 },
    );
  });

  it("parseAmount reads any finite number exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = parseAmount({ value: n, text: String(n) }, "万元");
        expect(r.problem).toBeNull();
        expect(r.amount!.equals(new Decimal(n))).toBe(true);
      }),
    );
  });
});
