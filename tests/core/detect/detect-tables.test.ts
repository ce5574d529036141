import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { detectTables } from "../../../src/core/detect";
import { rangeToA1, sheetFromValues, type CellValue } from "../../../src/core/grid";

const IND = "一、产出指标\n(一)数量指标:\n1. 召开会议 1次";
const WIDE_HEADER = ["项目名称", "金额", "绩效目标", "绩效指标"];
const LONG_HEADER = [
  "项目名称",
  "预算金额",
  "年度绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "计量单位",
];

describe("several tables on one sheet", () => {
  test("a second header further down starts a new table; its title and unit line are not data", () => {
    const rows: CellValue[][] = [
      ["政协办公室2024年项目支出绩效目标表"],
      WIDE_HEADER,
      ["会议费", 10.85, "开会", IND],
      ["培训费", 17, "培训", IND],
      [],
      ["政协机关服务中心2024年项目支出绩效目标表"],
      ["", "", "", "单位：元"],
      LONG_HEADER,
      ["接待费", 42500, "做好接待", "产出指标", "数量指标", "接待批次", "≥30", "批次"],
      ["", "", "", "", "", "接待人次", "≥210", "人次"],
    ];
    const d = detectTables(sheetFromValues("S", rows));
    expect(d.problems).toEqual([]);
    expect(d.tables.map((t) => [t.layout, rangeToA1(t.range), t.headerRow, t.amountUnit])).toEqual([
      ["wide", "A2:D4", 1, "万元"],
      ["long", "A8:H10", 7, "元"],
    ]);
    expect(d.tables[0].projects.map((p) => p.name)).toEqual(["会议费", "培训费"]);
    expect(d.tables[1].projects.map((p) => [p.name, p.amount?.toString(), p.indicators.length])).toEqual([
      ["接待费", "4.25", 2],
    ]);
  });

  test("two or more empty rows end a table; the next header starts another", () => {
    const rows: CellValue[][] = [
      WIDE_HEADER,
      ["会议费", 10.85, "开会", IND],
      [],
      [],
      ["注：本表金额为预算数。"],
      [],
      [],
      WIDE_HEADER,
      ["培训费", 17, "培训", IND],
    ];
    const d = detectTables(sheetFromValues("S", rows));
    expect(d.tables.map((t) => [rangeToA1(t.range), t.projects.map((p) => p.name)])).toEqual([
      ["A1:D2", ["会议费"]],
      ["A8:D9", ["培训费"]],
    ]);
  });

  test("one empty row inside a table does not end it", () => {
    const rows: CellValue[][] = [
      WIDE_HEADER,
      ["会议费", 10.85, "开会", IND],
      [],
      ["培训费", 17, "培训", IND],
    ];
    const [t] = detectTables(sheetFromValues("S", rows)).tables;
    expect(t.projects).toHaveLength(2);
    expect(rangeToA1(t.range)).toBe("A1:D4");
  });

  test("a table that does not start in A1 (used range offset, header further down)", () => {
    const sheet = sheetFromValues("S", [
      [],
      [],
      ["", "", ...WIDE_HEADER],
      ["", "", "会议费", 10.85, "开会", IND],
    ]);
    const [t] = detectTables(sheet).tables;
    expect(rangeToA1(t.range)).toBe("C3:F4");
    expect(t.columns).toEqual({ name: 2, amount: 3, goal: 4, indicators: 5 });
  });

  test("a header below a long preamble (more rows than one header search covers) is still found", () => {
    const notes: CellValue[][] = Array.from({ length: 70 }, (_, i) => [`说明第${i + 1}条`]);
    const [t] = detectTables(
      sheetFromValues("S", [...notes, WIDE_HEADER, ["会议费", 10.85, "开会", IND]]),
    ).tables;
    expect(t.headerRow).toBe(70);
    expect(t.projects.map((p) => p.name)).toEqual(["会议费"]);
  });
});

describe("sheet problems", () => {
  test("an empty sheet", () => {
    expect(detectTables(sheetFromValues("空表", []))).toEqual({
      tables: [],
      problems: [{ sheet: "空表", kind: "empty", message: "工作表是空的，没有任何内容。" }],
    });
    expect(detectTables(sheetFromValues("空白", [[""], ["", ""]])).problems[0].message).toBe(
      "工作表是空的，没有任何内容。",
    );
  });

  test("no table: says what was looked for", () => {
    const d = detectTables(sheetFromValues("说明", [["本工作簿说明"], ["姓名", "电话"], ["张三", "123"]]));
    expect(d.tables).toEqual([]);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0].sheet).toBe("说明");
    expect(d.problems[0].message).toContain("未找到绩效目标表");
    expect(d.problems[0].message).toContain("「项目名称」");
    expect(d.problems[0].message).toContain("「三级指标」");
  });

  test("a header with no rows under it", () => {
    const d = detectTables(sheetFromValues("模板", [["绩效目标表"], WIDE_HEADER]));
    expect(d.tables).toEqual([]);
    expect(d.problems).toEqual([{ sheet: "模板", message: "第2行的表头下没有项目行。" }]);
  });

  test("a header followed only by a gap and notes", () => {
    const d = detectTables(sheetFromValues("模板", [LONG_HEADER, [], [], ["注：请按要求填写"]]));
    expect(d.tables).toEqual([]);
    expect(d.problems[0].message).toContain("表头下没有项目行");
  });
});

describe("module boundaries", () => {
  const files = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(dir, f));
  const root = join(__dirname, "../../..");
  test.each([...files(join(root, "src/core/detect")), ...files(__dirname)])(
    "%s imports nothing from src/cli or src/excel",
    (file) => {
      const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      expect(imports.filter((p) => /(^|\/)(cli|excel)(\/|$)/.test(p))).toEqual([]);
    },
  );
});
