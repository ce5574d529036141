import { detectTables } from "../../../src/core/detect";
import { rangeToA1, sheetFromValues, type CellRange, type CellValue } from "../../../src/core/grid";
import { periodOfLabel } from "../../../src/core/vocab/periods";
import { merge } from "./grid-helpers";

/** A form's top part: name, amount and goal labels. */
const TOP: CellValue[][] = [
  ["项目绩效目标表"],
  ["项目名称", "乡村道路维护"],
  ["年度资金总额", 50],
  ["年度目标", "维护村道20公里，群众出行更方便"],
];

const HEADER: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值"];

/** One indicator block: its rows (the header first), each with `label` in column A. */
function block(label: string, rows: CellValue[][]): CellValue[][] {
  return [[label, ...HEADER], ...rows.map((r) => ["", ...r])];
}

function read(rows: CellValue[][], merges: CellRange[] = []) {
  return detectTables(sheetFromValues("表", rows, merges));
}

const LONG_TERM = [
  ["产出指标", "数量指标", "维护村道里程", "≥60公里"],
  ["", "质量指标", "验收合格率", "≥95%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];
const ANNUAL = [
  ["产出指标", "数量指标", "维护村道里程", "≥20公里"],
  ["", "时效指标", "完成时间", "2024年12月前"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"],
];

describe("a form whose indicators come in one block per period", () => {
  test("labels merged down column A: the 年度 block is checked, the 长期 one is said to be left", () => {
    const rows = [...TOP, ...block("长期绩效指标", LONG_TERM), ...block("年度绩效指标", ANNUAL)];
    const d = read(rows, [merge("A5:A8"), merge("A9:A12")]);
    expect(d.problems).toEqual([]);
    expect(d.tables).toHaveLength(1);
    const [t] = d.tables;
    expect(rangeToA1(t.range)).toBe("A2:E12");
    expect(t.projects[0].indicators.map((i) => [i.name, i.value, i.source.row + 1])).toEqual([
      ["维护村道里程", "20", 10],
      ["完成时间", "2024年12月前", 11],
      ["群众满意度", "92", 12],
    ]);
    expect(t.reading?.notes.join("")).toContain("第6–8行为中长期绩效指标，第10–12行为年度绩效指标");
  });

  test("labels on a row above each header, 年度 first: still the 年度 block", () => {
    const rows = [...TOP, ["年度绩效指标"], ...block("", ANNUAL), ["中期绩效指标"], ...block("", LONG_TERM)];
    const d = read(rows);
    expect(d.problems).toEqual([]);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].projects[0].indicators.map((i) => i.value)).toEqual(["20", "2024年12月前", "92"]);
  });

  test("a header repeated without a period (a page break): both blocks are one project's indicators", () => {
    const rows = [...TOP, ...block("", LONG_TERM.slice(0, 2)), ...block("", LONG_TERM.slice(2))];
    const d = read(rows);
    expect(d.problems).toEqual([]);
    expect(d.tables).toHaveLength(1);
    const [t] = d.tables;
    expect(t.projects[0].indicators.map((i) => i.name)).toEqual(["维护村道里程", "验收合格率", "群众满意度"]);
    expect(t.reading?.notes.join("")).toContain("第8行又出现了指标表头");
  });

  test("a second form with a name of its own stays a project of its own", () => {
    const second: CellValue[][] = [
      ["项目名称", "农村饮水安全"],
      ["年度资金总额", 30],
      ["年度目标", "保障1200户群众饮水安全"],
    ];
    const rows = [...TOP, ...block("", LONG_TERM), ...second, ...block("", ANNUAL)];
    const d = read(rows);
    expect(d.tables.map((t) => t.projects[0].name)).toEqual(["乡村道路维护", "农村饮水安全"]);
  });

  test("a block with other columns is not joined", () => {
    const rows = [
      ...TOP,
      ...block("", LONG_TERM),
      ["", "一级指标", "三级指标", "指标值", "备注"],
      ["", "产出指标", "维护村道里程", "≥20公里", ""],
    ];
    const d = read(rows);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].projects[0].indicators.map((i) => i.value)).toEqual(["60", "95", "90"]);
    expect(d.problems.map((p) => p.message).join("")).toMatch(/第9行有指标表头/);
  });
});

describe("periodOfLabel", () => {
  test.each([
    ["长期绩效指标", "mid"],
    ["中期绩效指标", "mid"],
    ["实施期绩效指标", "mid"],
    ["年度绩效指标", "annual"],
    ["本年度 绩效指标", "annual"],
    ["当年绩效目标", "annual"],
    ["绩效指标", null],
    ["年度资金总额", null],
    ["", null],
  ])("%s → %s", (text, period) => {
    expect(periodOfLabel(text)).toBe(period);
  });
});
