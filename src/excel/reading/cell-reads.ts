/**
 * Queued reads of the cells an action concerns — how they look now, their notes, and the originals kept
 * in hidden sheets — into a Knowledge. Each cell is queued once however often it is asked for, so a
 * second round trip only reads what the first did not. `queue` takes note of them, `issue` puts them in
 * the batch — all at once, or in round trips of a given size.
 */
import { LookReader, NoteReader } from "./cell-probe";
import type { Knowledge } from "../knowledge";
import type { Targets } from "../marks/mark-plan";
import type { MarkRecord } from "../../host/marks-record";
import type { XWorkbook, XWorksheet } from "../office-api";

export class CellReads {
  private readonly looks = new LookReader();
  private readonly notes = new NoteReader();
  private readonly sheets = new Map<string, XWorksheet>();

  constructor(
    private readonly wb: XWorkbook,
    private readonly known: Knowledge,
    private readonly withNotes: boolean,
  ) {}

  private sheet(name: string): XWorksheet {
    let ws = this.sheets.get(name);
    if (!ws) this.sheets.set(name, (ws = this.wb.worksheets.getItem(name)));
    return ws;
  }

  /** Queue what is not queued yet; returns how many reads were added. */
  queue(
    targets: Targets,
    record: MarkRecord | null,
    exists: (sheet: string) => boolean,
    hiddenExists: (name: string) => boolean,
  ): number {
    let n = 0;
    for (const [sheet, cells] of wanted(targets, record)) {
      if (!exists(sheet)) continue;
      n += this.looks.queue(this.sheet(sheet), sheet, cells, this.known.looks);
      if (this.withNotes) n += this.notes.queue(this.sheet(sheet), sheet, cells);
    }
    if (record) {
      for (const [sheet, cells] of record.sheets) {
        const h = record.hidden.get(sheet);
        if (h === undefined || !exists(sheet) || !hiddenExists(h)) continue;
        const inHidden = cells.filter((c) => c.orig === "hidden").map((c) => c.cell);
        n += this.looks.queue(this.sheet(h), sheet, inHidden, this.known.hiddenLooks);
      }
    }
    return n;
  }

  /** Reads queued but not yet sent to the batch (only after a partial `issue`). */
  get hasWaiting(): boolean {
    return this.looks.hasWaiting || this.notes.hasWaiting;
  }

  /**
   * Send queued reads to the batch: all of them (Infinity), or about `budget` characters of response's
   * worth, for a round trip Excel on the web does not refuse for its size.
   */
  issue(budget = Infinity): void {
    const spent = this.looks.issue(budget);
    this.notes.issue(spent > 0 ? Math.max(0, budget - spent) : budget);
  }

  /** After the last sync. */
  collect(): void {
    this.looks.collect();
    this.notes.collect(this.known.notes);
  }
}

/** Sheets and cells an action concerns: the targets and everything on record. */
export function wanted(targets: Targets, record: MarkRecord | null): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (sheet: string): Set<string> => {
    let s = out.get(sheet);
    if (!s) out.set(sheet, (s = new Set()));
    return s;
  };
  for (const [sheet, cells] of targets) for (const c of cells.keys()) add(sheet).add(c);
  if (record) for (const [sheet, cells] of record.sheets) for (const c of cells) add(sheet).add(c.cell);
  return out;
}
