/**
 * What a marked cell gets: a fill for its worst severity (Excel's own "bad" / "neutral" colours —
 * errors light red, warnings light yellow, infos no fill) and a note listing its findings. Pure, so
 * the CLI's marked copies and the add-in can share it.
 */
import { SEVERITY_LABEL, type Finding, type Severity } from "../finding";
import { describeFinding } from "./summary";

/** ARGB fill per severity; infos are not filled (a note only). */
export const MARK_FILL: Record<Severity, string | null> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: null,
};

export const NOTE_HEADER = "【绩效检查】";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  row: number;
  col: number;
  severity: Severity;
  fill: string | null;
  /** The note block: "【绩效检查】\n错误：…\n警告：…". */
  note: string;
}

/** One mark per (sheet, cell), in the findings' order; its findings listed worst first. */
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
    const sorted = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const severity = sorted[0].severity;
    const lines = sorted.map(
      (f) =>
        `${SEVERITY_LABEL[f.severity]}：${f.line !== undefined ? `第${f.line}行 ` : ""}${describeFinding(f)}`,
    );
    marks.push({
      sheet: list[0].sheet,
      cell: list[0].cell,
      row: list[0].row,
      col: list[0].col,
      severity,
      fill: MARK_FILL[severity],
      note: [NOTE_HEADER, ...lines].join("\n"),
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
