/**
 * Deciding, cell by cell, what marking or clearing writes — a pure function of the old record, the
 * targets and what is known about the workbook. Clearing is marking with no targets.
 *
 * Per cell and per aspect (fill, font colour, note): if the cell still shows what we wrote, its true
 * original is the one on record (in the record, or copied to the hidden sheet); if the user changed it
 * since, the user's version is the original and is never overwritten by a restore.
 *
 * A newly marked cell whose look is known (read first) keeps its original in the record; one whose look
 * is not known (marking right after a check, without reading) gets its formats copied to the sheet's
 * hidden sheet in the same batch, before the fill.
 */
import { cellKey } from "../reading/comments";
import { newHiddenName } from "./hidden-sheet";
import type { Knowledge } from "../knowledge";
import { MSG } from "../messages";
import { appendToUserNote } from "../../host/note-text";
import {
  MARK_FILL,
  MARK_FONT,
  MIXED_FONT,
  noteHash,
  type Fill,
  type Look,
  type MarkRecord,
  type MarkSeverity,
  type MarkedCell,
  type NoteKind,
  type Orig,
} from "../../host/marks-record";

import type { MarkTarget, Targets } from "../../host/mark-targets";

export type { MarkTarget, Targets };

/** Notes are written by address: ws.notes.add / getItem(cell). */
export type NoteOp =
  | { op: "add" | "set"; sheet: string; cell: string; content: string }
  | { op: "delete"; sheet: string; cell: string };

export type CommentOp =
  | { op: "add"; sheet: string; cell: string; content: string }
  | { op: "set"; id: string; content: string }
  | { op: "delete"; id: string };

export interface SheetWrites {
  /** Cells whose formats are copied to the hidden sheet first: their originals. */
  copies: string[];
  /** Original fills to put back, grouped so one RangeAreas write serves many cells. */
  restoreFills: { fill: Fill; cells: string[] }[];
  restoreFonts: { color: string; cells: string[] }[];
  /**
   * Cells whose original fill cannot be written as properties (a gradient): their formats are copied
   * back whole from the hidden sheet `restoreFrom`, where marking kept them.
   */
  restoreCopies: string[];
  restoreFrom?: string;
  markFills: Record<"e" | "w", string[]>;
}

export interface MarkPlan {
  record: MarkRecord;
  writes: Map<string, SheetWrites>;
  /** sheet → name of a hidden sheet to create for it */
  createHidden: Map<string, string>;
  /** Hidden sheets no longer needed by the new record. */
  deleteHidden: string[];
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
  known: Knowledge;
  /** How this Excel writes mark text. */
  kind: NoteKind;
}

const DEFAULT_LOOK: Look = { fill: { none: true }, font: "#000000" };
const sameColor = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const isFilled = (sev: MarkSeverity): sev is "e" | "w" => sev !== "i";

/** The severities whose mark the cell may show: the recorded one, and the one before a re-mark. */
function ourSevs(was: MarkedCell): ("e" | "w")[] {
  return [was.sev, ...(was.prev ? [was.prev.sev] : [])].filter(isFilled);
}

function fillKey(f: Fill): string {
  return f.none ? "none" : `${f.color}|${f.pattern}|${f.tint}|${f.patternColor}`;
}

function sheetWrites(map: Map<string, SheetWrites>, sheet: string): SheetWrites {
  let w = map.get(sheet);
  if (!w)
    map.set(
      sheet,
      (w = {
        copies: [],
        restoreFills: [],
        restoreFonts: [],
        restoreCopies: [],
        markFills: { e: [], w: [] },
      }),
    );
  return w;
}

