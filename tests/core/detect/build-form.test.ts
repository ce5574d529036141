import { detectTables } from "../../../src/core/detect";
import { rangeToA1, sheetFromValues, toA1, type CellValue } from "../../../src/core/grid";
import type { Table } from "../../../src/core/model";
import { merge } from "./grid-helpers";

/**
 * The common published form: title, 项目名称/主管部门 rows, a fund block with 其中 sub-lines (label merged
 * down column A), 中期目标 | 年度目标 side by side with their texts below, then the indicator grid with
 * 绩效指标 merged down column A.
 */
function publishedForm(): Table {
  const rows: CellValue[][] = [
    ["项目支出绩效目标表"],
    ["（2024年度）"],
    ["项目名称", "政协委员培训工作经费"],
    ["主管部门", "门源县政协", "", "实施单位", "门源县政协办公室"],
    ["项目资金（万元）", "年度资金总额", 17, "", "", ""],
    ["", "其中：财政拨款", 17],
    ["", "其他资金", 0],
    ["总体目标", "中期目标", "", "年度目标"],
    ["", "连续5年轮训全体委员", "", "举办两期委员培训班，每期20人，培训7天"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "培训期数", "2期"],
    ["", "", "", "参训人数", "≥40人"],
    ["", "", "质量指标", "培训合格率", "≥95%"],
    ["", "满意度指标", "服务对象满意度指标", "参训委员满意度", "≥95%"],
  ];
  const merges = [
    merge("A1:F1"),
    merge("B3:F3"),
    merge("B4:C4"),
    merge("E4:F4"),
    merge("A5:A7"),
    merge("A8:A9"),
    merge("B8:C8"),
    merge("D8:F8"),
    merge("B9:C9"),
    merge("D9:F9"),
    merge("A10:A14"),
    merge("B11:B13"),
    merge("C11:C12"),
    merge("E10:F10"),
  ];
  const d = detectTables(sheetFromValues("培训", rows, merges));
  expect(d.problems).toEqual([]);
  expect(d.tables).toHaveLength(1);
  return d.tables[0];
}

