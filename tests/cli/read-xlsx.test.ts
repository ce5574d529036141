import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { cellAt, type Sheet } from "../../src/core/grid";
import { READ_MESSAGES, readXlsx, readXlsxBuffer } from "../../src/cli/read-xlsx";
import {
  WIDE_ROWS,
  WIDE_SHEET,
  makeTmpDir,
  makeXlsx,
  makeZip,
  removeDir,
  writeEmptyWorkbook,
  writeEncryptedFake,
  writeTruncatedWorkbook,
  writeWideWorkbook,
} from "./workbooks";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => removeDir(dir));

async function read(file: string) {
  const r = await readXlsx(file);
  if (!r.ok) throw new Error(`expected a workbook, got: ${r.message}`);
  return r.workbook;
}

/** 1-based Excel address → cell. */
function at(sheet: Sheet, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return cellAt(sheet, Number(m[2]) - 1, col - 1);
}

describe("readXlsx: cell values", () => {
  let sheet: Sheet;
  beforeAll(async () => {
    const file = path.join(dir, "types.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表一");
    ws.getCell("C3").value = 10.8;
    ws.getCell("C3").numFmt = "0.00";
    ws.getCell("D3").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
    ws.getCell("E3").value = true;
    ws.getCell("F3").value = new Date(Date.UTC(2024, 0, 5));
    ws.getCell("F3").numFmt = "yyyy-mm-dd";
    ws.getCell("C4").value = { formula: "SUM(C3:C3)", result: 10.8 } as ExcelJS.CellFormulaValue;
    ws.getCell("C5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("C6").value = { formula: "C3*2", result: 21.6 } as ExcelJS.CellFormulaValue;
    ws.getCell("C7").value = { sharedFormula: "C6", result: 43.2 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("C8").value = { formula: "A1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("C9").value = 0.955;
    ws.getCell("C9").numFmt = "0.0%";
    ws.getCell("D9").value = 1234567.891;
    ws.getCell("D9").numFmt = "#,##0.00";
    ws.getCell("E9").value = "214.06";
    ws.getCell("F9").value = "";
    ws.getRow(5).hidden = true;
    ws.mergeCells("D4:E6");
    await ws.protect("", {});
    wb.addWorksheet("第二页").getCell("A1").value = "x";
    await wb.xlsx.writeFile(file);
    const workbook = await read(file);
    expect(workbook.name).toBe("types.xlsx");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["表一", "第二页"]);
    sheet = workbook.sheets[0];
  });

  it("places the used range at its absolute origin", () => {
    expect(sheet.originRow).toBe(2);
    expect(sheet.originCol).toBe(2);
    expect(sheet.rows[0][0]?.value).toBe(10.8);
  });

  it("reads numbers as numbers, with the text their number format displays", () => {
    expect(at(sheet, "C3")).toEqual({ value: 10.8, text: "10.80", numberFormat: "0.00" });
    expect(at(sheet, "C9")).toMatchObject({ value: 0.955, text: "95.5%" });
    expect(at(sheet, "D9")).toMatchObject({ value: 1234567.891, text: "1,234,567.89" });
  });

  it("keeps amounts typed as text as strings", () => {
    expect(at(sheet, "E9")).toEqual({ value: "214.06", text: "214.06" });
  });

  it("joins rich text runs and reads booleans", () => {
    expect(at(sheet, "D3")).toEqual({ value: "富文本", text: "富文本" });
    expect(at(sheet, "E3")).toEqual({ value: true, text: "TRUE" });
  });

  it("reads dates as the Excel serial with the displayed date as text", () => {
    expect(at(sheet, "F3")).toMatchObject({ value: 45296, text: "2024-01-05" });
  });

  it("reads formulas with their cached result, shared formulas moved to their cell", () => {
    expect(at(sheet, "C4")).toMatchObject({ value: 10.8, text: "10.8", formula: "=SUM(C3:C3)" });
    expect(at(sheet, "C6")).toMatchObject({ value: 21.6, formula: "=C3*2" });
    expect(at(sheet, "C7")).toMatchObject({ value: 43.2, formula: "=C4*2" });
  });

  it("reads error values, also as a formula's result", () => {
    expect(at(sheet, "C5")).toMatchObject({ error: "#REF!", text: "#REF!" });
    expect(at(sheet, "C8")).toMatchObject({ error: "#DIV/0!", text: "#DIV/0!", formula: "=A1/0" });
  });

  it("treats an empty string as an empty cell", () => {
    expect(at(sheet, "F9")).toEqual({ value: null, text: "" });
  });

  it("reads merged areas (0-based), hidden rows and the protection flag", () => {
    expect(sheet.merges).toEqual([{ top: 3, left: 3, bottom: 5, right: 4 }]);
    expect(sheet.hiddenRows).toEqual([4]);
    expect(sheet.protected).toBe(true);
  });
});

describe("readXlsx agrees with exceljs's own reader", () => {
  it("gives every non-empty cell of a wide table the value exceljs reads", async () => {
    const file = path.join(dir, "wide.xlsx");
    await writeWideWorkbook(file, { amountAsText: true, hideUnitRow: true, extraEmptySheet: true });
    const ours = await read(file);
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.readFile(file);
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.worksheets.map((w) => w.name));
    let compared = 0;
    theirs.worksheets.forEach((ws, i) => {
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master !== cell) return;
          const expected = typeof cell.value === "number" || typeof cell.value === "string" ? cell.value : cell.text;
          expect(cellAt(ours.sheets[i], r - 1, c - 1).value).toEqual(expected);
          compared++;
        }),
      );
    });
    expect(compared).toBeGreaterThan(15);
    const sheet = ours.sheets[0];
    expect(sheet.name).toBe(WIDE_SHEET);
    expect(sheet.hiddenRows).toEqual([WIDE_ROWS.unit - 1]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(ours.sheets[1].rows).toEqual([]);
  });
});

