import { parseIndicatorText, splitIndicatorLines } from "../../../src/core/parse";
import { parseIndicatorTextDetailed } from "../../../src/core/parse/indicator-text";
import type { Heading, Indicator } from "../../../src/core/model";

const AT = { sheet: "表1", row: 7, col: 4 };
const SYMBOL: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" };

const heading = (h: Heading) =>
  `${h.source.line} L${h.level} ${h.text} ${h.key}${h.level === 2 ? ` ∈${h.level1Key}` : ""} n=${h.indicatorCount}`;
const indicator = (i: Indicator) =>
  `${i.source.line} ${i.level1 || "-"}/${i.level2 || "-"} ${i.level1Key}/${i.level2Key} ${i.name} | ` +
  `${i.qualitative ? "定性 " : ""}${i.operator ? SYMBOL[i.operator] : ""}${i.value ?? "∅"}${i.unit ? ` ${i.unit}` : ""}`;

function parse(text: string) {
  const tree = parseIndicatorText(text, AT);
  return {
    headings: tree.headings.map(heading),
    indicators: tree.indicators.map(indicator),
    issues: tree.issues.map((i) => `${i.source.line} ${i.text}`),
    tree,
  };
}

describe("splitIndicatorLines", () => {
  it("splits <ol> items that are separated only by their numbering", () => {
    expect(
      splitIndicatorLines(
        '<p>(四) 成本指标:</p> <ol style="list-style-type: none"> 1. 民主监督工作成本 ≤ 6.8万元 2. 民主监督工作成本增长率 $\\leq 0\\%$ <p>二、效益指标</p>',
      ),
    ).toEqual([
      "(四) 成本指标:",
      "1. 民主监督工作成本 ≤ 6.8万元",
      "2. 民主监督工作成本增长率 ≤0%",
      "二、效益指标",
    ]);
  });

  it("does not split decimals, and splits every numbering style", () => {
    expect(
      splitIndicatorLines(
        "1. 成本 ≤ 10.85万元 2. 费用 6.8万元 (3) 人数 5人 ① 次数 2次 二、效益指标 (一) 社会效益指标",
      ),
    ).toEqual([
      "1. 成本 ≤ 10.85万元",
      "2. 费用 6.8万元",
      "(3) 人数 5人",
      "① 次数 2次",
      "二、效益指标",
      "(一) 社会效益指标",
    ]);
  });

  it("keeps a number that is a value, not numbering", () => {
    expect(splitIndicatorLines("1. 会议 ≥ 2次 成本 3.5 万元")).toEqual(["1. 会议 ≥ 2次 成本 3.5 万元"]);
  });

  it("keeps empty lines inside the cell so line numbers match what the user sees", () => {
    expect(splitIndicatorLines("a\n\nb")).toEqual(["a", "", "b"]);
  });
});

