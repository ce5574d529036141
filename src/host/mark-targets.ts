/** What marking writes, per cell: decided from the findings alone, the same for every host. */
import type { Finding, Severity } from "../core/finding";
import { markNote } from "../core/report/marks";
import { normalizeCell } from "./a1";
import type { MarkSeverity } from "./marks-record";
import { worstSeverity } from "./note-text";

export interface MarkTarget {
  sev: MarkSeverity;
  /** The note text (【绩效检查】 …). */
  text: string;
}

/** sheet → cell ("B5") → target */
export type Targets = Map<string, Map<string, MarkTarget>>;

const SEV: Record<Severity, MarkSeverity> = { error: "e", warning: "w", info: "i" };

/** Findings → one target per cell: its worst severity and a note listing all its findings. */
export function targetsOf(findings: readonly Finding[]): Targets {
  const bySheet = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    const cell = normalizeCell(f.cell);
    if (!cell) continue;
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    let list = cells.get(cell);
    if (!list) cells.set(cell, (list = []));
    list.push(f);
  }
  const targets: Targets = new Map();
  for (const [sheet, cells] of bySheet) {
    const m = new Map<string, MarkTarget>();
    for (const [cell, list] of cells) m.set(cell, { sev: SEV[worstSeverity(list)], text: markNote(list) });
    targets.set(sheet, m);
  }
  return targets;
}
