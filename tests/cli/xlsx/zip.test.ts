import { readZipDirectory, readZipEntry } from "../../../src/cli/xlsx/zip";
import { makeZip } from "../workbooks";

describe("zip reader", () => {
  const zip = makeZip([
    { name: "a.txt", data: "stored 中文" },
    { name: "dir/b.xml", data: "<b>".repeat(1000), deflate: true },
  ]);

  it("lists entries from the central directory and reads stored and deflated data", () => {
    const dir = readZipDirectory(zip);
    if (!dir.ok) throw new Error(dir.reason);
    expect([...dir.entries.keys()]).toEqual(["a.txt", "dir/b.xml"]);
    expect(String(readZipEntry(zip, dir.entries.get("a.txt")!))).toBe("stored 中文");
    expect(String(readZipEntry(zip, dir.entries.get("dir/b.xml")!))).toBe("<b>".repeat(1000));
  });

  it("finds the directory behind an archive comment", () => {
    const withComment = Buffer.concat([zip, Buffer.from("comment")]);
    withComment.writeUInt16LE(7, zip.length - 2);
    expect(readZipDirectory(withComment).ok).toBe(true);
  });

  it("reports a cut-off archive and damaged data instead of reading them", () => {
    expect(readZipDirectory(zip.subarray(0, zip.length - 30)).ok).toBe(false);
    const damaged = Buffer.from(zip);
    damaged[30 + "a.txt".length] ^= 0x01;
    const dir = readZipDirectory(damaged);
    if (!dir.ok) throw new Error(dir.reason);
    expect(readZipEntry(damaged, dir.entries.get("a.txt")!)).toBe("crc mismatch");
  });
});

describe("zip reader on random damage", () => {
  it("never throws: every single-byte change of a small workbook is read or reported", () => {
    const { readXlsxBuffer } = require("../../../src/cli/read-xlsx") as typeof import("../../../src/cli/read-xlsx");
    const { makeXlsx } = require("../workbooks") as typeof import("../workbooks");
    const good = makeXlsx(`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    const kinds = new Set<string>();
    for (let i = 0; i < good.length; i++) {
      for (const v of [0x00, 0xff]) {
        const bad = Buffer.from(good);
        bad[i] = v;
        const r = readXlsxBuffer(bad, "x.xlsx");
        kinds.add(r.ok ? "ok" : r.kind);
      }
    }
    expect(kinds.has("corrupt")).toBe(true);
    expect([...kinds].every((k) => ["ok", "corrupt", "not-xlsx"].includes(k))).toBe(true);
  });
});
