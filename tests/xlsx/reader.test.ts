/**
 * The shared way into a workbook (src/xlsx: sniffing, limits, zip budget and ratio, the exceljs
 * workarounds), piece by piece. The hostile suite's files themselves go through the same reader in
 * tests/hostile/reader.hostile.ts (npm run test:hostile: they take a minute to generate).
 */
import type ExcelJS from "exceljs";
import { bombXlsx, makeXlsx, makeZip, sheet } from "../hostile/inputs";
import { cellAt } from "../../src/core/grid";
import { prepareXlsx } from "../../src/xlsx/normalize-package";
import { countSheet, inspectPackage, LIMIT_MESSAGES, LIMITS } from "../../src/xlsx/preflight";
import { workbookFromXlsx } from "../../src/xlsx/read-workbook";
import { sniffFile } from "../../src/xlsx/sniff";
import { entryData, listZip, RATIO, ZipBudgetError, ZipError } from "../../src/xlsx/zip-read";
import { writeZip } from "../../src/xlsx/zip-write";

type ExcelJSModule = typeof ExcelJS;
let excel: ExcelJSModule;
beforeAll(async () => {
  excel = (await import("exceljs")) as ExcelJSModule;
});

describe("the limits are known before anything is expanded", () => {
  test("a merged area's size comes from its corners alone", () => {
    const xml = new TextEncoder().encode(
      sheet("", `<mergeCells><mergeCell ref="A30:XFD1048576"/><x:mergeCell ref='B2:C3'/></mergeCells>`),
    );
    expect(countSheet(xml).merges).toEqual([
      { ref: "A30:XFD1048576", cells: 16384 * (1048576 - 29) },
      { ref: "B2:C3", cells: 4 },
    ]);
  });

  test("rows and cells are counted from the XML, prefixed or not", () => {
    const xml = new TextEncoder().encode(
      `<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"/><x:c r="B1"><x:v>1</x:v></x:c></x:row><row r="2"/></x:sheetData><cols/></x:worksheet>`,
    );
    expect(countSheet(xml)).toEqual({ rows: 2, cells: 2, merges: [] });
  });

  test("a package of more parts than the limit is refused", () => {
    const entries = Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({ name: `p${i}`, data: "" }));
    const buf = makeZip(entries);
    const r = inspectPackage(buf, listZip(buf));
    expect(r).toEqual({
      ok: false,
      failure: "too-large",
      message: LIMIT_MESSAGES.zipEntries(LIMITS.zipEntries + 1),
    });
  });
});

describe("zip-read inflates under a budget and a ratio", () => {
  const bomb = bombXlsx(64 * 1024 * 1024);
  const sheetEntry = () => listZip(bomb).find((e) => e.name === "xl/worksheets/sheet1.xml")!;

  test("a bomb is stopped by its ratio after a few megabytes, not at the budget", () => {
    let caught: unknown;
    try {
      entryData(bomb, sheetEntry(), LIMITS.unpackedBytes);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ZipBudgetError);
    expect((caught as ZipBudgetError).reason).toBe("ratio");
    expect(prepareXlsx(bomb, "bomb.xlsx")).toEqual({
      ok: false,
      failure: "too-large",
      message: LIMIT_MESSAGES.ratio(),
    });
  });

  test("the byte budget stops an entry whatever its header declares", () => {
    const e = sheetEntry();
    expect(() => entryData(bomb, { ...e, size: 10 }, RATIO.minBytes / 2)).toThrow(ZipBudgetError);
  });

  test("a stored entry beyond the budget, a damaged one and an unknown method are refused", () => {
    const zip = makeZip([{ name: "a.xml", data: "x".repeat(1000) }]);
    const [e] = listZip(zip);
    expect(() => entryData(zip, e, 999)).toThrow(ZipBudgetError);
    expect(new TextDecoder().decode(entryData(zip, e, 1000))).toBe("x".repeat(1000));
    expect(() => entryData(zip, { ...e, crc: e.crc ^ 1 }, 1000)).toThrow(ZipError);
    expect(() => entryData(zip, { ...e, method: 12 }, 1000)).toThrow(ZipError);
    expect(() => entryData(zip, { ...e, flags: 1 }, 1000)).toThrow(ZipError);
  });

  test("what writeZip writes, listZip and entryData read back", () => {
    const parts = [
      { name: "a.xml", data: new TextEncoder().encode("<a>你好</a>".repeat(500)) },
      { name: "目录/b.bin", data: new Uint8Array([0, 1, 2, 255]) },
    ];
    const zip = writeZip(parts);
    const entries = listZip(zip);
    expect(entries.map((e) => e.name)).toEqual(["a.xml", "目录/b.bin"]);
    entries.forEach((e, i) => expect(entryData(zip, e, 1 << 20)).toEqual(parts[i].data));
    // Copied entries keep their bytes.
    const copied = writeZip(entries.map((e) => ({ name: e.name, from: zip, entry: e })));
    expect(listZip(copied).map((e) => entryData(copied, e, 1 << 20))).toEqual(parts.map((p) => p.data));
  });
});

describe("what is still read", () => {
  test("a plain workbook, an .xlsm and a workbook whose dimension is the whole sheet", async () => {
    const wide = makeXlsx(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>`,
    );
    for (const name of ["a.xlsx", "a.xlsm", "renamed.xls"]) {
      const read = await workbookFromXlsx(excel, new Uint8Array(wide), name);
      if (!read.ok) throw new Error(read.message);
      expect(read.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    }
    expect(sniffFile(wide, "a.xlsx")).toMatchObject({ kind: "xlsx", macros: false });
  });

  test("an openpyxl note and a chart sheet: the package exceljs reads is normalised", async () => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const buf = makeZip([
      {
        name: "_rels/.rels",
        data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      },
      {
        name: "xl/workbook.xml",
        data: `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/><sheet name="图表1" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      },
      {
        name: "xl/worksheets/sheet1.xml",
        data: `<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData><legacyDrawing r:id="rId2"/></worksheet>`,
      },
      {
        name: "xl/worksheets/_rels/sheet1.xml.rels",
        data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="rId2" Type="${R}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/></Relationships>`,
      },
      {
        name: "xl/comments/comment1.xml",
        data: `<comments xmlns="${NS}"><authors><author>a</author></authors><commentList><comment ref="A1" authorId="0"><text><t>说明</t></text></comment></commentList></comments>`,
      },
      { name: "xl/drawings/commentsDrawing1.vml", data: `<xml/>` },
      { name: "xl/chartsheets/sheet1.xml", data: `<chartsheet xmlns="${NS}"/>` },
    ]);
    const prepared = prepareXlsx(buf, "openpyxl.xlsx");
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.sheetNames).toEqual(["表"]);
    expect(listZip(prepared.bytes).map((e) => e.name)).toContain("xl/comments1.xml");
    const read = await workbookFromXlsx(excel, new Uint8Array(buf), "openpyxl.xlsx");
    if (!read.ok) throw new Error(read.message);
    expect(cellAt(read.workbook.sheets[0], 0, 0).text).toBe("项目名称");
    expect(listZip(read.bytes).map((e) => e.name)).toContain("xl/comments1.xml");
  });
});
