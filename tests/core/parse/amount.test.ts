import { parseAmount } from "../../../src/core/parse";
import { parseAmountText } from "../../../src/core/parse/amount";
import type { Cell } from "../../../src/core/grid";

const cell = (value: Cell["value"], extra: Partial<Cell> = {}): Cell => ({
  value,
  text: value === null ? "" : String(value),
  ...extra,
});

const read = (c: Cell, unit: "万元" | "元" = "万元") => {
  const r = parseAmount(c, unit);
  return r.amount === null ? r.problem : r.amount.toString();
};

describe("parseAmount", () => {
  it.each<[string, Cell, "万元" | "元", string | null]>([
    ["a number in 万元", cell(214.06), "万元", "214.06"],
    ["a binary-unfriendly number stays exact", cell(10.85), "万元", "10.85"],
    ["a number in 元 converts to 万元", cell(108500), "元", "10.85"],
    ["small 元 amounts stay exact", cell(2100), "元", "0.21"],
    ["text", cell("214.06"), "万元", "214.06"],
    ["text with thousands separators", cell("1,234.50"), "万元", "1234.5"],
    ["full-width text", cell("１２．５"), "万元", "12.5"],
    ["full-width comma separator", cell("１，２３４"), "元", "0.1234"],
    ["text with 万元 in a 元 column (the written unit wins)", cell("50万元"), "元", "50"],
    ["text with 元 in a 万元 column", cell("5000元"), "万元", "0.5"],
    ["text with 万", cell("3.6万"), "元", "3.6"],
    ["currency sign and spaces", cell(" ¥ 1,200 "), "元", "0.12"],
    ["negative", cell("-3.5"), "万元", "-3.5"],
    ["leading decimal point", cell(".5"), "万元", "0.5"],
    ["zero", cell(0), "万元", "0"],
  ])("%s", (_name, c, unit, expected) => {
    expect(read(c, unit)).toBe(expected);
  });

  it.each<[string, Cell, string]>([
    ["an error value on the cell", cell(null, { error: "#REF!" }), "error"],
    ["an error value as text", cell("#VALUE!"), "error"],
    ["#DIV/0!", cell("#DIV/0!"), "error"],
    ["#N/A", cell("#N/A"), "error"],
    ["an empty cell", cell(null), "missing"],
    ["blank text", cell("   "), "missing"],
    ["words", cell("待定"), "not-numeric"],
    ["two numbers", cell("1.2.3"), "not-numeric"],
    ["a boolean", cell(true), "not-numeric"],
  ])("%s → %s", (_name, c, problem) => {
    const r = parseAmount(c, "万元");
    expect(r.amount).toBeNull();
    expect(r.problem).toBe(problem);
  });

  it("treats a missing cell as missing", () => {
    expect(parseAmount(undefined, "万元")).toMatchObject({
      amount: null,
      problem: "missing",
      confidence: "sure",
    });
  });

  it("says how a plain number was read", () => {
    expect(parseAmount(cell(108500), "元").how).toBe("读出数字 108500 元，即 10.85 万元");
    expect(parseAmount(cell("12.5万元"), "元").how).toBe("从「12.5万元」读出 12.5 万元");
  });

  it("sums the seed's project amounts exactly to the 合计 92.79", () => {
    const amounts = [
      "10.85",
      "6.80",
      "12.96",
      "4.25",
      "17.00",
      "4.25",
      "3.40",
      "4.25",
      "15.00",
      "2.50",
      "1.20",
      "0.21",
      "3.6",
      "6.52",
    ];
    const total = amounts.map((a) => parseAmountText(a, "万元").amount!).reduce((sum, a) => sum.plus(a));
    expect(total.toString()).toBe("92.79");
  });
});

describe("parseAmountText: amounts with explanatory text", () => {
  // [kind, text, column unit, amount in 万元, confidence, a phrase the how must contain]
  it.each<[string, string, "万元" | "元", string, "sure" | "guess", string]>([
    ["a number and 万", "318.6万", "万元", "318.6", "sure", "读出 318.6 万元"],
    ["a space before the unit", "1520.25 万元", "万元", "1520.25", "sure", "1520.25 万元"],
    ["traditional 萬", "75萬元", "元", "75", "sure", "75 万元"],
    ["亿元", "1.2亿元", "万元", "12000", "sure", "即 12000 万元"],
    ["a label and its value", "本年资金总额:36万", "元", "36", "sure", "本年资金总额:36万"],
    ["a label with a full-width colon", "项目金额：18.5万元", "万元", "18.5", "sure", "项目金额"],
    ["a unit in the label", "项目金额(元):250000", "万元", "25", "sure", "即 25 万元"],
    ["a generic label without a colon", "年度预算42", "万元", "42", "sure", "年度预算42"],
    [
      "a total then its sources on the next lines",
      "总额88.8万元\n财政拨款:60万元(其中:省级40万元;县级20万元)\n其他:28.8万元",
      "万元",
      "88.8",
      "sure",
      "从「总额88.8万元」读出 88.8 万元",
    ],
    ["合计 after the sources", "财政拨款30万元,自筹20万元,合计50万元", "万元", "50", "sure", "合计50万元"],
    ["共计 in 元", "按标准测算,共计123400元。", "万元", "12.34", "sure", "即 12.34 万元"],
    ["a number and its breakdown in brackets", "60(其中省级45、县级15)", "万元", "60", "sure", "括号里"],
    ["a unit in brackets", "60(万元)", "元", "60", "sure", "60 万元"],
    [
      "a first line and its sources below",
      "45万元\n其中:中央资金30万元\n地方资金15万元",
      "万元",
      "45",
      "sure",
      "后面各行是资金构成",
    ],
    ["a label line, then the number", "资金规模:\n27.5", "万元", "27.5", "sure", "27.5 万元"],
    ["a year in the label is not the amount", "2026年预算安排16万元", "万元", "16", "guess", "推测"],
    ["text ending in a number", "某某专项补助资金(乡村建设任务)24", "万元", "24", "guess", "不是金额标签"],
    ["an approximate amount", "约5万", "万元", "5", "guess", "约数"],
    ["an approximate amount with 左右", "8万元左右", "万元", "8", "guess", "约数"],
    [
      "a source, then other sources, no total",
      "财政拨款:30万\n自筹:20万",
      "万元",
      "30",
      "guess",
      "没有写总额",
    ],
  ])("%s", (_kind, text, unit, amount, confidence, how) => {
    const r = parseAmountText(text, unit);
    expect(r.problem).toBeNull();
    expect(r.amount?.toString()).toBe(amount);
    expect(r.confidence).toBe(confidence);
    expect(r.how).toContain(how);
    // Only the text's own 约/左右 says the number is approximate; an unknown label does not.
    expect(r.approximate === true).toBe(how === "约数");
  });

  it.each<[string, string, string]>([
    ["several unlabelled numbers", "30万元+20万元", "几个数字"],
    ["a number that is a count, not money", "受益3.6万人", "找不到金额数字"],
    ["a percentage", "占总投资的30%", "找不到金额数字"],
    ["a number with words after it", "50万元左右待定", "其他内容"],
  ])("%s → not-numeric", (_kind, text, how) => {
    const r = parseAmountText(text, "万元");
    expect(r.amount).toBeNull();
    expect(r.problem).toBe("not-numeric");
    expect(r.how).toContain(how);
  });
});
