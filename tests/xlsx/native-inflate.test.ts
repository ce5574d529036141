/**
 * The CLI lets zip-read try Node's zlib before fflate (src/cli/zip.ts, useNativeInflate): every entry
 * gives the same bytes, or the same error for the same reason, with and without it.
 */
import * as zlib from "zlib";
import { bombXlsx, makeZip } from "../hostile/inputs";
import { RATIO, type ZipEntry } from "../../src/xlsx/zip-read";

type ZipRead = typeof import("../../src/xlsx/zip-read");

/** A fresh zip-read, with Node's inflater when `native` (installed by loading the CLI's zip.ts). */
function zipRead(native: boolean): ZipRead {
  let mod: ZipRead | undefined;
  jest.isolateModules(() => {
    if (native) require("../../src/cli/zip");
    mod = require("../../src/xlsx/zip-read") as ZipRead;
  });
  return mod!;
}

const plain = zipRead(false);
const fast = zipRead(true);

/** What entryData gives: the bytes (length and base64), or the kind of its error. */
function outcome(z: ZipRead, buf: Uint8Array, e: ZipEntry, maxBytes: number): string {
  try {
    const out = z.entryData(buf, e, maxBytes);
    return `bytes ${out.length} ${Buffer.from(out).toString("base64")}`;
  } catch (err) {
    if (err instanceof z.ZipBudgetError) return `budget ${err.reason}`;
    if (err instanceof z.ZipError) return "zip error";
    return `other ${String(err)}`;
  }
}

const text = "<row><c><v>绩效目标</v></c></row>".repeat(2000);
const zip = makeZip([
  { name: "a.xml", data: text, deflate: true },
  { name: "empty.xml", data: "", deflate: true },
]);
const [a, empty] = plain.listZip(zip);
const bomb = bombXlsx(40 * 1024 * 1024);
const bombEntry = plain.listZip(bomb).find((e) => e.name === "xl/worksheets/sheet1.xml")!;

describe("entryData with Node's zlib first", () => {
  it("gives what fflate alone gives: whole entries, budgets, ratios and damage", () => {
    const cases: [Uint8Array, ZipEntry, number][] = [
      [zip, a, 1_000_000],
      [zip, a, Buffer.byteLength(text)],
      [zip, a, Buffer.byteLength(text) - 1],
      [zip, a, 0],
      [zip, empty, 1000],
      [zip, empty, 0],
      [zip, { ...a, crc: a.crc ^ 1 }, 1_000_000],
      [zip, { ...a, compressedSize: a.compressedSize - 10 }, 1_000_000],
      [bomb, bombEntry, 200 * 1024 * 1024],
      [bomb, bombEntry, RATIO.minBytes / 2],
    ];
    const seen = new Set<string>();
    for (const [buf, e, max] of cases) {
      const expected = outcome(plain, buf, e, max);
      expect(outcome(fast, buf, e, max)).toBe(expected);
      seen.add(expected.split(" ").slice(0, 2).join(" "));
    }
    // the cases do reach each kind of result
    expect([...seen].sort()).toEqual(
      expect.arrayContaining(["budget budget", "budget ratio", "zip error", "bytes 0"]),
    );
  });

  it("takes the native bytes of a sound entry, and fflate's when they do not match the entry", () => {
    const z = zipRead(false);
    const native = zlib.inflateRawSync(z.rawData(zip, a));
    z.useNativeInflate(() => native);
    expect(z.entryData(zip, a, 1_000_000)).toBe(native);
    z.useNativeInflate(() => new Uint8Array(native.length));
    const decided = z.entryData(zip, a, 1_000_000);
    expect(decided).not.toBe(native);
    expect(Buffer.from(decided).toString("utf8")).toBe(text);
  });
});
