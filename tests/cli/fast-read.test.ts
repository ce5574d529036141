/**
 * The fast reader gives the very grid the exceljs reader gives: on the examples, on the test
 * workbooks, on raw packages exceljs never writes, and on generated workbooks (a property test).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { fastSheets } from "../../src/cli/fast-read";
import { preflight } from "../../src/cli/preflight";
import { readXlsxBuffer, type ReadResult } from "../../src/cli/read-xlsx";
import { sniffFile } from "../../src/cli/sniff";
import { makeTmpDir, makeXlsx, removeDir, writeWideWorkbook, type WideOptions } from "./workbooks";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

/** Both readings, and whether the fast reader read it itself (rather than handing it to exceljs). */
async function bothWays(
  buf: Buffer,
  name = "t.xlsx",
): Promise<{ slow: ReadResult; fast: ReadResult; own: boolean }> {
  const slow = await readXlsxBuffer(buf, name, "exceljs");
  const fast = await readXlsxBuffer(buf, name, "fast");
  const kind = sniffFile(buf, name);
  let own = false;
  if (kind.kind !== "refused") {
    const checked = preflight(buf, kind.entries);
    own = checked.ok && fastSheets(checked.parts) !== null;
  }
  return { slow, fast, own };
}

let dir: string;
beforeAll(() => {
  dir = makeTmpDir("jixiao-fast-");
});
afterAll(() => removeDir(dir));

