import { normalizeText, removeCjkSpaces, toHalfWidth } from "../../../src/core/text/normalize";

describe("toHalfWidth", () => {
  it.each([
    ["９８％", "98%"],
    ["１２．５", "12.5"],
    ["（一）数量指标：", "(一)数量指标:"],
    ["ＡＢＣｘｙｚ", "ABCxyz"],
    ["＋５－３＝２", "+5-3=2"],
    ["＞９０＜１００", ">90<100"],
    ["１，２３４", "1,234"],
    ["元／人", "元/人"],
  ])("%s → %s", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it("keeps Chinese punctuation that separates words", () => {
    expect(toHalfWidth("调研、视察，完成。是否？好！；")).toBe("调研、视察，完成。是否？好！；");
  });

  it("returns the same string when there is nothing to convert", () => {
    const s = "政协委员参会率 95%";
    expect(toHalfWidth(s)).toBe(s);
  });
});

describe("normalizeText", () => {
  it.each<[string, string, string]>([
    [
      "paragraph tags become lines",
      "<p>一、产出指标</p> <p>(一) 数量指标:</p>",
      "一、产出指标\n(一) 数量指标:",
    ],
    [
      "ol/li tags become lines",
      '<ol style="list-style-type: none"><li>1. a</li><li>2. b</li></ol>',
      "1. a\n2. b",
    ],
    ["br tags become lines", "a<br>b<br/>c<BR />d", "a\nb\nc\nd"],
    ["LaTeX ≥ with percent", "满意度 $\\geq 95\\%$", "满意度 ≥95%"],
    ["LaTeX ≤", "增长率 $\\leq 0\\%$", "增长率 ≤0%"],
    ["LaTeX > inside math", "满意度$> 90\\%$", "满意度>90%"],
    ["bare LaTeX commands", "\\ge 3次 \\le 5天 50\\%", "≥3次 ≤5天 50%"],
    ["full-width digits, colon, brackets", "（一）数量指标：补贴人数：７名", "(一)数量指标:补贴人数:7名"],
    ["full-width comparison signs", "＞90％ ＜5 ≧3 ≦4", ">90% <5 ≥3 ≤4"],
    ["ASCII two-character operators", ">=95% <=10万元", "≥95% ≤10万元"],
    ["CRLF and CR", "a\r\nb\rc", "a\nb\nc"],
    ["nbsp, ideographic space and tabs", "a\u00a0b\u3000c\td", "a b c d"],
    ["html entities", "a&nbsp;b &lt;5 &ge;3", "a b <5 ≥3"],
    ["trims lines and collapses runs of spaces", "  a   b  \n  c ", "a b\nc"],
    ["drops empty lines only at the ends", "\n\n a \n\n b \n\n", "a\n\nb"],
    [
      "drops markdown table rules",
      "x\n--\t-------------------------\t------\t---\t---\ny\n|---|:---:|",
      "x\ny",
    ],
    ["keeps a value that looks like a tag", "接待人数<5人", "接待人数<5人"],
    ["keeps a lone dash value", "-", "-"],
    ["removes zero-width characters", "a\u200bb\ufeff", "ab"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("returns an empty string for empty input", () => {
    expect(normalizeText("")).toBe("");
    expect(normalizeText(" \n <p></p> \n ")).toBe("");
  });

  it("does not split decimals or touch Chinese punctuation", () => {
    expect(normalizeText("成本 ≤ 6.8万元，调研、视察。")).toBe("成本 ≤ 6.8万元，调研、视察。");
  });

  it("keeps the seed's long <ol> line as one line (inline numbering is split by the indicator parser)", () => {
    const text =
      '<p>(一) 数量指标:</p> <ol style="list-style-type: none"> 1. 开展专题视察次数 ≥ 3次 2. 举办提案督办会议 ≥ 1次';
    expect(normalizeText(text)).toBe("(一) 数量指标:\n1. 开展专题视察次数 ≥ 3次 2. 举办提案督办会议 ≥ 1次");
  });
});

describe("removeCjkSpaces", () => {
  it("removes OCR wraps between CJK characters only", () => {
    expect(removeCjkSpaces("政协委员 民主监督工 作经费")).toBe("政协委员民主监督工作经费");
    expect(removeCjkSpaces("5G 网络 专线 1 条")).toBe("5G 网络专线 1 条");
  });
});