describe("parseIndicatorText: headings", () => {
  it("reads numbered headings with and without colons, full-width or ASCII", () => {
    const r = parse(
      "一、产出指标\n（一）数量指标：\n1. 会议次数 1次\n(二) 质量指标\n1. 参会率 95%\n二、效益指标：\n(一)社会效益指标:\n1. 采纳率 ≥80%",
    );
    expect(r.headings).toEqual([
      "1 L1 产出指标 output n=2",
      "2 L2 数量指标 quantity ∈output n=1",
      "4 L2 质量指标 quality ∈output n=1",
      "6 L1 效益指标 benefit n=1",
      "7 L2 社会效益指标 social ∈benefit n=1",
    ]);
    expect(r.indicators).toEqual([
      "3 产出指标/数量指标 output/quantity 会议次数 | 1 次",
      "5 产出指标/质量指标 output/quality 参会率 | 95 %",
      "8 效益指标/社会效益指标 benefit/social 采纳率 | ≥80 %",
    ]);
  });

  it("recognises 二级 headings by their name, without numbering", () => {
    const r = parse(
      "产出指标\n数量指标\n会议次数 3次\n时效指标\n按时召开率 100%\n效益指标\n可持续影响指标\n制度健全性 健全",
    );
    expect(r.headings).toEqual([
      "1 L1 产出指标 output n=2",
      "2 L2 数量指标 quantity ∈output n=1",
      "4 L2 时效指标 timeliness ∈output n=1",
      "6 L1 效益指标 benefit n=1",
      "7 L2 可持续影响指标 sustainable ∈benefit n=1",
    ]);
  });

  it("reads a heading with a weight and a bare category word after 一、/（一）", () => {
    const r = parse("一、产出指标（50分）\n(一)数量\n1. 会议次数 1次");
    expect(r.headings).toEqual(["1 L1 产出指标(50分) output n=1", "2 L2 数量 quantity ∈output n=1"]);
  });

  it("splits a heading and its first indicator written on one line", () => {
    const r = parse("(一)数量指标：1. 会议次数 3次 2. 参会人数 ≥50人");
    expect(r.headings).toEqual(["1 L2 数量指标 quantity ∈null n=2"]);
    expect(r.indicators.map((i) => i.split(" | ")[1])).toEqual(["3 次", "≥50 人"]);
  });

  it("keeps annotations on headings and still finds their key", () => {
    const r = parse("一、产出指标\n(一)数量指标(必填硬性指标)：\n1. 培训人数 50人");
    expect(r.headings[1]).toBe("2 L2 数量指标(必填硬性指标) quantity ∈output n=1");
  });

  it('gives indicators directly under 满意度指标 level2 "" and key satisfaction', () => {
    const r = parse("三、满意度指标\n1. 群众满意度 ≥90%");
    expect(r.indicators).toEqual(["2 满意度指标/- satisfaction/satisfaction 群众满意度 | ≥90 %"]);
  });

  it("gives indicators directly under another 一级 heading a null 二级 key", () => {
    const r = parse("二、效益指标\n1. 社会影响 显著");
    expect(r.indicators).toEqual(["2 效益指标/- benefit/null 社会影响 | 定性 显著"]);
  });

  it("counts indicators of a 一级 heading across its 二级 headings and directly under it", () => {
    const r = parse(
      "一、产出指标\n1. 直接挂在一级下 1次\n(一)数量指标\n1. a次数 1次\n2. b次数 2次\n(二)质量指标\n二、效益指标",
    );
    expect(r.headings).toEqual([
      "1 L1 产出指标 output n=3",
      "3 L2 数量指标 quantity ∈output n=2",
      "6 L2 质量指标 quality ∈output n=0",
      "7 L1 效益指标 benefit n=0",
    ]);
    expect(r.indicators[0]).toBe("2 产出指标/- output/null 直接挂在一级下 | 1 次");
  });

  it("reads the 2021 profile: 成本指标 as a 一级 heading with 经济成本指标 under it", () => {
    const r = parse(
      "一、成本指标\n(一)经济成本指标\n1. 会议费总额 ≤5万元\n二、产出指标\n(一)数量指标\n1. 会议次数 1次",
    );
    expect(r.headings).toEqual([
      "1 L1 成本指标 cost n=1",
      "2 L2 经济成本指标 economicCost ∈cost n=1",
      "4 L1 产出指标 output n=1",
      "5 L2 数量指标 quantity ∈output n=1",
    ]);
  });

  it("reads an unnumbered 成本指标 as 二级 under 产出 and as 一级 elsewhere", () => {
    expect(parse("产出指标\n成本指标\n会议费 ≤5万元").headings).toEqual([
      "1 L1 产出指标 output n=1",
      "2 L2 成本指标 cost ∈output n=1",
    ]);
    expect(parse("成本指标\n经济成本指标\n会议费 ≤5万元").headings).toEqual([
      "1 L1 成本指标 cost n=1",
      "2 L2 经济成本指标 economicCost ∈cost n=1",
    ]);
  });

  it("reads the satisfaction block filed as a 二级 under 效益指标 (older templates)", () => {
    const r = parse("二、效益指标\n(一)社会效益指标\n1. 采纳率 80%\n(二)满意度指标\n1. 群众满意度 ≥90%");
    expect(r.headings[2]).toBe("4 L2 满意度指标 satisfaction ∈benefit n=1");
    expect(r.indicators[1]).toBe("5 效益指标/满意度指标 benefit/satisfaction 群众满意度 | ≥90 %");
  });

  it("reads non-standard 一级 names", () => {
    const r = parse(
      "一、项目完成指标\n(一)数量指标\n1. 次数 1次\n二、效果指标\n(一)社会效益指标\n1. 影响 显著",
    );
    expect(r.headings.filter((h) => h.includes("L1"))).toEqual([
      "1 L1 项目完成指标 output n=1",
      "4 L1 效果指标 benefit n=1",
    ]);
  });

  it("reads an unknown category with Chinese numbering as a heading with a null key", () => {
    const r = parse("一、其他指标\n1. 事项 1项");
    expect(r.headings).toEqual(["1 L1 其他指标 null n=1"]);
    expect(r.indicators).toEqual(["2 其他指标/- null/null 事项 | 1 项"]);
  });

  it("does not take an indicator named …指标 for a heading", () => {
    const r = parse("一、产出指标\n(一)质量指标\n1. 完成年度考核指标");
    expect(r.indicators).toEqual(["3 产出指标/质量指标 output/quality 完成年度考核指标 | ∅"]);
  });

  it("reads indicators before any heading with empty categories", () => {
    const r = parse("会议次数 3次\n参会率 ≥95%");
    expect(r.headings).toEqual([]);
    expect(r.indicators).toEqual(["1 -/- null/null 会议次数 | 3 次", "2 -/- null/null 参会率 | ≥95 %"]);
  });

  it("gives a 二级 heading with no 一级 before it a null level1Key", () => {
    const r = parse("数量指标\n会议次数 3次");
    expect(r.headings).toEqual(["1 L2 数量指标 quantity ∈null n=1"]);
    expect(r.indicators).toEqual(["2 -/数量指标 null/quantity 会议次数 | 3 次"]);
  });
});

