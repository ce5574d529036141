/**
 * Deciding, cell by cell, what marking or clearing writes — a pure function of the old record, the
 * targets and what the cells look like now. Clearing is marking with no targets.
 *
 * Per cell and per aspect (fill, font colour, note): if the cell still shows what we wrote, its true
 * original is the one in the record; if the user changed it since, the user's version is the original
 * and is never overwritten by a restore.
 */
import { cellKey, type CommentIndex } from "./comments";
import type { CellNow } from "./cell-probe";
import { MSG } from "./messages";
import { appendToUserNote } from "./note-text";
import {
  MARK_FILL,
  MARK_FONT,
  noteHash,
  type Fill,
  type MarkRecord,
  type MarkSeverity,
  type MarkedCell,
  type NoteKind,
} from "./marks-record";
import type { XNote } from "./office-api";

export interface MarkTarget {
  sev: MarkSeverity;
  /** The note text (【绩效检查】 …). */
  text: string;
}

/** sheet → cell ("B5") → target */
export type Targets = Map<string, Map<string, MarkTarget>>;

export interface SheetState {
  exists: boolean;
  protected: boolean;
}

export type NoteOp =
  | { op: "add"; sheet: string; cell: string; content: string }
  | { op: "set"; note: XNote; content: string }
  | { op: "delete"; note: XNote };

export type CommentOp =
  | { op: "add"; sheet: string; cell: string; content: string }
  | { op: "set"; id: string; content: string }
  | { op: "delete"; id: string };

export interface SheetWrites {
  /** Original fills to put back, grouped so one RangeAreas write serves many cells. */
  restoreFills: { fill: Fill; cells: string[] }[];
  restoreFonts: { color: string; cells: string[] }[];
  markFills: Record<"e" | "w", string[]>;
}

export interface MarkPlan {
  record: MarkRecord;
  writes: Map<string, SheetWrites>;
  restoreNotes: NoteOp[];
  restoreComments: CommentOp[];
  markNotes: NoteOp[];
  markComments: CommentOp[];
  marked: number;
  restored: number;
  keptUserEdits: number;
  skipped: { sheet: string; message: string }[];
}

export interface PlanInput {
  old: MarkRecord | null;
  targets: Targets;
  sheets: Map<string, SheetState>;
  now: (sheet: string, cell: string) => CellNow | null;
  comments: CommentIndex | null;
  /** How this Excel writes mark text. */
  kind: NoteKind;
}

const sameColor = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const isFilled = (sev: MarkSeverity): sev is "e" | "w" => sev !== "i";

function fillKey(f: Fill): string {
  return f.none ? "none" : `${f.color}|${f.pattern}|${f.tint}|${f.patternColor}`;
}

function sheetWrites(map: Map<string, SheetWrites>, sheet: string): SheetWrites {
  let w = map.get(sheet);
  if (!w) map.set(sheet, (w = { restoreFills: [], restoreFonts: [], markFills: { e: [], w: [] } }));
  return w;
}

