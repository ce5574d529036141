import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { noteWithMark, writeMarkedCopy } from "../../src/cli/write-marked";
import type { JsonReport } from "../../src/core/report/json";
import { NOTE_HEADER } from "../../src/core/report/marks";
import {
  WIDE_ROWS,
  WIDE_SHEET,
  captureIO,
  makeTmpDir,
  removeDir,
  sha256,
  writeWideWorkbook,
} from "./workbooks";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => removeDir(dir));

async function load(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(WIDE_SHEET)!;
}

/** Font 0 of a workbook written by exceljs (what "no font" means in its files). */
const WORKBOOK_DEFAULT_FONT = { color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" };

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill && fill.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

describe("jixiao check --out-marked", () => {
  const ORIGINAL_NOTE = "李会计：\n请核对时效指标";
  const serviceRow = WIDE_ROWS.firstProject + 1;
  const printingRow = WIDE_ROWS.firstProject + 2;
  let input: string;
  let before: string;
  let json: JsonReport;
  let code: number;
  let marked: ExcelJS.Worksheet;
  let original: ExcelJS.Worksheet;

  beforeAll(async () => {
    input = path.join(dir, "申报表.xlsx");
    await writeWideWorkbook(input, { refError: true, noteOnServiceCentre: ORIGINAL_NOTE });
    before = sha256(input);
    // amount-missing as a 提示 so one cell carries only an info.
    fs.writeFileSync(path.join(dir, "info.json"), JSON.stringify({ severity: { "amount-missing": "info" } }));
    const c = captureIO({ cwd: dir });
    code = await main(
      ["check", "申报表.xlsx", "--out-marked", "标记", "--format", "json", "--config", "info.json"],
      c.io,
    );
    json = JSON.parse(c.stdout()) as JsonReport;
    marked = await load(path.join(dir, "标记", "申报表.标记.xlsx"));
    original = await load(input);
  });

  it("writes the copy as DIR/<name>.标记.xlsx and says so", () => {
    expect(code).toBe(1);
    expect(json.files[0].markedCopy).toBe(path.join("标记", "申报表.标记.xlsx"));
  });

  it("leaves the input byte-identical", () => {
    expect(sha256(input)).toBe(before);
  });

  it("fills error cells light red and appends the findings to the existing note", () => {
    const cell = marked.getCell(serviceRow, 5);
    expect(fillOf(cell)).toBe("FFFFC7CE");
    const note = noteText(cell);
    expect(note.startsWith(`${ORIGINAL_NOTE}\n\n${NOTE_HEADER}\n`)).toBe(true);
    const errors = json.files[0].findings.filter((f) => f.cell === `E${serviceRow}`);
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(note).toContain(f.message);
    expect(note).toMatch(/\n错误（第 \d+ 行）：/);
  });

  it("fills warning cells light yellow, listing every finding of the cell", () => {
    const cells = new Map<string, string[]>();
    for (const f of json.files[0].findings) cells.set(f.cell, [...(cells.get(f.cell) ?? []), f.severity]);
    const warningCells = [...cells].filter(([, s]) => !s.includes("error") && s.includes("warning"));
    expect(warningCells.length).toBeGreaterThan(0);
    for (const [address, severities] of warningCells) {
      const cell = marked.getCell(address);
      expect(fillOf(cell)).toBe("FFFFEB9C");
      const note = noteText(cell);
      expect(note.startsWith(`${NOTE_HEADER}\n`)).toBe(true);
      expect(note.split("\n").length - 1).toBe(severities.length);
    }
  });

  it("gives info-only cells a note but no fill", () => {
    const cell = marked.getCell(printingRow, 3);
    expect(json.files[0].findings.filter((f) => f.cell === `C${printingRow}`).map((f) => f.severity)).toEqual(
      ["info"],
    );
    expect(fillOf(cell)).toBeUndefined();
    expect(noteText(cell)).toMatch(/^【绩效检查】\n提示 \d+ 条：/);
  });

  it("changes nothing else: values, merges, fonts, unmarked cells", () => {
    const markedCells = new Set(json.files[0].findings.map((f) => f.cell));
    original.eachRow((row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const copy = marked.getCell(r, c);
        expect(copy.value).toEqual(cell.value);
        // A cell with the default style reads back with font 0 spelled out once it has a fill of its own.
        expect(copy.font ?? WORKBOOK_DEFAULT_FONT).toEqual(cell.font ?? WORKBOOK_DEFAULT_FONT);
        expect(copy.numFmt).toEqual(cell.numFmt);
        if (!markedCells.has(cell.address)) {
          expect(copy.fill).toEqual(cell.fill);
          expect(copy.note).toEqual(cell.note);
        }
      }),
    );
    expect(marked.model.merges).toEqual(original.model.merges);
    expect(marked.getCell("A1").font?.bold).toBe(true);
  });
});

describe("writeMarkedCopy", () => {
  it("never overwrites its source", async () => {
    const file = path.join(dir, "self.xlsx");
    await writeWideWorkbook(file);
    const hash = sha256(file);
    expect(await writeMarkedCopy(file, path.join(dir, ".", "self.xlsx"), [])).toEqual({
      ok: false,
      message: "标记副本不能覆盖原文件。",
    });
    expect(sha256(file)).toBe(hash);
  });

  it("re-marking a marked copy replaces its block instead of adding a second one", async () => {
    const input = path.join(dir, "again.xlsx");
    await writeWideWorkbook(input);
    const c = captureIO({ cwd: dir });
    await main(["check", "again.xlsx", "--out-marked", "once"], c.io);
    await main(["check", path.join("once", "again.标记.xlsx"), "--out-marked", "twice"], c.io);
    const once = await load(path.join(dir, "once", "again.标记.xlsx"));
    const twice = await load(path.join(dir, "twice", "again.标记.标记.xlsx"));
    const cell = `E${WIDE_ROWS.firstProject + 1}`;
    expect(noteText(twice.getCell(cell))).toBe(noteText(once.getCell(cell)));
    expect(noteText(twice.getCell(cell)).split(NOTE_HEADER)).toHaveLength(2);
  });
});

describe("noteWithMark", () => {
  const block = `${NOTE_HEADER}\n错误：没有指标值。`;

  it("keeps a rich note's runs and fonts and appends the block as a run", () => {
    const rich = { texts: [{ text: "张三:", font: { bold: true } }, { text: "\n请核对" }] };
    expect(noteWithMark(rich, block)).toEqual({
      texts: [{ text: "张三:", font: { bold: true } }, { text: "\n请核对" }, { text: `\n\n${block}` }],
    });
  });

  it("cuts an earlier block out of a rich note", () => {
    const rich = {
      texts: [{ text: "原批注", font: { bold: true } }, { text: `\n\n${NOTE_HEADER}\n警告：旧。` }],
    };
    expect(noteWithMark(rich, block)).toEqual({
      texts: [{ text: "原批注", font: { bold: true } }, { text: `\n\n${block}` }],
    });
  });

  it("starts a note where there was none", () => {
    expect(noteWithMark(undefined, block)).toBe(block);
  });
});
