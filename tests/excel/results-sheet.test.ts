/**
 * The 「检查结果」 sheet the pane adds on request (src/excel/results-sheet.ts through the gateway), on the
 * fake Excel: the CLI's columns and rows, a link per finding to its cell, an Excel table with filters,
 * a free name (never an existing sheet), one Excel.run, and the refusals.
 */
import ExcelJS from "exceljs";
import type { Finding } from "../../src/core/finding";
import { RESULT_COLUMNS, RESULTS_SHEET } from "../../src/core/report/marks";
import { MSG } from "../../src/excel/messages";
import { columnPoints, RESULTS_TABLE_STYLE, writeResultsSheet } from "../../src/excel/results-sheet";
import { addResultsSheet } from "../../src/xlsx/results-sheet";
import { cellAt, fakeSheet, fakeWorkbook, findSheet, workbookLooks, type FakeSheet } from "./fake-excel";
import { finding, rig, value } from "./helpers";

const SHEET = "公开表";
const OTHER = "O'Brien 表";

function book(...extra: FakeSheet[]) {
  return fakeWorkbook([
    fakeSheet({
      name: SHEET,
      values: [
        ["项目", "金额", "指标"],
        ["培训", 5, "1. 举办培训班 ≥3"],
        ["会议", 6, "1. 满意度 ≥60%"],
      ],
    }),
    fakeSheet({ name: OTHER, values: [["x"]] }),
    ...extra,
  ]);
}

const findings = (): Finding[] => [
  { ...finding(SHEET, "C2", "info", "提示：没有计算符号"), project: "培训" },
  { ...finding(SHEET, "C3", "error", "=满意度低于 80%"), project: "会议", line: 1 },
  { ...finding(OTHER, "A1", "warning", "-一条警告"), project: "其他", ruleId: "value-missing" },
];

/** The sheet's values, row by row (A1 down to the last row with anything). */
function grid(sheet: FakeSheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; ; r++) {
    const row = RESULT_COLUMNS.map(
      (_, c) => cellAt(sheet, `${String.fromCharCode(65 + c)}${r}`)?.value ?? "",
    );
    if (row.every((v) => v === "")) return rows;
    rows.push(row);
  }
}

/** The CLI's 「检查结果」 sheet for the same findings, as text (a link cell: its text). */
async function cliGrid(list: Finding[], sheets: string[]): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s);
  const name = addResultsSheet(wb, list, sheets);
  const ws = wb.getWorksheet(name)!;
  const out: unknown[][] = [];
  ws.eachRow((row) => {
    out.push(
      RESULT_COLUMNS.map((_, c) => {
        const v = row.getCell(c + 1).value;
        return v && typeof v === "object" && "text" in v ? v.text : (v ?? "");
      }),
    );
  });
  return out;
}

