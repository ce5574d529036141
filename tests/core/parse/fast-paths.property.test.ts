/**
 * The parser's shortcuts against the definitions they stand for: hand-written scans against the
 * patterns they replace, the common-line split against the general one, cached reads against cold ones.
 */
import fc from "fast-check";
import { clearParseCaches, parseIndicatorText } from "../../../src/core/parse";
import { splitCommonLine, splitNameMeasure } from "../../../src/core/parse/indicator-line";
import { loneOperatorSymbolAt, OPERATOR_SCAN } from "../../../src/core/parse/measure";
import { readNumbering, splitInlineItems } from "../../../src/core/parse/numbering";

const CN = "一二三四五六七八九十";

/** readNumbering as first written: the patterns tried one after another. */
function referenceNumbering(line: string): { kind: string; body: string } {
  const tries: [RegExp, string][] = [
    [new RegExp(`^[${CN}]{1,3}\\s*[、.,，]\\s*`), "chinese"],
    [new RegExp(`^[(]\\s*[${CN}]{1,3}\\s*[)]\\s*[、.]?\\s*`), "chineseParen"],
    [/^[(]\s*\d{1,3}\s*[)]\s*[、.]?\s*/, "arabic"],
    [/^[\u2460-\u2473\u2776-\u277f]\s*/, "arabic"],
    [/^\d{1,3}\s*(?:[、)]|[.,，](?!\d))\s*/, "arabic"],
    [/^[•·▪●◆■\-*]\s+/, "arabic"],
  ];
  for (const [re, kind] of tries) {
    const m = re.exec(line);
    if (m) return { kind, body: line.slice(m[0].length).trim() };
  }
  return { kind: "none", body: line.trim() };
}

/** splitInlineItems as first written: every character after a separator tried with the item pattern. */
function referenceInlineItems(line: string): string[] {
  const item = new RegExp(
    `(?:\\d{1,2}\\s*[.、](?![\\d.])|[(]\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*[)]|[${CN}]{1,3}、|[\\u2460-\\u2473])`,
    "y",
  );
  if (line.length < 4) return [line];
  const out: string[] = [];
  let last = 0;
  for (let i = 1; i < line.length; i++) {
    if (!" 。；;:".includes(line[i - 1])) continue;
    item.lastIndex = i;
    if (!item.test(line)) continue;
    const piece = line.slice(last, i).trim();
    if (piece) out.push(piece);
    last = i;
  }
  if (out.length === 0) return [line];
  const tail = line.slice(last).trim();
  if (tail) out.push(tail);
  return out;
}

