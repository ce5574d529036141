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
    ["a number with words", cell("约5万"), "not-numeric"],
    ["two numbers", cell("1.2.3"), "not-numeric"],
    ["a boolean", cell(true), "not-numeric"],
  ])("%s → %s", (_name, c, problem) => {
    const r = parseAmount(c, "万元");
    expect(r.amount).toBeNull();
    expect(r.problem).toBe(problem);
  });

  it("treats a missing cell as missing", () => {
    expect(parseAmount(undefined, "万元")).toEqual({ amount: null, problem: "missing" });
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
