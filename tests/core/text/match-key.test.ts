import { matchKey, toSimplified } from "../../../src/core/text/match-key";

describe("matchKey", () => {
  it.each([
    ["总 体 目 标", "总体目标"],
    ["数量指标*", "数量指标"],
    ["项目名称：", "项目名称"],
    ["績(jī)效目標(biāo)", "绩效目标"],
    ["???jī)效指標(biāo)分類", "效指标分类"],
    ["產出指標", "产出指标"],
    ["資金來源及規模", "资金来源及规模"],
    ["年度目标\n", "年度目标"],
    ["ＡＢ１２", "AB12"],
  ])("%s → %s", (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it("leaves text without traditional characters as it is", () => {
    const s = "保障农村低保金的发放";
    expect(toSimplified(s)).toBe(s);
  });

  it("keeps characters outside the BMP in place", () => {
    expect(toSimplified("𠀀標")).toBe("𠀀标");
  });
});
