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