export function planMarks(input: PlanInput): MarkPlan {
  const { old, targets, sheets, kind } = input;
  const plan: MarkPlan = {
    record: { kind, sheets: new Map() },
    writes: new Map(),
    restoreNotes: [],
    restoreComments: [],
    markNotes: [],
    markComments: [],
    marked: 0,
    restored: 0,
    keptUserEdits: 0,
    skipped: [],
  };
  const names = new Set<string>([...targets.keys(), ...(old ? old.sheets.keys() : [])]);

  for (const sheet of names) {
    const oldCells = old?.sheets.get(sheet) ?? [];
    const sheetTargets = targets.get(sheet) ?? new Map<string, MarkTarget>();
    const state = sheets.get(sheet);
    if (!state || !state.exists) {
      plan.skipped.push({ sheet, message: MSG.sheetMissing(sheet) });
      continue;
    }
    if (state.protected) {
      plan.skipped.push({ sheet, message: MSG.sheetProtected(sheet) });
      // Leave everything as it is; keep the old marks on record so they can be cleared once unprotected.
      if (oldCells.length) plan.record.sheets.set(sheet, oldCells);
      continue;
    }
    const fillGroups = new Map<string, { fill: Fill; cells: string[] }>();
    const fontGroups = new Map<string, { color: string; cells: string[] }>();
    const kept: MarkedCell[] = [];
    const oldByCell = new Map(oldCells.map((c) => [c.cell, c]));
    const cells = new Set<string>([...oldByCell.keys(), ...sheetTargets.keys()]);

    for (const cell of cells) {
      const now = input.now(sheet, cell);
      if (!now) continue; // not probed: nothing known, nothing written
      const was = oldByCell.get(cell);
      const t = sheetTargets.get(cell);
      let userEdited = false;

      // Fill and font colour: the original is the record's while the cell still shows our mark.
      let origFill: Fill = now.fill;
      let fillOurs = false;
      if (was && was.fill) {
        fillOurs = !now.fill.none && isFilled(was.sev) && sameColor(now.fill.color, MARK_FILL[was.sev]);
        if (fillOurs) origFill = was.fill;
        else userEdited = true;
      }
      let origFont = now.font;
      let fontOurs = false;
      if (was && was.font !== null) {
        fontOurs = isFilled(was.sev) && sameColor(now.font, MARK_FONT[was.sev]);
        if (fontOurs) origFont = was.font;
        else userEdited = true;
      }

      // Note / comment text (a record written with notes is only handled where notes can be read).
      const comment = input.comments?.byCell.get(cellKey(sheet, cell)) ?? null;
      let origNote = now.noteContent;
      let noteOurs = false;
      if (was && was.noteHash) {
        if (old!.kind === "note") {
          noteOurs = now.noteContent !== null && noteHash(now.noteContent) === was.noteHash;
          origNote = noteOurs ? was.origNote : now.noteContent;
        } else if (old!.kind === "comment") {
          noteOurs = comment !== null && noteHash(comment.content) === was.noteHash;
        }
        if (!noteOurs) userEdited = true;
      }
      const ourComment = noteOurs && old!.kind === "comment" && comment !== null;

      const w = sheetWrites(plan.writes, sheet);
      const filled = t !== undefined && isFilled(t.sev);
      // Restore what is ours and not re-marked.
      if (!filled && fillOurs) groupFill(fillGroups, origFill, cell);
      if (!filled && fontOurs) groupFont(fontGroups, origFont, cell);
      if (filled) w.markFills[t.sev as "e" | "w"].push(cell);

      // Text: write ours, or put the user's back.
      let hash = "";
      let recordOrig: string | null = null;
      if (ourComment && !(t && kind === "comment")) plan.restoreComments.push({ op: "delete", id: comment.id });
      if (t && kind === "note" && (!comment || ourComment)) {
        const content = appendToUserNote(origNote, t.text);
        if (now.note) plan.markNotes.push({ op: "set", note: now.note, content });
        else plan.markNotes.push({ op: "add", sheet, cell, content });
        hash = noteHash(content);
        recordOrig = origNote;
      } else if (t && kind === "comment" && (!comment || ourComment)) {
        if (ourComment) plan.markComments.push({ op: "set", id: comment!.id, content: t.text });
        else plan.markComments.push({ op: "add", sheet, cell, content: t.text });
        hash = noteHash(t.text);
      } else if (noteOurs && old!.kind === "note" && now.note) {
        if (was!.origNote !== null) plan.restoreNotes.push({ op: "set", note: now.note, content: was!.origNote });
        else plan.restoreNotes.push({ op: "delete", note: now.note });
      }

      if (t && (filled || hash !== "")) {
        plan.marked++;
        kept.push({
          cell,
          sev: t.sev,
          fill: filled ? origFill : null,
          font: filled ? origFont : null,
          noteHash: hash,
          origNote: recordOrig,
        });
      }
      if (was && !t) {
        if (userEdited) plan.keptUserEdits++;
        else plan.restored++;
      }
    }
    const w = plan.writes.get(sheet);
    if (w) {
      w.restoreFills = [...fillGroups.values()];
      w.restoreFonts = [...fontGroups.values()];
    }
    if (kept.length) plan.record.sheets.set(sheet, kept);
  }
  return plan;
}

function groupFill(groups: Map<string, { fill: Fill; cells: string[] }>, fill: Fill, cell: string): void {
  const k = fillKey(fill);
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { fill, cells: [] }));
  g.cells.push(cell);
}

function groupFont(groups: Map<string, { color: string; cells: string[] }>, color: string, cell: string): void {
  const k = color.toUpperCase();
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { color, cells: [] }));
  g.cells.push(cell);
}