describe("「检查结果」 sheet from the pane", () => {
  it("adds the CLI's table of findings as a last, active sheet, in one Excel.run", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data);
    const out = value(await gateway.addResultsSheet!(findings()));
    expect(out).toEqual({ sheet: RESULTS_SHEET, rows: 3 });
    expect(data.sheets.map((s) => s.name)).toEqual([SHEET, OTHER, RESULTS_SHEET]);
    expect(data.activeSheet).toBe(RESULTS_SHEET);
    expect(excel.stats.runs).toBe(1);
    expect(excel.stats.roundTrips).toBe(2);

    const sheet = findSheet(data, RESULTS_SHEET)!;
    const rows = grid(sheet);
    // Same columns and rows as the CLI's marked copy: errors, warnings, then 提示.
    expect(rows).toEqual(await cliGrid(findings(), [SHEET, OTHER]));
    expect(rows[0]).toEqual(RESULT_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r[0])).toEqual(["严重程度", "错误", "警告", "提示"]);
    // Messages that look like formulas or numbers stay text.
    expect(rows[1][4]).toContain("=满意度低于 80%");
    expect(rows[2][4]).toContain("-一条警告");
    expect(cellAt(sheet, "E2")!.formula).toBeUndefined();

    // Each place links to its cell; a quote in a sheet name is doubled.
    expect(cellAt(sheet, "C2")!.hyperlink).toEqual({
      documentReference: `'${SHEET}'!C3`,
      screenTip: `转到 ${rows[1][2] as string}`,
    });
    expect(cellAt(sheet, "C3")!.hyperlink?.documentReference).toBe("'O''Brien 表'!A1");
    expect(cellAt(sheet, "C4")!.hyperlink?.documentReference).toBe(`'${SHEET}'!C2`);
    expect(cellAt(sheet, "C1")!.hyperlink).toBeUndefined();

    // An Excel table (filter buttons) over the header and every row, widths as the CLI's.
    expect(sheet.tables).toEqual([
      {
        name: expect.any(String),
        range: { top: 0, left: 0, bottom: 3, right: RESULT_COLUMNS.length - 1 },
        hasHeaders: true,
        style: RESULTS_TABLE_STYLE,
      },
    ]);
    expect([...sheet.columnWidths!]).toEqual(RESULT_COLUMNS.map((c, i) => [i, columnPoints(c.width)]));
    expect(cellAt(sheet, "E2")!.style).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    // The header row stays in view over a long list (as in the CLI's copy); no other sheet is frozen.
    expect(sheet.frozenRows).toBe(1);
    expect(data.sheets.filter((s) => s.frozenRows !== undefined).map((s) => s.name)).toEqual([RESULTS_SHEET]);

    // Nothing else changed.
    const after = workbookLooks(data);
    for (const [k, look] of before) expect(after.get(k)).toEqual(look);
  });

  it("never writes into an existing sheet: the next free name, compared without case", async () => {
    const taken = fakeSheet({ name: RESULTS_SHEET, values: [["用户自己的表"]] });
    const taken2 = fakeSheet({ name: `${RESULTS_SHEET} (2)`, values: [["第二张"]] });
    const data = book(taken, taken2);
    const { gateway } = rig(data);
    const out = value(await gateway.addResultsSheet!(findings()));
    expect(out.sheet).toBe(`${RESULTS_SHEET} (3)`);
    expect(grid(findSheet(data, RESULTS_SHEET)!)[0][0]).toBe("用户自己的表");
    expect(grid(findSheet(data, `${RESULTS_SHEET} (2)`)!)[0][0]).toBe("第二张");
    expect(findSheet(data, RESULTS_SHEET)!.tables).toBeUndefined();
    // A second request adds a fourth sheet; the first added one stays as it was.
    expect(value(await gateway.addResultsSheet!(findings().slice(0, 1))).sheet).toBe(`${RESULTS_SHEET} (4)`);
    expect(grid(findSheet(data, `${RESULTS_SHEET} (3)`)!)).toHaveLength(4);
    expect(grid(findSheet(data, `${RESULTS_SHEET} (4)`)!)).toHaveLength(2);
  });

  it("lists 「没有发现问题。」 when there is nothing to list", async () => {
    const data = book();
    const { gateway } = rig(data);
    expect(value(await gateway.addResultsSheet!([]))).toEqual({ sheet: RESULTS_SHEET, rows: 0 });
    const rows = grid(findSheet(data, RESULTS_SHEET)!);
    expect(rows).toEqual(await cliGrid([], [SHEET, OTHER]));
    expect(rows[1]).toEqual(["", "", "", "", "没有发现问题。", ""]);
  });

  it("refuses, adding nothing, when the workbook's structure is protected", async () => {
    const data = book();
    data.structureProtected = true;
    const { gateway } = rig(data);
    const out = await gateway.addResultsSheet!(findings());
    expect(out).toEqual({ ok: false, message: MSG.resultsSheetStructureProtected });
    expect(data.sheets.map((s) => s.name)).toEqual([SHEET, OTHER]);
  });

  it("freezes the header row only where the API level has frozen panes", async () => {
    for (const freezePanes of [true, false]) {
      const data = book();
      const { excel } = rig(data);
      await excel.run(null, (ctx) => writeResultsSheet(ctx, findings(), { freezePanes }));
      expect(findSheet(data, RESULTS_SHEET)!.frozenRows).toBe(freezePanes ? 1 : undefined);
    }
  });

  it("says so on an Excel older than ExcelApi 1.9, touching nothing", async () => {
    const data = book();
    const { excel, gateway } = rig(data, "1.8");
    const out = await gateway.addResultsSheet!(findings());
    expect(out).toEqual({ ok: false, message: MSG.resultsSheetTooOld });
    expect(excel.stats.runs).toBe(0);
  });
});
