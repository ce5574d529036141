/**
 * One example per kind of shape the metamorphic tests (shape-invariance) found misread: each is a small
 * table of that shape and what must be read of it.
 */
import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
import { merge } from "./grid-helpers";

const TREE = "一、产出指标\n（一）数量指标：\n1. 宣讲场次 ≥12场";

describe("note and signature lines under a table are not projects", () => {
  test("wide: 注： and 填表人 lines under the last project", () => {
    const rows: CellValue[][] = [
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["政策宣讲活动经费", 12.5, "开展宣讲", TREE],
      [],
      ["注：本表由项目单位填报。"],
      ["填表人：张三", "", "联系电话：0000-1234567"],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects.map((p) => p.name)).toEqual(["政策宣讲活动经费"]);
    expect(t.reading?.skipped.map((s) => s.row)).toEqual([3, 4]);
  });

  test("long: the lines sit in the name column under the last indicator row", () => {
    const rows: CellValue[][] = [
      ["项目名称", "项目金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["政策宣讲活动经费", 12.5, "开展宣讲", "产出指标", "数量指标", "宣讲场次", "≥12场"],
      ["", "", "", "", "质量指标", "活动完成率", "≥95%"],
      ["说明：金额单位为万元。"],
      ["单位负责人：李四", "", "填表人：张三"],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects.map((p) => [p.name, p.indicators.length])).toEqual([["政策宣讲活动经费", 2]]);
    expect(t.reading?.skipped.map((s) => s.row)).toEqual([3, 4]);
  });

  test("long: signature lines with a telephone number or a date serial in the amount column", () => {
    const rows: CellValue[][] = [
      ["项目名称", "项目金额", "一级指标", "二级指标", "三级指标", "指标值"],
      ["培训经费", 5, "产出指标", "数量指标", "培训人数", "≥20人"],
      ["填报人：张三", 13912345678, "", "", "", ""],
      ["单位负责人 李四", 45000, "", "", "", ""],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects.map((p) => [p.name, p.amount?.toString()])).toEqual([["培训经费", "5"]]);
    expect(t.reading?.skipped.map((s) => s.row)).toEqual([2, 3]);
  });

  test("wide: a 联系电话 line with the number in the amount column", () => {
    const rows: CellValue[][] = [
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["政策宣讲活动经费", 12.5, "开展宣讲", TREE],
      ["联系电话", 13912345678, "审核人", "王五"],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects.map((p) => p.name)).toEqual(["政策宣讲活动经费"]);
    expect(t.totals).toEqual([]);
  });

  test("a project whose name starts like a footer word is still a project when it has an amount", () => {
    const rows: CellValue[][] = [
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["负责人培训经费", 3, "培训负责人", TREE],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects.map((p) => p.name)).toEqual(["负责人培训经费"]);
  });
});

describe("a 序号 column merged down a two-row header", () => {
  test("form grid: 绩效指标 over 一级/二级/三级, 序号 and 指标值 merged down", () => {
    const rows: CellValue[][] = [
      ["", "项目名称", "政策宣讲活动经费"],
      ["", "资金总额（万元）", 12.5],
      ["序号", "绩效指标", "", "", "指标值"],
      ["", "一级指标", "二级指标", "三级指标", ""],
      [1, "产出指标", "数量指标", "宣讲场次", "≥12场"],
      [2, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const merges = ["A3:A4", "B3:D3", "E3:E4"].map(merge);
    const d = detectTables(sheetFromValues("S", rows, merges));
    expect(d.problems).toEqual([]);
    const [t] = d.tables;
    expect(t.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, value: 4 });
    expect(t.projects[0].indicators.map((i) => i.name)).toEqual(["宣讲场次", "群众满意度"]);
  });

  test("long: 序号 beside 项目名称, both merged down", () => {
    const rows: CellValue[][] = [
      ["序号", "项目名称", "项目金额", "绩效指标", "", "", ""],
      ["", "", "", "一级指标", "二级指标", "三级指标", "指标值"],
      [1, "政策宣讲活动经费", 12.5, "产出指标", "数量指标", "宣讲场次", "≥12场"],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:G1"].map(merge);
    const [t] = detectTables(sheetFromValues("S", rows, merges)).tables;
    expect(t.layout).toBe("long");
    expect(t.projects[0].indicators.map((i) => i.name)).toEqual(["宣讲场次"]);
  });
});

describe("labelled records in the 三级 cell of a grid", () => {
  const HEAD = ["项目名称", "项目金额", "一级指标", "二级指标", "三级指标", "指标值"];

  test("every field in the record, the category cells empty; one record per cell", () => {
    const rows: CellValue[][] = [
      HEAD,
      [
        "培训经费",
        5,
        "",
        "",
        "一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥20人",
        "",
      ],
      [
        "",
        "",
        "",
        "",
        "一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：学员满意度；指标值：≥90%",
        "",
      ],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    const p = t.projects[0];
    expect(p.indicators.map((i) => [i.level1Key, i.level2Key, i.name, i.operator, i.value, i.unit])).toEqual([
      ["output", "quantity", "培训人数", ">=", "20", "人"],
      ["satisfaction", "satisfaction", "学员满意度", ">=", "90", "%"],
    ]);
    expect(p.indicators[0].source).toMatchObject({ row: 1, col: 4 });
    expect(p.headings.map((h) => [h.text, h.indicatorCount])).toEqual([
      ["产出指标", 1],
      ["数量指标", 1],
      ["满意度指标", 1],
      ["服务对象满意度指标", 1],
    ]);
  });

  test("the categories in their cells, two records in one 三级 cell", () => {
    const rows: CellValue[][] = [
      HEAD,
      [
        "培训经费",
        5,
        "产出指标",
        "数量指标",
        "三级指标：培训人数，指标值：≥20人\n三级指标：培训期数，指标值：2期",
        "",
      ],
    ];
    const merges = ["A2:A2"].map(merge);
    const [t] = detectTables(sheetFromValues("S", rows, merges)).tables;
    const p = t.projects[0];
    expect(p.indicators.map((i) => [i.level1Key, i.level2Key, i.name, i.value, i.unit])).toEqual([
      ["output", "quantity", "培训人数", "20", "人"],
      ["output", "quantity", "培训期数", "2", "期"],
    ]);
    expect(p.headings.map((h) => [h.text, h.indicatorCount])).toEqual([
      ["产出指标", 2],
      ["数量指标", 2],
    ]);
  });

  test("a heading before the records in the same cell gives them its category", () => {
    const rows: CellValue[][] = [
      HEAD,
      ["培训经费", 5, "", "", "一、产出指标\n二级指标：数量指标；三级指标：培训人数；指标值：≥20人", ""],
      ["", "", "", "", "满意度指标：\n三级指标：学员满意度；指标值：≥90%", ""],
      ["", "", "效益指标", "", "（一）社会效益指标：三级指标：农民技能提升；指标值：有效提升", ""],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    const p = t.projects[0];
    expect(p.indicators.map((i) => [i.level1Key, i.level2Key, i.name, i.value])).toEqual([
      ["output", "quantity", "培训人数", "20"],
      ["satisfaction", null, "学员满意度", "90"],
      ["benefit", "social", "农民技能提升", "有效提升"],
    ]);
    expect(p.headings.map((h) => [h.text, h.indicatorCount])).toEqual([
      ["产出指标", 1],
      ["数量指标", 1],
      ["满意度指标", 1],
      ["效益指标", 1],
      ["社会效益指标", 1],
    ]);
  });

  test("a heading that only restates the row's 一级 cell adds no second heading", () => {
    const rows: CellValue[][] = [
      HEAD,
      ["培训经费", 5, "产出指标", "数量指标", "产出指标：\n三级指标：培训人数；指标值：≥20人", ""],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    const p = t.projects[0];
    expect(p.indicators.map((i) => [i.level1Key, i.name])).toEqual([["output", "培训人数"]]);
    expect(p.headings.filter((h) => h.level === 1)).toHaveLength(1);
  });

  test("a 三级 name with a colon in it stays one indicator", () => {
    const rows: CellValue[][] = [HEAD, ["培训经费", 5, "产出指标", "数量指标", "培训内容：安全生产", "≥2次"]];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects[0].indicators.map((i) => [i.name.replace("：", ":"), i.value])).toEqual([
      ["培训内容:安全生产", "2"],
    ]);
  });
});

describe("a group header over fund columns with labels of their own", () => {
  test("「年度资金（万元）」 over 财政拨款 | 其他资金 | 资金总额: the amount is the 资金总额 column, in 万元", () => {
    const rows: CellValue[][] = [
      ["项目名称", "年度资金（万元）", "", "", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "财政拨款", "其他资金", "资金总额", "", "", "", ""],
      ["道路养护", 120, 30, 150, "产出指标", "数量指标", "养护里程", "≥120公里"],
    ];
    const merges = ["A1:A2", "B1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2"].map(merge);
    const [t] = detectTables(sheetFromValues("S", rows, merges)).tables;
    expect(t.columns.amount).toBe(3);
    expect(t.amountUnit).toBe("万元");
    expect(t.projects.map((p) => [p.amount?.toString(), p.amountProblem])).toEqual([["150", null]]);
  });

  test("a unit row under a one-column label is no group: the label keeps its role", () => {
    const rows: CellValue[][] = [
      ["项目名称", "金额", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "（万元）", "", "", "", ""],
      ["道路养护", 150, "产出指标", "数量指标", "养护里程", "≥120公里"],
    ];
    const merges = ["A1:A2", "C1:C2", "D1:D2", "E1:E2", "F1:F2"].map(merge);
    const [t] = detectTables(sheetFromValues("S", rows, merges)).tables;
    expect(t.columns.amount).toBe(1);
    expect(t.projects[0].amount?.toString()).toBe("150");
  });
});

describe("the unit line of a tall form", () => {
  test("「单位：元」 above the first label, the grid header far below it", () => {
    const rows: CellValue[][] = [
      ["项目支出绩效目标表", "", "", "单位：元"],
      ["项目名称", "政策宣讲活动经费"],
      ["主管部门", "某县宣传部"],
      ["实施单位", "某县宣传部"],
      ["项目负责人", "张三"],
      ["联系电话", "0000-1234567"],
      ["资金总额", 125000],
      ["年度绩效目标", "全年开展政策宣讲12场"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "宣讲场次", "≥12场"],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.amountUnit).toBe("元");
    expect(t.projects[0].amount?.toString()).toBe("12.5");
  });
});

describe("the amount label and value of a form as publishers write them", () => {
  const GRID: CellValue[][] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "宣讲场次", "≥12场"],
  ];

  test("「资金总额（单位：万元）」: the colon in brackets is no inline value", () => {
    const rows: CellValue[][] = [["项目名称", "政策宣讲活动经费"], ["资金总额（单位：元）", 125000], ...GRID];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.amountUnit).toBe("元");
    expect(t.projects[0].amount?.toString()).toBe("12.5");
    expect(t.projects[0].reading?.amount.status).toBe("found");
  });

  test("a quote mark typed before the amount: read, not guessed", () => {
    const rows: CellValue[][] = [["项目名称", "政策宣讲活动经费"], ["资金总额（万元）", "'12.50"], ...GRID];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects[0].amount?.toString()).toBe("12.5");
    expect(t.projects[0].reading?.amount.status).toBe("found");
  });

  test("a full-width amount under its label", () => {
    const rows: CellValue[][] = [
      ["项目名称"],
      ["政策宣讲活动经费"],
      ["资金总额（万元）"],
      ["１２.５"],
      ...GRID,
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects[0].amount?.toString()).toBe("12.5");
  });
});

describe("hidden rows", () => {
  test("a hidden indicator row is read, and the reading names it", () => {
    const rows: CellValue[][] = [
      ["项目名称", "政策宣讲活动经费"],
      ["资金总额（万元）", 12.5],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "宣讲场次", "≥12场"],
      ["产出指标", "数量指标", "宣讲场次", "≥10场"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const sheet = sheetFromValues("S", rows);
    sheet.hiddenRows = [4];
    const [t] = detectTables(sheet).tables;
    expect(t.projects[0].indicators).toHaveLength(3);
    expect(t.reading?.notes).toContain(
      "第5行是隐藏行，其中的内容也已读入并检查；如果是作废的旧数据，请删除这些行后再检查。",
    );
  });
});

describe("two forms side by side on one sheet", () => {
  const form = (name: string, amount: number, indicator: string): CellValue[][] => [
    ["项目名称", name, "", ""],
    ["资金总额（万元）", amount, "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", indicator, "≥1次"],
  ];

  test("an empty column between them: two projects, each with its own grid", () => {
    const a = form("政策宣讲活动经费", 12.5, "宣讲场次");
    const b = form("办公设备购置", 6.8, "采购批次");
    const rows = [["2024年度项目支出绩效目标表"], ...a.map((r, i) => [...r, "", ...b[i]])];
    const merges = ["A1:I1", "B2:D2", "B3:D3", "G2:I2", "G3:I3"].map(merge);
    const d = detectTables(sheetFromValues("S", rows, merges));
    expect(d.problems).toEqual([]);
    expect(
      d.tables.flatMap((t) =>
        t.projects.map((p) => [p.name, p.amount?.toString(), p.indicators.map((i) => i.name)]),
      ),
    ).toEqual([
      ["政策宣讲活动经费", "12.5", ["宣讲场次"]],
      ["办公设备购置", "6.8", ["采购批次"]],
    ]);
    expect(d.tables[1].projects[0].cells.name).toMatchObject({ row: 1, col: 6 });
  });

  test("a blank column inside one form is no gap between forms", () => {
    const rows: CellValue[][] = [
      ["项目名称", "", "政策宣讲活动经费"],
      ["资金总额（万元）", "", 12.5],
      ["一级指标", "", "二级指标", "三级指标", "指标值"],
      ["产出指标", "", "数量指标", "宣讲场次", "≥12场"],
    ];
    const d = detectTables(sheetFromValues("S", rows));
    expect(d.tables.map((t) => t.projects.map((p) => p.name))).toEqual([["政策宣讲活动经费"]]);
  });
});

describe("a header repeated at a page break", () => {
  const HEAD = ["项目名称", "项目金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"];

  test("long: the project goes on under the copy, its name left blank", () => {
    const rows: CellValue[][] = [
      HEAD,
      ["培训经费", 5, "培训", "产出指标", "数量指标", "培训人数", "≥20人"],
      HEAD,
      ["", "", "", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ];
    const d = detectTables(sheetFromValues("S", rows));
    expect(d.tables).toHaveLength(1);
    const [t] = d.tables;
    expect(t.projects.map((p) => [p.name, p.indicators.map((i) => i.name)])).toEqual([
      ["培训经费", ["培训人数", "学员满意度"]],
    ]);
    expect(t.reading?.skipped.map((s) => s.row)).toEqual([2]);
    expect(t.reading?.notes.join("")).toContain("第3行又出现了同样的表头");
  });

  test("long: the name written again under the copy, merged down again, is the same project", () => {
    const rows: CellValue[][] = [
      HEAD,
      ["培训经费", 5, "培训", "产出指标", "数量指标", "培训人数", "≥20人"],
      ["", "", "", "", "", "培训期数", "2期"],
      HEAD,
      ["培训经费", 5, "培训", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
      ["", "", "", "", "", "用人单位满意度", "≥90%"],
      ["会议经费", 3, "开会", "产出指标", "数量指标", "会议次数", "2次"],
    ];
    const merges = ["A2:A3", "B2:B3", "C2:C3", "A5:A6", "B5:B6", "C5:C6"].map(merge);
    const [t] = detectTables(sheetFromValues("S", rows, merges)).tables;
    expect(t.projects.map((p) => [p.name, p.indicators.length])).toEqual([
      ["培训经费", 4],
      ["会议经费", 1],
    ]);
  });

  test("a header after a 合计 row starts another table", () => {
    const rows: CellValue[][] = [
      HEAD,
      ["培训经费", 5, "培训", "产出指标", "数量指标", "培训人数", "≥20人"],
      ["合计", 5, "", "", "", "", ""],
      HEAD,
      ["会议经费", 3, "开会", "产出指标", "数量指标", "会议次数", "2次"],
    ];
    const d = detectTables(sheetFromValues("S", rows));
    expect(d.tables.map((t) => t.projects.map((p) => p.name))).toEqual([["培训经费"], ["会议经费"]]);
  });

  test("wide: a numbered project name right above the next header stays in its table", () => {
    const rows: CellValue[][] = [
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["1. 政策宣讲活动经费", 12.5, "开展宣讲", TREE],
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["2. 办公设备购置", 6.8, "购置电脑", TREE],
    ];
    const d = detectTables(sheetFromValues("S", rows));
    expect(d.problems).toEqual([]);
    expect(d.tables.flatMap((t) => t.projects.map((p) => p.name))).toEqual([
      "政策宣讲活动经费",
      "办公设备购置",
    ]);
  });
});
