/**
 * Check one workbook: read it, run the engine, summarise, and write the marked copy when asked. The
 * same function runs in-process and inside the worker threads; its outcome is plain, cloneable data.
 * The file is read once: the marked copy is made from the very bytes that were checked.
 */
import * as path from "path";
import { checkWorkbook } from "../core/check";
import { summarizeCheck, unreadableFile, type FileReport } from "../core/report/summary";
import type { Settings } from "../core/settings";
import {
  gridFromWorkbook,
  loadWorkbook,
  readFileBytes,
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
}

export interface CheckOutcome {
  report: FileReport;
  /** Set when the marked copy could not be written (Chinese, one line). */
  markError?: string;
}

export async function checkFile(task: CheckTask): Promise<CheckOutcome> {
  const bytes = await readFileBytes(task.path);
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
  let report: FileReport;
  try {
    report = summarizeCheck(task.display, checkWorkbook(read.workbook, task.settings));
  } catch (e) {
    // A bug in the engine, not in the user's file: say so, without a stack trace.
    return { report: unreadableFile(task.display, internalErrorMessage(e)) };
  }
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

import { internalErrorMessage } from "./internal-error";

export { internalErrorMessage };