describe("readXlsx: encodings exceljs does not write", () => {
  const sheetXml = (data: string, extra = "") =>
    `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${data}</x:sheetData>${extra}</x:worksheet>`;

  it("reads inline strings, prefixed tags, _xHHHH_ escapes and rows/cells without addresses", () => {
    const buf = makeXlsx(
      sheetXml(
        `<x:row><x:c t="inlineStr"><x:is><x:r><x:t>甲</x:t></x:r><x:r><x:t xml:space="preserve"> 乙</x:t></x:r></x:is></x:c><x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>a_x000D_b</x:v></x:c></x:row>` +
          `<x:row><x:c><x:v>7</x:v></x:c></x:row>`,
      ),
    );
    const r = readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 0, 0)).toEqual({ value: "甲 乙", text: "甲 乙" });
    expect(cellAt(s, 0, 1)).toEqual({ value: "a\rb", text: "a\rb", formula: '=A1&"!"' });
    expect(cellAt(s, 1, 0)).toEqual({ value: 7, text: "7" });
  });

  it("leaves phonetic guides out of shared strings and reads ISO dates (t=\"d\")", () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>会议</t><rPh sb="0" eb="2"><t>かいぎ</t></rPh></si><si><r><t>A&lt;</t></r><r><t>B</t></r></si></sst>`;
    const buf = makeXlsx(
      sheetXml(`<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="d"><x:v>2024-01-05T00:00:00Z</x:v></x:c></x:row>`),
      { sharedStrings: sst },
    );
    const r = readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 1, 1).value).toBe("会议");
    expect(cellAt(s, 1, 2).value).toBe("A<B");
    expect(cellAt(s, 1, 3)).toEqual({ value: 45296, text: "2024/1/5" });
  });

  it("applies custom and built-in number formats from styles.xml (absolute relationship target)", () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10"/></cellXfs></styleSheet>`;
    const buf = makeXlsx(
      sheetXml(`<x:row r="1"><x:c r="A1" s="1"><x:v>2.5</x:v></x:c><x:c r="B1" s="2"><x:v>0.98</x:v></x:c><x:c r="C1" s="0"><x:v>0.30000000000000004</x:v></x:c></x:row>`),
      { styles },
    );
    const r = readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 0, 0)).toEqual({ value: 2.5, text: "2.50万元", numberFormat: '0.00"万元"' });
    expect(cellAt(s, 0, 1).text).toBe("98.00%");
    expect(cellAt(s, 0, 2)).toEqual({ value: 0.30000000000000004, text: "0.3" });
  });
});

