/**
 * `jixiao check <file.xlsx|folder>... [--format text|json] [--out-marked DIR] [--config FILE] [--min-severity LEVEL]
 *  [--profile import]`
 *
 * Exit code: 0 no error findings, 1 error findings, 2 usage error or an input that could not be used
 * (missing, not .xlsx, damaged, encrypted) or a marked copy that could not be written. With several
 * inputs every readable one is still checked and reported; 2 wins over 1.
 */
import * as os from "os";
import * as path from "path";
import { promises as fs } from "fs";
import { jsonReport } from "../core/report/json";
import { unreadableFile } from "../core/report/summary";
import { parseSeverityName } from "../core/report/min-severity";
import { textReport } from "../core/report/text";
import { applyCheckPreset, DEFAULT_SETTINGS, parseCheckPreset, type Settings } from "../core/settings";
import type { CheckOutcome, CheckTask, FileLimits } from "./check-file";
import { internalErrorMessage } from "./internal-error";
import { expandInputs, type InputItem } from "./inputs";
import { EXIT, wantsColor, type CliIO } from "./io";
import { isMarkedCopy } from "./marked-copy";
import { readerFromEnv, type Reader } from "./read-xlsx";
import { defaultWorkerScript, displayPath, markedName, numberedName } from "./paths";
import { FILE_TIMEOUT_S } from "../xlsx/time-limit";

export interface CheckOptions {
  format?: string;
  outMarked?: string;
  config?: string;
  minSeverity?: string;
  explain?: boolean;
  profile?: string;
  /** Replace the tool's own earlier marked copies instead of writing "… (2).xlsx" beside them. */
  force?: boolean;
}

export async function runCheck(inputs: readonly string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(`--format 只能是 text 或 json，不能是「${format}」。\n`);
    return EXIT.usage;
  }

  const explain = opts.explain === true;
  const minSeverity = opts.minSeverity === undefined ? undefined : parseSeverityName(opts.minSeverity);
  if (minSeverity === null) {
    io.stderr(
      `--min-severity 只能是 error（错误）、warning（警告）或 info（提示），不能是「${opts.minSeverity}」。\n`,
    );
    return EXIT.usage;
  }

  const preset = opts.profile === undefined ? undefined : parseCheckPreset(opts.profile);
  if (preset === null) {
    io.stderr(`--profile 只能是 import（导入前检查），不能是「${opts.profile}」。\n`);
    return EXIT.usage;
  }

  let settings: Settings = DEFAULT_SETTINGS;
  if (opts.config !== undefined) {
    const { loadConfig } = await import("./config");
    const loaded = await loadConfig(path.resolve(cwd, opts.config), opts.config);
    if (!loaded.ok) {
      for (const e of loaded.errors) io.stderr(`${e}\n`);
      return EXIT.usage;
    }
    // Each bad field was replaced by its default, as its message says; the check goes on.
    for (const w of loaded.warnings) io.stderr(`${w}\n`);
    settings = loaded.settings;
  }
  if (preset !== undefined) {
    // The rules are loaded by the workers; the main thread needs only their ids, and only here.
    const { RULES } = await import("../core/rules");
    settings = applyCheckPreset(
      settings,
      preset,
      RULES.map((r) => r.meta.id),
    );
  }

  let outDir: string | undefined;
  if (opts.outMarked !== undefined) {
    outDir = path.resolve(cwd, opts.outMarked);
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === "EEXIST" || code === "ENOTDIR" ? "同名的文件已存在，不是文件夹" : "没有权限或路径无效";
      io.stderr(`无法创建标记副本的文件夹：${opts.outMarked}（${why}）。\n`);
      return EXIT.usage;
    }
  }

  const items = await expandInputs(inputs, { cwd });
  const reader = readerFromEnv(io.env ?? process.env);
  const tasks = await toTasks(items, settings, outDir, cwd, opts.force === true, reader, explain);

  // Each file's report is written as soon as it and every file before it are done; only the counts
  // are kept, so a folder of any size takes the memory of a few files.
  const color = format === "text" && wantsColor(io);
  const stream =
    format === "json" ? jsonReport({ minSeverity, explain }) : textReport({ color, minSeverity, explain });
  let failed = false;
  let i = 0;
  /** The input-error items before the next file, in order. */
  const flushErrors = (): void => {
    for (; i < items.length; i++) {
      const item = items[i];
      if (item.kind !== "error") return;
      io.stderr(`${item.display}：${item.message}\n`);
      io.stdout(stream.file(unreadableFile(item.display, item.message)));
      failed = true;
    }
  };
  flushErrors();
  // One file named on the command line may be checked in this thread; a folder's files never are.
  const oneFile = tasks.length === 1 && !items.some((item) => item.kind === "file" && item.relative);
  await runTasks(tasks, oneFile, io, (outcome) => {
    i++; // this file's item
    if (outcome.report.error !== undefined) {
      io.stderr(`${outcome.report.file}：${outcome.report.error}\n`);
      failed = true;
    }
    if (outcome.markError !== undefined) {
      io.stderr(`${outcome.report.file}：${outcome.markError}\n`);
      failed = true;
    }
    io.stdout(stream.file(outcome.report));
    flushErrors();
  });
  io.stdout(stream.end());
  if (failed) return EXIT.usage;
  return stream.totals().errors > 0 ? EXIT.errors : EXIT.ok;
}

