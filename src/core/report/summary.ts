/**
 * What a report says about one file, as plain data (no Decimal, no model objects): the CLI's worker
 * threads send it between threads, and the text and JSON formatters read it.
 */
import type { CheckResult } from "../check";
import { countFindings, type Finding, type FindingCounts } from "../finding";
import { rangeToA1 } from "../grid";
import type { Layout, SheetProblem } from "../model";
import { readingOf, type TableReadingReport } from "./reading";

export interface TableSummary {
  sheet: string;
  layout: Layout;
  /** A1 range of the table, header included: "A2:E19". */
  range: string;
  projects: number;
  indicators: number;
}

export interface FileReport {
  /** The file as the user named it (or as found below a folder they named). */
  file: string;
  tables: TableSummary[];
  findings: Finding[];
  problems: SheetProblem[];
  /** Set when the file could not be read: a Chinese one-liner; nothing else is then filled in. */
  error?: string;
  /** Where the marked copy was written, when one was asked for. */
  markedCopy?: string;
  /** What the reader understood (识别结果), per table. */
  reading?: TableReadingReport[];
}

export function summarizeCheck(file: string, result: CheckResult): FileReport {
  return {
    file,
    tables: result.tables.map((t) => ({
      sheet: t.sheet,
      layout: t.layout,
      range: rangeToA1(t.range),
      projects: t.projects.length,
      indicators: t.projects.reduce((n, p) => n + p.indicators.length, 0),
    })),
    findings: result.findings,
    problems: result.problems,
    reading: readingOf(result.tables),
  };
}

export function unreadableFile(file: string, error: string): FileReport {
  return { file, tables: [], findings: [], problems: [], error };
}

export interface ReportTotals extends FindingCounts {
  /** Files that were read and checked. */
  files: number;
  /** Files that could not be read. */
  unreadable: number;
}

export function totalsOf(reports: readonly FileReport[]): ReportTotals {
  const t: ReportTotals = { files: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) addToTotals(t, r);
  return t;
}

/** Count one more file into `t` (reports written as files finish keep only these counts). */
export function addToTotals(t: ReportTotals, r: FileReport): ReportTotals {
  if (r.error !== undefined) {
    t.unreadable++;
    return t;
  }
  t.files++;
  const c = countFindings(r.findings);
  t.errors += c.errors;
  t.warnings += c.warnings;
  t.infos += c.infos;
  return t;
}

/** The finding's text with its indicator named first when the message does not already name it. */
export function describeFinding(f: Pick<Finding, "indicator" | "message">): string {
  if (f.indicator && !f.message.includes(f.indicator)) return `「${f.indicator}」${f.message}`;
  return f.message;
}

/** "E13 单元格第 3 行" — the cell, and the line inside a multi-line cell when there is one. */
export function findingPlace(f: Pick<Finding, "cell" | "line">): string {
  return f.line !== undefined ? `${f.cell} 单元格第 ${f.line} 行` : f.cell;
}
