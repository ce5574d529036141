/**
 * The limits are enforced before exceljs expands anything, and the packages exceljs 4.4.0 cannot read
 * (openpyxl's notes, chart sheets, chart drawings) are read anyway.
 */
import * as fs from "fs";
import * as path from "path";
import { LIMIT_MESSAGES, LIMITS } from "../../src/cli/preflight";
import { loadWorkbook, readXlsxBuffer } from "../../src/cli/read-xlsx";
import { writeMarkedCopy } from "../../src/cli/write-marked";
import type { Finding } from "../../src/core/finding";
import { cellAt } from "../../src/core/grid";
import { makeTmpDir, makeZip, removeDir, type ZipSpec } from "./workbooks";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1"><v>12.5</v></c></row>`;

interface PackageOptions {
  sheetData?: string | Buffer;
  afterSheetData?: string;
  /** openpyxl's layout: absolute targets, xl/comments/comment1.xml, a plain <t> note text. */
  openpyxlNote?: boolean;
  /** A chart sheet (with its drawing and chart) after the worksheet. */
  chartSheet?: boolean;
  /** An embedded chart whose drawing exceljs can model, and a user-shapes drawing it cannot. */
  chart?: boolean;
  /** The workbook lists a second worksheet whose part is missing. */
  missingSheet?: boolean;
}

function workbook(o: PackageOptions = {}): Buffer {
  const entries: ZipSpec[] = [];
  let sheets = `<sheet name="表" sheetId="1" r:id="rId1"/>`;
  let wbRels = `<Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/>`;
  let sheetRels = "";
  let tail = o.afterSheetData ?? "";
  if (o.missingSheet) {
    sheets += `<sheet name="丢失" sheetId="3" r:id="rId3"/>`;
    wbRels += `<Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet9.xml"/>`;
  }
  if (o.chartSheet) {
    sheets += `<sheet name="图表1" sheetId="2" r:id="rId2"/>`;
    wbRels += `<Relationship Id="rId2" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/>`;
    entries.push(
      {
        name: "xl/chartsheets/sheet1.xml",
        data: `<chartsheet xmlns="${NS}" xmlns:r="${R}"><drawing r:id="rId1"/></chartsheet>`,
      },
      {
        name: "xl/chartsheets/_rels/sheet1.xml.rels",
        data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing2.xml"/></Relationships>`,
      },
      // A chart's user shapes: a drawing part whose root exceljs does not know.
      {
        name: "xl/drawings/drawing2.xml",
        data: `<c:userShapes xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
      },
      {
        name: "xl/drawings/_rels/drawing2.xml.rels",
        data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
      },
      {
        name: "xl/charts/chart1.xml",
        data: `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
      },
    );
  }
  if (o.chart) {
    tail += `<drawing r:id="rIdD"/>`;
    sheetRels += `<Relationship Id="rIdD" Type="${R}/drawing" Target="/xl/drawings/drawing1.xml"/>`;
    entries.push(
      {
        name: "xl/drawings/drawing1.xml",
        data: `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor><from><col>4</col><colOff>0</colOff><row>4</row><rowOff>0</rowOff></from><ext cx="1" cy="1"/><clientData/></oneCellAnchor></wsDr>`,
      },
      {
        name: "xl/drawings/_rels/drawing1.xml.rels",
        data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="/xl/charts/chart2.xml"/></Relationships>`,
      },
      {
        name: "xl/charts/chart2.xml",
        data: `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
      },
    );
  }
  if (o.openpyxlNote) {
    tail += `<legacyDrawing r:id="anysvml"/>`;
    sheetRels +=
      `<Relationship Id="comments" Type="${R}/comments" Target="/xl/comments/comment1.xml"/>` +
      `<Relationship Id="anysvml" Type="${R}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>`;
    entries.push(
      {
        name: "xl/comments/comment1.xml",
        data: `<comments xmlns="${NS}"><authors><author>审核人</author></authors><commentList><comment ref="B1" authorId="0"><text><t>请核对金额</t></text></comment></commentList></comments>`,
      },
      {
        name: "xl/drawings/commentsDrawing1.vml",
        data: `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:Row>0</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
      },
    );
  }
  const data = o.sheetData ?? SHEET_ROW;
  entries.push({
    name: "xl/worksheets/sheet1.xml",
    data: Buffer.concat([
      Buffer.from(`<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>`),
      Buffer.isBuffer(data) ? data : Buffer.from(data),
      Buffer.from(`</sheetData>${tail}</worksheet>`),
    ]),
    deflate: true,
  });
  if (sheetRels)
    entries.push({
      name: "xl/worksheets/_rels/sheet1.xml.rels",
      data: `<Relationships xmlns="${PR}">${sheetRels}</Relationships>`,
    });
  return makeZip([
    {
      name: "[Content_Types].xml",
      data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets}</sheets></workbook>`,
    },
    { name: "xl/_rels/workbook.xml.rels", data: `<Relationships xmlns="${PR}">${wbRels}</Relationships>` },
    ...entries,
  ]);
}

async function failure(buf: Buffer) {
  const r = await readXlsxBuffer(buf, "x.xlsx");
  if (r.ok) throw new Error("expected a refusal");
  return r;
}

