/**
 * Helpers for the note (or comment) a marked cell gets; its text is core/report/marks.ts markNote, the
 * same as in the CLI's marked copy.
 */
import type { Finding, Severity } from "../core/finding";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Our text after the user's own note, so both can be read and theirs restored later. */
export function appendToUserNote(userNote: string | null, ours: string): string {
  return userNote && userNote.trim() !== "" ? `${userNote}\n\n${ours}` : ours;
}

export function worstSeverity(findings: readonly Finding[]): Severity {
  let worst: Severity = "info";
  for (const f of findings) if (RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}
