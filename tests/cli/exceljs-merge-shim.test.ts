import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadExcelJS, mergeShimStatus } from "../../src/cli/exceljs";
import {
  installMergeShim,
  SHIMMED_EXCELJS_VERSION,
  uninstallMergeShim,
} from "../../src/cli/exceljs-merge-shim";
import { readXlsxBuffer } from "../../src/cli/read-xlsx";
import { cellAt } from "../../src/core/grid";
import { makeXlsx } from "./workbooks";

type Excel = typeof ExcelJS;

const mergeMethod = (excel: Excel): unknown =>
  (Object.getPrototypeOf(new excel.Workbook().addWorksheet("x")) as { _mergeCellsInternal: unknown })
    ._mergeCellsInternal;

/** `fn`'s result with plain exceljs (the shim removed meanwhile) and with the shim. */
async function withAndWithout<T>(excel: Excel, fn: () => T | Promise<T>): Promise<{ plain: T; shimmed: T }> {
  expect(uninstallMergeShim(excel)).toBe(true);
  let plain: T;
  try {
    plain = await fn();
  } finally {
    expect(installMergeShim(excel)).toBe("installed");
  }
  return { plain, shimmed: await fn() };
}

/** Everything merging decides, in a comparable form: areas, and each cell's value and master. */
function snapshot(ws: ExcelJS.Worksheet) {
  const merges = Object.entries(
    (ws as unknown as { _merges: Record<string, { range: string }> })._merges,
  ).map(([master, range]) => `${master}=${range.range}`);
  const cells: string[] = [];
  ws.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(
        `${cell.address}:${cell.type}:${JSON.stringify(cell.value)}:${cell.master.address}:${cell.isMerged}`,
      );
    }),
  );
  return { merges, cells };
}