describe("limits, before exceljs expands anything", () => {
  it("a merged area A30:XFD1048576 in a file of a few KB", async () => {
    const buf = workbook({
      afterSheetData: `<mergeCells count="1"><mergeCell ref="A30:XFD1048576"/></mergeCells>`,
    });
    expect(buf.length).toBeLessThan(5000);
    expect(await failure(buf)).toEqual({
      ok: false,
      kind: "too-large",
      message: LIMIT_MESSAGES.mergedArea("表", "A30:XFD1048576", 16384 * (1048576 - 29)),
    });
  });

  it("merged areas that are each allowed but too many together", async () => {
    const merges = Array.from(
      { length: 11 },
      (_, i) => `<mergeCell ref="A${i * 100_000 + 1}:A${(i + 1) * 100_000}"/>`,
    );
    const buf = workbook({ afterSheetData: `<mergeCells>${merges.join("")}</mergeCells>` });
    expect((await failure(buf)).message).toBe(LIMIT_MESSAGES.mergedTotal());
  });

  it("more cells than the limit (a million-row sheet)", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= LIMITS.cells + 1; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    const r = await failure(workbook({ sheetData: rows.join("") }));
    expect(r.kind).toBe("too-large");
    expect(r.message).toMatch(/^工作簿至少有 .* 个单元格，超过 1,000,000 个的上限，未检查。$/);
  });

  it("more rows than the limit, even empty ones", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= LIMITS.rows + 1; r++) rows.push(`<row r="${r}"/>`);
    expect((await failure(workbook({ sheetData: rows.join("") }))).message).toMatch(
      /行，超过 500,000 行的上限/,
    );
  });

  it("a zip bomb: a sheet that inflates past the unpacked limit is stopped early by its ratio", async () => {
    const filler = Buffer.alloc(LIMITS.unpackedBytes + 1, 0x20);
    const r = await failure(workbook({ sheetData: filler }));
    expect(r).toMatchObject({ kind: "too-large", message: LIMIT_MESSAGES.ratio() });
  });

  it("a zip bomb of less than the ratio: stopped at the unpacked limit", async () => {
    // Shared strings of one short item repeated compress about 400 times: under the ratio.
    const sst = `<sst>${"<si><t>x</t></si>".repeat(LIMITS.unpackedBytes / 16 + 1)}</sst>`;
    const buf = makeZip([
      { name: "xl/workbook.xml", data: `<workbook/>` },
      { name: "xl/sharedStrings.xml", data: sst, deflate: true },
    ]);
    const r = await failure(buf);
    expect(r).toMatchObject({ kind: "too-large", message: LIMIT_MESSAGES.unpacked() });
  });

  it("a cell longer than Excel allows", async () => {
    const long = "长".repeat(LIMITS.cellChars + 1);
    const r = await failure(
      workbook({ sheetData: `<row r="3"><c r="C3" t="inlineStr"><is><t>${long}</t></is></c></row>` }),
    );
    expect(r.message).toBe(LIMIT_MESSAGES.cellChars("表", "C3", LIMITS.cellChars + 1));
  });

  it("a sheet the workbook lists whose part is missing is damaged, not an empty sheet", async () => {
    expect((await failure(workbook({ missingSheet: true }))).message).toBe(
      LIMIT_MESSAGES.missingSheet("丢失"),
    );
  });
});

describe("workbooks exceljs 4.4.0 cannot read by itself", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => removeDir(dir));

  it.each([
    ["a note written by openpyxl", { openpyxlNote: true }],
    ["a chart sheet with user shapes", { chartSheet: true }],
    ["an embedded chart (drawing without a prefix)", { chart: true }],
    ["all of them", { openpyxlNote: true, chartSheet: true, chart: true }],
  ])("%s: the cells are read", async (_, o) => {
    const r = await readXlsxBuffer(workbook(o), "x.xlsx");
    if (!r.ok) throw new Error(r.message);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["表"]);
    expect(cellAt(r.workbook.sheets[0], 0, 1)).toMatchObject({ value: 12.5 });
  });

  it("openpyxl's note keeps its text, and the marked copy keeps it before the findings", async () => {
    const loaded = await loadWorkbook(workbook({ openpyxlNote: true }), "x.xlsx");
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.wb.worksheets[0].getCell("B1").note).toBe("请核对金额");
    const src = path.join(dir, "openpyxl.xlsx");
    fs.writeFileSync(src, workbook({ openpyxlNote: true, chartSheet: true }));
    const finding: Finding = {
      ruleId: "value-missing",
      messageId: "missing",
      severity: "error",
      sheet: "表",
      cell: "B1",
      row: 0,
      col: 1,
      project: "测试项目",
      message: "测试",
    };
    const written = await writeMarkedCopy(src, path.join(dir, "out.xlsx"), [finding]);
    if (!written.ok) throw new Error(written.message);
    const again = await loadWorkbook(fs.readFileSync(written.path), "out.xlsx");
    if (!again.ok) throw new Error(again.message);
    const note = again.wb.worksheets[0].getCell("B1").note;
    const text = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
    expect(text.startsWith("请核对金额")).toBe(true);
    expect(text).toContain("【绩效检查】");
  });
});
