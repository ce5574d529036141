/** Bad inputs for the hostile suite, built in code: zips by hand, OLE2 directories, special files. */
import { randomBytes } from "crypto";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { makeOle, makeXlsx, makeZip, writeWideWorkbook } from "../cli/workbooks";

export { makeOle, makeXlsx, makeZip, writeWideWorkbook };

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A sheet part: <sheetData> rows, then anything after it. */
export function sheet(rows: string, after = ""): string {
  return `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/**
 * `count` rows of `cols` cells that all show shared string 0, as sheet XML: with a long string 0 every
 * cell is a long text to look at, while the file stays small.
 */
export function sharedTextRows(count: number, cols: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= count; r++) {
    let cells = "";
    for (let c = 0; c < cols; c++) cells += `<c r="${String.fromCharCode(65 + c)}${r}" t="s"><v>0</v></c>`;
    parts.push(`<row r="${r}">${cells}</row>`);
  }
  return parts.join("");
}

/** A sharedStrings part holding the one string `text`. */
export function oneSharedString(text: string): string {
  return `<sst xmlns="${NS}" count="1" uniqueCount="1"><si><t>${text}</t></si></sst>`;
}

/** `count` rows of `cols` numbers each, as sheet XML (built in pieces: it can be large). */
export function gridRows(count: number, cols = 1, empty = false): string {
  const parts: string[] = [];
  for (let r = 1; r <= count; r++) {
    if (empty) {
      parts.push(`<row r="${r}"/>`);
      continue;
    }
    let cells = "";
    for (let c = 0; c < cols; c++) cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r}</v></c>`;
    parts.push(`<row r="${r}">${cells}</row>`);
  }
  return parts.join("");
}

export function write(dir: string, name: string, data: Buffer | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
}

export function junk(bytes: number, seed = 7): Buffer {
  const b = randomBytes(bytes);
  b[0] = seed;
  return b;
}

export function mkfifo(file: string): boolean {
  return spawnSync("mkfifo", [file]).status === 0;
}

