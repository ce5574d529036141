import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/core/report/json";
import { captureIO, makeTmpDir, removeDir, writeEmptyWorkbook, writeWideWorkbook } from "./workbooks";

let dir: string;
beforeAll(async () => {
  dir = makeTmpDir();
  fs.mkdirSync(path.join(dir, "材料", "sub"), { recursive: true });
  await writeWideWorkbook(path.join(dir, "材料", "b.xlsx"));
  await writeWideWorkbook(path.join(dir, "材料", "a.xlsx"), { refError: true });
  await writeEmptyWorkbook(path.join(dir, "材料", "sub", "c.xlsx"));
  fs.writeFileSync(path.join(dir, "材料", "~$a.xlsx"), "lock file");
  fs.writeFileSync(path.join(dir, "材料", "readme.txt"), "not a workbook");
});
afterAll(() => removeDir(dir));

async function check(args: string[]) {
  const c = captureIO({ cwd: dir, workerScript: null });
  const code = await main(["check", ...args], c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

const FILES = ["a.xlsx", "b.xlsx", path.join("sub", "c.xlsx")].map((f) => path.join("材料", f));

describe("jixiao check <folder>", () => {
  it("checks every .xlsx below the folder in name order, skipping Excel lock files", async () => {
    const r = await check(["材料", "--format", "json"]);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(r.stderr).toBe("");
    expect(json.files.map((f) => f.file)).toEqual(FILES);
    expect(json.files[0].findings.some((f) => f.ruleId === "amount-missing")).toBe(true);
    expect(json.files[1].findings.some((f) => f.ruleId === "amount-missing")).toBe(false);
    expect(json.files[2].problems.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    const text = await check(["材料"]);
    expect(text.stdout).toMatch(/共 3 个文件：错误 \d+，警告 \d+，提示 \d+\n$/);
  });

  it("mirrors sub-folders in --out-marked and does not check its own output next time", async () => {
    const first = await check(["材料", "--out-marked", path.join("材料", "标记"), "--format", "json"]);
    const json = JSON.parse(first.stdout) as JsonReport;
    const expected = ["a.标记.xlsx", "b.标记.xlsx", path.join("sub", "c.标记.xlsx")].map((f) =>
      path.join("材料", "标记", f),
    );
    expect(json.files.map((f) => f.markedCopy)).toEqual(expected);
    for (const f of expected) expect(fs.existsSync(path.join(dir, f))).toBe(true);
    const again = JSON.parse(
      (await check(["材料", "--out-marked", path.join("材料", "标记"), "--format", "json"])).stdout,
    ) as JsonReport;
    expect(again.files.map((f) => f.file)).toEqual(FILES);
  });

  it("gives files of the same name distinct marked copies", async () => {
    fs.mkdirSync(path.join(dir, "x"));
    fs.mkdirSync(path.join(dir, "y"));
    await writeWideWorkbook(path.join(dir, "x", "同名.xlsx"));
    await writeWideWorkbook(path.join(dir, "y", "同名.xlsx"));
    const r = await check([
      path.join("x", "同名.xlsx"),
      path.join("y", "同名.xlsx"),
      "--out-marked",
      "out",
      "--format",
      "json",
    ]);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => f.markedCopy)).toEqual([
      path.join("out", "同名.标记.xlsx"),
      path.join("out", "同名.标记 (2).xlsx"),
    ]);
  });

  it("is a usage error when a folder holds no .xlsx", async () => {
    fs.mkdirSync(path.join(dir, "空"));
    const r = await check(["空"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("空：文件夹里（含子文件夹）没有 .xlsx 文件。\n");
  });
});
