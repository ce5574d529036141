/** check(): one read of every sheet into the core grid, then the core check. */
import type { CheckResult } from "../../src/core/check";
import { cellAt as gridCellAt, type Workbook } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { cellAt, fakeSheet, fakeWorkbook } from "./fake-excel";
import { rig, value } from "./helpers";
import { wideTable } from "./table-fixture";

/** A check that records the workbook it was given. */
function capture(): { seen: Workbook[]; check: (wb: Workbook) => CheckResult } {
  const seen: Workbook[] = [];
  return { seen, check: (wb) => (seen.push(wb), { tables: [], findings: [], problems: [] }) };
}

describe("check: reading the workbook", () => {
  it("converts values, text, formulas, number formats and error values to grid cells", async () => {
    const s = fakeSheet({
      name: "表1",
      values: [
        ["项目", "金额"],
        ["培训", 12.5],
        ["会议", "#REF!"],
        ["合计", 12.5],
      ],
      origin: "B3",
    });
    cellAt(s, "C4", true).numberFormat = "0.00";
    Object.assign(cellAt(s, "C4", true), { text: "12.50" });
    Object.assign(cellAt(s, "C5", true), { formula: "=Sheet2!A1" });
    Object.assign(cellAt(s, "C6", true), { formula: "=SUM(C4:C5)", text: "####" });
    const { seen, check } = capture();
    const { gateway } = rig(fakeWorkbook([s], "门源.xlsx"), "1.20", check);
    value(await gateway.check(DEFAULT_SETTINGS));
    const sheet = seen[0].sheets[0];
    expect(seen[0].name).toBe("门源.xlsx");
    expect([sheet.originRow, sheet.originCol, sheet.rows.length]).toEqual([2, 1, 4]);
    expect(gridCellAt(sheet, 2, 1)).toEqual({ value: "项目", text: "项目" });
    expect(gridCellAt(sheet, 3, 2)).toEqual({ value: 12.5, text: "12.50", numberFormat: "0.00" });
    expect(gridCellAt(sheet, 4, 2)).toEqual({
      value: "#REF!",
      text: "#REF!",
      error: "#REF!",
      formula: "=Sheet2!A1",
    });
    // A too-narrow column shows ####; the grid keeps the number.
    expect(gridCellAt(sheet, 5, 2)).toEqual({ value: 12.5, text: "12.5", formula: "=SUM(C4:C5)" });
    expect(gridCellAt(sheet, 0, 0)).toEqual({ value: null, text: "" });
  });

  it("reads every sheet with its merged areas and protection", async () => {
    const a = fakeSheet({
      name: "长表",
      values: [
        ["项目名称", "指标"],
        ["培训", "x"],
        [null, "y"],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    });
    const b = fakeSheet({ name: "只读", values: [["x"]], protected: true });
    const blank = fakeSheet({ name: "空白" });
    const { seen, check } = capture();
    const { gateway } = rig(fakeWorkbook([a, b, blank]), "1.20", check);
    value(await gateway.check(DEFAULT_SETTINGS));
    const [sa, sb, sc] = seen[0].sheets;
    expect(sa.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect([sa.protected, sb.protected, sc.protected]).toEqual([false, true, false]);
    expect(sc.rows).toEqual([]);
  });

  it("does without merged areas before ExcelApi 1.13", async () => {
    const a = fakeSheet({
      name: "长表",
      values: [["a"], ["b"]],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
    });
    const { seen, check } = capture();
    const { gateway } = rig(fakeWorkbook([a]), "1.12", check);
    value(await gateway.check(DEFAULT_SETTINGS));
    expect(seen[0].sheets[0].merges).toEqual([]);
  });

  it("reads a table of 20,000 rows in two round trips, in bands below Excel's range limit", async () => {
    const { excel, gateway } = rig(fakeWorkbook([fakeSheet({ name: "大表", values: wideTable(20000) })]));
    const result = value(await gateway.check(DEFAULT_SETTINGS));
    expect(result.tables[0].projects).toHaveLength(20000);
    expect(excel.stats.roundTrips).toBe(2);
    expect(excel.stats.maxRangeCells).toBeLessThanOrEqual(8192 * 256);
  });

  it("reads data right of column IV with one more round trip", async () => {
    const s = fakeSheet({ name: "宽", values: [["左"]] });
    cellAt(s, "IX3", true).value = "右";
    const { seen, check } = capture();
    const { excel, gateway } = rig(fakeWorkbook([s]), "1.20", check);
    value(await gateway.check(DEFAULT_SETTINGS));
    const sheet = seen[0].sheets[0];
    expect(gridCellAt(sheet, 0, 0).value).toBe("左");
    expect(gridCellAt(sheet, 2, 257).value).toBe("右");
    expect(excel.stats.roundTrips).toBe(3);
  });

  it("runs the real core check and reports progress from 0 to 1", async () => {
    const { gateway } = rig(fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(12) })]));
    const seen: number[] = [];
    const result = value(await gateway.check(DEFAULT_SETTINGS, (f) => seen.push(f)));
    expect(result.tables[0].projects).toHaveLength(12);
    expect(result.findings.some((f) => f.ruleId === "unit-missing" && f.sheet === "公开表")).toBe(true);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it("turns Excel's failures into Chinese messages instead of throwing", async () => {
    const { excel, gateway } = rig(fakeWorkbook([fakeSheet({ name: "表", values: [["x"]] })]));
    excel.run = async () => {
      throw Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    };
    const out = await gateway.check(DEFAULT_SETTINGS);
    expect(out).toEqual({ ok: false, message: expect.stringMatching(/^表格过大/) });
    excel.run = async () => {
      throw Object.assign(new Error("Boom"), { code: "GeneralException" });
    };
    expect(await gateway.check(DEFAULT_SETTINGS)).toEqual({ ok: false, message: "Excel 返回错误：Boom" });
  });

  it("says so when the Excel is too old to read a workbook", async () => {
    const { gateway } = rig(fakeWorkbook([fakeSheet({ name: "表", values: [["x"]] })]), "1.3");
    const out = await gateway.check(DEFAULT_SETTINGS);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toMatch(/版本过旧/);
  });
});