describe("readXlsx: inputs it cannot read, each with a Chinese one-liner", () => {
  const expectFailure = async (file: string, kind: string, message: string) => {
    const r = await readXlsx(file);
    expect(r).toEqual({ ok: false, kind, message });
    expect(message).not.toMatch(/\n/);
  };

  it("a missing file", async () => {
    await expectFailure(path.join(dir, "不存在.xlsx"), "missing", READ_MESSAGES.missing);
  });

  it("an encrypted workbook (OLE container)", async () => {
    const file = path.join(dir, "加密.xlsx");
    writeEncryptedFake(file);
    await expectFailure(file, "encrypted", "文件已加密（设置了打开密码），请先在 Excel 中取消密码后再检查。");
  });

  it("a truncated workbook", async () => {
    const file = path.join(dir, "truncated.xlsx");
    await writeTruncatedWorkbook(file);
    await expectFailure(file, "corrupt", READ_MESSAGES.corrupt);
  });

  it("a zip whose sheet data is damaged (CRC mismatch)", async () => {
    const file = path.join(dir, "flipped.xlsx");
    const good = makeXlsx(`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    const at = good.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + "xl/worksheets/sheet1.xml".length + 3;
    good[at] ^= 0xff;
    fs.writeFileSync(file, good);
    await expectFailure(file, "corrupt", READ_MESSAGES.corrupt);
  });

  it("a sheet with malformed XML", async () => {
    const file = path.join(dir, "badxml.xlsx");
    fs.writeFileSync(file, makeXlsx(`<worksheet><sheetData><row r="1"><c r="A1"<v>1</v></c></row></sheetData></worksheet>`));
    await expectFailure(file, "corrupt", READ_MESSAGES.corrupt);
  });

  it("a zip that is not a workbook (a renamed .docx)", async () => {
    const file = path.join(dir, "renamed-docx.xlsx");
    fs.writeFileSync(file, makeZip([{ name: "word/document.xml", data: "<document/>", deflate: true }]));
    await expectFailure(file, "not-xlsx", READ_MESSAGES.notXlsxContent);
  });

  it("a text file named .xlsx", async () => {
    const file = path.join(dir, "text.xlsx");
    fs.writeFileSync(file, "单位编码,项目名称\n402,会议\n");
    await expectFailure(file, "not-xlsx", READ_MESSAGES.notXlsxContent);
  });

  it("an empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    fs.writeFileSync(file, "");
    await expectFailure(file, "empty", READ_MESSAGES.empty);
  });

  it("an old .xls and another extension, by name", async () => {
    const xls = path.join(dir, "old.xls");
    fs.writeFileSync(xls, "whatever");
    await expectFailure(xls, "not-xlsx", READ_MESSAGES.xls);
    const csv = path.join(dir, "table.csv");
    fs.writeFileSync(csv, "a,b");
    await expectFailure(csv, "not-xlsx", READ_MESSAGES.notXlsxName);
  });

  it("a folder", async () => {
    await expectFailure(dir, "not-xlsx", READ_MESSAGES.folderNotFile);
  });
});

describe("readXlsx: an empty workbook", () => {
  it("reads a workbook whose only sheet is empty", async () => {
    const file = path.join(dir, "blank.xlsx");
    await writeEmptyWorkbook(file);
    const wb = await read(file);
    expect(wb.sheets).toEqual([{ name: "Sheet1", rows: [], originRow: 0, originCol: 0, merges: [] }]);
  });
});

describe("readXlsx: a 50,000-row sheet", () => {
  it("reads every row, merge and hidden row of a long table", () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= 50_000; r++) {
      rows.push(
        `<row r="${r}"${r % 1000 === 0 ? ' hidden="1"' : ""}><c r="A${r}" t="inlineStr"><is><t>项目${Math.ceil(r / 25)}</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}" t="inlineStr"><is><t>≥95%</t></is></c></row>`,
      );
      if (r % 25 === 1) merges.push(`<mergeCell ref="A${r}:A${r + 24}"/>`);
    }
    const xml = `<worksheet><sheetData>${rows.join("")}</sheetData><mergeCells>${merges.join("")}</mergeCells></worksheet>`;
    const r = readXlsxBuffer(makeXlsx(xml), "long.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(s.rows).toHaveLength(50_000);
    expect(cellAt(s, 49_999, 0).value).toBe("项目2000");
    expect(cellAt(s, 49_999, 1).value).toBe(50_000);
    expect(s.merges).toHaveLength(2000);
    expect(s.merges[1999]).toEqual({ top: 49_975, left: 0, bottom: 49_999, right: 0 });
    expect(s.hiddenRows).toHaveLength(50);
  });
});
