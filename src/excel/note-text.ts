/** The text of the note (or comment) a marked cell gets: 【绩效检查】 and its findings, worst first. */
import { SEVERITY_LABEL, type Finding, type Severity } from "../core/finding";

export const NOTE_PREFIX = "【绩效检查】";
/** Long notes are unreadable in a cell pop-up; the pane has the full list. */
const MAX_LINES = 12;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function noteText(findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const lines = sorted.slice(0, MAX_LINES).map((f) => {
    const where = f.line ? `（第${f.line}行）` : "";
    return `${SEVERITY_LABEL[f.severity]}${where}：${f.message}`;
  });
  if (sorted.length > MAX_LINES) lines.push(`……另有 ${sorted.length - MAX_LINES} 条，请在任务窗格中查看。`);
  return [NOTE_PREFIX, ...lines].join("\n");
}

/** Our text after the user's own note, so both can be read and theirs restored later. */
export function appendToUserNote(userNote: string | null, ours: string): string {
  return userNote && userNote.trim() !== "" ? `${userNote}\n\n${ours}` : ours;
}

export function worstSeverity(findings: readonly Finding[]): Severity {
  let worst: Severity = "info";
  for (const f of findings) if (RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}