export function planMarks(input: PlanInput): MarkPlan {
  const { old, targets, known, kind } = input;
  const plan: MarkPlan = {
    // Fonts are never recoloured by these marks (see MarkRecord.fontMarks); older marks' are put back.
    record: { kind, fontMarks: false, sheets: new Map(), hidden: new Map() },
    writes: new Map(),
    createHidden: new Map(),
    deleteHidden: [],
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
  const taken = new Set(known.allSheetNames());
  let lostReported = false;

  for (const sheet of names) {
    const oldCells = old?.sheets.get(sheet) ?? [];
    const sheetTargets = targets.get(sheet) ?? new Map<string, MarkTarget>();
    const state = known.sheets.get(sheet);
    const oldHidden = old?.hidden.get(sheet);
    const hiddenThere = oldHidden !== undefined && known.hiddenSheets.has(oldHidden);
    if (!state) {
      plan.skipped.push({ sheet, message: MSG.sheetMissing(sheet) });
      continue;
    }
    if (state.protected) {
      plan.skipped.push({ sheet, message: MSG.sheetProtected(sheet) });
      // Leave everything as it is; keep the old marks on record so they can be cleared once unprotected.
      if (oldCells.length) plan.record.sheets.set(sheet, oldCells);
      if (oldHidden !== undefined) plan.record.hidden.set(sheet, oldHidden);
      continue;
    }
    const fillGroups = new Map<string, { fill: Fill; cells: string[] }>();
    const fontGroups = new Map<string, { color: string; cells: string[] }>();
    const kept: MarkedCell[] = [];
    const oldByCell = new Map(oldCells.map((c) => [c.cell, c]));
    const cells = new Set<string>([...oldByCell.keys(), ...sheetTargets.keys()]);
    const w = sheetWrites(plan.writes, sheet);

    for (const cell of cells) {
      const was = oldByCell.get(cell);
      const t = sheetTargets.get(cell);
      const look = known.look(sheet, cell);
      if (was?.orig && !look) {
        // Not read: nothing known, nothing written; it stays on record as it was.
        kept.push(was);
        continue;
      }
      let userEdited = false;

      // Fill and font colour: the original is the one on record while the cell still shows our mark.
      let fillOurs = false;
      let fontOurs = false;
      let showsSev: "e" | "w" | null = null;
      let wasOrig: Look | undefined;
      if (was?.orig && look) {
        const sevs = ourSevs(was);
        const fill = look.fill;
        const fillSev = fill.none ? undefined : sevs.find((s) => sameColor(fill.color, MARK_FILL[s]));
        fillOurs = fillSev !== undefined;
        // Only marks that recoloured fonts (records from before, see fontMarks) have a font to own.
        const fontMarked = old!.fontMarks !== false && was.orig !== null;
        fontOurs = fontMarked && sevs.some((s) => sameColor(look.font, MARK_FONT[s]));
        showsSev = fillSev ?? null;
        if (!fillOurs || (fontMarked && !fontOurs)) userEdited = true;
        wasOrig = was.orig === "hidden" ? known.hiddenLook(sheet, cell) : was.orig;
        if (!wasOrig && (fillOurs || fontOurs)) {
          // The hidden sheet with the original is gone: fall back to Excel's default look.
          wasOrig = DEFAULT_LOOK;
          if (!lostReported) plan.skipped.push({ sheet, message: MSG.originalsLost });
          lostReported = true;
        }
      }
      const origFill = fillOurs ? wasOrig!.fill : look?.fill;
      const origFont = fontOurs ? wasOrig!.font : look?.font;

      // Note / comment text (a record written with notes is only handled where notes can be read).
      const comment = known.comments?.byCell.get(cellKey(sheet, cell)) ?? null;
      const noteNow = known.note(sheet, cell);
      const hashes = was
        ? [was.noteHash, ...(was.prev ? [was.prev.noteHash] : [])].filter((h) => h !== "")
        : [];
      let origNote = noteNow ?? null;
      let noteOurs = false;
      let commentOurs = false;
      if (was && was.noteHash) {
        if (old!.kind === "note") {
          noteOurs = typeof noteNow === "string" && hashes.includes(noteHash(noteNow));
          if (noteOurs) origNote = was.origNote;
        } else if (old!.kind === "comment") {
          commentOurs = comment !== null && hashes.includes(noteHash(comment.content));
        }
        if (!noteOurs && !commentOurs) userEdited = true;
      }

      // A fill that cannot be written back exactly (a gradient) is not covered: the note still says it.
      const filled = t !== undefined && isFilled(t.sev) && !(look && !restorableFill(look.fill));
      // Fill: mark, or put back what is ours.
      let orig: Orig | null = null;
      if (filled) {
        const fontSettled = fontOurs || !(old?.fontMarks !== false && was?.orig);
        if (was?.orig && fillOurs && fontSettled && !(was.orig === "hidden" && !hiddenThere)) orig = was.orig;
        else if (origFill && origFont) orig = { fill: origFill, font: origFont };
        else {
          orig = "hidden";
          w.copies.push(cell);
        }
        // An older mark's font colour goes back now: these marks leave fonts alone.
        if (fontOurs) groupFont(fontGroups, origFont!, cell);
        w.markFills[t.sev as "e" | "w"].push(cell);
      } else if (fillOurs && was!.orig === "hidden" && hiddenThere && !restorableFill(origFill!)) {
        // A gradient kept on the hidden sheet: its formats go back whole (fill properties cannot say it).
        // The copy brings the font of marking time too; a font the user changed since is put back after.
        w.restoreCopies.push(cell);
        w.restoreFrom = oldHidden;
        // (Characters in several colours keep theirs: the copy brings formats, not the text's runs.)
        if (look && wasOrig && !sameColor(look.font, wasOrig.font)) groupFont(fontGroups, look.font, cell);
      } else {
        if (fillOurs) groupFill(fillGroups, origFill!, cell);
        if (fontOurs) groupFont(fontGroups, origFont!, cell);
      }

      // Text: write ours, or put the user's back.
      let hash = "";
      let recordOrig: string | null = null;
      if (commentOurs && !(t && kind === "comment"))
        plan.restoreComments.push({ op: "delete", id: comment!.id });
      if (t && kind === "note" && (!comment || commentOurs) && noteNow !== undefined) {
        const content = appendToUserNote(origNote, t.text);
        plan.markNotes.push({ op: noteNow !== null ? "set" : "add", sheet, cell, content });
        hash = noteHash(content);
        recordOrig = origNote;
      } else if (t && kind === "comment" && (!comment || commentOurs)) {
        if (commentOurs) plan.markComments.push({ op: "set", id: comment!.id, content: t.text });
        else plan.markComments.push({ op: "add", sheet, cell, content: t.text });
        hash = noteHash(t.text);
      } else if (noteOurs && old!.kind === "note") {
        if (was!.origNote !== null)
          plan.restoreNotes.push({ op: "set", sheet, cell, content: was!.origNote });
        else plan.restoreNotes.push({ op: "delete", sheet, cell });
      }

      if (t && (filled || hash !== "")) {
        plan.marked++;
        const entry: MarkedCell = { cell, sev: t.sev, orig, noteHash: hash, origNote: recordOrig };
        // If the batch stops before reaching this cell, it still shows our previous mark.
        const prevHash = noteOurs
          ? noteHash(noteNow as string)
          : commentOurs
            ? noteHash(comment!.content)
            : "";
        if ((showsSev !== null && showsSev !== t.sev) || (prevHash !== "" && prevHash !== hash)) {
          entry.prev = { sev: showsSev ?? t.sev, noteHash: prevHash };
        }
        kept.push(entry);
      }
      if (was && !t) {
        if (userEdited) plan.keptUserEdits++;
        else plan.restored++;
      }
    }
    w.restoreFills = [...fillGroups.values()];
    w.restoreFonts = [...fontGroups.values()];
    if (kept.length) plan.record.sheets.set(sheet, kept);
    if (kept.some((c) => c.orig === "hidden")) {
      // (A kept cell whose hidden sheet is gone and nothing new to copy: keep the name, nothing to create.)
      let name = hiddenThere || w.copies.length === 0 ? oldHidden : undefined;
      if (name === undefined) {
        name = newHiddenName(taken);
        taken.add(name);
        plan.createHidden.set(sheet, name);
      }
      plan.record.hidden.set(sheet, name);
    }
  }
  const inUse = new Set(plan.record.hidden.values());
  // Under workbook structure protection no sheet can be deleted: unused copies just stay hidden.
  plan.deleteHidden = known.structureProtected ? [] : [...known.hiddenSheets].filter((h) => !inUse.has(h));
  return plan;
}

/** Gradient fills cannot be set through the API: such a cell is not filled, so nothing is lost. */
const GRADIENT = /gradient/i;
function restorableFill(fill: Fill): boolean {
  return fill.none || fill.pattern === null || !GRADIENT.test(fill.pattern);
}

function groupFill(groups: Map<string, { fill: Fill; cells: string[] }>, fill: Fill, cell: string): void {
  const k = fillKey(fill);
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { fill, cells: [] }));
  g.cells.push(cell);
}

function groupFont(
  groups: Map<string, { color: string; cells: string[] }>,
  color: string,
  cell: string,
): void {
  // A cell's characters in several colours cannot be written back: they are left as they are.
  if (color === MIXED_FONT) return;
  const k = color.toUpperCase();
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { color, cells: [] }));
  g.cells.push(cell);
}