describe("parseIndicatorText: indicators", () => {
  it("keeps a name with no value as an indicator with value null (not an issue)", () => {
    const r = parse(
      "(二)质量指标：\n1.政协协商议政服务中心工作人员工作完成率\n(三)时效指标：\n1.工作完成及时率",
    );
    expect(r.indicators).toEqual([
      "2 -/质量指标 null/quality 政协协商议政服务中心工作人员工作完成率 | ∅",
      "4 -/时效指标 null/timeliness 工作完成及时率 | ∅",
    ]);
    expect(r.issues).toEqual([]);
  });

  it("sets source and raw on each indicator", () => {
    const { tree } = parse("一、产出指标\n1. 会议次数 ≥ 3次");
    expect(tree.indicators[0].source).toEqual({ sheet: "表1", row: 7, col: 4, line: 2 });
    expect(tree.indicators[0].raw).toBe("1. 会议次数 ≥ 3次");
    expect(tree.headings[0].source).toEqual({ sheet: "表1", row: 7, col: 4, line: 1 });
  });

  it("marks malformed values on the indicator and keeps the best reading", () => {
    const { tree } = parse("1. 视察、调研燃料费 次/350元");
    expect(tree.indicators[0]).toMatchObject({ name: "视察、调研燃料费", value: "350", unit: "元/次" });
    expect(tree.indicators[0].malformed).toContain("数值前面");
  });

  it("reads a 定性 value as qualitative with no number and no operator", () => {
    const { tree } = parse("1. 接待成本节约率 逐年递减");
    expect(tree.indicators[0]).toMatchObject({
      qualitative: true,
      value: "逐年递减",
      number: null,
      operator: null,
      unit: null,
    });
  });
});

describe("parseIndicatorText: wrapped lines", () => {
  it("joins an operator alone on a line and the value on the next", () => {
    const r = parse("(四)成本指标\n1. 民主监督工作成本\n≤\n6.8万元\n2. 增长率 ≤0%");
    expect(r.indicators).toEqual([
      "2 -/成本指标 null/cost 民主监督工作成本 | ≤6.8 万元",
      "5 -/成本指标 null/cost 增长率 | ≤0 %",
    ]);
    expect(r.tree.indicators[0].raw).toBe("1. 民主监督工作成本 ≤ 6.8万元");
    expect(r.issues).toEqual([]);
  });

  it("joins a value on the line after the name", () => {
    expect(parse("1. 民主监督工作成本 ≤\n6.8万元").indicators).toEqual([
      "1 -/- null/null 民主监督工作成本 | ≤6.8 万元",
    ]);
    expect(parse("参会率\n95%").indicators).toEqual(["1 -/- null/null 参会率 | 95 %"]);
    expect(parse("1. 会议管理制度健全性\n健全").indicators).toEqual([
      "1 -/- null/null 会议管理制度健全性 | 定性 健全",
    ]);
  });

  it("joins a name that wrapped onto the next line", () => {
    const r = parse("1. 编外聘用工资发放、社会保险缴纳\n及时性 按月发放");
    expect(r.indicators).toEqual(["1 -/- null/null 编外聘用工资发放、社会保险缴纳及时性 | 定性 按月发放"]);
  });

  it("joins a note that wrapped onto its own line", () => {
    const r = parse("3.辅助人员2名\n（政府雇员或公益性）");
    expect(r.indicators).toEqual(["1 -/- null/null 辅助人员(政府雇员或公益性) | 2 名"]);
  });

  it("does not join a self-contained colon line to an open indicator", () => {
    const r = parse("1. 工作完成率\n公用及慰问金额：0.21万元");
    expect(r.indicators).toEqual([
      "1 -/- null/null 工作完成率 | ∅",
      "2 -/- null/null 公用及慰问金额 | 0.21 万元",
    ]);
  });

  it("does not join across a heading or an empty line", () => {
    const r = parse("1. 工作完成率\n(二)质量指标\n95%\n1. 次数\n\n≤");
    expect(r.indicators.map((s) => s.split(" | ")[1])).toEqual(["∅", "∅"]);
    expect(r.issues).toEqual(["3 95%", "6 ≤"]);
  });
});

