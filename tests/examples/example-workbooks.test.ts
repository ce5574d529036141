import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { LONG_HEADER, LONG_SHEET } from "../../scripts/examples/long-workbook";
import { FORM_SHEET } from "../../scripts/examples/form-workbook";
import { WIDE_SHEET } from "../../scripts/examples/wide-workbook";
import { EXAMPLE_FILES, writeExamples } from "../../scripts/make-examples";

const ROOT = path.join(__dirname, "../..");
const SEED = path.join(ROOT, "tests/fixtures/seed/menyuan-cppcc-2024-disclosure.txt");
const COMMITTED = path.join(ROOT, "examples");

interface SheetSnapshot {
  name: string;
  merges: string[];
  /** Address → value of every non-empty cell that is not hidden under a merge. */
  cells: Record<string, ExcelJS.CellValue>;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function snapshot(wb: ExcelJS.Workbook): SheetSnapshot[] {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, ExcelJS.CellValue> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[cell.address] = cell.value;
      }),
    );
    return { name: ws.name, merges: [...ws.model.merges].sort(), cells };
  });
}

let tmp = "";
const fresh: Record<keyof typeof EXAMPLE_FILES, ExcelJS.Workbook> = {} as never;
const committed: Record<keyof typeof EXAMPLE_FILES, ExcelJS.Workbook> = {} as never;
const KINDS = Object.keys(EXAMPLE_FILES) as (keyof typeof EXAMPLE_FILES)[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "jixiao-examples-"));
  await writeExamples(tmp, SEED);
  for (const kind of KINDS) {
    fresh[kind] = await load(path.join(tmp, EXAMPLE_FILES[kind]));
    committed[kind] = await load(path.join(COMMITTED, EXAMPLE_FILES[kind]));
  }
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("committed examples are up to date", () => {
  it.each(KINDS)("%s equals what `npm run examples` writes now (values and merges)", (kind) => {
    expect(snapshot(committed[kind])).toEqual(snapshot(fresh[kind]));
  });
});

describe("regenerating", () => {
  // exceljs dates zip entries with the current time; make-examples fixes them, so the committed bytes
  // match and an unchanged example never shows up as changed.
  it.each(KINDS)("%s is byte-identical to the committed file", async (kind) => {
    const a = await readFile(path.join(tmp, EXAMPLE_FILES[kind]));
    const b = await readFile(path.join(COMMITTED, EXAMPLE_FILES[kind]));
    expect(a.equals(b)).toBe(true);
  });
});

describe("wide example", () => {
  const ws = (): ExcelJS.Worksheet => committed.wide.getWorksheet(WIDE_SHEET)!;

  it("has the title merged over the table, the header and 17 rows", () => {
    expect(ws().model.merges).toEqual(["A1:E1"]);
    expect(ws().getCell("A1").value).toBe("门源县政协办公室2024年部门预算项目支出绩效目标公开表");
    expect(ws().getRow(2).values).toEqual([
      undefined,
      "单位编码",
      "单位及项目名称",
      "金额 (万元)",
      "绩效目标",
      "绩效指标",
    ]);
    expect(ws().rowCount).toBe(19);
  });

  it("keeps 合计, 402 and 402001 rows with codes as text and amounts as numbers formatted 0.00", () => {
    expect([ws().getCell("B3").value, ws().getCell("C3").value]).toEqual(["合计", 92.79]);
    expect([ws().getCell("A4").value, ws().getCell("A5").value]).toEqual(["402", "402001"]);
    expect(ws().getCell("C10").numFmt).toBe("0.00");
    expect(ws().getCell("C10").value).toBe(17); // project 5: "17.00" as written
  });

  it("has the 14 projects whose amounts add up to 合计", () => {
    const amounts: number[] = [];
    for (let r = 6; r <= 19; r++) amounts.push(ws().getCell(r, 3).value as number);
    expect(amounts.reduce((s, a) => s.plus(a), new Decimal(0)).toFixed(2)).toBe("92.79");
    expect(ws().getCell("B6").value).toBe("1. 政协十七届四次会议工作经费");
    expect(ws().getCell("B19").value).toBe("14. 编外长期 聘用人员");
  });

  it("writes indicator trees as multi-line wrapped cells without OCR debris", () => {
    const cell = ws().getCell("E6");
    expect(String(cell.value).split("\n")).toHaveLength(27);
    expect(cell.alignment.wrapText).toBe(true);
    expect(cell.border.bottom?.style).toBe("thin");
    expect(ws().getCell("D19").value).toBeNull(); // project 14 has no goal, as published
    for (let r = 3; r <= 19; r++) expect(String(ws().getCell(r, 5).value ?? "")).not.toMatch(/<p>|\$|\\geq/);
  });
});

