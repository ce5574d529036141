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
import { formatJson } from "../core/report/json";
import { totalsOf, unreadableFile, type FileReport } from "../core/report/summary";
import { parseSeverityName } from "../core/report/min-severity";
import { formatText } from "../core/report/text";
import { RULES } from "../core/rules";
import { applyCheckPreset, DEFAULT_SETTINGS, parseCheckPreset, type Settings } from "../core/settings";
import { checkFile, internalErrorMessage, type CheckOutcome, type CheckTask } from "./check-file";
import { loadConfig } from "./config";
import { expandInputs, type InputItem } from "./inputs";
import { EXIT, wantsColor, type CliIO } from "./io";
import { defaultWorkerScript, displayPath, markedName } from "./paths";
import { runPool } from "./pool";

export interface CheckOptions {
  format?: string;
  outMarked?: string;
  config?: string;
  minSeverity?: string;
  explain?: boolean;
  profile?: string;
}

export async function runCheck(inputs: readonly string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(`--format 只能是 text 或 json，不能是“${format}”。\n`);
    return EXIT.usage;
  }

  const explain = opts.explain === true;
  const minSeverity = opts.minSeverity === undefined ? undefined : parseSeverityName(opts.minSeverity);
  if (minSeverity === null) {
    io.stderr(
      `--min-severity 只能是 error（错误）、warning（警告）或 info（提示），不能是“${opts.minSeverity}”。\n`,
    );
    return EXIT.usage;
  }

  const preset = opts.profile === undefined ? undefined : parseCheckPreset(opts.profile);
  if (preset === null) {
    io.stderr(`--profile 只能是 import（导入前检查），不能是“${opts.profile}”。\n`);
    return EXIT.usage;
  }

  let settings: Settings = DEFAULT_SETTINGS;
  if (opts.config !== undefined) {
    const loaded = await loadConfig(path.resolve(cwd, opts.config), opts.config);
    if (!loaded.ok) {
      for (const e of loaded.errors) io.stderr(`${e}\n`);
      // The validator's messages say what a default would replace; from the command line nothing is
      // checked with a half-applied settings file.
      io.stderr("设置文件有误，未进行检查。请修改设置文件后再运行。\n");
      return EXIT.usage;
    }
    settings = loaded.settings;
  }
  if (preset !== undefined) {
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
    } catch {
      io.stderr(`无法创建标记副本的文件夹：${opts.outMarked}\n`);
      return EXIT.usage;
    }
  }

  const items = await expandInputs(inputs, { cwd, skipDir: outDir });
  const tasks = toTasks(items, settings, outDir, cwd);
  const outcomes = await runTasks(tasks, io);

  const reports: FileReport[] = [];
  let failed = false;
  let t = 0;
  for (const item of items) {
    if (item.kind === "error") {
      reports.push(unreadableFile(item.display, item.message));
      io.stderr(`${item.display}：${item.message}\n`);
      failed = true;
      continue;
    }
    const outcome = outcomes[t++];
    reports.push(outcome.report);
    if (outcome.report.error !== undefined) {
      io.stderr(`${outcome.report.file}：${outcome.report.error}\n`);
      failed = true;
    }
    if (outcome.markError !== undefined) {
      io.stderr(`${outcome.report.file}：${outcome.markError}\n`);
      failed = true;
    }
  }

  const color = format === "text" && wantsColor(io);
  io.stdout(
    format === "json"
      ? formatJson(reports, { minSeverity, explain })
      : formatText(reports, { color, minSeverity, explain }),
  );
  if (failed) return EXIT.usage;
  return totalsOf(reports).errors > 0 ? EXIT.errors : EXIT.ok;
}

function toTasks(
  items: readonly InputItem[],
  settings: Settings,
  outDir: string | undefined,
  cwd: string,
): CheckTask[] {
  const used = new Set<string>();
  const tasks: CheckTask[] = [];
  for (const item of items) {
    if (item.kind !== "file") continue;
    const task: CheckTask = { path: item.path, display: item.display, settings };
    if (outDir) {
      // Files found in a folder keep their sub-folders; a name already taken gets " (2)", " (3)"…
      const sub = item.relative ? path.dirname(item.relative) : ".";
      const wanted = path.join(outDir, sub, markedName(item.path));
      let candidate = wanted;
      for (let n = 2; used.has(candidate.toLowerCase()); n++)
        candidate = wanted.replace(/\.xlsx$/i, ` (${n}).xlsx`);
      used.add(candidate.toLowerCase());
      task.markedPath = candidate;
      task.markedDisplay = displayPath(candidate, cwd);
    }
    tasks.push(task);
  }
  return tasks;
}

/** One file: in-process. Several: worker threads when the compiled worker is available. */
async function runTasks(tasks: CheckTask[], io: CliIO): Promise<CheckOutcome[]> {
  const script = io.workerScript === undefined ? defaultWorkerScript() : io.workerScript;
  if (tasks.length >= 2 && script) {
    const size = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    return runPool<CheckTask, CheckOutcome>(script, tasks, size, (task, message) => ({
      report: unreadableFile(task.display, internalErrorMessage(new Error(message))),
    }));
  }
  const out: CheckOutcome[] = [];
  for (const task of tasks) out.push(await checkFile(task));
  return out;
}
