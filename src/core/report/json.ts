/** The CLI's JSON report: {files:[{file, tables, findings, problems, error?}], summary}. */
import type { Finding, Severity } from "../finding";
import { countUnlisted, isListed, type Unlisted } from "./min-severity";
import type { SheetProblem } from "../model";
import type { TableReadingReport } from "./reading";
import { addToTotals, totalsOf, type FileReport, type ReportTotals, type TableSummary } from "./summary";
import type { ReportStream } from "./text";

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

function jsonFile(r: FileReport, options: JsonOptions): JsonFile {
  const min = options.minSeverity;
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
}

function jsonTail(totals: ReportTotals, unlisted: Unlisted, options: JsonOptions): Omit<JsonReport, "files"> {
  const tail: Omit<JsonReport, "files"> = { summary: totals };
  if (options.minSeverity) tail.listing = { minSeverity: options.minSeverity, unlisted };
  return tail;
}

export function toJsonReport(reports: readonly FileReport[], options: JsonOptions = {}): JsonReport {
  const unlisted: Unlisted = { warnings: 0, infos: 0 };
  if (options.minSeverity) for (const r of reports) countUnlisted(r.findings, options.minSeverity, unlisted);
  return {
    files: reports.map((r) => jsonFile(r, options)),
    ...jsonTail(totalsOf(reports), unlisted, options),
  };
}

export function formatJson(reports: readonly FileReport[], options: JsonOptions = {}): string {
  const stream = jsonReport(options);
  let out = "";
  for (const r of reports) out += stream.file(r);
  return out + stream.end();
}

/**
 * The JSON report written file by file, the same text as formatJson (JSON.stringify with two-space
 * indentation) with only the counts kept between files.
 */
export function jsonReport(options: JsonOptions = {}): ReportStream {
  const unlisted: Unlisted = { warnings: 0, infos: 0 };
  const totals: ReportTotals = { files: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
  let first = true;
  return {
    file(r) {
      if (options.minSeverity) countUnlisted(r.findings, options.minSeverity, unlisted);
      addToTotals(totals, r);
      // JSON escapes line breaks inside strings, so every line break here is the layout's own.
      const body = JSON.stringify(jsonFile(r, options), null, 2).replace(/\n/g, "\n    ");
      const head = first ? '{\n  "files": [\n    ' : ",\n    ";
      first = false;
      return head + body;
    },
    end() {
      const tail = JSON.stringify(jsonTail({ ...totals }, unlisted, options), null, 2);
      return `${first ? '{\n  "files": [],\n' : "\n  ],\n"}${tail.slice(2)}\n`;
    },
    totals: () => ({ ...totals }),
  };
}
