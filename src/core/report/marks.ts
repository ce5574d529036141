/**
 * What a marked cell gets, the same in the CLI's marked copy and in the add-in: a fill for its worst
 * severity (Excel's own "bad" / "neutral" colours — errors light red, warnings light yellow; 提示 get
 * no fill, so the colour says which cells need fixing) and a short note — its errors and warnings,
 * 提示 only as a count per rule (a note of 1,000 characters in Excel's small box is read by nobody).
 * Fonts are never recoloured. Pure, so every edition can share it; also the rows of the 「检查结果」
 * sheet that lists every finding.
 */
import { SEVERITY_LABEL, type Finding, type Severity } from "../finding";
import { ruleName } from "./rule-names";
import { describeFinding } from "./summary";

/** ARGB fill per severity; infos are not filled (a note only). */
export const MARK_FILL: Record<Severity, string | null> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: null,
};

export const NOTE_HEADER = "【绩效检查】";

/** Errors and warnings listed in one note at most; the rest are counted. */
export const NOTE_MAX_LISTED = 8;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  row: number;
  col: number;
  severity: Severity;
  fill: string | null;
  /** The note block: "【绩效检查】\n错误（第 3 行）：…\n提示 2 条：…". */
  note: string;
}

/** Worst first; within a severity by line inside the cell, then as found. */
function byWorstThenLine(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i)
    .map((x) => x.f);
}

/** The note for one cell's findings (all of the same cell). */
export function markNote(findings: readonly Finding[]): string {
  const sorted = byWorstThenLine(findings);
  const listed = sorted.filter((f) => f.severity !== "info");
  const infos = sorted.filter((f) => f.severity === "info");
  const lines = listed.slice(0, NOTE_MAX_LISTED).map((f) => {
    const where = f.line !== undefined ? `（第 ${f.line} 行）` : "";
    return `${SEVERITY_LABEL[f.severity]}${where}：${describeFinding(f)}`;
  });
  if (listed.length > NOTE_MAX_LISTED) {
    lines.push(`……另有 ${listed.length - NOTE_MAX_LISTED} 条错误或警告，见「检查结果」表或任务窗格。`);
  }
  if (infos.length > 0) {
    const perRule = new Map<string, number>();
    for (const f of infos) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    const parts = [...perRule].map(([id, n]) => `${ruleName(id)} ${n} 条`);
    lines.push(`${SEVERITY_LABEL.info} ${infos.length} 条：${parts.join("、")}。`);
  }
  return [NOTE_HEADER, ...lines].join("\n");
}

/** One mark per (sheet, cell), in the findings' order. */
export function marksFromFindings(findings: readonly Finding[]): CellMark[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const marks: CellMark[] = [];
  for (const list of groups.values()) {
    let severity: Severity = "info";
    for (const f of list) if (RANK[f.severity] < RANK[severity]) severity = f.severity;
    marks.push({
      sheet: list[0].sheet,
      cell: list[0].cell,
      row: list[0].row,
      col: list[0].col,
      severity,
      fill: MARK_FILL[severity],
      note: markNote(list),
    });
  }
  return marks;
}

/**
 * A cell's note after marking: the user's note kept, our block appended after a blank line. A block
 * left by an earlier check (always last) is replaced, so re-checking a marked copy does not pile up.
 */
export function appendMarkNote(existing: string, block: string): string {
  const previous = existing.lastIndexOf(NOTE_HEADER);
  const kept = (previous >= 0 ? existing.slice(0, previous) : existing).replace(/\s+$/, "");
  return kept ? `${kept}\n\n${block}` : block;
}

/** A note box that fits its text, in points (Excel's note font is about 9 pt). */
export interface NoteSize {
  width: number;
  height: number;
}

const NOTE_WIDTH = { min: 120, max: 300 };
const NOTE_HEIGHT = { min: 40, max: 420 };
/** Points per full-width character and per line at Excel's note font; padding around the text. */
const CHAR_PT = 9.5;
const LINE_PT = 12.5;
const PAD_PT = 12;

