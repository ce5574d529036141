/** The CLI's JSON report: {files:[{file, tables, findings, problems, error?}], summary}. */
import type { Finding } from "../finding";
import type { SheetProblem } from "../model";
import { totalsOf, type FileReport, type ReportTotals, type TableSummary } from "./summary";

export interface JsonFinding {
  ruleId: string;
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
}

export interface JsonReport {
  files: JsonFile[];
  summary: ReportTotals;
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    ...(f.line !== undefined ? { line: f.line } : {}),
    project: f.project,
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    message: f.message,
  };
}

export function toJsonReport(reports: readonly FileReport[]): JsonReport {
  return {
    files: reports.map((r) => {
      const file: JsonFile = {
        file: r.file,
        tables: r.tables,
        findings: r.findings.map(jsonFinding),
        problems: r.problems,
      };
      if (r.error !== undefined) file.error = r.error;
      if (r.markedCopy !== undefined) file.markedCopy = r.markedCopy;
      return file;
    }),
    summary: totalsOf(reports),
  };
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonReport(reports), null, 2)}\n`;
}
