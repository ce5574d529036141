import {
  extractGoalNumbers,
  extractSessionRefs,
  normaliseGoalText,
} from "../../../src/core/text/goal-numbers";

const brief = (text: string) =>
  extractGoalNumbers(text).map((n) => ({
    value: n.value,
    unit: n.unit,
    per: n.per,
    kind: n.kind,
    ...(n.atLeast ? { atLeast: true } : {}),
    ...(n.atMost ? { atMost: true } : {}),
    ...(n.max !== n.value ? { max: n.max } : {}),
  }));

describe("extractGoalNumbers", () => {
  it("reads Chinese and Arabic numerals with their measure words and 每 (seed project 5)", () => {
    expect(brief("拟在省外举办两期委员培训班，每期20人，培训7天。")).toEqual([
      { value: 2, unit: "期", per: null, kind: "count" },
      { value: 20, unit: "人", per: "期", kind: "count" },
      { value: 7, unit: "天", per: null, kind: "count" },
    ]);
  });

  it("reads a count after its verb phrase (seed project 7) and a per-quarter count", () => {
    expect(brief("1、年内共召开政协常委会议4次，会议审议通过；\n2、每季度开展一次常委会")).toEqual([
      { value: 4, unit: "次", per: null, kind: "count" },
      { value: 1, unit: "次", per: "季度", kind: "count" },
    ]);
  });

  it("reads 以上 / 不少于 as a floor and 以内 as a ceiling", () => {
    expect(brief("接待各级政协人员30次以上。")).toEqual([
      { value: 30, unit: "次", per: null, kind: "count", atLeast: true },
    ]);
    expect(brief("培训人数不少于40人，会期3天以内")).toEqual([
      { value: 40, unit: "人", per: null, kind: "count", atLeast: true },
      { value: 3, unit: "天", per: null, kind: "count", atMost: true },
    ]);
    expect(brief("慰问30余人")).toEqual([{ value: 30, unit: "人", per: null, kind: "count", atLeast: true }]);
  });

  it("reads ranges (seed project 2)", () => {
    expect(brief("全年选取2-3个重点课题")).toEqual([
      { value: 2, max: 3, unit: "个", per: null, kind: "count" },
    ]);
  });

  it("marks 届, 第…次 and the 次 right after a 届 as ordinals, and 4-digit 年 as years (seed project 1)", () => {
    expect(brief("政协十七届四次会议工作经费")).toEqual([
      { value: 17, unit: "届", per: null, kind: "ordinal" },
      { value: 4, unit: "次", per: null, kind: "ordinal" },
    ]);
    expect(brief("成功举办政协门源县第十七届委员会第三次会议")).toEqual([
      { value: 17, unit: "届", per: null, kind: "ordinal" },
      { value: 3, unit: "次", per: null, kind: "ordinal" },
    ]);
    expect(brief("2024年召开会议2次")).toEqual([
      { value: 2024, unit: "年", per: null, kind: "year" },
      { value: 2, unit: "次", per: null, kind: "count" },
    ]);
  });

  it("ignores list numbering, idioms and words that only contain a numeral character", () => {
    expect(brief("1、聘用专职人员征编。\n2、编辑出版《门源县藏族百年实录》")).toEqual([]);
    expect(brief("通过进一步明确职责，统一部署，统一数据资源管理")).toEqual([]);
    expect(brief("")).toEqual([]);
  });

  it("reads full-width digits and spaces between number and measure word", () => {
    expect(normaliseGoalText("召开会议 ４ 次")).toBe("召开会议4次");
    expect(brief("召开会议 ４ 次")).toEqual([{ value: 4, unit: "次", per: null, kind: "count" }]);
  });

  it("keeps the clause and the matched text for messages", () => {
    const [n] = extractGoalNumbers("为提高素质，拟在省外举办两期委员培训班，每期20人");
    expect(n.clause).toBe("拟在省外举办两期委员培训班");
    expect(n.text).toBe("两期");
  });

  it("prefers the longest measure word (人次 over 人, 万元 over 元)", () => {
    expect(brief("培训300人次，节约资金3.5万元")).toEqual([
      { value: 300, unit: "人次", per: null, kind: "count" },
      { value: 3.5, unit: "万元", per: null, kind: "count" },
    ]);
  });
});

describe("extractSessionRefs", () => {
  it("finds 届, 会次 and years", () => {
    expect(extractSessionRefs("政协十七届四次会议工作经费")).toEqual({
      terms: [17],
      sessions: [4],
      years: [],
    });
    expect(extractSessionRefs("第十七届委员会第三次会议")).toEqual({ terms: [17], sessions: [3], years: [] });
    expect(extractSessionRefs("2024年度第二次全体会议")).toEqual({ terms: [], sessions: [2], years: [2024] });
  });

  it("does not take a count of meetings for a session number", () => {
    expect(extractSessionRefs("年内共召开政协常委会议4次")).toEqual({ terms: [], sessions: [], years: [] });
    expect(extractSessionRefs("召开三次会议")).toEqual({ terms: [], sessions: [], years: [] });
  });
});
