import { findPlaceholder } from "../../../src/core/text/placeholder";

describe("findPlaceholder", () => {
  it.each([
    ["≥**人", "**"],
    ["≥**%", "**"],
    ["**", "**"],
    ["＊＊万元", "＊＊"],
    ["≥*%", "*"],
    ["*", "*"],
    ["XX%", "XX"],
    ["覆盖率达xx%", "xx"],
    ["≥X%", "X"],
    ["20XX年12月", "XX"],
    ["202X年", "X"],
    ["×××", "×××"],
    ["□人", "□"],
    ["○○村道路硬化", "○○"],
    ["____人", "____"],
    ["（ ）亩", "（ ）"],
    ["某某社区", "某某"],
    ["…", "…"],
    ["……", "……"],
  ])("finds the placeholder in 「%s」", (text, token) => {
    expect(findPlaceholder(text)?.token).toBe(token);
  });

  it.each([
    "≥95%",
    "X光机",
    "X射线检查人数",
    "CT检查",
    "2×3米",
    "二〇〇〇年",
    "95*",
    "年度目标*",
    "按时完成（含验收）",
    "质量_检查",
    "Excel表格",
    "",
  ])("leaves 「%s」 alone", (text) => {
    expect(findPlaceholder(text)).toBeNull();
  });
});
