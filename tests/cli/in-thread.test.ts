/**
 * One workbook named on the command line is checked in the main thread (check-file.ts,
 * checkInThisThread) under the limits a worker thread would put on it; everything else goes to the
 * workers as before.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import {
  checkFile,
  checkInThisThread,
  limitMessage,
  TIMED_OUT,
  withinTime,
  type CheckTask,
} from "../../src/cli/check-file";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  captureIO,
  makeTmpDir,
  makeXlsx,
  removeDir,
  writeEncryptedFake,
  writeWideWorkbook,
} from "./workbooks";

const LIMITS = { memoryMb: 1024, timeoutS: 120 };

let dir: string;
let broken: string;
beforeAll(async () => {
  dir = makeTmpDir();
  fs.mkdirSync(path.join(dir, "材料"));
  await writeWideWorkbook(path.join(dir, "a.xlsx"), { refError: true });
  await writeWideWorkbook(path.join(dir, "材料", "b.xlsx"));
  writeEncryptedFake(path.join(dir, "加密.xlsx"));
  // a row without its number: the fast reader leaves the workbook to exceljs
  fs.writeFileSync(
    path.join(dir, "无行号.xlsx"),
    makeXlsx(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    ),
  );
  // a worker that dies at once: whatever is sent to a worker is reported as not checked
  broken = path.join(dir, "broken-worker.js");
  fs.writeFileSync(broken, `throw new Error("worker failed");`);
});
afterAll(() => removeDir(dir));

const task = (file: string, extra: Partial<CheckTask> = {}): CheckTask => ({
  path: path.join(dir, file),
  display: file,
  settings: DEFAULT_SETTINGS,
  ...extra,
});

describe("checkInThisThread", () => {
  it("gives the outcome a worker gives, refusals included", async () => {
    for (const file of ["a.xlsx", "加密.xlsx", "不存在.xlsx"]) {
      const here = await checkInThisThread(task(file), LIMITS);
      expect(here).toEqual(await checkFile(task(file)));
    }
    expect((await checkInThisThread(task("a.xlsx"), LIMITS))?.report.findings.length).toBeGreaterThan(0);
  });

  it("leaves to a worker a marked copy, the exceljs reader, a larger package and exceljs's packages", async () => {
    const marked = task("a.xlsx", { markedPath: path.join(dir, "a.标记.xlsx") });
    expect(await checkInThisThread(marked, LIMITS)).toBeUndefined();
    expect(await checkInThisThread(task("a.xlsx", { reader: "exceljs" }), LIMITS)).toBeUndefined();
    // 1/1024 of a 0.01 MB heap: a few bytes, less than any workbook
    expect(await checkInThisThread(task("a.xlsx"), { memoryMb: 0.01, timeoutS: 120 })).toBeUndefined();
    expect(await checkInThisThread(task("无行号.xlsx"), LIMITS)).toBeUndefined();
    expect(fs.existsSync(path.join(dir, "a.标记.xlsx"))).toBe(false);
  });

  it("reports a file past the time limit as a worker does", async () => {
    const outcome = await checkInThisThread(task("a.xlsx"), { memoryMb: 1024, timeoutS: 0.000001 });
    expect(outcome?.report.error).toBe(limitMessage("timeout", { memoryMb: 1024, timeoutS: 0.000001 }));
    expect(outcome?.report.error).toBe("检查超过 0.000001 秒仍未完成，已停止（文件可能过大或结构异常）。");
  });
});

describe("withinTime", () => {
  it("stops synchronous code at the limit, and otherwise returns what it returns or throws", () => {
    expect(
      withinTime(50, () => {
        for (;;);
      }),
    ).toBe(TIMED_OUT);
    expect(withinTime(5000, () => 42)).toBe(42);
    expect(withinTime(1e15, () => 42)).toBe(42);
    expect(() =>
      withinTime(5000, () => {
        throw new RangeError("boom");
      }),
    ).toThrow("boom");
    expect(withinTime(0, () => 42)).toBe(TIMED_OUT);
  });
});

describe("jixiao check with worker threads", () => {
  async function check(args: string[], env: Record<string, string> = {}) {
    const c = captureIO({ cwd: dir, workerScript: broken, env });
    const code = await main(["check", ...args], c.io);
    return { code, stdout: c.stdout(), stderr: c.stderr() };
  }

  it("checks one workbook named on the command line in this thread", async () => {
    const r = await check(["a.xlsx", "--format", "json"]);
    const local = captureIO({ cwd: dir, workerScript: null });
    expect(await main(["check", "a.xlsx", "--format", "json"], local.io)).toBe(1);
    expect(r).toEqual({ code: 1, stdout: local.stdout(), stderr: "" });
  });

  it("sends to the workers a folder's workbook, several workbooks, and a package too large for the thread", async () => {
    const crashed = /检查这个文件时程序出错（worker failed）/;
    const folder = await check(["材料"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(crashed);
    const two = await check(["a.xlsx", path.join("材料", "b.xlsx")]);
    expect(two.code).toBe(2);
    expect(two.stderr.split("\n").filter((l) => crashed.test(l))).toHaveLength(2);
    // a worker with so small a heap stops before it runs anything
    const large = await check(["a.xlsx"], { JIXIAO_WORKER_MEMORY_MB: "0.01" });
    expect(large.code).toBe(2);
    expect(large.stderr).toBe(`a.xlsx：${limitMessage("memory", { memoryMb: 0.01, timeoutS: 120 })}\n`);
  });
});
