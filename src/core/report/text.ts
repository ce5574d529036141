/**
 * The CLI's text report, in Chinese for accountants: per file, the tables found, then the findings
 * grouped by sheet and project (cell, line, severity, message), the sheet problems, and one summary
 * line "共 N 个文件：错误 N，警告 N，提示 N". Colour is ANSI and only when the caller asks for it.
 */
import { readingLines } from "./reading";
import { SEVERITY_LABEL, type Finding, type Severity } from "../finding";
import type { Layout } from "../model";
import { countUnlisted, isListed, unlistedLine, type Unlisted } from "./min-severity";
import { addToTotals, describeFinding, findingPlace, type FileReport, type ReportTotals } from "./summary";

export const LAYOUT_LABEL: Record<Layout, string> = {
  wide: "公开表（一行一个项目）",
  long: "申报表（一行一条指标）",
  form: "单项目表",
};

export interface TextOptions {
  color?: boolean;
  /** List only findings at or above this level; the summary still counts all of them. */
  minSeverity?: Severity;
  /** Print what the reader understood (识别结果) under each file. */
  explain?: boolean;
}

type Paint = (s: string) => string;

interface Palette {
  severity: Record<Severity, Paint>;
  heading: Paint;
  dim: Paint;
}

const plain: Paint = (s) => s;
const ansi =
  (open: number, close: number): Paint =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const NO_COLOR: Palette = {
  severity: { error: plain, warning: plain, info: plain },
  heading: plain,
  dim: plain,
};
const COLOR: Palette = {
  severity: { error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39) },
  heading: ansi(1, 22),
  dim: ansi(2, 22),
};

export function tableLine(t: FileReport["tables"][number]): string {
  return `${t.sheet}：${LAYOUT_LABEL[t.layout]}，${t.range}，${t.projects} 个项目，${t.indicators} 条指标`;
}

export function summaryLine(t: Pick<ReportTotals, "files" | "errors" | "warnings" | "infos">): string {
  return `共 ${t.files} 个文件：错误 ${t.errors}，警告 ${t.warnings}，提示 ${t.infos}`;
}

/** Findings grouped by sheet, then project, each group in the order it first appears. */
function groupFindings(findings: readonly Finding[]): Map<string, Map<string, Finding[]>> {
  const bySheet = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let byProject = bySheet.get(f.sheet);
    if (!byProject) bySheet.set(f.sheet, (byProject = new Map()));
    let list = byProject.get(f.project);
    if (!list) byProject.set(f.project, (list = []));
    list.push(f);
  }
  return bySheet;
}

function fileSection(r: FileReport, p: Palette, min: Severity, explain: boolean): string[] {
  const out: string[] = [p.heading(r.file)];
  if (r.error !== undefined) {
    out.push(`  无法读取：${r.error}`);
    return out;
  }
  if (r.tables.length > 0) {
    out.push("  识别到的表：");
    for (const t of r.tables) out.push(`    ${tableLine(t)}`);
  }
  if (explain) for (const line of readingLines(r.reading ?? [])) out.push(line);
  const listed = min === "info" ? r.findings : r.findings.filter((f) => isListed(f, min));
  for (const [sheet, byProject] of groupFindings(listed)) {
    out.push(`  工作表「${sheet}」`);
    for (const [project, list] of byProject) {
      out.push(`    ${project ? `项目「${project}」` : "（不属于某个项目）"}`);
      for (const f of list) {
        const label = p.severity[f.severity](SEVERITY_LABEL[f.severity]);
        out.push(`      ${p.dim(findingPlace(f))}  ${label}  ${describeFinding(f)}`);
      }
    }
  }
  if (r.problems.length > 0) {
    out.push("  没有检查的内容：");
    for (const pr of r.problems) out.push(`    ${pr.sheet ? `${pr.sheet}：` : ""}${pr.message}`);
  }
  if (r.findings.length === 0 && r.tables.length > 0) out.push("  未发现问题。");
  else if (listed.length === 0 && r.tables.length > 0)
    out.push(`  没有「${SEVERITY_LABEL[min]}」及更严重的问题。`);
  if (r.markedCopy !== undefined) out.push(`  已生成标记副本：${r.markedCopy}`);
  return out;
}

/**
 * The whole report. Unreadable files are listed as such here too; the CLI also reports them on
 * stderr. The summary counts the files that were read; unreadable ones get a line of their own.
 */
export function formatText(reports: readonly FileReport[], options: TextOptions = {}): string {
  const stream = textReport(options);
  let out = "";
  for (const r of reports) out += stream.file(r);
  return out + stream.end();
}

/** A report written piece by piece: its text is formatText's, with only the counts kept between files. */
export interface ReportStream {
  /** The text for one more file, in the order the files are to be listed. */
  file(r: FileReport): string;
  /** What follows the last file (the summary). */
  end(): string;
  /** Every finding counted so far (listed or not), and the unreadable files. */
  totals(): ReportTotals;
}

export function textReport(options: TextOptions = {}): ReportStream {
  const p = options.color ? COLOR : NO_COLOR;
  const min = options.minSeverity ?? "info";
  const unlisted: Unlisted = { warnings: 0, infos: 0 };
  const totals: ReportTotals = { files: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
  return {
    file(r) {
      const lines: string[] = [];
      // A loop, not push(...): a file can have hundreds of thousands of findings (spread overflows the stack).
      for (const line of fileSection(r, p, min, options.explain === true)) lines.push(line);
      countUnlisted(r.findings, min, unlisted);
      addToTotals(totals, r);
      return `${lines.join("\n")}\n\n`;
    },
    end() {
      const lines = [p.heading(summaryLine(totals))];
      const hidden = unlistedLine(unlisted, min);
      if (hidden) lines.push(hidden);
      if (totals.unreadable > 0) lines.push(`另有 ${totals.unreadable} 个文件无法读取。`);
      return `${lines.join("\n")}\n`;
    },
    totals: () => ({ ...totals }),
  };
}
