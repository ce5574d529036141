/**
 * The kinds of shapes real published tables take (made-up words and numbers, real shapes): each case is
 * a small grid and what the reader must understand of it — which cell is the name, the amount and the
 * goal, which columns have which role, which rows are not indicators. One table per kind; no case
 * copies a real table's text.
 */
import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, toA1, type CellRange, type CellValue } from "../../../src/core/grid";
import type { PartStatus, Table } from "../../../src/core/model";
import { merge } from "./grid-helpers";

interface Expect {
  name?: [PartStatus, string | null, string?];
  amount?: [PartStatus, string | null, string?];
  goal?: [PartStatus, string | null];
  /** role → column letter */
  columns?: Record<string, string>;
  indicators?: string[];
  skipped?: number[];
  layout?: Table["layout"];
}

interface Case {
  kind: string;
  rows: CellValue[][];
  merges?: string[];
  expect: Expect;
}

const GRID_HEAD: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值"];
const GRID: CellValue[][] = [
  ["产出指标", "数量指标", "宣讲场次", "≥12场"],
  ["", "质量指标", "活动完成率", "≥95%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

const cases: Case[] = [
  {
    kind: "中期 | 年度 sets side by side, the period labels merged across both sets' columns",
    rows: [
      ["项目名称", "农产品检测"],
      ["总体目标", "中期目标", "", "年度目标", "", ""],
      ["", "三年内完成检测体系建设", "", "本年度完成仪器校准", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "校准仪器", "≥150个", "数量指标", "校准仪器", "≥57个"],
      ["", "质量指标", "检测合格率", "≥98%", "质量指标", "检测合格率", "≥98%"],
    ],
    merges: ["B2:C2", "D2:F2", "B3:C3", "D3:F3", "A2:A3"],
    expect: {
      columns: { level1: "A", level2: "E", level3: "F", value: "G" },
      indicators: ["校准仪器", "检测合格率"],
    },
  },
  {
    kind: "中期 | 年度 sets side by side, each with its own 权重 column: the 年度 set's weights are read",
    rows: [
      ["项目名称", "农产品检测"],
      ["总体目标", "中期目标", "", "", "年度目标", "", "", ""],
      ["", "三年内完成检测体系建设", "", "", "本年度完成仪器校准", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值", "权重", "二级指标", "三级指标", "指标值", "权重"],
      ["产出指标", "数量指标", "校准仪器", "≥150个", 50, "数量指标", "校准仪器", "≥57个", 40],
      ["", "质量指标", "检测合格率", "≥98%", 50, "质量指标", "检测合格率", "≥98%", 60],
    ],
    merges: ["B2:D2", "E2:H2", "B3:D3", "E3:H3", "A2:A3"],
    expect: {
      columns: { level1: "A", level2: "F", level3: "G", value: "H", weight: "I" },
      indicators: ["校准仪器", "检测合格率"],
    },
  },
  {
    kind: "一级指标 header over two columns, the first a tall 绩效指标 label down the side",
    rows: [
      ["资金名称", "", "畜牧业奖励资金"],
      ["年度目标", "", "稳定生猪生产"],
      ["一级指标", "", "二级指标", "三级指标", "单位", "指标值"],
      ["绩效指标", "产出指标", "数量指标", "猪肉产量稳定率", "%", "≥95%"],
      ["", "", "", "能繁母猪稳定率", "%", "≥90%"],
      ["", "满意度指标", "服务对象满意度指标", "养殖户满意度", "%", "≥90%"],
    ],
    merges: ["A1:B1", "A2:B2", "A3:B3", "A4:A6", "B4:B5", "C4:C5"],
    expect: {
      name: ["found", "C1"],
      columns: { level1: "B", level2: "C", level3: "D", value: "F" },
      indicators: ["猪肉产量稳定率", "能繁母猪稳定率", "养殖户满意度"],
    },
  },
  {
    kind: "labels in other words: 专项资金名称 / 当年预算 / 当年绩效目标",
    rows: [
      ["专项资金名称", "乡村文化活动补助"],
      ["当年预算", 12.5],
      ["当年绩效目标", "全年开展文化宣讲活动十二场，覆盖全部行政村"],
      GRID_HEAD,
      ...GRID,
    ],
    expect: { name: ["found", "B1"], amount: ["found", "B2", "12.5"], goal: ["found", "B3"] },
  },
  {
    kind: "labels with colons, spaces inside and a required mark",
    rows: [
      ["项 目 名 称：", "文化活动补助"],
      ["*年度资金总额:", "8"],
      ["年 度 目 标", "开展宣讲活动十二场次以上"],
      GRID_HEAD,
      ...GRID,
    ],
    expect: { name: ["found", "B1"], amount: ["found", "B2", "8"], goal: ["found", "B3"] },
  },
  {
    kind: "traditional characters with pinyin glosses",
    rows: [
      ["項(xiàng)目名稱(chēng)", "文化活動補助"],
      ["年度資(zī)金總(zǒng)額", 8],
      ["年度目標(biāo)", "開展宣講活動十二場次以上"],
      ["一級指標", "二級指標", "三級指標", "指標值"],
      ...GRID,
    ],
    expect: { name: ["found", "B1"], amount: ["found", "B2"], goal: ["found", "B3"] },
  },
  {
    kind: "label and value in one cell; a value with 万 and its breakdown",
    rows: [
      ["项目名称：道路养护补助"],
      ["年度资金总额", "总额120万元\n其中：财政拨款100万元\n其他资金20万元"],
      ["年度目标", "完成全乡道路日常养护，路况良好率达到九成"],
      GRID_HEAD,
      ...GRID,
    ],
    expect: { name: ["found", "A1", "道路养护补助"], goal: ["found", "B3"] },
  },
  {
    kind: "a blank project name is empty, not the next label",
    rows: [
      ["项目名称", ""],
      ["主管部门", "某某局"],
      ["年度资金总额", 6],
      ["年度目标", "完成年度宣讲任务并通过验收"],
      GRID_HEAD,
      ...GRID,
    ],
    expect: { name: ["empty", "A1"] },
  },
  {
    kind: "a sheet title like 「…绩效目标表」 is not a goal label",
    rows: [
      ["某县2024年项目支出绩效目标表"],
      ["项目名称", "文化活动补助"],
      ["年度资金总额", 6],
      GRID_HEAD,
      ...GRID,
    ],
    expect: { goal: ["absent", null] },
  },
  {
    kind: "中期 and 年度 side by side: the annual amount and goal win",
    rows: [
      ["项目名称", "水源涵养林建设"],
      ["项目资金（万元）", "中期资金总额：", 300, "年度资金总额：", 120],
      ["", "其中：财政拨款", 300, "其中：财政拨款", 120],
      ["总体目标", "中期目标", "", "年度目标"],
      ["", "三年完成造林三万亩", "", "本年完成造林一万亩，成活率八成五以上"],
      ["绩效指标", ...GRID_HEAD],
      ["", "产出指标", "数量指标", "造林面积", "=10000亩"],
    ],
    merges: ["A2:A3", "A4:A5", "B4:C4", "B5:C5", "A6:A7"],
    expect: { amount: ["found", "E2", "120"], goal: ["found", "D5"], indicators: ["造林面积"] },
  },
  {
    kind: "extra grid columns: 计量单位, 指标性质, 权重 and 指标值设定依据; 三级 headed 指标",
    rows: [
      ["项目名称", "村干部补助"],
      ["当年预算", 9],
      ["当年绩效目标", "按月足额发放村干部补助"],
      ["指标", "指标权重", "计量单位", "指标性质", "指标值", "指标值设定依据"],
      ["发放人数", 20, "人", "≥", 80, "花名册"],
      ["满意度", 10, "%", "≥", 95, "问卷"],
    ],
    expect: {
      columns: { level3: "A", weight: "B", unit: "C", operator: "D", value: "E", basis: "F" },
      indicators: ["发放人数", "满意度"],
    },
  },
  {
    kind: "a history column beside the target column; 指标内容 as the 三级 header",
    rows: [
      ["项目名称", "路灯维护"],
      ["年度资金总额", 5],
      ["年度目标", "全年维护路灯正常亮灯"],
      ["一级指标", "二级指标", "指标内容", "上年实际完成值", "指标值"],
      ["产出指标", "数量指标", "维护路灯数", "300盏", "≥320盏"],
    ],
    expect: { columns: { level3: "C", history: "D", value: "E" }, indicators: ["维护路灯数"] },
  },
  {
    kind: "a 一级 column that holds 二级 names (the header says 一级, the cells say otherwise)",
    rows: [
      ["项目名称", "办公楼运行保障"],
      ["年度资金总额", 80],
      ["绩效目标", "保障办公楼全年安全运行"],
      ["一级指标", "二级指标", "绩效标准", "当年预期实现值"],
      ["数量指标", "维修次数", "反映全年维修情况", "≥200次"],
      ["质量指标", "验收合格率", "反映维修质量", "≥95%"],
    ],
    expect: {
      columns: { level2: "A", level3: "B", explanation: "C", value: "D" },
      indicators: ["维修次数", "验收合格率"],
    },
  },
  {
    kind: "grade bands under one header (优/良/中/差) and no 项目名称 label: the title names the project",
    rows: [
      ["某县困难群众救助补助资金绩效目标"],
      ["绩效目标", "保障低保对象基本生活"],
      ["绩效指标分类", "绩效指标", "绩效指标描述", "评价标准", "", "", "", "评价标准确定依据"],
      ["", "", "", "优", "良", "中", "差", ""],
      ["产出指标", "救助覆盖率", "应救尽救", "100%", "90%", "85%", "80%", "按救助标准"],
    ],
    merges: ["A1:H1", "B2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"],
    expect: {
      name: ["uncertain", "A1"],
      amount: ["absent", null],
      columns: { level1: "A", level3: "B", explanation: "C", value: "D", basis: "H" },
      indicators: ["救助覆盖率"],
    },
  },
  {
    kind: "signature, stamp and note rows under the grid are not indicators",
    rows: [
      ["项目名称", "文化活动补助"],
      ["年度资金总额", 6],
      ["年度目标", "开展宣讲活动十二场次以上"],
      GRID_HEAD,
      ...GRID,
      ["填表人：张某", "", "联系电话：0000000", ""],
      ["单位（盖章）", "", "", "年  月  日"],
    ],
    expect: { indicators: ["宣讲场次", "活动完成率", "群众满意度"], skipped: [8, 9] },
  },
  {
    kind: "a form whose indicator grid is missing is still read",
    rows: [
      ["项目名称", "市政日常维护", "", ""],
      ["项目申报金额（万元）", 2000, "", ""],
      ["项目当年绩效目标", "完成全镇市政设施日常维护任务", "", ""],
    ],
    expect: { name: ["found", "B1"], amount: ["found", "B2"], goal: ["found", "B3"], indicators: [] },
  },
  {
    kind: "multi-project long export: name and amount only on each project's first row",
    rows: [
      ["项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["村干部报酬", 300000, "按时发放报酬", "产出指标", "数量指标", "发放人数", "=230人"],
      ["", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"],
      ["活动经费", 60000, "保障村社区运转", "产出指标", "数量指标", "行政村数量", "=11个"],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3"],
    expect: { layout: "long", indicators: ["发放人数", "群众满意度", "行政村数量"] },
  },
];

function read(c: Case): Table {
  const merges: CellRange[] = (c.merges ?? []).map(merge);
  const d = detectTables(sheetFromValues("Sheet1", c.rows, merges));
  expect(d.tables).toHaveLength(1);
  return d.tables[0];
}

const a1 = (ref: { row: number; col: number } | null) => (ref ? toA1(ref.row, ref.col) : null);

describe.each(cases)("reading real shapes: $kind", (c) => {
  it("reads the table as expected", () => {
    const t = read(c);
    const e = c.expect;
    if (e.layout) expect(t.layout).toBe(e.layout);
    const p = t.projects[0];
    for (const key of ["name", "amount", "goal"] as const) {
      const want = e[key];
      if (!want) continue;
      const part = p.reading![key];
      expect([part.status, a1(part.cell)]).toEqual([want[0], want[1]]);
      if (want[2] !== undefined) expect(key === "amount" ? p.amount?.toString() : p.name).toBe(want[2]);
    }
    if (e.columns) {
      const cols = Object.fromEntries(
        Object.entries(t.columns).map(([role, col]) => [role, String.fromCharCode(65 + (col as number))]),
      );
      expect(cols).toMatchObject(e.columns);
    }
    if (e.indicators)
      expect(t.projects.flatMap((x) => x.indicators.map((i) => i.name))).toEqual(e.indicators);
    if (e.skipped) expect(t.reading!.skipped.map((s) => s.row + 1)).toEqual(e.skipped);
  });
});

describe("a cost build-up inside a form", () => {
  it("every numeric column of its 合计 row is a total of the items above it", () => {
    const rows: CellValue[][] = [
      ["项目名称", "办公楼运行保障"],
      ["成本构成", "金额", "测算依据", "上年实际执行数"],
      ["保安服务费", 100, "合同", 100],
      ["保洁服务费", 50, "合同", 40.5],
      ["合计", 150, "", 140],
      ["绩效目标", "保障办公楼全年正常运行"],
      GRID_HEAD,
      ...GRID,
    ];
    const t = detectTables(sheetFromValues("Sheet1", rows)).tables[0];
    expect(
      t.totals.map((x) => [x.label, x.amount?.toString(), x.parts.map((p) => p.amount?.toString())]),
    ).toEqual([
      ["金额合计", "150", ["100", "50"]],
      ["上年实际执行数合计", "140", ["100", "40.5"]],
    ]);
    expect(t.totals.every((x) => x.project === t.projects[0])).toBe(true);
  });
});

describe("a grade-band grid with no 二级 column", () => {
  it("files each indicator under the 二级 its name says, and marks that it was inferred", () => {
    const rows: CellValue[][] = [
      ["项目名称", "困难群众救助补助"],
      ["绩效目标", "保障困难群众基本生活"],
      ["指标分类", "绩效指标", "指标描述", "评价标准", "", "", "", "确定依据"],
      ["", "", "", "优", "良", "中", "差", ""],
      ["产出指标", "救助覆盖率", "应救尽救", "100%", "90%", "85%", "85%", "按标准评价"],
      ["", "救助资金发放及时率", "按月发放", "100%", "95%", "90%", "85%", "按标准评价"],
      ["", "走访救助对象户数", "入户核查", "500户", "450户", "400户", "350户", "按台账"],
      ["效益指标", "救助对象满意度(%)", "问卷调查", "85%", "80%", "70%", "70%", "按调查"],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "A5:A7"].map(merge);
    const t = detectTables(sheetFromValues("Sheet1", rows, merges)).tables[0];
    expect(t.projects[0].indicators.map((i) => [i.name, i.level2Key, i.level2FromName])).toEqual([
      ["救助覆盖率", "quality", true],
      ["救助资金发放及时率", "timeliness", true],
      ["走访救助对象户数", "quantity", true],
      ["救助对象满意度(%)", "satisfaction", true],
    ]);
    expect(t.reading?.notes.join("")).toContain("表中没有二级指标列");
  });
});

describe("the indicator tree written as heading rows in the name column", () => {
  const rows: CellValue[][] = [
    ["项目名称", "居家养老服务补助"],
    ["绩效目标", "为辖区老人提供上门服务"],
    ["绩效指标", "指标值"],
    ["一、产出指标", ""],
    ["（一）数量指标", ""],
    ["1.上门服务人次", "≥800人次"],
    ["（二）时效指标", ""],
    ["（三）成本指标", ""],
    ["二、满意度指标", ""],
    ["服务对象满意度指标", ""],
    ["老人满意度", "≥90%"],
    ["回访次数", ""],
  ];
  const t = detectTables(sheetFromValues("Sheet1", rows)).tables[0];
  const p = t.projects[0];

  it("reads the numbered and unnumbered heading rows as 一级 and 二级, not as indicators", () => {
    expect(p.headings.map((h) => [h.level, h.text, h.key, h.indicatorCount])).toEqual([
      [1, "产出指标", "output", 1],
      [2, "数量指标", "quantity", 1],
      [2, "时效指标", "timeliness", 0],
      [2, "成本指标", "cost", 0],
      [1, "满意度指标", "satisfaction", 2],
      [2, "服务对象满意度指标", "satisfaction", 2],
    ]);
    expect(p.headings.map((h) => toA1(h.source.row, h.source.col))).toEqual([
      "A4",
      "A5",
      "A7",
      "A8",
      "A9",
      "A10",
    ]);
  });

  it("files each indicator under the heading above it, and keeps a valueless indicator", () => {
    expect(p.indicators.map((i) => [i.name, i.level1Key, i.level2Key, i.level2FromName ?? false])).toEqual([
      ["上门服务人次", "output", "quantity", false],
      ["老人满意度", "satisfaction", "satisfaction", false],
      // not named like a category: an indicator left without a value, not a heading
      ["回访次数", "satisfaction", "satisfaction", false],
    ]);
  });
});

describe("amounts written as bare numbers in a table that never names its money unit", () => {
  const form = (amount: CellValue, cost: string, amountLabel = "资金总额") =>
    detectTables(
      sheetFromValues("Sheet1", [
        ["项目名称", "卫生院设备购置"],
        [amountLabel, amount],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "成本指标", "设备购置成本", cost],
      ]),
    ).tables[0].projects[0];

  it("reads a plausible number as 万元", () => {
    const p = form(85, "≤85万元");
    expect([p.reading!.amount.status, p.amount?.toString()]).toEqual(["found", "85"]);
  });

  it.each([
    ["a number too large for 万元", 850000, "≤300元/台"],
    ["a smaller number that a money indicator matches as 元", 60000, "≤6万元"],
  ])("leaves %s uncertain, with both readings", (_kind, amount, cost) => {
    const p = form(amount, cost);
    expect([p.reading!.amount.status, p.amount]).toEqual(["uncertain", null]);
    expect(p.reading!.amount.evidence).toContain(`按元读是 ${Number(amount) / 10000} 万元`);
  });

  it("trusts a unit the table states, however large the number", () => {
    const p = form(850000, "≤85万元", "资金总额（元）");
    expect([p.reading!.amount.status, p.amount?.toString()]).toEqual(["found", "85"]);
  });

  it("marks every bare amount of a public table once one of them looks like 元", () => {
    const t = detectTables(
      sheetFromValues("Sheet1", [
        ["项目名称", "金额", "绩效指标"],
        ["设备购置", 120000, "1.购置设备≥2台"],
        ["办公经费", 50000, "1.保障人数≥20人"],
        ["印刷费", "3万元", "1.印刷册数≥500册"],
      ]),
    ).tables[0];
    expect(t.projects.map((p) => p.reading!.amount.status)).toEqual(["uncertain", "uncertain", "found"]);
  });
});
