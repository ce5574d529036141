import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type Cell, type CellValue } from "../../../src/core/grid";
import type { Table } from "../../../src/core/model";

const IND = "一、产出指标\n(一)数量指标:\n1. 召开会议 1次";
const HEADER = ["项目名称", "金额", "绩效目标", "绩效指标"];

function table(rows: (CellValue | Partial<Cell>)[][]): Table {
  const d = detectTables(sheetFromValues("S", rows));
  expect(d.tables).toHaveLength(1);
  return d.tables[0];
}

describe("amount units", () => {
  test("a 金额单位：元 line above the header: 10850 元 becomes 1.085 万元", () => {
    const t = table([
      ["2024年项目支出绩效目标公开表"],
      ["", "", "", "金额单位：元"],
      HEADER,
      ["会议费", 10850, "开会", IND],
    ]);
    expect(t.amountUnit).toBe("元");
    expect(t.projects[0].amount?.toString()).toBe("1.085");
    expect(t.projects[0].amountText).toBe("10850");
  });

  test("单位:元 with an ASCII colon", () => {
    const t = table([["单位:元"], HEADER, ["会议费", "108,500.00", "开会", IND]]);
    expect(t.amountUnit).toBe("元");
    expect(t.projects[0].amount?.toString()).toBe("10.85");
  });

  test("单位：万元 line and the default are 万元", () => {
    expect(table([["单位：万元"], HEADER, ["会议费", 10.85, "开会", IND]]).amountUnit).toBe("万元");
    expect(table([HEADER, ["会议费", 10.85, "开会", IND]]).amountUnit).toBe("万元");
  });

  test("the unit in the header wins over a line above it", () => {
    const t = table([
      ["单位：元"],
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["会议费", 10.85, "开会", IND],
    ]);
    expect(t.amountUnit).toBe("万元");
    expect(t.projects[0].amount?.toString()).toBe("10.85");
  });

  test("a header in 元 converts subtotals too", () => {
    const t = table([
      ["单位编码", "单位及项目名称", "金额(元)", "绩效目标", "绩效指标"],
      ["", "合计", 25000],
      ["", "会议费", 25000, "开会", IND],
    ]);
    expect(t.totals[0].amount?.toString()).toBe("2.5");
    expect(t.totals[0].parts[0].amount?.toString()).toBe("2.5");
  });
});

describe("amount cells", () => {
  test("text amounts, full-width digits and amounts with their own unit", () => {
    const t = table([
      HEADER,
      ["甲", "214.06", "目标", IND],
      ["乙", "１２．５", "目标", IND],
      ["丙", "50万元", "目标", IND],
    ]);
    expect(t.projects.map((p) => [p.amount?.toString(), p.amountProblem])).toEqual([
      ["214.06", null],
      ["12.5", null],
      ["50", null],
    ]);
  });

  test("#REF! in an amount is a project with amountProblem error, not a sheet problem", () => {
    const d = detectTables(
      sheetFromValues("S", [
        HEADER,
        ["会议费", { value: null, text: "#REF!", error: "#REF!", formula: "=C9" }, "开会", IND],
      ]),
    );
    expect(d.problems).toEqual([]);
    expect(d.tables[0].projects[0]).toMatchObject({
      name: "会议费",
      amount: null,
      amountProblem: "error",
      amountText: "#REF!",
    });
  });

  test("an empty or wordy amount is missing / not numeric", () => {
    const t = table([HEADER, ["甲", "", "目标", IND], ["乙", "待定", "目标", IND]]);
    expect(t.projects.map((p) => p.amountProblem)).toEqual(["missing", "not-numeric"]);
  });
});

describe("approximate amounts in a table's amount column, as on a form", () => {
  const LONG_HEADER = ["项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"];
  const longRow = (amount: CellValue): CellValue[] => [
    "会议费",
    amount,
    "开会",
    "产出指标",
    "数量指标",
    "召开会议",
    "1次",
  ];
  const layouts: [string, (amount: CellValue) => Table][] = [
    ["wide", (amount) => table([HEADER, ["会议费", amount, "开会", IND]])],
    ["long", (amount) => table([LONG_HEADER, longRow(amount)])],
  ];

  test.each(layouts)("%s: 「约5万」 is read, said to be uncertain, and no rule gets it", (_, make) => {
    for (const written of ["约5万", "5万元左右", "预计5万元"]) {
      const p = make(written).projects[0];
      expect(p.amount).toBeNull();
      expect(p.amountProblem).toBeNull();
      expect(p.amountText).toBe(written);
      expect(p.reading?.amount.status).toBe("uncertain");
      expect(p.reading?.amount.evidence).toMatch(/读出 5 万元，但写的是约数.*不参与核算/);
    }
  });

  test.each(layouts)("%s: an exact amount stays as it was", (_, make) => {
    const p = make("5万元").projects[0];
    expect(p.amount?.toString()).toBe("5");
    expect(p.reading?.amount.status).toBe("found");
  });

  test("a guessed amount does not count in its total", () => {
    const t = table([
      ["单位编码", "单位及项目名称", "金额", "绩效目标", "绩效指标"],
      ["", "合计", 7],
      ["", "会议费", "约5万", "开会", IND],
      ["", "印刷费", 2, "印刷", IND],
    ]);
    expect(t.totals[0].parts.map((part) => part.amount?.toString() ?? null)).toEqual([null, "2"]);
  });

  test("a long table's amount on a later row of the project is judged the same way", () => {
    const t = table([
      LONG_HEADER,
      ["会议费", "", "开会", "产出指标", "数量指标", "召开会议", "1次"],
      ["", "约5万", "", "", "", "参会人数", "20人"],
    ]);
    expect(t.projects[0].amount).toBeNull();
    expect(t.projects[0].reading?.amount.status).toBe("uncertain");
  });
});

test("in a column headed 金额, a word before the amount does not make it a guess", () => {
  const t = table([HEADER, ["会议费", "财政资金160.77万元", "开会", IND]]);
  expect(t.projects[0].amount?.toString()).toBe("160.77");
  expect(t.projects[0].reading?.amount.status).toBe("found");
});
