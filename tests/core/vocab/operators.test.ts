import { LEADING_OPERATOR_SYMBOL, TEMPLATE_OPERATOR_OF } from "../../../src/core/vocab/operators";

describe("计算符号 of templates", () => {
  test.each([
    [">=", "≥"],
    ["＞＝", "≥"],
    ["≧", "≥"],
    ["＜＝", "≤"],
    ["≦", "≤"],
    ["＝", "="],
    ["定性", "定性"],
  ])("%s reads as %s", (written, op) => {
    expect(TEMPLATE_OPERATOR_OF.get(written)).toBe(op);
  });

  test("words that are no operator are not read as one", () => {
    expect(TEMPLATE_OPERATOR_OF.get("不低于")).toBeUndefined();
    expect(TEMPLATE_OPERATOR_OF.get("")).toBeUndefined();
  });

  test.each([
    [">=95", ">="],
    ["＞＝ 95", "＞＝"],
    ["<90%", "<"],
    ["≤ 3", "≤"],
  ])("a value that starts with a symbol (%s) gives the whole symbol", (value, symbol) => {
    expect(LEADING_OPERATOR_SYMBOL.exec(value)?.[1]).toBe(symbol);
  });

  test("定性 and a plain number lead with no symbol", () => {
    expect(LEADING_OPERATOR_SYMBOL.exec("定性")).toBeNull();
    expect(LEADING_OPERATOR_SYMBOL.exec("95")).toBeNull();
  });
});