/**
 * Each file's task; with --out-marked, the name of its marked copy: folders keep their sub-folders, and
 * a name that is taken — by an existing file, an input, or another copy of this run — becomes
 * "… (2).xlsx", "… (3).xlsx"… With --force the first name is kept when it holds the tool's own earlier
 * copy (never an input). The worker still writes without replacing (a file may appear meanwhile).
 */
async function toTasks(
  items: readonly InputItem[],
  settings: Settings,
  outDir: string | undefined,
  cwd: string,
  force: boolean,
  reader: Reader,
  explain: boolean,
): Promise<CheckTask[]> {
  const inputs = new Set<string>();
  for (const item of items) if (item.kind === "file") inputs.add(path.resolve(item.path));
  const used = new Set<string>();
  const tasks: CheckTask[] = [];
  for (const item of items) {
    if (item.kind !== "file") continue;
    const task: CheckTask = { path: item.path, display: item.display, settings, reader, explain };
    if (outDir) {
      const sub = item.relative ? path.dirname(item.relative) : ".";
      const wanted = path.join(outDir, sub, markedName(item.path));
      let candidate = wanted;
      for (let n = 2; ; n++) {
        const key = path.resolve(candidate);
        const free = !used.has(key.toLowerCase()) && !inputs.has(key);
        if (free && !(await exists(candidate))) break;
        if (free && force && candidate === wanted && (await isMarkedCopy(candidate))) {
          task.replaceMarked = true;
          break;
        }
        candidate = numberedName(wanted, n);
      }
      used.add(path.resolve(candidate).toLowerCase());
      task.markedPath = candidate;
      task.markedDisplay = displayPath(candidate, cwd);
      const folder = path.dirname(path.resolve(candidate));
      task.avoid = [...inputs].filter((p) => path.dirname(p) === folder);
    }
    tasks.push(task);
  }
  return tasks;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Heap limit of each worker thread, MB (JIXIAO_WORKER_MEMORY_MB overrides). */
export const WORKER_MEMORY_MB = 1024;
/**
 * Young generation of each worker thread, MB. V8's default for a thread is several times larger, and
 * a worker checking file after file filled it between collections: a folder run's peak memory was
 * mostly that (a fifth less for 500 small files with this size, the same CPU time; the 10,000-project
 * workbook takes as long and a little less memory).
 */
export const WORKER_YOUNG_MB = 16;
/** Time limit per file, seconds (JIXIAO_FILE_TIMEOUT overrides); the web edition's too. */
export { FILE_TIMEOUT_S };

function envNumber(io: CliIO, name: string, fallback: number): number {
  const v = Number((io.env ?? process.env)[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * Every file is checked in a worker thread when the compiled worker is available (from build/, as the
 * command runs), so that each has a memory and a time limit and one file cannot take the run down;
 * a single small workbook named on the command line is checked in this thread under the same limits
 * (checkInThisThread), which saves starting a worker; in-process otherwise (the tests' sources).
 */
async function runTasks(
  tasks: CheckTask[],
  oneFile: boolean,
  io: CliIO,
  emit: (outcome: CheckOutcome) => void,
): Promise<void> {
  const script = io.workerScript === undefined ? defaultWorkerScript() : io.workerScript;
  if (tasks.length >= 1 && script) {
    const limits: FileLimits = {
      memoryMb: envNumber(io, "JIXIAO_WORKER_MEMORY_MB", WORKER_MEMORY_MB),
      timeoutS: envNumber(io, "JIXIAO_FILE_TIMEOUT", FILE_TIMEOUT_S),
    };
    if (oneFile) {
      const { checkInThisThread } = await import("./check-file");
      const outcome = await checkInThisThread(tasks[0], limits);
      if (outcome) {
        emit(outcome);
        return;
      }
    }
    const [{ streamPool }, { limitMessage }] = await Promise.all([import("./pool"), import("./check-file")]);
    const size = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    return streamPool<CheckTask, CheckOutcome>(
      script,
      tasks,
      size,
      (task, message, why) => ({
        report: unreadableFile(
          task.display,
          why === "crash" ? internalErrorMessage(new Error(message)) : limitMessage(why, limits),
        ),
      }),
      emit,
      { memoryMb: limits.memoryMb, youngMb: WORKER_YOUNG_MB, timeoutMs: limits.timeoutS * 1000 },
    );
  }
  const { checkFile } = await import("./check-file");
  for (const task of tasks) emit(await checkFile(task));
}
