import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/cli/read-xlsx";
import { RESULTS_SHEET } from "../../src/xlsx/results-sheet";
import { writeMarkedCopy } from "../../src/cli/write-marked";
import { checkWorkbook } from "../../src/core/check";
import { resultRows } from "../../src/core/report/marks";
import { WIDE_SHEET, makeTmpDir, removeDir, writeWideWorkbook } from "./workbooks";

/** The text of one part of a zip (an .xlsx), read through its central directory. */
function zipEntries(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, (method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8"));
    p += 46 + skip;
  }
  return out;
}

let dir: string;
let copy: string;
let findings: ReturnType<typeof checkWorkbook>["findings"];
beforeAll(async () => {
  dir = makeTmpDir();
  const input = path.join(dir, "申报表.xlsx");
  await writeWideWorkbook(input, {});
  const read = await readXlsx(input);
  if (!read.ok) throw new Error(read.message);
  findings = checkWorkbook(read.workbook).findings;
  copy = path.join(dir, "申报表.标记.xlsx");
  const written = await writeMarkedCopy(input, copy, findings);
  if (!written.ok) throw new Error(written.message);
});
afterAll(() => removeDir(dir));

describe("the marked copy's 「检查结果」 sheet", () => {
  test("lists every finding as a filterable table with a hyperlink to its cell", async () => {
    expect(findings.length).toBeGreaterThanOrEqual(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.map((w) => w.name)).toEqual([WIDE_SHEET, RESULTS_SHEET]);
    const ws = wb.getWorksheet(RESULTS_SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      "严重程度",
      "项目",
      "单元格",
      "规则",
      "问题说明",
      "规则编号",
    ]);
    const want = resultRows(findings, [WIDE_SHEET]);
    expect(ws.actualRowCount).toBe(want.length + 1);
    want.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(r.severity);
      expect(row.getCell(2).value).toBe(r.project);
      expect(row.getCell(3).value).toEqual({ text: r.place, hyperlink: `#'${WIDE_SHEET}'!${r.cell}` });
      expect(row.getCell(4).value).toBe(r.rule);
      expect(row.getCell(5).value).toBe(r.message);
    });
    // Errors come first.
    expect(ws.getRow(2).getCell(1).value).toBe("错误");

    const parts = zipEntries(fs.readFileSync(copy));
    const table = [...parts].find(([name]) => /^xl\/tables\/table\d+\.xml$/.test(name))?.[1] ?? "";
    expect(table).toContain(`ref="A1:F${want.length + 1}"`);
    expect(table).toContain("<autoFilter");
    // The header row is frozen (the results sheet is the second sheet of the copy); the user's sheet is not.
    const frozen = /<pane\b[^>]*ySplit="1"[^>]*state="frozen"/;
    expect(parts.get("xl/worksheets/sheet2.xml")).toMatch(frozen);
    expect(parts.get("xl/worksheets/sheet1.xml")).not.toMatch(frozen);
  });

  test("notes are sized to their text instead of Excel's default box", () => {
    const parts = zipEntries(fs.readFileSync(copy));
    const vml = [...parts].find(([name]) => /vmlDrawing\d*\.vml$/.test(name))?.[1] ?? "";
    const anchors = [...vml.matchAll(/<x:Anchor>([^<]+)<\/x:Anchor>/g)].map((m) =>
      m[1].split(",").map((n) => Number(n.trim())),
    );
    expect(anchors.length).toBeGreaterThan(0);
    // exceljs's default is always two columns wide and four rows high: ours follow the text.
    const isDefault = (a: number[]) => a[4] - a[0] === 2 && a[6] - a[2] === 4 && a[1] === 6 && a[3] === 14;
    expect(anchors.some(isDefault)).toBe(false);
    const heights = new Set(anchors.map((a) => a[6] - a[2]));
    expect(heights.size).toBeGreaterThan(1);
  });
});