describe("parseIndicatorText: issues", () => {
  it("reports stray text, lone values and lone numbering with Chinese reasons", () => {
    const { tree, issues } = parse(
      "一、产出指标\n1. 会议次数 3次\n≤ 5万元\n说明：本表数据来自预算系统。\n2.\n着力解决县政协编制紧张、人员老化的问题，通过统筹调剂编制等方式，适当加强工作力量。",
    );
    expect(issues).toEqual([
      "3 ≤ 5万元",
      "4 说明:本表数据来自预算系统。",
      "5 2.",
      "6 着力解决县政协编制紧张、人员老化的问题，通过统筹调剂编制等方式，适当加强工作力量。",
    ]);
    for (const i of tree.issues) {
      expect(i.reason).toMatch(/^[\u4e00-\u9fff“]/);
      expect(i.source).toEqual({ ...AT, line: i.source.line });
    }
  });

  it("reports a numbered line that holds only an operator or only a value", () => {
    const r = parse("1. ≤\n2. 95%");
    expect(r.indicators).toEqual([]);
    expect(r.tree.issues.map((i) => `${i.source.line} ${i.reason}`)).toEqual([
      "1 这一行只有计算符号，找不到它属于哪个指标",
      "2 这一行只有指标值，找不到对应的指标名称",
    ]);
  });

  it("reports a numbered line of prose rather than inventing an indicator", () => {
    const r = parse(
      "1、成功举办政协门源县第十七届委员会第三次会议，以提案和社情民意信息反映群众呼声。团结中心，服务大局。",
    );
    expect(r.indicators).toEqual([]);
    expect(r.issues).toHaveLength(1);
  });

  it("returns an empty tree for an empty cell", () => {
    expect(parseIndicatorText("", AT)).toEqual({ headings: [], indicators: [], issues: [] });
    expect(parseIndicatorText("<p> </p>", AT)).toEqual({ headings: [], indicators: [], issues: [] });
  });
});

describe("parseIndicatorTextDetailed", () => {
  it("says what became of every logical line", () => {
    const d = parseIndicatorTextDetailed("一、产出指标\n1. 成本\n≤\n6.8万元\n\n杂项文字。很长的说明。", AT);
    expect(d.uses).toEqual(["heading", "indicator", "continuation", "continuation", "empty", "issue"]);
  });
});