const inlineItemsText = fc
  .array(
    fc.constantFrom(
      " ",
      "  ",
      "。",
      "；",
      ";",
      ":",
      "\t",
      "1. ",
      "12、",
      "3.",
      "1.5",
      "10.85万元",
      "123.",
      "(3)",
      "( 12 )",
      "(一)",
      "一、",
      "十二、",
      "①",
      "⑳",
      "二",
      "≥ 240人",
      "会议",
      "开展培训 ≥2次",
      "满意度95%",
      "a",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** Every operator OPERATOR_SCAN finds, left to right. */
function operatorHits(text: string): { index: number; word: string }[] {
  const hits: { index: number; word: string }[] = [];
  OPERATOR_SCAN.lastIndex = 0;
  for (let m = OPERATOR_SCAN.exec(text); m; m = OPERATOR_SCAN.exec(text))
    hits.push({ index: m.index, word: m[0] });
  return hits;
}

const numberingText = fc
  .array(fc.constantFrom(..."0123456789 \t\u3000\u00a0\u2028\ufeff.,，、)(一二十①⑳•-*a产指标"), {
    maxLength: 9,
  })
  .map((cs) => cs.join(""));

const WORDS = [
  "不低于",
  "不超过",
  "大于或等于",
  "大于",
  "小于等于",
  "至少",
  "最高",
  "达到",
  "等于",
  "超过",
  "高于",
  "低于",
  "多于",
  "少于",
  "不大于",
];
const lineText = fc
  .array(
    fc.constantFrom(
      ...WORDS,
      "≥",
      "≤",
      ">",
      "<",
      "=",
      " ",
      "大",
      "不",
      "高",
      "等",
      "会议",
      "大会",
      "提高",
      "参与人数",
      "满意度",
      "成本",
      "95",
      "100",
      "1,234",
      "12.5",
      "-3",
      "%",
      "次",
      "人次",
      "万元",
      "元/人·天",
      "/次",
      "个月",
      "以上",
      "以内",
      "左右",
      "健全",
      "三",
      "两",
      "2024年12月",
      "(%)",
      "(10分)",
      "：",
      ":",
      "。",
      "，",
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(""));

describe("readNumbering", () => {
  it("reads what the numbering patterns, tried in order, read", () => {
    fc.assert(
      fc.property(numberingText, (line) => {
        expect(readNumbering(line)).toEqual(referenceNumbering(line));
      }),
      { numRuns: 20000 },
    );
  });

  it("splitInlineItems gives the pieces, never an empty one", () => {
    fc.assert(
      fc.property(lineText, numberingText, (a, b) => {
        const pieces = splitInlineItems(`${a} ${b}`);
        expect(pieces.length).toBeGreaterThan(0);
        for (const p of pieces) expect(p.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("splitInlineItems", () => {
  it("splits where the item pattern, tried after every separator, matches", () => {
    fc.assert(
      fc.property(inlineItemsText, (line) => {
        expect(splitInlineItems(line)).toEqual(referenceInlineItems(line));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("loneOperatorSymbolAt", () => {
  it("is the index of OPERATOR_SCAN's only hit when that hit is a symbol, else -1", () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const hits = operatorHits(text);
        const expected = hits.length === 1 && hits[0].word.length === 1 ? hits[0].index : -1;
        expect(loneOperatorSymbolAt(text)).toBe(expected);
      }),
      { numRuns: 20000 },
    );
  });
});

describe("splitCommonLine", () => {
  it("gives splitNameMeasure's result whenever it gives one", () => {
    fc.assert(
      fc.property(lineText, (body) => {
        const common = splitCommonLine(body);
        if (common !== null) expect(common).toEqual(splitNameMeasure(body));
      }),
      { numRuns: 10000 },
    );
  });

  it("reads the usual one-symbol line", () => {
    expect(splitCommonLine("档案整理参与人数 ≥ 240人")).toEqual({
      name: "档案整理参与人数",
      measure: expect.objectContaining({ operator: ">=", value: "240", unit: "人", qualitative: false }),
      pendingOperator: false,
      by: "operator",
    });
    expect(splitCommonLine("会议管理制度健全性 健全")).toBeNull();
    expect(splitCommonLine("参会率不低于 ≥95%")).toBeNull(); // an operator word: the general split decides
  });
});

describe("parse caches", () => {
  const AT = { sheet: "S", row: 1, col: 4 };
  const cell =
    "一、产出指标\n(一) 数量指标:\n1. 召开会议次数 ≥ 2次\n2. 参会人数 ≥ 120人\n3. 会议管理制度健全性 健全\n4. 满意度 ≥90%";

  it("a second read of the same text (from the caches) equals a cold read", () => {
    clearParseCaches();
    const cold = parseIndicatorText(cell, AT);
    const warm = parseIndicatorText(cell, AT);
    expect(warm).toEqual(cold);
    clearParseCaches();
    expect(parseIndicatorText(cell, AT)).toEqual(cold);
  });

  it("changing a parsed indicator does not change the next read of the same line", () => {
    const first = parseIndicatorText(cell, AT);
    first.indicators[0].name = "改过的名称";
    first.indicators[0].unit = "天";
    first.indicators[0].operator = "<";
    const second = parseIndicatorText(cell, AT);
    expect(second.indicators[0]).toMatchObject({ name: "召开会议次数", unit: "次", operator: ">=" });
  });
});