/** Display width of a string in full-width characters (ASCII and half-width count one half). */
function units(line: string): number {
  let n = 0;
  for (const ch of line) n += ch.charCodeAt(0) <= 0xff || /[\uff61-\uff9f]/.test(ch) ? 0.55 : 1;
  return n;
}

export function noteSize(text: string): NoteSize {
  const lines = text.split("\n");
  const widest = Math.max(...lines.map(units));
  const width = Math.min(NOTE_WIDTH.max, Math.max(NOTE_WIDTH.min, widest * CHAR_PT + PAD_PT));
  const perLine = Math.max(1, Math.floor((width - PAD_PT) / CHAR_PT));
  const rows = lines.reduce((n, l) => n + Math.max(1, Math.ceil(units(l) / perLine)), 0);
  const height = Math.min(NOTE_HEIGHT.max, Math.max(NOTE_HEIGHT.min, rows * LINE_PT + PAD_PT));
  return { width: Math.round(width), height: Math.round(height) };
}

/** The sheet of findings the CLI's marked copy carries and the pane adds on request. */
export const RESULTS_SHEET = "检查结果";

/** Its columns, in order, with their widths in characters; row cells follow resultCells. */
export const RESULT_COLUMNS: readonly { name: string; width: number }[] = [
  { name: "严重程度", width: 9 },
  { name: "项目", width: 24 },
  { name: "单元格", width: 18 },
  { name: "规则", width: 18 },
  { name: "问题说明", width: 70 },
  { name: "规则编号", width: 20 },
];

/** The column of RESULT_COLUMNS that links to the cell (0-based). */
export const RESULT_LINK_COLUMN = 2;

/** What the one row of an empty 「检查结果」 table says. */
export const NO_RESULTS = "没有发现问题。";

/** A row's cells in RESULT_COLUMNS order (the link column holds the place's text). */
export function resultCells(r: ResultRow): string[] {
  return [r.severity, r.project, r.place, r.rule, r.message, r.ruleId];
}

/** A sheet name not yet taken (compared as Excel does, ignoring case): 检查结果, 检查结果 (2), … */
export function freeSheetName(taken: Iterable<string>, base: string): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** A sheet reference for a formula or hyperlink: 'name' with quotes doubled. */
export const quoteSheetName = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** One row of the 「检查结果」 sheet. */
export interface ResultRow {
  severity: string;
  sheet: string;
  project: string;
  /** The cell as an accountant reads it: "E6 单元格第 9 行" (sheet named when there are several). */
  place: string;
  /** Where the hyperlink goes: the sheet and cell. */
  sheetName: string;
  cell: string;
  rule: string;
  message: string;
  ruleId: string;
}

/** Every finding for the 「检查结果」 sheet: errors, warnings, 提示; sheet order, row, line within each. */
export function resultRows(findings: readonly Finding[], sheetOrder: readonly string[] = []): ResultRow[] {
  const rank = new Map<string, number>();
  sheetOrder.forEach((s, i) => rank.set(s, i));
  for (const f of findings) if (!rank.has(f.sheet)) rank.set(f.sheet, rank.size);
  const many = rank.size > 1;
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        RANK[a.f.severity] - RANK[b.f.severity] ||
        rank.get(a.f.sheet)! - rank.get(b.f.sheet)! ||
        a.f.row - b.f.row ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        a.f.col - b.f.col ||
        a.i - b.i,
    )
    .map(({ f }) => ({
      severity: SEVERITY_LABEL[f.severity],
      sheet: f.sheet,
      project: f.project,
      place: `${many ? `「${f.sheet}」` : ""}${cellPlace(f)}`,
      sheetName: f.sheet,
      cell: f.cell,
      rule: ruleName(f.ruleId),
      message: describeFinding(f),
      ruleId: f.ruleId,
    }));
}

/** "E6 单元格第 9 行", or "E6" when the finding is about the whole cell. */
export function cellPlace(f: Pick<Finding, "cell" | "line">): string {
  return f.line !== undefined ? `${f.cell} 单元格第 ${f.line} 行` : f.cell;
}
