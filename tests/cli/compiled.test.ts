/**
 * The compiled command line: bin/jixiao.js over build/ (after `npm run build:cli`), `npx jixiao` from
 * the project root, and folder checks in worker threads (which need the compiled worker script).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import {
  captureIO,
  makeTmpDir,
  removeDir,
  writeEmptyWorkbook,
  writeEncryptedFake,
  writeWideWorkbook,
} from "./workbooks";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "jixiao.js");
const WORKER = path.join(ROOT, "build", "src", "cli", "check-worker.js");
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;

let dir: string;
beforeAll(async () => {
  const build = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
  dir = makeTmpDir();
  fs.mkdirSync(path.join(dir, "材料", "sub"), { recursive: true });
  await writeWideWorkbook(path.join(dir, "材料", "b.xlsx"));
  await writeWideWorkbook(path.join(dir, "材料", "a.xlsx"), { refError: true });
  await writeWideWorkbook(path.join(dir, "材料", "sub", "c.xlsx"), { amountAsText: true });
  await writeEmptyWorkbook(path.join(dir, "材料", "sub", "d.xlsx"));
  writeEncryptedFake(path.join(dir, "加密.xlsx"));
}, 180_000);
afterAll(() => removeDir(dir));

function jixiao(args: string[], cwd = dir) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

async function inProcess(args: string[]) {
  const c = captureIO({ cwd: dir, workerScript: null });
  const code = await main(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe("bin/jixiao.js", () => {
  it("checks a workbook: JSON on stdout, exit 1 for error findings", async () => {
    const r = jixiao(["check", path.join("材料", "a.xlsx"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      (await inProcess(["check", path.join("材料", "a.xlsx"), "--format", "json"])).stdout,
    );
  });

  it("says in one Chinese line why a file cannot be read, exit 2, no stack trace", () => {
    const r = jixiao(["check", "加密.xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "加密.xlsx：文件已加密（设置了打开密码），请先在 Excel 或 WPS 中取消密码后再检查。\n",
    );
  });

  it("checks a folder in worker threads with the same result, in the same order, as in-process", async () => {
    const args = ["check", "材料", "--format", "json"];
    const threaded = jixiao(args);
    const local = await inProcess(args);
    expect(threaded.status).toBe(local.code);
    expect(threaded.stdout).toBe(local.stdout);
    const files = (JSON.parse(threaded.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual(
      ["a.xlsx", "b.xlsx", path.join("sub", "c.xlsx"), path.join("sub", "d.xlsx")].map((f) =>
        path.join("材料", f),
      ),
    );
  });

  it("prints its version", () => {
    const r = jixiao(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });

  it("asks for `npm run build:cli` when build/ is missing", () => {
    const copy = path.join(dir, "pkg", "bin", "jixiao.js");
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(BIN, copy);
    const r = spawnSync(process.execPath, [copy, "check", "a.xlsx"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("npm run build:cli");
  });

  it("runs as `npx jixiao` from the project root (npm exec finds the package's own bin)", () => {
    const r = spawnSync("npx", ["--offline", "--no-install", "jixiao", "--version"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });
});

describe("worker threads from main()", () => {
  it("gives the same report with the compiled worker as in-process, also with marked copies", async () => {
    const args = ["check", "材料", "加密.xlsx", "--format", "json"];
    const c = captureIO({ cwd: dir, workerScript: WORKER });
    const code = await main(args, c.io);
    const local = await inProcess(args);
    expect(code).toBe(2);
    expect(c.stdout()).toBe(local.stdout);
    expect(c.stderr()).toBe(local.stderr);
    const marked = captureIO({ cwd: dir, workerScript: WORKER });
    await main(["check", "材料", "--out-marked", "标记-线程"], marked.io);
    expect(fs.existsSync(path.join(dir, "标记-线程", "sub", "c.标记.xlsx"))).toBe(true);
  });

  it("reports files whose worker crashed as not checked (exit 2)", async () => {
    const broken = path.join(dir, "broken-worker.js");
    fs.writeFileSync(broken, `throw new Error("worker failed");`);
    const c = captureIO({ cwd: dir, workerScript: broken });
    const code = await main(["check", "材料"], c.io);
    expect(code).toBe(2);
    expect(c.stderr()).toContain(`${path.join("材料", "a.xlsx")}：检查这个文件时程序出错（worker failed）`);
  });
});

describe("the bundle (build/cli, webpack.cli.js)", () => {
  it("starts from V8's code cache, in the main thread and in the folder worker", () => {
    const cli = path.join(ROOT, "build", "cli");
    const loader = path.join(ROOT, "build", "src", "cli", "code-cache.js");
    // The worker loads worker.js as build/cli/check-worker.js does, and reports before it waits for tasks.
    const script = `
const { Worker } = require("worker_threads");
const cc = require(${JSON.stringify(loader)});
cc.loadCached(${JSON.stringify(path.join(cli, "jixiao.js"))});
const inWorker = \`const cc = require(${JSON.stringify(loader)});
cc.loadCached(${JSON.stringify(path.join(cli, "worker.js"))});
require("worker_threads").parentPort.postMessage(cc.cacheUse());\`;
const w = new Worker(inWorker, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
w.on("message", (use) => {
  if (!Array.isArray(use)) return; // the worker's own word that it has loaded (POOL_READY)
  process.stdout.write(JSON.stringify([...cc.cacheUse(), ...use]));
  void w.terminate();
});`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const use = (JSON.parse(r.stdout) as { file: string; used: boolean }[]).map((u) => [
      path.basename(u.file),
      u.used,
    ]);
    expect(use).toEqual([
      ["jixiao.js", true],
      ["worker.js", true],
    ]);
  });

  it("is what bin/jixiao.js runs when it is there", () => {
    // A bundle that says so instead of running: bin/jixiao.js must load it.
    const copy = path.join(dir, "pkg2");
    fs.mkdirSync(path.join(copy, "bin"), { recursive: true });
    fs.mkdirSync(path.join(copy, "build", "cli"), { recursive: true });
    fs.mkdirSync(path.join(copy, "build", "src", "cli"), { recursive: true });
    fs.copyFileSync(BIN, path.join(copy, "bin", "jixiao.js"));
    const loader = path.join("build", "src", "cli", "code-cache.js");
    fs.copyFileSync(path.join(ROOT, loader), path.join(copy, loader));
    fs.writeFileSync(
      path.join(copy, "build", "cli", "jixiao.js"),
      `exports.run = () => process.stdout.write("bundle " + require("path").basename(__dirname));`,
    );
    const r = spawnSync(process.execPath, [path.join(copy, "bin", "jixiao.js")], { encoding: "utf8" });
    expect(r.stdout).toBe("bundle cli");
  });
});