describe("parseIndicatorText: paragraphs with inline headings", () => {
  // [kind, cell text, headings, indicators, issues]
  it.each<[string, string, string[], string[], string[]]>([
    [
      "a heading, a colon and two indicators in one sentence",
      "一、产出指标\n数量指标:维修村道不少于8公里,新建路灯120盏。",
      ["1 L1 产出指标 output n=2", "2 L2 数量指标 quantity ∈output n=2"],
      [
        "3 产出指标/数量指标 output/quantity 维修村道 | ≥8 公里",
        "4 产出指标/数量指标 output/quantity 新建路灯 | 120 盏",
      ],
      [],
    ],
    [
      "numbered 二级 headings with their indicators, separators ；and 。",
      "(一)、产出指标\n1、数量指标:培训农户300人次；发放手册2000册。\n2、质量指标:培训合格率不低于90%。\n3、时效指标:完成时间2026年10月底前。",
      [
        "1 L1 产出指标 output n=4",
        "2 L2 数量指标 quantity ∈output n=2",
        "5 L2 质量指标 quality ∈output n=1",
        "7 L2 时效指标 timeliness ∈output n=1",
      ],
      [
        "3 产出指标/数量指标 output/quantity 培训农户 | 300 人次",
        "4 产出指标/数量指标 output/quantity 发放手册 | 2000 册",
        "6 产出指标/质量指标 output/quality 培训合格率 | ≥90 %",
        "8 产出指标/时效指标 output/timeliness 完成时间 | 定性 2026年10月底前",
      ],
      [],
    ],
    [
      "operators written as words",
      "质量指标:设备完好率达到98%,投诉率不高于2%,响应时间小于等于30分钟,覆盖面积80亩以上",
      ["1 L2 质量指标 quality ∈null n=4"],
      [
        "2 -/质量指标 null/quality 设备完好率 | ≥98 %",
        "3 -/质量指标 null/quality 投诉率 | ≤2 %",
        "4 -/质量指标 null/quality 响应时间 | ≤30 分钟",
        "5 -/质量指标 null/quality 覆盖面积 | ≥80 亩",
      ],
      [],
    ],
    [
      "a piece without a value joins the next piece",
      "数量指标:完成道路硬化,长度≥5公里。",
      ["1 L2 数量指标 quantity ∈null n=1"],
      ["2 -/数量指标 null/quantity 完成道路硬化,长度 | ≥5 公里"],
      [],
    ],
    [
      "commas inside brackets and thousands separators do not split",
      "数量指标:改造面积(含屋面,墙面)≥1,250平方米",
      ["1 L2 数量指标 quantity ∈null n=1"],
      ["2 -/数量指标 null/quantity 改造面积(含屋面,墙面) | ≥1250 平方米"],
      [],
    ],
    [
      "a cut last piece is an issue, not an indicator without a value",
      "一、产出指标\n数量指标:新建步道≥600米,绿",
      ["1 L1 产出指标 output n=1", "2 L2 数量指标 quantity ∈output n=1"],
      ["3 产出指标/数量指标 output/quantity 新建步道 | ≥600 米"],
      ["4 绿"],
    ],
    [
      "a cut category heading at the end is an issue",
      "(一)、产出指标\n1、数量指标:印发资料500份。\n(二)、效",
      ["1 L1 产出指标 output n=1", "2 L2 数量指标 quantity ∈output n=1"],
      ["3 产出指标/数量指标 output/quantity 印发资料 | 500 份"],
      ["4 (二)、效"],
    ],
    [
      "traditional headings are recognised; names and headings keep their characters",
      "一、產出指標\n數量指標:救助困難群眾300戶,發放資金45萬元。\n質量指標:資金發放準確率100%達標。",
      ["1 L1 產出指標 output n=3", "2 L2 數量指標 quantity ∈output n=2", "5 L2 質量指標 quality ∈output n=1"],
      [
        "3 產出指標/數量指標 output/quantity 救助困難群眾 | 300 户",
        "4 產出指標/數量指標 output/quantity 發放資金 | 45 万元",
        "6 產出指標/質量指標 output/quality 資金發放準確率 | ≥100 %",
      ],
      [],
    ],
    [
      "pinyin glosses are removed from headings and names",
      "一、產(chǎn)出指標(biāo)\n數(shù)量指標(biāo):維修校舍(shè)3所",
      ["1 L1 產出指標 output n=1", "2 L2 數量指標 quantity ∈output n=1"],
      ["3 產出指標/數量指標 output/quantity 維修校舍 | 3 所"],
      [],
    ],
    [
      "a colon after a word that is not a heading stays an indicator",
      "1. 补贴人数:12名",
      [],
      ["1 -/- null/null 补贴人数 | 12 名"],
      [],
    ],
  ])("%s", (_kind, text, headings, indicators, issues) => {
    const r = parse(text);
    expect(r.headings).toEqual(headings);
    expect(r.indicators).toEqual(indicators);
    expect(r.issues).toEqual(issues);
  });

  it("says why a piece became an issue", () => {
    const cut = parseIndicatorText("数量指标:新建步道≥600米,绿", AT).issues[0];
    expect(cut.reason).toContain("中断");
    const prose = parseIndicatorText("数量指标:按照上级要求做好相关工作。新建步道≥600米。", AT).issues;
    expect(prose).toEqual([]);
    const noValue = parseIndicatorText("数量指标:新建步道≥600米。做好相关工作。", AT).issues[0];
    expect(noValue.reason).toContain("读不出");
  });
});

describe("splitIndicatorLines: paragraphs", () => {
  it("splits a heading and its sentence pieces into lines, keeping every character", () => {
    expect(splitIndicatorLines("2、质量指标:验收合格率100%;群众投诉0起。")).toEqual([
      "2、质量指标:",
      "验收合格率100%;",
      "群众投诉0起。",
    ]);
  });

  it("leaves a line without an inline heading whole", () => {
    expect(splitIndicatorLines("开展培训≥3次,每次不少于50人")).toEqual(["开展培训≥3次,每次不少于50人"]);
  });
});

describe("parseIndicatorText: a paragraph piece that describes its value", () => {
  it("reads 「<name>为<value in words>」 as the name and a prose value", () => {
    const r = parse("成本指标:补助标准为每户每年800元、500元两个档次。");
    expect(r.indicators).toEqual(["2 成本指标/- cost/null 补助标准 | 定性 每户每年800元、500元两个档次"]);
    expect(r.tree.indicators[0].valueKind).toBe("prose");
    expect(r.issues).toEqual([]);
  });
});
