import { formatMessage } from "../../../src/core/rules/rule";

describe("formatMessage", () => {
  it("fills every placeholder, with or without spaces inside the braces", () => {
    expect(
      formatMessage("“{{name}}”为 {{ value }}，超过 {{amount}}万元。", {
        name: "会议费",
        value: "12万元",
        amount: 10,
      }),
    ).toBe("“会议费”为 12万元，超过 10万元。");
  });

  it("fills the same template again with other data", () => {
    const t = "{{a}}+{{a}}={{b}}";
    expect(formatMessage(t, { a: 1, b: 2 })).toBe("1+1=2");
    expect(formatMessage(t, { a: "x", b: "2x" })).toBe("x+x=2x");
  });

  it("leaves text without placeholders alone and inserts data literally", () => {
    expect(formatMessage("没有占位符。")).toBe("没有占位符。");
    expect(formatMessage("{{x}}", { x: "$& {{y}}" })).toBe("$& {{y}}");
  });

  it("throws on a placeholder without data (a programming error)", () => {
    expect(() => formatMessage("缺少 {{missing}}", {})).toThrow(
      "message placeholder {{missing}} has no data",
    );
  });
});