describe("fast reader = exceljs reader", () => {
  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")))("example %s", async (file) => {
    const { slow, fast, own } = await bothWays(fs.readFileSync(path.join(EXAMPLES, file)), file);
    expect(own).toBe(true);
    expect(slow.ok).toBe(true);
    expect(fast).toEqual(slow);
  });

  const wide: [string, WideOptions][] = [
    ["plain", {}],
    ["amount as text", { amountAsText: true }],
    ["#REF! and protection", { refError: true, protectSheet: true }],
    ["hidden unit row", { hideUnitRow: true }],
    ["extra empty sheet", { extraEmptySheet: true }],
  ];
  it.each(wide)("test wide workbook: %s", async (_, opts) => {
    const file = path.join(dir, "wide.xlsx");
    await writeWideWorkbook(file, opts);
    const { slow, fast, own } = await bothWays(fs.readFileSync(file));
    expect(own).toBe(true);
    expect(fast).toEqual(slow);
  });

  it("a workbook with a note goes to exceljs, with the same grid", async () => {
    const file = path.join(dir, "note.xlsx");
    await writeWideWorkbook(file, { noteOnServiceCentre: "原有批注" });
    const { slow, fast, own } = await bothWays(fs.readFileSync(file));
    expect(own).toBe(false);
    expect(fast).toEqual(slow);
  });

  const sheetXml = (data: string, extra = "") =>
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${data}</sheetData>${extra}</worksheet>`;
  const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>会议</t><rPh sb="0" eb="2"><t>かいぎ</t></rPh></si><si><r><t>A&lt;</t></r><r><rPr><b/></rPr><t>B_x000D_</t></r></si><si/><si><t/></si><si><t xml:space="preserve"> 前后 </t></si></sst>`;
  const raw: [string, string][] = [
    [
      "values, entities, cached results, booleans and errors",
      `<row r="1"><c r="A1" t="inlineStr"><is><t>甲&amp;乙</t></is></c><c r="B1" t="str"><f>A1&amp;"!"</f><v>甲&amp;amp;乙!</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c></row>` +
        `<row r="2"><c r="A2"><v>7</v></c><c r="B2"><f>A2-7</f><v>0</v></c><c r="C2" t="b"><f>A2&gt;1</f><v>1</v></c><c r="D2" t="e"><f>A2/0</f><v>#DIV/0!</v></c><c r="E2"><f>NOW()</f></c></row>`,
    ],
    [
      "shared strings of every kind",
      `<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c><c r="F2" t="s"><v>4</v></c></row>`,
    ],
    [
      "number formats and dates",
      `<row r="1"><c r="A1" s="1"><v>2.5</v></c><c r="B1" s="2"><v>0.98</v></c><c r="C1" s="0"><v>0.30000000000000004</v></c><c r="D1" s="3"><v>45296.5</v></c><c r="E1" s="4"><f>D1+1</f><v>45297</v></c><c r="F1" s="9"><v>3</v></c></row>`,
    ],
    [
      "shared formulas, cells without an address, styled empty cells",
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>2</v></c><c r="C1" s="1"/><c><v>9</v></c></row>` +
        `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>` +
        `<row r="3" hidden="1"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>` +
        `<row r="4" hidden="1"><c r="A4" s="1"/></row><row r="6" hidden="true"><c r="B6" t="inlineStr"><is><t></t></is></c></row>`,
    ],
    [
      "merged areas (covered values dropped, covered hidden rows kept)",
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2" hidden="1"><c r="C2" s="1"/></row><row r="5"><c r="C5"><v>5</v></c></row>`,
    ],
  ];
  const mergeExtra = `<sheetProtection sheet="1"/><mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="D4:C3"/><mergeCell ref="E5"/></mergeCells>`;
  it.each(raw)("raw package: %s", async (name, data) => {
    const buf = makeXlsx(sheetXml(data, name.startsWith("merged") ? mergeExtra : ""), {
      styles,
      sharedStrings: sst,
    });
    const { slow, fast, own } = await bothWays(buf);
    expect(own).toBe(true);
    expect(slow.ok).toBe(true);
    expect(fast).toEqual(slow);
  });

  // The usual shape (one plain <t> per string) is read by slicing; a rich string among them by the scanner.
  const plainSst = (middle = "") =>
    `<?xml version="1.0" encoding="UTF-8"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5"><si><t>&lt;p&gt;一、产出&amp;效益&lt;/p&gt;</t></si><si><t xml:space="preserve"> 前后\r\n </t></si>${middle}<si><t></t></si><si><t>_x0041_&#x4E07;&#20803;</t></si><si><t>≥ 90%</t></si></sst>`;
  it.each([
    ["plain", plainSst()],
    ["with a rich string among them", plainSst("<si><r><t>A</t></r><r><t>B</t></r></si>")],
  ])("shared strings, %s", async (_, sharedStrings) => {
    const data = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>`;
    const { slow, fast, own } = await bothWays(makeXlsx(sheetXml(data), { styles, sharedStrings }));
    expect(own).toBe(true);
    expect(slow.ok).toBe(true);
    expect(fast).toEqual(slow);
  });

  it.each([
    [
      "overlapping merged areas",
      `<row r="1"><c r="A1"><v>1</v></c></row>`,
      `<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`,
    ],
    ["a row without a number", `<row><c r="A1"><v>1</v></c></row>`, ""],
    ["a shared string that is not there", `<row r="1"><c r="A1" t="s"><v>99</v></c></row>`, ""],
    ["malformed XML", `<row r="1"><c r="A1"><v>1</c></row>`, ""],
  ])("hands %s to exceljs, which decides", async (_, data, extra) => {
    const buf = makeXlsx(sheetXml(data, extra), { styles, sharedStrings: sst });
    const { slow, fast, own } = await bothWays(buf);
    expect(own).toBe(false);
    expect(fast).toEqual(slow);
  });
});

/** A generated workbook: cells of every kind exceljs writes, merged areas, hidden rows, formats. */
/** fast-check's records have no prototype; exceljs calls hasOwnProperty on what it writes. */
const plain = <T extends object>(a: fc.Arbitrary<T>): fc.Arbitrary<T> => a.map((x) => ({ ...x }));

const cellValue = fc.oneof(
  fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -5, max: 100000 }),
  fc.string({ unit: fc.constantFrom("a", "甲", "万", " ", "\n", "&", "<", ">", '"', "_x000D_", "1") }),
  fc.boolean(),
  fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }),
  plain(
    fc.record({
      formula: fc.constantFrom("A1+1", "SUM(A1:B2)", '"x"&"y"'),
      result: fc.oneof(fc.integer(), fc.constant(0), fc.string(), fc.constant(undefined)),
    }),
  ),
  plain(
    fc.record({
      richText: fc.array(plain(fc.record({ text: fc.string({ maxLength: 4 }) })), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  ),
  plain(
    fc.record({
      text: fc.string({ minLength: 1, maxLength: 5 }),
      hyperlink: fc.constant("https://example.org/"),
    }),
  ),
);
const numFmt = fc.constantFrom(
  undefined,
  "0.00",
  "#,##0.00",
  "0%",
  "yyyy/m/d",
  "mm-dd-yy",
  '0.00"万元"',
  "@",
  "General",
);

const generated = fc.record({
  cells: fc.array(
    fc.record({
      row: fc.integer({ min: 1, max: 12 }),
      col: fc.integer({ min: 1, max: 6 }),
      value: cellValue,
      numFmt,
    }),
    { maxLength: 30 },
  ),
  merges: fc.array(
    fc.record({
      row: fc.integer({ min: 1, max: 12 }),
      col: fc.integer({ min: 1, max: 6 }),
      h: fc.integer({ min: 1, max: 3 }),
      w: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 4 },
  ),
  hidden: fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 4 }),
  protect: fc.boolean(),
  date1904: fc.boolean(),
  secondSheet: fc.boolean(),
});

describe("fast reader = exceljs reader on generated workbooks", () => {
  it("gives the same grid", async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        const wb = new ExcelJS.Workbook();
        wb.properties.date1904 = g.date1904;
        const ws = wb.addWorksheet("表1");
        for (const c of g.cells) {
          const cell = ws.getCell(c.row, c.col);
          cell.value = c.value as ExcelJS.CellValue;
          if (c.numFmt) cell.numFmt = c.numFmt;
        }
        const taken = new Set<string>();
        for (const m of g.merges) {
          const keys: string[] = [];
          for (let r = m.row; r < m.row + m.h; r++)
            for (let c = m.col; c < m.col + m.w; c++) keys.push(`${r},${c}`);
          if (keys.some((k) => taken.has(k))) continue;
          keys.forEach((k) => taken.add(k));
          ws.mergeCells(m.row, m.col, m.row + m.h - 1, m.col + m.w - 1);
        }
        for (const r of g.hidden) ws.getRow(r).hidden = true;
        if (g.protect) await ws.protect("", {});
        if (g.secondSheet) wb.addWorksheet("说明").getCell("B2").value = "第二张表";
        const buf = Buffer.from(await wb.xlsx.writeBuffer());
        const { slow, fast, own } = await bothWays(buf);
        expect(own).toBe(true);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
