import { parseChineseNumeral } from "../../../src/core/text/chinese-numerals";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1],
    ["两", 2],
    ["三", 3],
    ["十", 10],
    ["十七", 17],
    ["二十三", 23],
    ["一百二十", 120],
    ["一百零五", 105],
    ["三千", 3000],
    ["一万二千", 12000],
    ["贰拾", 20],
    ["零", 0],
  ])("%s → %i", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(["", "次", "三次", "3", "第三"])("%j is not a numeral", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
