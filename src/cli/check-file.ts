/**
 * Check one workbook: read it, run the engine, summarise, and write the marked copy when asked. The
 * same function runs in-process and inside the worker threads; its outcome is plain, cloneable data.
 * The file is read once: the marked copy is made from the very bytes that were checked.
 */
import * as path from "path";
import * as vm from "vm";
import { checkWorkbook } from "../core/check";
import { summarizeCheck, unreadableFile, type FileReport } from "../core/report/summary";
import type { Settings } from "../core/settings";
import type { Workbook } from "../core/grid";
import { timeLimitMessage } from "../xlsx/time-limit";
import {
  gridFromWorkbook,
  loadWorkbook,
  readFast,
  readFileBytesSync,
  readXlsxBuffer,
  type Reader,
  type ReadResult,
} from "./read-xlsx";

export interface CheckTask {
  /** Absolute path of the workbook. */
  path: string;
  /** How the report names it. */
  display: string;
  settings: Settings;
  /** Absolute path of the marked copy to write, if any, and how to name it in the report. */
  markedPath?: string;
  markedDisplay?: string;
  /** Replace markedPath when it holds the tool's own earlier copy (--force); never any other file. */
  replaceMarked?: boolean;
  /** Absolute paths the marked copy must never take (the run's inputs). */
  avoid?: string[];
  /** How to read the workbook when no marked copy is asked for (default: the fast reader). */
  reader?: Reader;
  /** The report is to show what the reader understood (--explain): a worker sends it back only then. */
  explain?: boolean;
}

export interface CheckOutcome {
  report: FileReport;
  /** Set when the marked copy could not be written (Chinese, one line). */
  markError?: string;
}

export async function checkFile(task: CheckTask): Promise<CheckOutcome> {
  const bytes = readFileBytesSync(task.path);
  if (!bytes.ok) return { report: unreadableFile(task.display, bytes.message) };
  const name = path.basename(task.display);
  // A marked copy is written by exceljs from the workbook exceljs read; a check alone reads fast.
  let loaded: Awaited<ReturnType<typeof loadWorkbook>> | undefined;
  let read: ReadResult;
  if (task.markedPath) {
    loaded = await loadWorkbook(bytes.buf, name);
    if (!loaded.ok) return { report: unreadableFile(task.display, loaded.message) };
    read = gridFromWorkbook(loaded.wb, loaded.sheetNames.length, name);
  } else read = await readXlsxBuffer(bytes.buf, name, task.reader ?? "fast");
  if (!read.ok) return { report: unreadableFile(task.display, read.message) };
  const report = checkGrid(task, read.workbook);
  if (report.error !== undefined) return { report };
  if (task.markedPath && loaded?.ok) {
    // Loaded only when a copy is written: a check alone never loads the writer.
    const { markCopy, saveMarkedWorkbook } = await import("./write-marked");
    markCopy(loaded.wb, report.findings);
    const saved = await saveMarkedWorkbook(loaded.wb, task.markedPath, {
      sourceName: path.basename(task.path),
      avoid: new Set([path.resolve(task.path), ...(task.avoid ?? [])]),
      replaceMarked: task.replaceMarked,
    });
    if (!saved.ok) return { report, markError: `无法生成标记副本：${saved.message}` };
    const shown = task.markedDisplay ?? task.markedPath;
    report.markedCopy = path.join(path.dirname(shown), path.basename(saved.path));
  }
  return { report };
}

/** The report of a grid; an engine error (a bug, not the user's file) as an unreadable file's report. */
function checkGrid(task: CheckTask, workbook: Workbook): FileReport {
  try {
    return summarizeCheck(task.display, checkWorkbook(workbook, task.settings));
  } catch (e) {
    // A bug in the engine, not in the user's file: say so, without a stack trace.
    return unreadableFile(task.display, internalErrorMessage(e));
  }
}

/** The limits a worker thread puts on each file (check-command.ts). */
export interface FileLimits {
  memoryMb: number;
  timeoutS: number;
}

/**
 * A workbook's package may unpack to at most 1/1024 of the worker's heap limit (1 MB of XML for the
 * default 1 GB) to be checked in this thread: the check takes some tens of times the XML's size, so such
 * a file stays far below the limit a worker would put on it.
 */
const IN_THREAD_HEAP_SHARE = 1024;

/**
 * One workbook checked in this thread rather than in a worker thread (which takes tens of milliseconds
 * to start), under the same limits: the time limit through V8's watchdog (vm's `timeout`), the memory
 * limit by checking here only a package that unpacks to a small share of it. undefined when the file
 * has to go to a worker after all: a marked copy, a package larger than that share, or one the fast
 * reader leaves to exceljs (whose reading is asynchronous, out of the watchdog's reach).
 */
export async function checkInThisThread(
  task: CheckTask,
  limits: FileLimits,
): Promise<CheckOutcome | undefined> {
  if (task.markedPath || (task.reader ?? "fast") !== "fast") return undefined;
  const started = Date.now();
  const bytes = readFileBytesSync(task.path);
  if (!bytes.ok) return { report: unreadableFile(task.display, bytes.message) };
  const name = path.basename(task.display);
  const unpackedAtMost = limits.memoryMb * ((1024 * 1024) / IN_THREAD_HEAP_SHARE);
  const outcome = withinTime(
    limits.timeoutS * 1000 - (Date.now() - started),
    (): CheckOutcome | undefined => {
      const read = readFast(bytes.buf, name, unpackedAtMost);
      if (!read) return undefined;
      if (!read.ok) return { report: unreadableFile(task.display, read.message) };
      return { report: checkGrid(task, read.workbook) };
    },
  );
  if (outcome === TIMED_OUT) return { report: unreadableFile(task.display, limitMessage("timeout", limits)) };
  return outcome;
}

export const TIMED_OUT = Symbol("timed out");
const TIMED = "__jixiaoTimed";
let scriptGlobal: Record<string, unknown> | undefined;

/** `f()`, stopped by V8 after `ms` (synchronous code cannot be stopped otherwise). */
export function withinTime<T>(ms: number, f: () => T): T | typeof TIMED_OUT {
  if (ms <= 0) return TIMED_OUT;
  // The global object of the context vm runs scripts in (the same as globalThis, except under jest).
  const g = (scriptGlobal ??= new vm.Script("globalThis").runInThisContext() as Record<string, unknown>);
  g[TIMED] = f;
  try {
    // vm takes at most 2^32 - 1 ms; a longer limit is no limit at all (JIXIAO_FILE_TIMEOUT=1e12).
    const timeout = Math.min(Math.ceil(ms), 2 ** 32 - 1);
    return new vm.Script(`${TIMED}()`).runInThisContext({ timeout }) as T;
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return TIMED_OUT;
    throw e;
  } finally {
    delete g[TIMED];
  }
}

/** What a file that hit a worker's limit is reported with. */
export function limitMessage(why: "timeout" | "memory", limits: FileLimits): string {
  return why === "timeout"
    ? timeLimitMessage(limits.timeoutS)
    : `检查这个文件需要的内存超过 ${limits.memoryMb} MB 的上限，已停止（文件可能过大或结构异常）。`;
}

import { internalErrorMessage } from "./internal-error";

export { internalErrorMessage };