/** A workbook whose sheet part is missing though the workbook lists it. */
export function missingSheetPart(): Buffer {
  const out = makeXlsx(sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`));
  // Rename the part in its headers so that its relationship points at nothing (same length: the zip
  // stays sound).
  const name = "xl/worksheets/sheet1.xml";
  for (let i = out.indexOf(name); i >= 0; i = out.indexOf(name, i + 1))
    out.write("xl/worksheets/sheetX.xml", i);
  return out;
}

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook whose sheet part is `size` bytes of spaces after its opening tags (a few KB deflated). */
export function bombXlsx(size: number): Buffer {
  const head = Buffer.from(`<worksheet xmlns="${NS}"><sheetData>`);
  const data = Buffer.alloc(size, 0x20);
  head.copy(data);
  return makeZip([
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", data, deflate: true },
  ]);
}

/** A hostile file as bytes alone: every reader (the CLI, the web edition) must refuse it with `says`. */
export interface HostileFile {
  /** What it is, for test names. */
  what: string;
  /** The name it is handed over by (the extension only helps to name what it really is). */
  file: string;
  make(): Buffer;
  /** The one Chinese line must match this. */
  says: RegExp;
  /** …and must not match this. */
  never?: RegExp;
}

const oneCell = (v: string | number) => sheet(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);

export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    what: "a merged area A30:XFD1048576 in a 1 KB file",
    file: "merge.xlsx",
    make: () =>
      makeXlsx(
        sheet(
          `<row r="1"><c r="A1"><v>1</v></c></row>`,
          `<mergeCells><mergeCell ref="A30:XFD1048576"/></mergeCells>`,
        ),
      ),
    says: /合并区域 A30:XFD1048576 有 17,179,394,048 个单元格/,
  },
  {
    what: "ten thousand merged areas of 200 cells",
    file: "merges.xlsx",
    make: () => {
      const m: string[] = [];
      for (let i = 0; i < 10_000; i++) m.push(`<mergeCell ref="A${i * 200 + 1}:A${i * 200 + 200}"/>`);
      return makeXlsx(
        sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<mergeCells>${m.join("")}</mergeCells>`),
      );
    },
    says: /合并单元格合计/,
  },
  {
    what: "a 1,048,576-row sheet",
    file: "rows.xlsx",
    make: () => makeXlsx(sheet(gridRows(1_048_576))),
    says: /单元格，超过/,
  },
  {
    what: "1,048,576 empty rows",
    file: "empty-rows.xlsx",
    make: () => makeXlsx(sheet(gridRows(1_048_576, 1, true))),
    says: /行的上限/,
  },
  {
    what: "zip bomb: 400 MB of spaces in a sheet part of 400 KB",
    file: "bomb.xlsx",
    make: () => bombXlsx(400 * 1024 * 1024),
    says: /解压后超过/,
  },
  {
    what: "zip bomb in the shared strings",
    file: "sst-bomb.xlsx",
    make: () =>
      makeXlsx(oneCell(1), { sharedStrings: `<sst>${"<si><t>x</t></si>".repeat(13_000_000)}</sst>` }),
    says: /解压后超过/,
  },
  {
    what: "a file of 60 MB (over the size limit)",
    file: "big.xlsx",
    make: () => Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(60 * 1024 * 1024)]),
    says: /文件太大/,
  },
  {
    what: "five million characters in one cell",
    file: "long.xlsx",
    make: () =>
      makeXlsx(
        sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"长".repeat(5_000_000)}</t></is></c></row>`),
      ),
    says: /32,767/,
  },
  {
    what: "a sheet listed in the workbook whose part is missing",
    file: "missing.xlsx",
    make: missingSheetPart,
    says: /内容缺失/,
  },
  { what: "an empty file", file: "e.xlsx", make: () => Buffer.alloc(0), says: /空的/ },
  {
    what: ".xls renamed .xlsx",
    file: "renamed.xlsx",
    make: () => makeOle(["Workbook", "\u0005SummaryInformation"]),
    says: /Excel 97-2003.*另存为 \.xlsx/,
    never: /加密/,
  },
  {
    what: "WPS .et",
    file: "wps.et",
    make: () => makeOle(["Workbook"]),
    says: /WPS 表格文件（\.et）.*另存为 \.xlsx/,
  },
  {
    what: "an encrypted workbook",
    file: "secret.xlsx",
    make: () => makeOle(["EncryptionInfo", "EncryptedPackage"]),
    says: /加密/,
  },
  {
    what: ".xlsb",
    file: "b.xlsb",
    make: () =>
      makeZip([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "xl/workbook.bin", data: "x" },
      ]),
    says: /\.xlsb.*另存为 \.xlsx/,
  },
  {
    what: ".ods",
    file: "c.ods",
    make: () =>
      makeZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
        { name: "content.xml", data: "<x/>" },
      ]),
    says: /\.ods.*另存为 \.xlsx/,
  },
  {
    what: ".csv",
    file: "t.csv",
    make: () => Buffer.from("单位编码,项目名称,金额\n402,会议,10\n"),
    says: /CSV.*另存为 \.xlsx/,
  },
  {
    what: "an HTML table saved as .xls",
    file: "export.xls",
    make: () =>
      Buffer.from(
        "<html><head><meta charset='utf-8'></head><body><table><tr><td>项目</td></tr></table></body></html>",
      ),
    says: /HTML.*另存为 \.xlsx/,
  },
  {
    what: "a .docx renamed .xlsx",
    file: "doc.xlsx",
    make: () => makeZip([{ name: "word/document.xml", data: "<w:document/>" }]),
    says: /Word/,
  },
  {
    what: "binary junk named .xlsx",
    file: "junk.xlsx",
    make: () => junk(100_000),
    says: /不是 Excel 工作簿/,
  },
  {
    what: "junk after a zip signature",
    file: "pk-junk.xlsx",
    make: () => Buffer.concat([Buffer.from("PK\x03\x04"), junk(50_000)]),
    says: /不是 Excel 工作簿|已损坏/,
  },
  {
    what: "CRC mismatch in the sheet",
    file: "crc.xlsx",
    make: () => {
      const b = makeXlsx(oneCell(1));
      b[b.indexOf("xl/worksheets/sheet1.xml") + 30] ^= 0xff;
      return b;
    },
    says: /已损坏/,
  },
  {
    what: "malformed sheet XML",
    file: "bad.xlsx",
    make: () =>
      makeXlsx(`<worksheet><sheetData><row r="1"><c r="A1"<v>1</v></c></row></sheetData></worksheet>`),
    says: /已损坏/,
  },
];
