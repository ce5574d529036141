import { detectTables } from "../../../src/core/detect";
import { rangeToA1, sheetFromValues, toA1 } from "../../../src/core/grid";
import type { Project, Table } from "../../../src/core/model";
import { excelRow } from "./grid-helpers";
import { SEED_ROWS, SEED_TITLE } from "./seed-rows";

/** The seed as pasted into a sheet: title in A1, a blank row, then header and rows from A3. */
function seedTable(): Table {
  const d = detectTables(sheetFromValues("公开表", [[SEED_TITLE], [], ...SEED_ROWS]));
  expect(d.problems).toEqual([]);
  expect(d.tables).toHaveLength(1);
  return d.tables[0];
}

const byName = (t: Table, name: string): Project => {
  const p = t.projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}: ${t.projects.map((x) => x.name).join(", ")}`);
  return p;
};

describe("wide layout (the seed)", () => {
  test("finds the table under the title, with every column and the unit from 金额 (万元)", () => {
    const t = seedTable();
    expect(t.layout).toBe("wide");
    expect(t.headerRow).toBe(excelRow(3));
    expect(rangeToA1(t.range)).toBe("A3:E11");
    expect(t.amountUnit).toBe("万元");
    expect(t.columns).toEqual({ code: 0, name: 1, amount: 2, goal: 3, indicators: 4 });
  });

  test("project rows become projects; 合计 and unit rows do not", () => {
    const t = seedTable();
    expect(t.projects.map((p) => p.name)).toEqual([
      "政协十七届四次会议工作经费",
      "政协委员民主监督工作经费",
      "文史资料出版费",
      "第三方代理",
      "编外长期聘用人员",
    ]);
    expect(t.projects.map((p) => p.amount?.toFixed(2))).toEqual(["10.85", "6.80", "15.00", "3.60", "6.52"]);
    expect(t.projects.every((p) => p.amountProblem === null)).toBe(true);
  });

  test("keeps the raw name, key and cells of each project", () => {
    const p = byName(seedTable(), "政协委员民主监督工作经费");
    expect(p.rawName).toBe("2. 政协委员 民主监督工 作经费");
    expect(p.key).toBe(`公开表!${excelRow(8)}`);
    expect(p.amountText).toBe("6.80");
    expect(toA1(p.cells.name.row, p.cells.name.col)).toBe("B8");
    expect(toA1(p.cells.amount.row, p.cells.amount.col)).toBe("C8");
    expect(toA1(p.cells.goal.row, p.cells.goal.col)).toBe("D8");
    expect(toA1(p.cells.indicators.row, p.cells.indicators.col)).toBe("E8");
  });

  test("goals are cleaned of OCR tags, short and empty goals kept as written", () => {
    const t = seedTable();
    const first = byName(t, "政协十七届四次会议工作经费");
    expect(first.goal.startsWith("1、成功举办政协门源县第十七届委员会第三次会议")).toBe(true);
    expect(first.goal).not.toMatch(/<p>|<\/p>/);
    expect(first.goal.split("\n")).toHaveLength(2);
    expect(byName(t, "第三方代理").goal).toBe("合同");
    expect(byName(t, "编外长期聘用人员").goal).toBe("");
  });

  test("the indicator cell is parsed into the tree, with sources in that cell", () => {
    const p = byName(seedTable(), "政协十七届四次会议工作经费");
    expect(p.indicators).toHaveLength(18);
    const l1 = p.headings.filter((h) => h.level === 1).map((h) => h.key);
    expect(l1).toEqual(["output", "benefit", "satisfaction"]);
    const meeting = p.indicators.find((i) => i.name === "举行政协全委会议")!;
    expect(meeting.value).toBe("1");
    expect(meeting.unit).toBe("次");
    expect(meeting.level2Key).toBe("quantity");
    expect(meeting.source).toMatchObject({ sheet: "公开表", row: excelRow(7), col: 4 });
    expect(meeting.source.line).toBeGreaterThan(0);
    const cost = p.indicators.find((i) => i.name === "会议筹办总成本")!;
    expect(cost.operator).toBe("<=");
    expect(cost.number?.toString()).toBe("10.85");
    expect(cost.unit).toBe("万元");
  });

  test("project 9 has no 满意度指标 heading (what level1-missing looks for)", () => {
    const p = byName(seedTable(), "文史资料出版费");
    expect(p.headings.some((h) => h.key === "satisfaction")).toBe(false);
    expect(p.indicators.length).toBeGreaterThan(5);
  });

  test("totals: 合计 = top-level unit 402, 402 = sub-unit 402001, 402001 = its projects", () => {
    const t = seedTable();
    expect(t.totals.map((x) => [x.kind, x.code, x.label, x.amount?.toFixed(2)])).toEqual([
      ["grand", null, "合计", "92.79"],
      ["unit", "402", "门源县政协办", "92.79"],
      ["unit", "402001", "门源县政协办公", "92.79"],
    ]);
    const [grand, unit, sub] = t.totals;
    expect(grand.parts.map((p) => p.label)).toEqual(["门源县政协办"]);
    expect(unit.parts.map((p) => p.label)).toEqual(["门源县政协办公"]);
    expect(sub.parts.map((p) => p.amount?.toFixed(2))).toEqual(["10.85", "6.80", "15.00", "3.60", "6.52"]);
    expect(toA1(grand.source.row, grand.source.col)).toBe("C4");
    expect(toA1(sub.parts[0].source.row, sub.parts[0].source.col)).toBe("C7");
  });

  test("each project carries the code of its nearest unit row", () => {
    const t = seedTable();
    expect(new Set(t.projects.map((p) => p.unitCode))).toEqual(new Set(["402001"]));
  });

  test("without unit rows the grand total sums the projects; projects have no unit", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "绩效指标"],
      ["1. 会议费", 5, "开好会", "一、产出指标\n(一)数量指标:\n1. 召开会议 1次"],
      ["2. 培训费", 3.5, "办好培训", "一、产出指标\n(一)数量指标:\n1. 培训期数 2期"],
      ["合 计", 8.5],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.projects).toHaveLength(2);
    expect(t.totals).toHaveLength(1);
    expect(t.totals[0].kind).toBe("grand");
    expect(t.totals[0].parts.map((p) => [p.label, p.amount?.toString()])).toEqual([
      ["会议费", "5"],
      ["培训费", "3.5"],
    ]);
    expect(t.projects.map((p) => p.unitCode)).toEqual([null, null]);
  });

  test("two units: each sub-unit sums only the projects below it", () => {
    const ind = "一、产出指标\n(一)数量指标:\n1. 召开会议 1次";
    const sheet = sheetFromValues("S", [
      ["单位编码", "单位及项目名称", "金额(万元)", "绩效目标", "绩效指标"],
      ["", "合计", 10],
      ["402", "政协", 6],
      ["402001", "政协机关", 6],
      ["", "1. 会议费", 6, "开会", ind],
      ["403", "人大", 4],
      ["", "1. 视察费", 4, "视察", ind],
    ]);
    const [t] = detectTables(sheet).tables;
    const parts = Object.fromEntries(t.totals.map((x) => [x.code ?? "合计", x.parts.map((p) => p.label)]));
    expect(parts).toEqual({
      合计: ["政协", "人大"],
      "402": ["政协机关"],
      "402001": ["会议费"],
      "403": ["视察费"],
    });
    expect(t.projects.map((p) => p.unitCode)).toEqual(["402001", "403"]);
  });

  test("a project row with an empty indicator cell is still a project", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "绩效指标"],
      ["会议费", 5, "开好会"],
      ["培训费", 3, "办好培训", "一、产出指标\n(一)数量指标:\n1. 培训期数 2期"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.projects.map((p) => [p.name, p.indicators.length])).toEqual([
      ["会议费", 0],
      ["培训费", 1],
    ]);
  });

  test("rows of OCR rule debris (--- | ---) are skipped", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "绩效指标"],
      ["会议费", 5, "开好会", "一、产出指标\n(一)数量指标:\n1. 召开会议 1次"],
      ["--", "-------", "---", "--"],
      ["培训费", 3, "办好培训", "一、产出指标\n(一)数量指标:\n1. 培训期数 2期"],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(t.projects.map((p) => p.name)).toEqual(["会议费", "培训费"]);
  });

  test("hidden rows are read like any other", () => {
    const sheet = sheetFromValues("S", [
      ["项目名称", "金额", "绩效目标", "绩效指标"],
      ["会议费", 5, "开好会", "一、产出指标\n(一)数量指标:\n1. 召开会议 1次"],
      ["培训费", 3, "办好培训", "一、产出指标\n(一)数量指标:\n1. 培训期数 2期"],
    ]);
    sheet.hiddenRows = [2];
    expect(detectTables(sheet).tables[0].projects.map((p) => p.name)).toEqual(["会议费", "培训费"]);
  });
});