/** A sheet with single-row, single-column and block merges, some masters empty, one styled. */
async function smallWorkbook(excel: Excel): Promise<ExcelJS.Buffer> {
  const wb = new excel.Workbook();
  const ws = wb.addWorksheet("表");
  ws.getCell("A1").value = "标题";
  ws.mergeCells("A1:E1");
  for (let r = 2; r <= 9; r++) {
    ws.getCell(r, 1).value = `项目${r}`;
    ws.getCell(r, 2).value = r * 1.5;
    ws.getCell(r, 3).value = `指标${r}`;
  }
  ws.mergeCells("A2:A4");
  ws.mergeCells("B5:D7");
  ws.getCell("B5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.mergeCells("E3:E9");
  ws.mergeCells("A8:A9");
  return wb.xlsx.writeBuffer();
}

/** Runs merge operations, recording which threw. */
function mergeSequence(excel: Excel): { outcomes: string[]; snap: ReturnType<typeof snapshot> } {
  const ws = new excel.Workbook().addWorksheet("表一");
  ws.getCell("A1").value = 1;
  const steps: [string, () => void][] = [
    ["merge A1:B2", () => ws.mergeCells("A1:B2")],
    ["overlap B2:C3", () => ws.mergeCells("B2:C3")],
    ["overlap A2:B2", () => ws.mergeCells("A2:B2")],
    ["unmerge A1", () => ws.unMergeCells("A1")],
    ["merge B2:C3", () => ws.mergeCells("B2:C3")],
    ["merge A1:B1 (stale cells)", () => ws.mergeCells("A1:B1")],
    ["merge A2:A3", () => ws.mergeCells("A2:A3")],
    ["overlap A3:B3", () => ws.mergeCells("A3:B3")],
    ["overlap C1:D9", () => ws.mergeCells("C1:D9")],
    ["merge D1:D9", () => ws.mergeCells("D1:D9")],
    ["named sheet range", () => ws.mergeCells("表一!F1:G2")],
    ["named sheet overlap", () => ws.mergeCells("表一!G2:H3")],
    ["unnamed after named", () => ws.mergeCells("F5:G6")],
    ["unnamed overlap after named", () => ws.mergeCells("G6:H7")],
  ];
  const outcomes = steps.map(([name, step]) => {
    try {
      step();
      return `${name}: ok`;
    } catch (e) {
      return `${name}: ${(e as Error).message}`;
    }
  });
  return { outcomes, snap: snapshot(ws) };
}

describe("the exceljs merge shim", () => {
  let excel: Excel;
  beforeAll(async () => {
    excel = await loadExcelJS();
  });

  it("is installed on the exceljs version package.json pins", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.exceljs).toBe(SHIMMED_EXCELJS_VERSION);
    expect(await mergeShimStatus()).toBe("installed");
    // The loader's exceljs is the module every other import sees.
    expect(excel.Workbook).toBe(ExcelJS.Workbook);
    const shimmedMethod = mergeMethod(excel);
    expect(installMergeShim(excel)).toBe("already-installed");
    expect(mergeMethod(excel)).toBe(shimmedMethod);
    expect(uninstallMergeShim(excel)).toBe(true);
    expect(mergeMethod(excel)).not.toBe(shimmedMethod);
    expect(uninstallMergeShim(excel)).toBe(false);
    expect(installMergeShim(excel)).toBe("installed");
  });

  it("loads a workbook to exactly the merges, values and masters plain exceljs gives", async () => {
    const buf = await smallWorkbook(excel);
    const load = async () => {
      const wb = new excel.Workbook();
      await wb.xlsx.load(buf);
      const ws = wb.worksheets[0];
      return { ...snapshot(ws), d7Master: ws.getCell("D7").master.address, a4: ws.getCell("A4").value };
    };
    const { plain, shimmed } = await withAndWithout(excel, load);
    expect(shimmed).toEqual(plain);
    expect(shimmed.merges).toEqual(["A1=A1:E1", "A2=A2:A4", "E3=E3:E9", "B5=B5:D7", "A8=A8:A9"]);
    expect(shimmed.d7Master).toBe("B5");
    expect(shimmed.a4).toBe("项目2");
  });

  it("throws, merges and unmerges exactly as plain exceljs does", async () => {
    const { plain, shimmed: ours } = await withAndWithout(excel, () => mergeSequence(excel));
    expect(ours).toEqual(plain);
    expect(ours.outcomes).toContain("overlap B2:C3: Cannot merge already merged cells");
    expect(ours.outcomes).toContain("merge A1:B1 (stale cells): ok");
    expect(ours.outcomes).toContain("overlap A3:B3: Cannot merge already merged cells");
  });

  it("refuses to install over a method it does not know, leaving it as it was", () => {
    const different = function (this: unknown) {
      return "another version";
    };
    class FakeWorksheet {
      _merges = {};
      getCell(): void {}
    }
    (FakeWorksheet.prototype as unknown as Record<string, unknown>)._mergeCellsInternal = different;
    const fake = {
      Workbook: class {
        addWorksheet = () => new FakeWorksheet();
      },
    } as unknown as Excel;
    expect(installMergeShim(fake)).toBe("refused");
    expect((FakeWorksheet.prototype as unknown as Record<string, unknown>)._mergeCellsInternal).toBe(
      different,
    );
  });

  it("reads a long sheet with 20,000 merged areas, masters holding the values", async () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let p = 0; p < 20_000; p++) {
      const r = p * 2 + 1;
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>项目${p}</t></is></c><c r="B${r}"><v>${p}</v></c></row>` +
          `<row r="${r + 1}"><c r="B${r + 1}"><v>${p}.5</v></c></row>`,
      );
      merges.push(`<mergeCell ref="A${r}:A${r + 1}"/>`);
    }
    const xml = `<worksheet><sheetData>${rows.join("")}</sheetData><mergeCells count="20000">${merges.join("")}</mergeCells></worksheet>`;
    const r = await readXlsxBuffer(makeXlsx(xml), "long.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(s.merges).toHaveLength(20_000);
    s.merges.forEach((m, p) => expect(m).toEqual({ top: p * 2, left: 0, bottom: p * 2 + 1, right: 0 }));
    expect(cellAt(s, 39_998, 0)).toEqual({ value: "项目19999", text: "项目19999" });
    expect(cellAt(s, 39_999, 0)).toEqual({ value: null, text: "" });
    expect(cellAt(s, 39_999, 1)).toEqual({ value: 19_999.5, text: "19999.5" });
  }, 30_000);
});