describe("long example", () => {
  const ws = (): ExcelJS.Worksheet => committed.long.getWorksheet(LONG_SHEET)!;

  it("has the declaration header", () => {
    expect(ws().getRow(2).values).toEqual([undefined, ...LONG_HEADER]);
  });

  it("lists the 14 projects once each, with project, amount and goal cells merged over the same rows", () => {
    const names: string[] = [];
    const merges = ws().model.merges;
    for (let r = 3; r <= ws().rowCount; r++) {
      const a = ws().getCell(r, 1);
      if (a.isMerged && a.master.address !== a.address) continue;
      names.push(String(a.value));
      const range = merges.find((m) => m.startsWith(`A${r}:`));
      const end = range ? range.split(":")[1].slice(1) : String(r);
      for (const col of ["B", "C"]) {
        if (range) expect(merges).toContain(`${col}${r}:${col}${end}`);
      }
    }
    expect(names).toHaveLength(14);
    expect(names[0]).toBe("1. 政协十七届四次会议工作经费");
    expect(names[13]).toBe("14. 编外长期 聘用人员");
  });

  it("splits project 1 into its 18 indicators with merged 一级/二级 cells", () => {
    const merges = ws().model.merges;
    expect(merges).toContain("A3:A20");
    expect(merges).toContain("D3:D14"); // 产出指标: 12 indicators
    expect(merges).toContain("E3:E5"); // 数量指标: 3
    expect(merges).toContain("D15:D18"); // 效益指标: 4
    expect([ws().getCell("D3").value, ws().getCell("E3").value, ws().getCell("F3").value]).toEqual([
      "产出指标",
      "数量指标",
      "举行政协全委会议",
    ]);
    expect([ws().getCell("H3").value, ws().getCell("I3").value]).toEqual([1, "次"]);
    expect([ws().getCell("G4").value, ws().getCell("H4").value, ws().getCell("I4").value]).toEqual([
      "≥",
      162,
      "名",
    ]);
    expect([ws().getCell("F19").value, ws().getCell("G19").value, ws().getCell("H19").value]).toEqual([
      "人民群众满意度",
      "≥",
      95,
    ]);
  });

  it("keeps qualitative values and the seed's missing operators as written", () => {
    const row = (name: string): ExcelJS.Row | undefined => {
      let found: ExcelJS.Row | undefined;
      ws().eachRow((r) => {
        if (!found && r.getCell(6).value === name) found = r;
      });
      return found;
    };
    const quality = row("政协委员参会率")!;
    expect([quality.getCell(7).value, quality.getCell(8).value, quality.getCell(9).value]).toEqual([
      null,
      95,
      "%",
    ]);
    const sustained = row("会议管理制度健全性")!;
    expect([sustained.getCell(7).value, sustained.getCell(8).value, sustained.getCell(9).value]).toEqual([
      "定性",
      "健全",
      null,
    ]);
  });
});

describe("single-project form example", () => {
  const ws = (): ExcelJS.Worksheet => committed.form.getWorksheet(FORM_SHEET)!;

  it("has the label/value rows on top", () => {
    const labels = [3, 4, 5, 6, 7, 8, 9].map((r) => ws().getCell(r, 1).value);
    expect(labels).toEqual([
      "项目名称",
      "主管部门",
      "实施单位",
      "年度资金总额（万元）",
      "其中：财政拨款",
      "其他资金",
      "年度目标",
    ]);
    expect(ws().model.merges).toEqual(expect.arrayContaining(["B3:F3", "B6:F6", "B9:F9"]));
    expect(ws().getCell("B6").numFmt).toBe("0.00");
  });

  it("has the indicator grid with merged 一级/二级 cells and all three 一级", () => {
    expect(ws().getRow(10).values).toEqual([
      undefined,
      "一级指标",
      "二级指标",
      "三级指标",
      "指标性质",
      "指标值",
      "计量单位",
    ]);
    expect(ws().model.merges).toEqual(expect.arrayContaining(["A11:A19", "B11:B13", "B17:B19", "A20:A22"]));
    expect([ws().getCell("A11").value, ws().getCell("A20").value, ws().getCell("A23").value]).toEqual([
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
  });

  it("has numbers that agree: funds add up and 综合定额 × 人数 × 天数 = 会议费总额 = amount", () => {
    const byName = new Map<string, ExcelJS.CellValue>();
    for (let r = 11; r <= ws().rowCount; r++)
      byName.set(String(ws().getCell(r, 3).value), ws().getCell(r, 5).value);
    const amount = new Decimal(ws().getCell("B6").value as number);
    expect(
      amount.equals(new Decimal(ws().getCell("B7").value as number).plus(ws().getCell("B8").value as number)),
    ).toBe(true);
    const implied = new Decimal(byName.get("综合定额") as number)
      .times(byName.get("参会人数") as number)
      .times(byName.get("会期") as number)
      .div(10000);
    expect(implied.equals(amount)).toBe(true);
    expect(new Decimal(byName.get("会议费总额") as number).equals(amount)).toBe(true);
  });
});
