import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { cellAt, type Sheet } from "../../src/core/grid";
import { spawnSync } from "child_process";
import { READ_MESSAGES, readXlsx, readXlsxBuffer } from "../../src/cli/read-xlsx";
import { SNIFF_MESSAGES } from "../../src/cli/sniff";
import {
  SERVICE_CENTRE,
  WIDE_ROWS,
  WIDE_SHEET,
  makeOle,
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
    ws.getCell("G3").value = {
      text: "附件链接",
      hyperlink: "https://example.com/a.pdf",
    } as ExcelJS.CellHyperlinkValue;
    ws.getCell("G4").value = {
      formula: "F3+1",
      result: new Date(Date.UTC(2024, 0, 6)),
    } as ExcelJS.CellFormulaValue;
    ws.getCell("G4").numFmt = 'yyyy"年"m"月"d"日"';
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

  it("reads a hyperlink as its text, and a formula's date result as a serial", () => {
    expect(at(sheet, "G3")).toEqual({ value: "附件链接", text: "附件链接" });
    expect(at(sheet, "G4")).toEqual({
      value: 45297,
      text: "2024年1月6日",
      formula: "=F3+1",
      numberFormat: 'yyyy"年"m"月"d"日"',
    });
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

describe("readXlsx: number formats as Excel displays them", () => {
  it('shows 6.8 under "0.00" as 6.80, where exceljs\'s cell.text is the bare number', async () => {
    const file = path.join(dir, "amounts.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("金额");
    ws.getCell("A1").value = 6.8;
    ws.getCell("A1").numFmt = "0.00";
    ws.getCell("A2").value = 0.98;
    ws.getCell("A2").numFmt = "0%";
    ws.getCell("A3").value = "6.8";
    ws.getCell("A3").numFmt = "@";
    ws.getCell("A4").value = 1234.5;
    ws.getCell("A4").numFmt = "#,##0.00";
    ws.getCell("A5").value = 7;
    ws.getCell("A5").numFmt = "0";
    await wb.xlsx.writeFile(file);
    const sheet = (await read(file)).sheets[0];
    expect(at(sheet, "A1")).toEqual({ value: 6.8, text: "6.80", numberFormat: "0.00" });
    expect(at(sheet, "A2").text).toBe("98%");
    expect(at(sheet, "A3")).toEqual({ value: "6.8", text: "6.8", numberFormat: "@" });
    expect(at(sheet, "A4").text).toBe("1,234.50");
    expect(at(sheet, "A5").text).toBe("7");
    // Why display-text.ts exists: exceljs's own text would lose the trailing zero Excel shows.
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.readFile(file);
    expect(theirs.worksheets[0].getCell("A1").text).toBe("6.8");
  });
});

describe("readXlsx: dates in the 1904 date system", () => {
  it("keeps the serial in the file and shows the same date Excel shows", async () => {
    const file = path.join(dir, "mac1904.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("日期");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 5));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    await wb.xlsx.writeFile(file);
    const sheet = (await read(file)).sheets[0];
    // 2024-01-05 is serial 45296 in the 1900 system and 1462 days fewer in the 1904 system.
    expect(at(sheet, "A1")).toEqual({ value: 43834, text: "2024-01-05", numberFormat: "yyyy-mm-dd" });
  });
});

describe("readXlsx: the wide disclosure table", () => {
  it("reads every cell, merged title, hidden unit row and the empty second sheet", async () => {
    const file = path.join(dir, "wide.xlsx");
    await writeWideWorkbook(file, { amountAsText: true, hideUnitRow: true, extraEmptySheet: true });
    const wb = await read(file);
    expect(wb.sheets.map((s) => s.name)).toEqual([WIDE_SHEET, "说明"]);
    const sheet = wb.sheets[0];
    expect(sheet.originRow).toBe(0);
    expect(sheet.originCol).toBe(0);
    expect(sheet.rows).toHaveLength(WIDE_ROWS.firstProject + 2);
    expect(at(sheet, "A1").value).toBe("示例县政协办公室2024年部门预算项目支出绩效目标公开表");
    // The title is merged over A1:E1: only A1 holds it.
    for (const col of ["B", "C", "D", "E"]) expect(at(sheet, `${col}1`)).toEqual({ value: null, text: "" });
    expect(sheet.rows[1].map((c) => c?.value)).toEqual([
      "单位编码",
      "单位及项目名称",
      "金额 (万元)",
      "绩效目标",
      "绩效指标",
    ]);
    expect(at(sheet, "A3")).toEqual({ value: null, text: "" });
    expect(at(sheet, "B3").value).toBe("合计");
    expect(at(sheet, "C3")).toEqual({ value: 14.65, text: "14.65", numberFormat: "0.00" });
    expect(at(sheet, "A4")).toEqual({ value: "402", text: "402" });
    expect(at(sheet, "C5")).toEqual({ value: 10.85, text: "10.85", numberFormat: "0.00" });
    expect(at(sheet, "C6")).toEqual({ value: 3.8, text: "3.80", numberFormat: "0.00" });
    expect(at(sheet, "C7")).toEqual({ value: "2.50", text: "2.50", numberFormat: "0.00" });
    expect(at(sheet, "B6").value).toBe(SERVICE_CENTRE.name);
    expect(at(sheet, "D6").value).toBe(SERVICE_CENTRE.goal);
    expect(at(sheet, "E6").value).toBe(SERVICE_CENTRE.indicators.join("\n"));
    expect(sheet.hiddenRows).toEqual([WIDE_ROWS.unit - 1]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(sheet.protected).toBeUndefined();
    expect(wb.sheets[1].rows).toEqual([]);
  });

  it("reads a #REF! amount as an error value", async () => {
    const file = path.join(dir, "wide-ref.xlsx");
    await writeWideWorkbook(file, { refError: true, protectSheet: true });
    const sheet = (await read(file)).sheets[0];
    expect(at(sheet, "C7")).toEqual({ value: "#REF!", text: "#REF!", error: "#REF!", numberFormat: "0.00" });
    expect(sheet.protected).toBe(true);
  });
});

describe("readXlsx: encodings exceljs does not write", () => {
  const sheetXml = (data: string, extra = "") =>
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${extra}</worksheet>`;

  it("reads inline strings (joined runs), cached string results and hyperlinks' text", async () => {
    const buf = makeXlsx(
      sheetXml(
        `<row r="1"><c r="A1" t="inlineStr"><is><r><t>甲</t></r><r><t xml:space="preserve"> 乙</t></r></is></c><c r="B1" t="str"><f>A1&amp;"!"</f><v>甲 乙!</v></c><c r="C1" t="inlineStr"><is><t></t></is></c></row>` +
          `<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="b"><f>A2&gt;1</f><v>1</v></c><c r="C2" t="e"><f>A2/0</f><v>#DIV/0!</v></c></row>`,
      ),
    );
    const r = await readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 0, 0)).toEqual({ value: "甲 乙", text: "甲 乙" });
    expect(cellAt(s, 0, 1)).toEqual({ value: "甲 乙!", text: "甲 乙!", formula: '=A1&"!"' });
    expect(cellAt(s, 0, 2)).toEqual({ value: null, text: "" });
    expect(cellAt(s, 1, 0)).toEqual({ value: 7, text: "7" });
    expect(cellAt(s, 1, 1)).toEqual({ value: true, text: "TRUE", formula: "=A2>1" });
    expect(cellAt(s, 1, 2)).toEqual({
      value: "#DIV/0!",
      text: "#DIV/0!",
      error: "#DIV/0!",
      formula: "=A2/0",
    });
  });

  it("leaves phonetic guides out of shared strings and joins rich shared strings", async () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>会议</t><rPh sb="0" eb="2"><t>かいぎ</t></rPh></si><si><r><t>A&lt;</t></r><r><t>B</t></r></si></sst>`;
    const buf = makeXlsx(
      sheetXml(`<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>`),
      { sharedStrings: sst },
    );
    const r = await readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 1, 1)).toEqual({ value: "会议", text: "会议" });
    expect(cellAt(s, 1, 2)).toEqual({ value: "A<B", text: "A<B" });
  });

  it("applies custom and built-in number formats from styles.xml, dates included", async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const buf = makeXlsx(
      sheetXml(
        `<row r="1"><c r="A1" s="1"><v>2.5</v></c><c r="B1" s="2"><v>0.98</v></c><c r="C1" s="0"><v>0.30000000000000004</v></c><c r="D1" s="3"><v>45296</v></c></row>`,
      ),
      { styles },
    );
    const r = await readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 0, 0)).toEqual({ value: 2.5, text: "2.50万元", numberFormat: '0.00"万元"' });
    expect(cellAt(s, 0, 1).text).toBe("98.00%");
    expect(cellAt(s, 0, 2)).toEqual({ value: 0.30000000000000004, text: "0.3" });
    expect(cellAt(s, 0, 3)).toMatchObject({ value: 45296, text: "2024/1/5" });
  });

  it("reads a shared formula's followers with the formula moved to their cell", async () => {
    const buf = makeXlsx(
      sheetXml(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>` +
          `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>` +
          `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>`,
      ),
    );
    const r = await readXlsxBuffer(buf, "raw.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(cellAt(s, 0, 1)).toEqual({ value: 2, text: "2", formula: "=A1*2" });
    expect(cellAt(s, 2, 1)).toEqual({ value: 6, text: "6", formula: "=A3*2" });
  });

  it("reports a sheet whose tags carry a namespace prefix (which exceljs cannot read) as damaged", async () => {
    const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await readXlsxBuffer(makeXlsx(prefixed), "raw.xlsx")).toEqual({
      ok: false,
      kind: "corrupt",
      message: READ_MESSAGES.corrupt,
    });
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
    await expectFailure(
      file,
      "encrypted",
      "文件已加密（设置了打开密码），请先在 Excel 或 WPS 中取消密码后再检查。",
    );
  });

  it("a truncated workbook", async () => {
    const file = path.join(dir, "truncated.xlsx");
    await writeTruncatedWorkbook(file);
    await expectFailure(file, "corrupt", READ_MESSAGES.corrupt);
  });

  it("every cut-off length of a small workbook: reported, never hung or thrown", async () => {
    const good = makeXlsx(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    );
    const kinds = new Set<string>();
    for (let len = 1; len < good.length; len++) {
      const r = await readXlsxBuffer(good.subarray(0, len), "cut.xlsx");
      kinds.add(r.ok ? "ok" : r.kind);
    }
    expect([...kinds].sort()).toEqual(["corrupt", "not-xlsx"]);
  });

  it("a zip whose sheet data is damaged (CRC mismatch)", async () => {
    const file = path.join(dir, "flipped.xlsx");
    const good = makeXlsx(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    );
    const at = good.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + "xl/worksheets/sheet1.xml".length + 3;
    good[at] ^= 0xff;
    fs.writeFileSync(file, good);
    await expectFailure(file, "corrupt", READ_MESSAGES.corrupt);
  });

  it("a sheet with malformed XML", async () => {
    const file = path.join(dir, "badxml.xlsx");
    fs.writeFileSync(
      file,
      makeXlsx(`<worksheet><sheetData><row r="1"><c r="A1"<v>1</v></c></row></sheetData></worksheet>`),
    );
    await expectFailure(file, "corrupt", READ_MESSAGES.corrupt);
  });

  it("a zip that is not a workbook (a renamed .docx)", async () => {
    const file = path.join(dir, "renamed-docx.xlsx");
    fs.writeFileSync(file, makeZip([{ name: "word/document.xml", data: "<document/>", deflate: true }]));
    await expectFailure(file, "not-xlsx", SNIFF_MESSAGES.word);
  });

  it("a text file named .xlsx", async () => {
    const file = path.join(dir, "text.xlsx");
    fs.writeFileSync(file, "单位编码,项目名称\n402,会议\n");
    await expectFailure(file, "not-xlsx", SNIFF_MESSAGES.csv);
  });

  it("an empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    fs.writeFileSync(file, "");
    await expectFailure(file, "empty", READ_MESSAGES.empty);
  });

  it("other formats by their content, whatever the name: .xls (not encrypted), .et, .doc, .csv", async () => {
    const cases: [string, Buffer | string, string][] = [
      ["old.xls", makeOle(["Workbook", "\u0005SummaryInformation"]), SNIFF_MESSAGES.xls],
      ["renamed-xls.xlsx", makeOle(["Workbook"]), SNIFF_MESSAGES.xls],
      ["wps.et", makeOle(["Workbook"]), SNIFF_MESSAGES.et],
      ["report.doc.xlsx", makeOle(["WordDocument"]), SNIFF_MESSAGES.word],
      ["table.csv", "a,b", SNIFF_MESSAGES.csv],
      ["export.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>", SNIFF_MESSAGES.html],
    ];
    for (const [name, data, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, data);
      await expectFailure(file, "not-xlsx", message);
      expect(message).toMatch(/另存为 \.xlsx|不是 Excel 工作簿/);
    }
  });

  it(".xlsb and .ods by their parts", async () => {
    const xlsb = path.join(dir, "binary.xlsb");
    fs.writeFileSync(xlsb, makeZip([{ name: "xl/workbook.bin", data: "x" }]));
    await expectFailure(xlsb, "not-xlsx", SNIFF_MESSAGES.xlsb);
    const ods = path.join(dir, "calc.ods");
    fs.writeFileSync(
      ods,
      makeZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
    );
    await expectFailure(ods, "not-xlsx", SNIFF_MESSAGES.ods);
  });

  it("reads an .xlsm (or an .xlsx under another name) by its content", async () => {
    const file = path.join(dir, "macros.xlsm");
    fs.writeFileSync(
      file,
      makeXlsx(`<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`),
    );
    expect(cellAt((await read(file)).sheets[0], 0, 0)).toMatchObject({ value: 7 });
  });

  it("a FIFO and a device: refused without being read", async () => {
    await expectFailure("/dev/zero", "unreadable", READ_MESSAGES.notRegular);
    const fifo = path.join(dir, "pipe.xlsx");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    await expectFailure(fifo, "unreadable", READ_MESSAGES.notRegular);
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

describe("readXlsx on random damage", () => {
  it("never throws: every single-byte change of a small workbook is read or reported", async () => {
    const good = makeXlsx(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    );
    const kinds = new Set<string>();
    for (let i = 0; i < good.length; i++) {
      const bad = Buffer.from(good);
      bad[i] = i % 2 === 0 ? 0x00 : 0xff;
      const r = await readXlsxBuffer(bad, "x.xlsx");
      kinds.add(r.ok ? "ok" : r.kind);
    }
    expect([...kinds].sort()).toEqual(["corrupt", "not-xlsx", "ok"]);
    // About 1,500 exceljs loads of a 1.5 KB file (about 3 s alone): room for a busy machine.
  }, 90_000);
});

describe("readXlsx: a 50,000-row sheet", () => {
  it("reads every row, merge and hidden row of a long table", async () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= 50_000; r++) {
      rows.push(
        `<row r="${r}"${r % 1000 === 0 ? ' hidden="1"' : ""}><c r="A${r}" t="inlineStr"><is><t>项目${Math.ceil(r / 25)}</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}" t="inlineStr"><is><t>≥95%</t></is></c></row>`,
      );
      if (r % 25 === 1) merges.push(`<mergeCell ref="A${r}:A${r + 24}"/>`);
    }
    const xml = `<worksheet><sheetData>${rows.join("")}</sheetData><mergeCells>${merges.join("")}</mergeCells></worksheet>`;
    const r = await readXlsxBuffer(makeXlsx(xml), "long.xlsx");
    if (!r.ok) throw new Error(r.message);
    const s = r.workbook.sheets[0];
    expect(s.rows).toHaveLength(50_000);
    // Column A is merged in blocks of 25 rows: only each block's first row keeps its value.
    expect(cellAt(s, 49_975, 0).value).toBe("项目2000");
    expect(cellAt(s, 49_999, 0)).toEqual({ value: null, text: "" });
    expect(cellAt(s, 49_999, 1).value).toBe(50_000);
    expect(s.merges).toHaveLength(2000);
    expect(s.merges[1999]).toEqual({ top: 49_975, left: 0, bottom: 49_999, right: 0 });
    expect(s.hiddenRows).toHaveLength(50);
    expect(s.hiddenRows?.[49]).toBe(49_999);
  }, 90_000);
});

describe("readXlsx: the task pane's bookkeeping sheets", () => {
  it("skips a very hidden jixiao_原格式 sheet but reads a user's sheet of that name that is only hidden", async () => {
    const file = path.join(dir, "addin-sheets.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("申报表").getCell("A1").value = "项目名称";
    const ours = wb.addWorksheet("jixiao_原格式");
    ours.state = "veryHidden";
    ours.getCell("A1").value = "x";
    const users = wb.addWorksheet("jixiao_原格式2");
    users.state = "hidden";
    users.getCell("A1").value = "y";
    await wb.xlsx.writeFile(file);
    expect((await read(file)).sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["申报表", undefined],
      ["jixiao_原格式2", true],
    ]);
  });
});
