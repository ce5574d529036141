/**
 * --out-marked never replaces a file: not an input, not a user's file that happens to carry a marked
 * copy's name, not a file that appears while the run goes on. The tool's own earlier copies are known by
 * the property written into them, so the output folder may be the input folder.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { isMarkedCopy, writeNewFile } from "../../src/cli/marked-copy";
import type { JsonReport } from "../../src/core/report/json";
import { captureIO, makeTmpDir, removeDir, sha256, WIDE_SHEET, writeWideWorkbook } from "./workbooks";

let dir: string;
beforeEach(() => {
  dir = makeTmpDir();
});
afterEach(() => removeDir(dir));

async function check(args: string[]) {
  const c = captureIO({ cwd: dir, workerScript: null });
  const code = await main(["check", ...args, "--format", "json"], c.io);
  return { code, json: JSON.parse(c.stdout()) as JsonReport, stderr: c.stderr() };
}

function hashes(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(path.join(dir, folder))) out.set(f, sha256(path.join(dir, folder, f)));
  return out;
}

describe("--out-marked into the folder being checked", () => {
  it("keeps a user's own X.标记.xlsx, checks it, and gives every copy a name that was free", async () => {
    fs.mkdirSync(path.join(dir, "材料"));
    await writeWideWorkbook(path.join(dir, "材料", "X.xlsx"));
    // A reviewer's notes typed into a workbook that carries a marked copy's name (not one of ours).
    await writeWideWorkbook(path.join(dir, "材料", "X.标记.xlsx"), {
      noteOnServiceCentre: "审核意见：金额需核实",
    });
    const before = hashes("材料");

    const first = await check(["材料", "--out-marked", "材料"]);
    expect(first.stderr).toBe("");
    expect(first.json.files.map((f) => [f.file, f.markedCopy])).toEqual([
      [path.join("材料", "X.xlsx"), path.join("材料", "X.标记 (2).xlsx")],
      [path.join("材料", "X.标记.xlsx"), path.join("材料", "X.标记.标记.xlsx")],
    ]);
    for (const [f, h] of before) expect(sha256(path.join(dir, "材料", f))).toBe(h);
    expect(await isMarkedCopy(path.join(dir, "材料", "X.标记 (2).xlsx"))).toBe(true);
    expect(await isMarkedCopy(path.join(dir, "材料", "X.标记.xlsx"))).toBe(false);

    // Again: the copies are recognised and skipped; the inputs and the first copies stay as they were.
    const after = hashes("材料");
    const second = await check(["材料", "--out-marked", "材料"]);
    expect(second.json.files.map((f) => f.file)).toEqual([
      path.join("材料", "X.xlsx"),
      path.join("材料", "X.标记.xlsx"),
    ]);
    expect(second.json.files.map((f) => f.markedCopy)).toEqual([
      path.join("材料", "X.标记 (3).xlsx"),
      path.join("材料", "X.标记.标记 (2).xlsx"),
    ]);
    for (const [f, h] of after) expect(sha256(path.join(dir, "材料", f))).toBe(h);
  });

  it("--force replaces the tool's own earlier copy, never a user's file of that name", async () => {
    fs.mkdirSync(path.join(dir, "in"));
    await writeWideWorkbook(path.join(dir, "in", "A.xlsx"));
    await writeWideWorkbook(path.join(dir, "in", "B.xlsx"));
    await check(["in", "--out-marked", "out"]);
    const ownCopy = path.join(dir, "out", "A.标记.xlsx");
    // B's copy is replaced by a user's workbook of the same name.
    await writeWideWorkbook(path.join(dir, "out", "B.标记.xlsx"), { noteOnServiceCentre: "我的笔记" });
    const userHash = sha256(path.join(dir, "out", "B.标记.xlsx"));
    const again = await check(["in", "--out-marked", "out", "--force"]);
    expect(again.json.files.map((f) => f.markedCopy)).toEqual([
      path.join("out", "A.标记.xlsx"),
      path.join("out", "B.标记 (2).xlsx"),
    ]);
    expect(await isMarkedCopy(ownCopy)).toBe(true);
    expect(sha256(path.join(dir, "out", "B.标记.xlsx"))).toBe(userHash);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual([
      "A.标记.xlsx",
      "B.标记 (2).xlsx",
      "B.标记.xlsx",
    ]);
  });

  it("an output folder inside the input folder works and is not checked next time", async () => {
    fs.mkdirSync(path.join(dir, "材料"));
    await writeWideWorkbook(path.join(dir, "材料", "a.xlsx"));
    const first = await check(["材料", "--out-marked", path.join("材料", "标记")]);
    expect(first.json.files.map((f) => f.markedCopy)).toEqual([path.join("材料", "标记", "a.标记.xlsx")]);
    const second = await check(["材料", "--out-marked", path.join("材料", "标记")]);
    expect(second.json.files.map((f) => f.file)).toEqual([path.join("材料", "a.xlsx")]);
  });

  it("the marked copy carries the property, and Excel-visible content is the workbook's", async () => {
    await writeWideWorkbook(path.join(dir, "a.xlsx"));
    await check(["a.xlsx", "--out-marked", "out"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out", "a.标记.xlsx"));
    // The workbook's own sheet, then the 「检查结果」 sheet every marked copy gets.
    expect(wb.worksheets.map((w) => w.name)).toEqual([WIDE_SHEET, "检查结果"]);
    expect(await isMarkedCopy(path.join(dir, "out", "a.标记.xlsx"))).toBe(true);
  });
});

describe("writeNewFile", () => {
  it("never replaces a file, even one that appeared after the name was chosen; leaves no temporary file", async () => {
    const dest = path.join(dir, "x.xlsx");
    fs.writeFileSync(dest, "theirs");
    expect(await writeNewFile(dest, Buffer.from("ours"))).toBe("exists");
    expect(fs.readFileSync(dest, "utf8")).toBe("theirs");
    expect(await writeNewFile(path.join(dir, "y.xlsx"), Buffer.from("ours"))).toBe("written");
    expect(fs.readdirSync(dir).sort()).toEqual(["x.xlsx", "y.xlsx"]);
  });

  it("of many concurrent writers to one name, exactly one wins and the file is whole", async () => {
    const dest = path.join(dir, "race.xlsx");
    const data = (i: number) => Buffer.alloc(200_000, i);
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((i) => writeNewFile(dest, data(i))));
    expect(results.filter((r) => r === "written")).toHaveLength(1);
    const winner = results.indexOf("written");
    expect(fs.readFileSync(dest).equals(data(winner))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["race.xlsx"]);
  });

  it("reports a read-only folder as a Chinese line, exit 2, the check still printed", async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: a file where the folder should be stands in for an unwritable place.
      fs.writeFileSync(path.join(dir, "ro"), "a file");
    } else {
      fs.mkdirSync(path.join(dir, "ro"));
      fs.chmodSync(path.join(dir, "ro"), 0o555);
    }
    await writeWideWorkbook(path.join(dir, "a.xlsx"));
    const c = captureIO({ cwd: dir, workerScript: null });
    const code = await main(["check", "a.xlsx", "--out-marked", path.join("ro", "sub")], c.io);
    expect(code).toBe(2);
    expect(c.stderr().trimEnd().split("\n")).toHaveLength(1);
    expect(c.stderr()).toMatch(/^无法创建标记副本的文件夹/);
  });
});
