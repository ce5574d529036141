/**
 * Check one workbook: read it, run the engine, summarise, and write the marked copy when asked. The
 * same function runs in-process and inside the worker threads; its outcome is plain, cloneable data.
 */
import * as path from "path";
import { checkWorkbook } from "../core/check";
import { summarizeCheck, unreadableFile, type FileReport } from "../core/report/summary";
import type { Settings } from "../core/settings";
import { readXlsx } from "./read-xlsx";
import { writeMarkedCopy } from "./write-marked";

export interface CheckTask {
  /** Absolute path of the workbook. */
  path: string;
  /** How the report names it. */
  display: string;
  settings: Settings;
  /** Absolute path of the marked copy to write, if any, and how to name it in the report. */
  markedPath?: string;
  markedDisplay?: string;
}

export interface CheckOutcome {
  report: FileReport;
  /** Set when the marked copy could not be written (Chinese, one line). */
  markError?: string;
}

export async function checkFile(task: CheckTask): Promise<CheckOutcome> {
  const read = await readXlsx(task.path);
  if (!read.ok) return { report: unreadableFile(task.display, read.message) };
  read.workbook.name = path.basename(task.display);
  let report: FileReport;
  try {
    report = summarizeCheck(task.display, checkWorkbook(read.workbook, task.settings));
  } catch (e) {
    // A bug in the engine, not in the user's file: say so, without a stack trace.
    return { report: unreadableFile(task.display, internalErrorMessage(e)) };
  }
  if (task.markedPath) {
    const written = await writeMarkedCopy(task.path, task.markedPath, report.findings);
    if (written.ok) report.markedCopy = task.markedDisplay ?? task.markedPath;
    else return { report, markError: `无法生成标记副本：${written.message}` };
  }
  return { report };
}

export function internalErrorMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `检查这个文件时程序出错（${detail}），请把文件发给开发者。`;
}
