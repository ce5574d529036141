import { detectTables } from "../../../src/core/detect";
import { rangeToA1, sheetFromValues, toA1, type CellValue } from "../../../src/core/grid";
import type { Table } from "../../../src/core/model";
import { merge } from "./grid-helpers";

const HEADER = [
  "项目名称",
  "项目金额",
  "年度绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "计量单位",
  "备注",
];

/** Two projects exported from the budget system: project cells and 一级/二级 cells merged down. */
function mergedExport(): Table {
  const rows: CellValue[][] = [
    ["2024年项目支出绩效目标申报表"],
    HEADER,
    ["政协全会会议经费", 10.85, "成功召开政协全会", "产出指标", "数量指标", "召开会议次数", "=", 1, "次"],
    ["", "", "", "", "", "参会委员人数", "≥", 162, "人"],
    ["", "", "", "", "质量指标", "委员参会率", "≥", 95, "%"],
    ["", "", "", "效益指标", "社会效益指标", "提案办复率", "≥", 95, "%"],
    ["", "", "", "满意度指标", "服务对象满意度指标", "参会委员满意度", "≥", 90, "%"],
    ["公务接待费", "4.25", "做好接待", "产出指标", "数量指标", "接待批次", "≥", 30, "批次"],
    ["", "", "", "", "成本指标", "工作餐标准", "≤", 120, "元/人·餐"],
    ["", "", "", "效益指标", "可持续影响指标", "接待制度执行", "定性", "规范", ""],
  ];
  const merges = [
    merge("A3:A7"),
    merge("B3:B7"),
    merge("C3:C7"),
    merge("D3:D5"),
    merge("E3:E4"),
    merge("A8:A10"),
    merge("B8:B10"),
    merge("C8:C10"),
    merge("D8:D9"),
  ];
  const d = detectTables(sheetFromValues("申报", rows, merges));
  expect(d.problems).toEqual([]);
  expect(d.tables).toHaveLength(1);
  return d.tables[0];
}

describe("long layout with merged cells", () => {
  test("header, range and columns", () => {
    const t = mergedExport();
    expect(t.layout).toBe("long");
    expect(t.headerRow).toBe(1);
    expect(rangeToA1(t.range)).toBe("A2:J10");
    expect(t.columns).toEqual({
      name: 0,
      amount: 1,
      goal: 2,
      level1: 3,
      level2: 4,
      level3: 5,
      operator: 6,
      value: 7,
      unit: 8,
      remark: 9,
    });
  });

  test("a new project starts at each new merged name; amounts and goals from the top cell", () => {
    const t = mergedExport();
    expect(t.projects.map((p) => [p.name, p.amount?.toFixed(2), p.goal, p.indicators.length])).toEqual([
      ["政协全会会议经费", "10.85", "成功召开政协全会", 5],
      ["公务接待费", "4.25", "做好接待", 3],
    ]);
    expect(toA1(t.projects[1].cells.name.row, t.projects[1].cells.name.col)).toBe("A8");
    expect(toA1(t.projects[1].cells.indicators.row, t.projects[1].cells.indicators.col)).toBe("F8");
  });

  test("indicators inherit 一级/二级 from merged cells and read operator, value and unit cells", () => {
    const [meeting] = mergedExport().projects;
    const people = meeting.indicators[1];
    expect(people).toMatchObject({
      level1: "产出指标",
      level1Key: "output",
      level2: "数量指标",
      level2Key: "quantity",
      name: "参会委员人数",
      operator: ">=",
      value: "162",
      unit: "人",
      qualitative: false,
    });
    expect(people.number?.toString()).toBe("162");
    expect(people.source).toEqual({ sheet: "申报", row: 3, col: 5 });
    expect(people.source.line).toBeUndefined();
    expect(meeting.indicators[2]).toMatchObject({
      level1Key: "output",
      level2Key: "quality",
      name: "委员参会率",
    });
    expect(meeting.indicators[4]).toMatchObject({ level1Key: "satisfaction", level2Key: "satisfaction" });
  });

  test("headings with counts (a 一级 counts everything beneath it), one per merged block", () => {
    const [meeting, reception] = mergedExport().projects;
    expect(meeting.headings.map((h) => [h.level, h.text, h.indicatorCount])).toEqual([
      [1, "产出指标", 3],
      [2, "数量指标", 2],
      [2, "质量指标", 1],
      [1, "效益指标", 1],
      [2, "社会效益指标", 1],
      [1, "满意度指标", 1],
      [2, "服务对象满意度指标", 1],
    ]);
    const sustainable = reception.headings.find((h) => h.text === "可持续影响指标")!;
    expect(sustainable.level1Key).toBe("benefit");
    expect(sustainable.source).toEqual({ sheet: "申报", row: 9, col: 4 });
  });

  test("定性 in the operator column makes a qualitative indicator; text amounts are read", () => {
    const [, reception] = mergedExport().projects;
    expect(reception.amountText).toBe("4.25");
    expect(reception.amount?.toString()).toBe("4.25");
    const rule = reception.indicators[2];
    expect(rule).toMatchObject({
      name: "接待制度执行",
      qualitative: true,
      value: "规范",
      unit: null,
      operator: null,
    });
    const meal = reception.indicators[1];
    expect(meal).toMatchObject({ level2Key: "cost", operator: "<=", unit: "元/人·餐" });
  });
});

