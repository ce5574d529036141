import { detectTables } from "../../../src/core/detect";
import { sheetFromValues } from "../../../src/core/grid";
import type { Indicator } from "../../../src/core/model";
import { parseIndicatorText } from "../../../src/core/parse";

/** Labelled indicator records in one cell: each read as one indicator with its place in the tree. */
const AT = { sheet: "表1", row: 4, col: 3 };
const SYMBOL: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" };
const shown = (i: Indicator) =>
  `${i.source.line} ${i.level1 || "-"}/${i.level2 || "-"} ${i.level1Key}/${i.level2Key} ${i.name} | ` +
  `${i.operator ? SYMBOL[i.operator] : ""}${i.value ?? "∅"}${i.unit ? ` ${i.unit}` : ""}`;

const CASES: { name: string; text: string; indicators: string[]; headings?: number }[] = [
  {
    name: "；between the fields",
    text: "一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥20人",
    indicators: ["1 产出指标/数量指标 output/quantity 培训人数 | ≥20 人"],
    headings: 2,
  },
  {
    name: "line breaks between the fields",
    text: "一级指标：产出指标\n二级指标：数量指标\n三级指标：培训人数\n指标值：≥20人",
    indicators: ["1 产出指标/数量指标 output/quantity 培训人数 | ≥20 人"],
  },
  {
    name: "，between the fields",
    text: "一级指标：产出指标，二级指标：质量指标，三级指标：培训合格率，指标值：≥95%",
    indicators: ["1 产出指标/质量指标 output/quality 培训合格率 | ≥95 %"],
  },
  {
    name: "the levels in another order",
    text: "三级指标：培训人数；指标值：≥20人；二级指标：数量指标；一级指标：产出指标",
    indicators: ["1 产出指标/数量指标 output/quantity 培训人数 | ≥20 人"],
  },
  {
    name: "no 二级 label: right under the 一级",
    text: "一级指标：满意度指标；三级指标：学员满意度；指标值：≥90%",
    indicators: ["1 满意度指标/- satisfaction/satisfaction 学员满意度 | ≥90 %"],
  },
  {
    name: "no 一级 label: the 二级 says where it is",
    text: "二级指标：时效指标；三级指标：培训完成时间；指标值：2024年12月底前",
    indicators: ["1 -/时效指标 null/timeliness 培训完成时间 | 2024年12月底前"],
  },
  {
    name: "several records in one cell, the 一级 said once",
    text:
      "一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥20人\n" +
      "二级指标：质量指标；三级指标：培训合格率；指标值：≥95%\n" +
      "一级指标：效益指标；二级指标：社会效益指标；三级指标：农民技能提升；指标值：有效提升",
    indicators: [
      "1 产出指标/数量指标 output/quantity 培训人数 | ≥20 人",
      "2 产出指标/质量指标 output/quality 培训合格率 | ≥95 %",
      "3 效益指标/社会效益指标 benefit/social 农民技能提升 | 有效提升",
    ],
    headings: 5,
  },
  {
    name: "unit and 指标性质 as fields of their own",
    text: "一级指标：产出指标；二级指标：数量指标；指标名称：培训人数；指标性质：≥；指标值：20；计量单位：人",
    indicators: ["1 产出指标/数量指标 output/quantity 培训人数 | ≥20 人"],
  },
  {
    name: "年度 and 中期 values: the 年度 one",
    text: "一级指标：产出指标；三级指标：培训人数；中期指标值：≥60人；年度指标值：≥20人",
    indicators: ["1 产出指标/- output/null 培训人数 | ≥20 人"],
  },
  {
    name: "a heading line before the records",
    text: "一、产出指标\n三级指标：培训人数；指标值：≥20人",
    indicators: ["2 产出指标/- output/null 培训人数 | ≥20 人"],
  },
];

describe("labelled indicator records in one cell", () => {
  it.each(CASES)("$name", ({ text, indicators, headings }) => {
    const tree = parseIndicatorText(text, AT);
    expect(tree.issues).toEqual([]);
    expect(tree.indicators.map(shown)).toEqual(indicators);
    if (headings !== undefined) expect(tree.headings).toHaveLength(headings);
  });

  it.each([
    ["a paragraph heading with a colon", "数量指标：培训人数≥20人，培训场次≥2场"],
    ["one labelled field alone", "指标名称：培训人数≥20人"],
  ])("%s is not a record", (_, text) => {
    const tree = parseIndicatorText(text, AT);
    expect(tree.indicators.length).toBeGreaterThan(0);
    expect(tree.indicators[0].name).not.toBe("");
    expect(tree.indicators.every((i) => !/[:：]/.test(i.name) || i.name.startsWith("指标名称"))).toBe(true);
  });

  it("a wide table's indicator cell of records gives its indicators to the project", () => {
    const sheet = sheetFromValues("Sheet1", [
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      [
        "农民技能培训",
        20,
        "完成农民技能培训，提升农民就业能力",
        "一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥20人\n" +
          "一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：学员满意度；指标值：≥90%",
      ],
    ]);
    const { tables } = detectTables(sheet);
    expect(tables).toHaveLength(1);
    expect(tables[0].layout).toBe("wide");
    const [p] = tables[0].projects;
    expect(p.issues).toEqual([]);
    expect(p.indicators.map(shown)).toEqual([
      "1 产出指标/数量指标 output/quantity 培训人数 | ≥20 人",
      "2 满意度指标/服务对象满意度指标 satisfaction/satisfaction 学员满意度 | ≥90 %",
    ]);
  });
});
