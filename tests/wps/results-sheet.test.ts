/**
 * The 「检查结果」 sheet on WPS 表格 (src/wps/wps-results-sheet.ts through the gateway), on the fake WPS:
 * the same cells and links as Excel's on the same findings, the header row bold and frozen, filter
 * buttons over the list, a free name (never an existing sheet), and the refusal under a protected
 * workbook structure.
 */
import type { Finding } from "../../src/core/finding";
import { RESULT_COLUMNS, RESULTS_SHEET } from "../../src/core/report/marks";
import { WPS_MSG } from "../../src/wps/messages";
import { createWpsGateway } from "../../src/wps/wps-gateway";
import {
  cellAt,
  fakeSheet,
  fakeWorkbook,
  findSheet,
  workbookLooks,
  type FakeSheet,
  type FakeWorkbookData,
} from "../excel/fake-excel";
import { finding, rig, value } from "../excel/helpers";
import { FakeWps } from "./fake-wps/fake-wps";

const SHEET = "公开表";
const OTHER = "O'Brien 表";

function book(...extra: FakeSheet[]): FakeWorkbookData {
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

const open = (data: FakeWorkbookData) => {
  const wps = new FakeWps(data);
  return { wps, gateway: createWpsGateway({ app: wps }) };
};

/** Every cell of the sheet as the reviewer sees it: value, link, wrapping. */
function cellsOf(sheet: FakeSheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (let r = 1; r <= 20; r++)
    RESULT_COLUMNS.forEach((_, c) => {
      const a = `${String.fromCharCode(65 + c)}${r}`;
      const cell = cellAt(sheet, a);
      if (cell && cell.value !== null)
        out.set(a, { value: cell.value, link: cell.hyperlink, wrap: cell.style?.wrapText ?? false });
    });
  return out;
}

describe("「检查结果」 sheet on WPS 表格", () => {
  it("adds Excel's table of findings as a last, shown sheet: bold frozen header, filters, links", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { gateway } = open(data);
    const out = value(await gateway.addResultsSheet!(findings()));
    expect(out).toEqual({ sheet: RESULTS_SHEET, rows: 3 });
    expect(data.sheets.map((s) => s.name)).toEqual([SHEET, OTHER, RESULTS_SHEET]);
    expect(data.activeSheet).toBe(RESULTS_SHEET);
    expect(data.selection).toBe(`${RESULTS_SHEET}!A1`);

    const sheet = findSheet(data, RESULTS_SHEET)!;
    // The same cells, links and wrapping as the Excel adapter writes for the same findings.
    const excelData = book();
    value(await rig(excelData).gateway.addResultsSheet!(findings()));
    const excelCells = cellsOf(findSheet(excelData, RESULTS_SHEET)!);
    expect(cellsOf(sheet)).toEqual(excelCells);
    expect(excelCells.size).toBe(4 * RESULT_COLUMNS.length);

    expect(cellAt(sheet, "A1")!.value).toBe("严重程度");
    expect(["A2", "A3", "A4"].map((a) => cellAt(sheet, a)!.value)).toEqual(["错误", "警告", "提示"]);
    // Messages that look like formulas or numbers stay text.
    expect(cellAt(sheet, "E2")!.value).toContain("=满意度低于 80%");
    expect(cellAt(sheet, "E2")!.formula).toBeUndefined();
    expect(cellAt(sheet, "C2")!.hyperlink).toEqual({
      documentReference: `'${SHEET}'!C3`,
      screenTip: `转到 ${cellAt(sheet, "C2")!.value as string}`,
    });
    expect(cellAt(sheet, "C3")!.hyperlink?.documentReference).toBe("'O''Brien 表'!A1");

    // Bold headings only; every cell top-aligned; widths as the CLI's (characters).
    RESULT_COLUMNS.forEach((_, c) => {
      const col = String.fromCharCode(65 + c);
      expect(cellAt(sheet, `${col}1`)!.style?.bold).toBe(true);
      expect(cellAt(sheet, `${col}2`)!.style?.bold ?? false).toBe(false);
      expect(cellAt(sheet, `${col}4`)!.style?.verticalAlignment).toBe("Top");
    });
    const wps = new FakeWps(data);
    const ws = wps.ActiveWorkbook!.Worksheets.Item(RESULTS_SHEET);
    expect(RESULT_COLUMNS.map((_, c) => ws.Range(`${String.fromCharCode(65 + c)}1`).ColumnWidth)).toEqual(
      RESULT_COLUMNS.map((c) => c.width),
    );

    // Filter buttons over the header and every row; the header row frozen, on this sheet only.
    expect(sheet.autoFilter).toEqual({ top: 0, left: 0, bottom: 3, right: RESULT_COLUMNS.length - 1 });
    expect(sheet.frozenRows).toBe(1);
    expect(data.sheets.filter((s) => s.frozenRows !== undefined || s.autoFilter).map((s) => s.name)).toEqual([
      RESULTS_SHEET,
    ]);

    // Nothing else changed.
    const after = workbookLooks(data);
    for (const [k, look] of before) expect(after.get(k)).toEqual(look);
  });

  it("never writes into an existing sheet: the next free name", async () => {
    const taken = fakeSheet({ name: RESULTS_SHEET, values: [["用户自己的表"]] });
    const data = book(taken);
    const { gateway } = open(data);
    expect(value(await gateway.addResultsSheet!(findings())).sheet).toBe(`${RESULTS_SHEET} (2)`);
    expect(cellAt(findSheet(data, RESULTS_SHEET)!, "A1")!.value).toBe("用户自己的表");
    expect(findSheet(data, RESULTS_SHEET)!.autoFilter).toBeUndefined();
    expect(value(await gateway.addResultsSheet!(findings().slice(0, 1)))).toEqual({
      sheet: `${RESULTS_SHEET} (3)`,
      rows: 1,
    });
    expect(findSheet(data, `${RESULTS_SHEET} (2)`)!.autoFilter?.bottom).toBe(3);
    expect(findSheet(data, `${RESULTS_SHEET} (3)`)!.autoFilter?.bottom).toBe(1);
  });

  it("lists 「没有发现问题。」 when there is nothing to list", async () => {
    const data = book();
    const { gateway } = open(data);
    expect(value(await gateway.addResultsSheet!([]))).toEqual({ sheet: RESULTS_SHEET, rows: 0 });
    const sheet = findSheet(data, RESULTS_SHEET)!;
    expect(cellAt(sheet, "E2")!.value).toBe("没有发现问题。");
    expect(cellAt(sheet, "C2")?.hyperlink).toBeUndefined();
    expect(sheet.frozenRows).toBe(1);
  });

  it("refuses, adding nothing, when the workbook's structure is protected", async () => {
    const data = book();
    data.structureProtected = true;
    const { gateway } = open(data);
    expect(await gateway.addResultsSheet!(findings())).toEqual({
      ok: false,
      message: WPS_MSG.resultsSheetStructureProtected,
    });
    expect(data.sheets.map((s) => s.name)).toEqual([SHEET, OTHER]);
  });
});
