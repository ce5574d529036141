/**
 * The command line's side of the bench, each run as a user runs it (`node bin/jixiao.js …`, a new
 * process, its output thrown away):
 *   folderPeakMB      — peak RSS of `check FOLDER --format json` over 500 and over 5,000 small
 *                       workbooks (reports stream, so the two should be close),
 *   folderFilesPerSec — the same 1,000 small workbooks checked with each reader (JIXIAO_READER),
 *   cliSmallFileMs    — one small workbook, whole process (start-up included), median of 5.
 * The small workbooks are a few distinct 14-project wide tables, copied round-robin into a temp folder.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeSyntheticWorkbook } from "./synthetic-workbook";

const DISTINCT = 8;
const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "jixiao.js");
/**
 * Loaded with --require into the CLI's process: writes the peak RSS (KB) to $JIXIAO_BENCH_RSS at exit.
 * The peak is VmHWM from /proc/self/status, as in the hostile-input suite's probe: getrusage's maxRSS
 * (used before) also counts the peak of the process that spawned the CLI — Linux carries it across exec —
 * so the bench's own size could show up as the CLI's. maxRSS where there is no /proc.
 */
const RSS_HOOK = `process.on("exit", () => {
  const fs = require("fs");
  let kb = process.resourceUsage().maxRSS;
  try {
    const m = /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) kb = Number(m[1]);
  } catch {}
  fs.writeFileSync(process.env.JIXIAO_BENCH_RSS, String(kb));
});`;

export interface CliRun {
  ms: number;
  peakMB: number;
  code: number;
}

/** The small workbooks, made once: `DISTINCT` files to copy from. */
export async function smallWorkbooks(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < DISTINCT; i++) {
    const file = path.join(dir, `small-${i}.xlsx`);
    await writeSyntheticWorkbook(file, { projects: 14, projectsPerUnit: 7, seed: 1000 + i });
    out.push(file);
  }
  return out;
}

/** A folder of `n` workbooks copied from `sources`, 100 per sub-folder. */
export async function folderOf(dir: string, sources: readonly string[], n: number): Promise<string> {
  const folder = path.join(dir, `folder-${n}`);
  for (let i = 0; i < n; i++) {
    const sub = path.join(folder, `d${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) await mkdir(sub, { recursive: true });
    await copyFile(sources[i % sources.length], path.join(sub, `申报表${String(i).padStart(5, "0")}.xlsx`));
  }
  return folder;
}

/** One CLI process: wall time and peak RSS. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "jixiao-rss-"));
  const rssFile = path.join(tmp, "rss");
  const hook = path.join(tmp, "hook.js");
  await import("node:fs/promises").then((fs) => fs.writeFile(hook, RSS_HOOK));
  try {
    const t = performance.now();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ["--require", hook, BIN, ...args], {
        env: { ...process.env, ...env, JIXIAO_BENCH_RSS: rssFile },
        stdio: ["ignore", "ignore", "ignore"],
      });
      child.on("error", reject);
      child.on("exit", (c) => resolve(c ?? -1));
    });
    const ms = performance.now() - t;
    const kb = Number(await readFile(rssFile, "utf8"));
    return { ms, peakMB: kb / 1024, code };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export interface CliMetrics {
  folderPeakMB: Record<string, number>;
  folderFilesPerSec: Record<string, number>;
  cliSmallFileMs: number;
}

export async function cliMetrics(say: (line: string) => void): Promise<CliMetrics> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "jixiao-bench-cli-"));
  try {
    const sources = await smallWorkbooks(dir);

    const small: number[] = [];
    for (let i = 0; i < 5; i++) small.push((await runCli(["check", sources[0]])).ms);
    const cliSmallFileMs = round(median(small));
    say(`命令行检查一个 14 个项目的小工作簿（整个进程，5 次中位数）：${cliSmallFileMs} ms`);

    const folderFilesPerSec: Record<string, number> = {};
    const thousand = await folderOf(dir, sources, 1000);
    for (const reader of ["exceljs", "fast"]) {
      const run = await runCli(["check", thousand, "--format", "json"], { JIXIAO_READER: reader });
      folderFilesPerSec[reader] = round(1000 / (run.ms / 1000));
      say(`文件夹 1000 个小工作簿（读取方式 ${reader}）：${folderFilesPerSec[reader]} 个/秒`);
    }
    await rm(thousand, { recursive: true, force: true });

    const folderPeakMB: Record<string, number> = {};
    for (const n of [500, 5000]) {
      const folder = await folderOf(dir, sources, n);
      const run = await runCli(["check", folder, "--format", "json"]);
      folderPeakMB[String(n)] = round(run.peakMB);
      say(`文件夹 ${n} 个小工作簿：内存峰值 ${folderPeakMB[String(n)]} MB，${round(run.ms / 1000, 2)} 秒`);
      await rm(folder, { recursive: true, force: true });
    }
    return { folderPeakMB, folderFilesPerSec, cliSmallFileMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
