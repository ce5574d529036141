import { readNumbering, splitInlineItems } from "../../../src/core/parse/numbering";

describe("readNumbering", () => {
  it.each([
    ["1. 会议", "arabic", "会议"],
    ["1.会议", "arabic", "会议"],
    ["12、会议", "arabic", "会议"],
    ["3) 会议", "arabic", "会议"],
    ["(1) 会议", "arabic", "会议"],
    ["(12)会议", "arabic", "会议"],
    ["① 会议", "arabic", "会议"],
    ["⑳会议", "arabic", "会议"],
    ["• 会议", "arabic", "会议"],
    ["一、产出指标", "chinese", "产出指标"],
    ["十二、其他", "chinese", "其他"],
    ["(一) 数量指标:", "chineseParen", "数量指标:"],
    ["(四)成本指标", "chineseParen", "成本指标"],
    ["会议 1次", "none", "会议 1次"],
    ["6.8万元", "none", "6.8万元"],
    ["10.85万元", "none", "10.85万元"],
    ["1,234元", "none", "1,234元"],
    ["2024年", "none", "2024年"],
    ["一致率 98%", "none", "一致率 98%"],
  ])("%j → %s %j", (line, kind, body) => {
    expect(readNumbering(line)).toEqual({ kind, body });
  });
});

describe("splitInlineItems", () => {
  it("splits after whitespace or a full stop, never inside a decimal", () => {
    expect(splitInlineItems("1. a ≥ 6.8万元 2. b 10.85万元")).toEqual(["1. a ≥ 6.8万元", "2. b 10.85万元"]);
    expect(splitInlineItems("1. a 完成。2. b")).toEqual(["1. a 完成。", "2. b"]);
    expect(splitInlineItems("1. a 3次")).toEqual(["1. a 3次"]);
  });
});

describe("splitInlineItems without spaces", () => {
  it("splits after a full stop even when the line has no space", () => {
    expect(splitInlineItems("1.甲完成。2.乙完成")).toEqual(["1.甲完成。", "2.乙完成"]);
  });
});
