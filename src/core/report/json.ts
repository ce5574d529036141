/** The CLI's JSON report: {files:[{file, tables, findings, problems, error?}], summary}. */
import type { Finding, Severity } from "../finding";
import { countUnlisted, isListed, type Unlisted } from "./min-severity";
import type { SheetProblem } from "../model";
import type { TableReadingReport } from "./reading";
import { totalsOf, type FileReport, type ReportTotals, type TableSummary } from "./summary";

export interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: Finding["severity"];
  sheet: string;
  cell: string;
  line?: number;
  project: string;
  indicator?: string;
  message: string;
}

export interface JsonFile {
  file: string;
  tables: TableSummary[];
  findings: JsonFinding[];
  problems: SheetProblem[];
  error?: string;
  markedCopy?: string;
  /** With --explain: what the reader understood (识别结果). */
  reading?: TableReadingReport[];
}

export interface JsonReport {
  files: JsonFile[];
  /** Counts every finding, listed or not. */
  summary: ReportTotals;
  /** With --min-severity: the level asked for and how many findings below it were left out. */
  listing?: { minSeverity: Severity; unlisted: Unlisted };
}

export interface JsonOptions {
  minSeverity?: Severity;
  /** Carry each file's reading (识别结果). */
  explain?: boolean;
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    ...(f.line !== undefined ? { line: f.line } : {}),
    project: f.project,
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    message: f.message,
  };
}

export function toJsonReport(reports: readonly FileReport[], options: JsonOptions = {}): JsonReport {
  const min = options.minSeverity;
  const report: JsonReport = {
    files: reports.map((r) => {
      const file: JsonFile = {
        file: r.file,
        tables: r.tables,
        findings: (min ? r.findings.filter((f) => isListed(f, min)) : r.findings).map(jsonFinding),
        problems: r.problems,
      };
      if (r.error !== undefined) file.error = r.error;
      if (r.markedCopy !== undefined) file.markedCopy = r.markedCopy;
      if (options.explain && r.reading) file.reading = r.reading;
      return file;
    }),
    summary: totalsOf(reports),
  };
  if (min) {
    const unlisted: Unlisted = { warnings: 0, infos: 0 };
    for (const r of reports) countUnlisted(r.findings, min, unlisted);
    report.listing = { minSeverity: min, unlisted };
  }
  return report;
}

export function formatJson(reports: readonly FileReport[], options: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonReport(reports, options), null, 2)}\n`;
}