describe("long layout without merges", () => {
  test("blank cells below a value continue it within the project", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "预算金额", "年度目标", "一级指标", "二级指标", "指标名称", "指标值", "度量单位"],
      ["培训费", 17, "办两期培训", "产出指标", "数量指标", "培训期数", "≥2", "期"],
      ["", "", "", "", "", "参训人数", "40", "人"],
      ["", "", "", "", "时效指标", "按期完成率", "100", "%"],
      ["视察费", 4.25, "开展视察", "产出指标", "数量指标", "视察次数", "≥4", "次"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.projects.map((p) => p.indicators.map((i) => `${i.level2}/${i.name}`))).toEqual([
      ["数量指标/培训期数", "数量指标/参训人数", "时效指标/按期完成率"],
      ["数量指标/视察次数"],
    ]);
    // No operator column: the value cell carries it (≥2), or there is none (bare 40 → operator-missing).
    expect(t.projects[0].indicators.map((i) => i.operator)).toEqual([">=", null, null]);
    expect(t.projects[0].indicators[0].number?.toString()).toBe("2");
  });

  test("a name repeated on every row is one project; a different name starts the next", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["会议费", 5, "开会", "产出指标", "数量指标", "会议次数", "1", "次"],
      ["会议费", 5, "开会", "产出指标", "质量指标", "参会率", "95", "%"],
      ["培训费", 3, "培训", "产出指标", "数量指标", "培训期数", "2", "期"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.projects.map((p) => [p.name, p.indicators.length, p.headings.length])).toEqual([
      ["会议费", 2, 3],
      ["培训费", 1, 2],
    ]);
  });

  test("an empty 三级 with a value takes the 二级 text as its name", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["会议费", 5, "开会", "满意度指标", "服务对象满意度指标", "", "≥90", "%"],
    ]);
    const [ind] = detectTables(sheet).tables[0].projects[0].indicators;
    expect(ind).toMatchObject({ name: "服务对象满意度指标", operator: ">=", value: "90", unit: "%" });
  });

  test("a 二级 row with nothing under it is an empty heading (category-empty)", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["会议费", 5, "开会", "产出指标", "数量指标", "会议次数", "1", "次"],
      ["", "", "", "", "时效指标", "", "", ""],
    ]);
    const p = detectTables(sheet).tables[0].projects[0];
    expect(p.indicators).toHaveLength(1);
    expect(p.headings.find((h) => h.text === "时效指标")?.indicatorCount).toBe(0);
  });

  test("budget-system operator codes (1 ≥, 5 ≤, 6 定性) in a 计算符号 column", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"],
      ["会议费", 5, "开会", "产出指标", "数量指标", "会议次数", 1, "1", "次"],
      ["", "", "", "", "成本指标", "会议费总额", 5, "5", "万元"],
      ["", "", "", "效益指标", "可持续影响指标", "制度健全性", 6, "健全", ""],
    ]);
    const inds = detectTables(sheet).tables[0].projects[0].indicators;
    expect(inds.map((i) => [i.operator, i.qualitative])).toEqual([
      [">=", false],
      ["<=", false],
      [null, true],
    ]);
  });

  test("a two-row header (绩效指标 over 一级/二级/三级, 项目名称 merged down) is one header", () => {
    const sheet = sheetFromValues(
      "S",
      [
        ["项目名称", "金额（万元）", "年度绩效目标", "绩效指标", "", "", "", ""],
        ["", "", "", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["会议费", 5, "开会", "产出指标", "数量指标", "会议次数", "1", "次"],
      ],
      [merge("A1:A2"), merge("B1:B2"), merge("C1:C2"), merge("D1:H1")],
    );
    const [t] = detectTables(sheet).tables;
    expect(t.layout).toBe("long");
    expect(t.headerRow).toBe(0);
    expect(rangeToA1(t.range)).toBe("A1:H3");
    expect(t.columns).toMatchObject({
      name: 0,
      amount: 1,
      goal: 2,
      level1: 3,
      level2: 4,
      level3: 5,
      value: 6,
      unit: 7,
    });
    expect(t.columns.indicators).toBeUndefined();
    expect(t.projects[0].indicators).toHaveLength(1);
  });

  test("中期指标值 and 年度指标值 side by side: the 年度 value is read", () => {
    const sheet = sheetFromValues("S", [
      [
        "项目名称",
        "金额",
        "绩效目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "中期指标值",
        "年度指标值",
        "单位",
      ],
      ["会议费", 5, "开会", "产出指标", "数量指标", "会议次数", "≥4", "≥1", "次"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.columns.value).toBe(7);
    expect(t.columns.unit).toBe(8);
    expect(t.projects[0].indicators[0]).toMatchObject({ value: "1", unit: "次" });
  });

  test("a bare 单位 left of the indicator columns is not the indicator unit", () => {
    const sheet = sheetFromValues("S", [
      ["单位", "项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["政协", "会议费", 5, "开会", "产出指标", "数量指标", "会议次数", "1次"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.columns.unit).toBeUndefined();
    expect(t.projects[0].indicators[0]).toMatchObject({ value: "1", unit: "次" });
  });

  test("合计 rows in a long table are totals over the projects", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["合计", 8],
      ["会议费", 5, "开会", "产出指标", "数量指标", "会议次数", "1", "次"],
      ["培训费", 3, "培训", "产出指标", "数量指标", "培训期数", "2", "期"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.projects).toHaveLength(2);
    expect(t.totals.map((x) => [x.kind, x.amount?.toString(), x.parts.map((p) => p.label)])).toEqual([
      ["grand", "8", ["会议费", "培训费"]],
    ]);
  });
});

describe("a 50,000-row long sheet", () => {
  test("is read completely: every project and indicator", () => {
    const projects = 5000;
    const perProject = 10;
    const rows: CellValue[][] = [HEADER];
    const merges = [];
    for (let p = 0; p < projects; p++) {
      const top = rows.length;
      for (let i = 0; i < perProject; i++) {
        const first = i === 0;
        const l1 = i < 6 ? "产出指标" : i < 8 ? "效益指标" : "满意度指标";
        const l1First = i === 0 || i === 6 || i === 8;
        rows.push([
          first ? `项目${p + 1}` : "",
          first ? (p % 100) + 0.5 : "",
          first ? `完成项目${p + 1}的年度任务` : "",
          l1First ? l1 : "",
          i % 2 === 0
            ? ["数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"][i >> 1]
            : "",
          `指标${i + 1}`,
          "≥",
          String(90 + i),
          "%",
        ]);
      }
      for (const c of [0, 1, 2]) merges.push({ top, left: c, bottom: top + perProject - 1, right: c });
    }
    expect(rows.length).toBe(50001);
    const d = detectTables(sheetFromValues("大表", rows, merges));
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0];
    expect(t.projects).toHaveLength(projects);
    expect(t.projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(projects * perProject);
    expect(t.range.bottom).toBe(50000);
    const last = t.projects[projects - 1];
    expect(last.name).toBe("项目5000");
    expect(last.amount?.toString()).toBe("99.5");
    expect(last.headings.filter((h) => h.level === 1).map((h) => h.key)).toEqual([
      "output",
      "benefit",
      "satisfaction",
    ]);
  });
});

test("a value cell holding a date, a grade list or prose says what kind of text it is, as in a wide cell", () => {
  const rows: CellValue[][] = [
    HEADER,
    ["项目甲", 10, "按期完成", "产出指标", "时效指标", "完成时间", "", "2025年年底前", ""],
    ["", "", "", "", "", "实施周期", "定性", "1—12月", ""],
    ["", "", "", "效益指标", "社会效益指标", "工作评价", "定性", "优/良/中/差", ""],
    ["", "", "", "", "", "参会人数", "≥", 20, "人"],
  ];
  const t = detectTables(sheetFromValues("申报", rows, [merge("A2:A5"), merge("B2:B5"), merge("C2:C5")]))
    .tables[0];
  expect(t.projects[0].indicators.map((i) => [i.name, i.valueKind])).toEqual([
    ["完成时间", "date"],
    ["实施周期", "date"],
    ["工作评价", "grades"],
    ["参会人数", undefined],
  ]);
});