describe("single-project form", () => {
  test("layout, range from the first label to the last indicator row, grid header row", () => {
    const t = publishedForm();
    expect(t.layout).toBe("form");
    expect(rangeToA1(t.range)).toBe("A3:F14");
    expect(t.headerRow).toBe(9);
    expect(t.amountUnit).toBe("万元");
    expect(t.columns).toEqual({ level1: 1, level2: 2, level3: 3, value: 4 });
    expect(t.projects).toHaveLength(1);
  });

  test("name, amount (the total, not 其中 lines) and the 年度 goal from merged label/value cells", () => {
    const [p] = publishedForm().projects;
    expect(p.name).toBe("政协委员培训工作经费");
    expect(toA1(p.cells.name.row, p.cells.name.col)).toBe("B3");
    expect(p.amount?.toString()).toBe("17");
    expect(toA1(p.cells.amount.row, p.cells.amount.col)).toBe("C5");
    expect(p.goal).toBe("举办两期委员培训班，每期20人，培训7天");
    expect(toA1(p.cells.goal.row, p.cells.goal.col)).toBe("D9");
    expect(p.key).toBe("培训!2");
  });

  test("the indicator grid is read like the long layout", () => {
    const [p] = publishedForm().projects;
    expect(p.indicators.map((i) => [i.level1Key, i.level2Key, i.name, i.operator, i.value, i.unit])).toEqual([
      ["output", "quantity", "培训期数", null, "2", "期"],
      ["output", "quantity", "参训人数", ">=", "40", "人"],
      ["output", "quality", "培训合格率", ">=", "95", "%"],
      ["satisfaction", "satisfaction", "参训委员满意度", ">=", "95", "%"],
    ]);
    expect(toA1(p.cells.indicators.row, p.cells.indicators.col)).toBe("D11");
    expect(p.headings.filter((h) => h.level === 2).map((h) => [h.text, h.indicatorCount])).toEqual([
      ["数量指标", 2],
      ["质量指标", 1],
      ["服务对象满意度指标", 1],
    ]);
  });

  test("labels with inline values, 元 in the fund label, 中期/年度指标值 columns", () => {
    const rows: CellValue[][] = [
      ["项目名称：会议费"],
      ["资金总额（元）", "108500"],
      ["年度绩效目标", "召开全会一次"],
      ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"],
      ["产出指标", "数量指标", "召开会议次数", "5", "1", "次"],
    ];
    const [t] = detectTables(sheetFromValues("会议", rows)).tables;
    expect(t.amountUnit).toBe("元");
    const [p] = t.projects;
    expect(p.name).toBe("会议费");
    expect(p.amount?.toString()).toBe("10.85");
    expect(p.amountText).toBe("108500");
    expect(p.goal).toBe("召开全会一次");
    expect(p.indicators[0]).toMatchObject({ value: "1", unit: "次" });
  });

  test("a fund block written as a row of labels with the values below", () => {
    const rows: CellValue[][] = [
      ["项目名称", "编外聘用人员经费"],
      ["年度资金总额", "财政拨款", "其他资金"],
      ["6.52", "6.52", "0"],
      ["年度目标", "保障聘用人员工资按时发放"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "聘用人数", "9人"],
    ];
    const [p] = detectTables(sheetFromValues("聘用", rows)).tables[0].projects;
    expect(p.amount?.toString()).toBe("6.52");
    expect(toA1(p.cells.amount.row, p.cells.amount.col)).toBe("A3");
    expect(p.goal).toBe("保障聘用人员工资按时发放");
  });

  test("a form whose grid is still empty is a project without indicators", () => {
    const rows: CellValue[][] = [
      ["项目名称", "视察经费"],
      ["年度目标", "开展视察"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
    ];
    const d = detectTables(sheetFromValues("空表", rows));
    expect(d.problems).toEqual([]);
    expect(d.tables[0].projects[0]).toMatchObject({
      name: "视察经费",
      indicators: [],
      amountProblem: "missing",
    });
  });

  test("footer lines under the grid (填报人) are not categories", () => {
    const rows: CellValue[][] = [
      ["项目名称", "视察经费"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "视察次数", "≥4次"],
      ["填报人：张三"],
    ];
    const [p] = detectTables(sheetFromValues("S", rows)).tables[0].projects;
    expect(p.headings.map((h) => h.text)).toEqual(["产出指标", "数量指标"]);
    expect(p.indicators).toHaveLength(1);
  });

  test("a grid with no 项目名称 above it is reported, not guessed", () => {
    const rows: CellValue[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "视察次数", "≥4次"],
    ];
    const d = detectTables(sheetFromValues("无名", rows));
    expect(d.tables).toEqual([]);
    expect(d.problems).toEqual([{ sheet: "无名", message: expect.stringContaining("没有「项目名称」") }]);
  });

  test("two forms stacked on one sheet give two projects", () => {
    const form = (name: string, amount: number): CellValue[][] => [
      ["项目支出绩效目标表"],
      ["项目名称", name],
      ["资金总额", amount],
      ["年度目标", `完成${name}任务`],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "完成次数", "≥1次"],
    ];
    const rows = [...form("甲项目", 1), [], ...form("乙项目", 2)];
    const d = detectTables(sheetFromValues("S", rows));
    expect(
      d.tables.map((t) => [t.projects[0].name, t.projects[0].amount?.toString(), rangeToA1(t.range)]),
    ).toEqual([
      ["甲项目", "1", "A2:D6"],
      ["乙项目", "2", "A9:D13"],
    ]);
  });
});

describe("a grid row with a value but an empty 三级 cell", () => {
  test("is named by its heading and marked so; a row with a name is not", () => {
    const rows: CellValue[][] = [
      ["项目名称", "镇域内基础设施建设"],
      ["年度资金总额", 100],
      ["年度目标", "完成集镇立面改造"],
      ["一级指标", "二级指标", "指标内容", "指标值"],
      ["产出指标", "数量指标", "", 88],
      ["", "质量指标", "验收合格率", "≥95%"],
    ];
    const [t] = detectTables(sheetFromValues("表", rows, [merge("A5:A6")])).tables;
    expect(t.projects[0].indicators.map((i) => [i.name, i.nameFromHeading ?? false])).toEqual([
      ["数量指标", true],
      ["验收合格率", false],
    ]);
  });
});
