/**
 * Marks in WPS 表格, and their exact removal. The record is the shared one (src/host/marks-record.ts),
 * kept in the workbook (wps-store.ts). WPS calls are synchronous and cheap next to Excel's round trips,
 * so every marked cell's look is read before it is changed and kept in the record itself (Excel's
 * adapter may instead copy formats to a hidden sheet; the WPS adapter never does).
 *
 * Clearing puts back, per cell and per aspect (fill, font colour, 批注), the original — but only where
 * the cell still shows what the add-in wrote: what the user changed since is the user's and stays.
 * Marking again first clears the old marks, so a cell's original is always the user's own look.
 */
import type { ClearSummary, MarkSummary } from "../host/gateway";
import type { Targets } from "../host/mark-targets";
import {
  decodeRecord,
  encodeRecord,
  MARK_FILL,
  MARK_FONT,
  MARKS_KEY,
  newRev,
  noteHash,
  type Fill,
  type Look,
  type MarkedCell,
  type MarkRecord,
} from "../host/marks-record";
import { appendToUserNote } from "../host/note-text";
import { bgrToHex, hexToBgr } from "./colour";
import { XL_NONE, type WRange, type WWorkbook, type WWorksheet } from "./et-api";
import { WPS_MSG } from "./messages";
import { userSheets } from "./wps-read";
import type { WorkbookStore } from "./wps-store";

type Skipped = { sheet: string; message: string }[];

/** The cell's fill and font colour. Font "" when its characters have different colours (not touched). */
const GRADIENT_PATTERNS = new Set(["4000", "4001"]);

export function readLook(cell: WRange): Look {
  const i = cell.Interior;
  // Assumption (WPS): a cell without fill reports Interior.ColorIndex = xlNone (-4142), as in VBA.
  const fill: Fill =
    i.ColorIndex === XL_NONE
      ? { none: true }
      : {
          none: false,
          color: bgrToHex(i.Color) ?? "#FFFFFF",
          pattern: typeof i.Pattern === "number" ? String(i.Pattern) : null,
          tint: typeof i.TintAndShade === "number" ? i.TintAndShade : null,
          patternColor: bgrToHex(i.PatternColor),
        };
  // Assumption (WPS): Font.Color is null for a cell whose characters have different colours (VBA);
  // such a cell keeps its font colours: only the fill marks it.
  return { fill, font: bgrToHex(cell.Font.Color) ?? "" };
}

export function writeFill(cell: WRange, fill: Fill): void {
  const i = cell.Interior;
  if (fill.none) {
    // Assumption (WPS): ColorIndex = xlNone removes the fill and its pattern ("无填充"), as in VBA.
    i.ColorIndex = XL_NONE;
    return;
  }
  const pattern = fill.pattern === null ? NaN : Number(fill.pattern);
  if (Number.isInteger(pattern)) i.Pattern = pattern;
  i.Color = hexToBgr(fill.color);
  if (fill.tint !== null) i.TintAndShade = fill.tint;
  if (fill.patternColor !== null) i.PatternColor = hexToBgr(fill.patternColor);
}

const showsFill = (cell: WRange, hex: string): boolean =>
  cell.Interior.ColorIndex !== XL_NONE && cell.Interior.Color === hexToBgr(hex);

/** The 批注's text, or null. Assumption (WPS): Range.Comment is null when the cell has none. */
function commentText(cell: WRange): string | null {
  const c = cell.Comment;
  return c ? c.Text() : null;
}

function writeComment(cell: WRange, text: string | null): void {
  const c = cell.Comment;
  if (text === null) {
    c?.Delete();
    return;
  }
  // Assumption (WPS): Comment.Text(text) with Start omitted replaces the whole text, as in VBA.
  if (c) c.Text(text);
  else cell.AddComment(text);
}

function sheetsByName(wb: WWorkbook): Map<string, WWorksheet> {
  return new Map(userSheets(wb).map((ws) => [ws.Name, ws]));
}

export function readRecord(store: WorkbookStore): { record: MarkRecord | null; unreadable: boolean } {
  const raw = store.get(MARKS_KEY);
  if (raw === null || raw === "") return { record: null, unreadable: false };
  const record = decodeRecord(raw);
  return { record, unreadable: record === null };
}

function saveRecord(store: WorkbookStore, record: MarkRecord): void {
  if (![...record.sheets.values()].some((cells) => cells.length > 0)) {
    store.delete(MARKS_KEY);
    return;
  }
  store.set(MARKS_KEY, encodeRecord({ ...record, rev: newRev() }));
}

interface ClearOutcome extends ClearSummary {
  /** Entries that could not be cleared (protected sheets): kept for a later clear. */
  kept: Map<string, MarkedCell[]>;
}

function clearCells(wb: WWorkbook, record: MarkRecord): ClearOutcome {
  const sheets = sheetsByName(wb);
  const out: ClearOutcome = { restored: 0, keptUserEdits: 0, skipped: [], kept: new Map() };
  for (const [name, cells] of record.sheets) {
    if (cells.length === 0) continue;
    const ws = sheets.get(name);
    if (!ws) {
      out.skipped.push({ sheet: name, message: WPS_MSG.sheetMissing(name) });
      continue;
    }
    if (ws.ProtectContents) {
      out.skipped.push({ sheet: name, message: WPS_MSG.sheetProtected(name) });
      out.kept.set(name, cells);
      continue;
    }
    for (const m of cells) {
      const cell = ws.Range(m.cell);
      let userEdited = false;
      if (m.orig !== null && m.orig !== "hidden" && m.sev !== "i") {
        if (showsFill(cell, MARK_FILL[m.sev])) writeFill(cell, m.orig.fill);
        else userEdited = true;
        if (m.orig.font !== "") {
          if (cell.Font.Color === hexToBgr(MARK_FONT[m.sev])) cell.Font.Color = hexToBgr(m.orig.font);
          else userEdited = true;
        }
      }
      if (m.noteHash !== "") {
        const now = commentText(cell);
        if (now !== null && noteHash(now) === m.noteHash) writeComment(cell, m.origNote);
        else userEdited = true;
      }
      if (userEdited) out.keptUserEdits++;
      else out.restored++;
    }
  }
  return out;
}

/** 清除标记: every mark on record back to the original; the record then holds only what could not be. */
export function clearMarks(wb: WWorkbook, store: WorkbookStore): ClearSummary | { error: string } {
  const { record, unreadable } = readRecord(store);
  if (unreadable) return { error: WPS_MSG.recordUnreadable };
  if (!record) return { restored: 0, keptUserEdits: 0, skipped: [] };
  const out = clearCells(wb, record);
  saveRecord(store, { kind: "note", sheets: out.kept, hidden: new Map() });
  return { restored: out.restored, keptUserEdits: out.keptUserEdits, skipped: out.skipped };
}

/** 在表格中标记: old marks cleared first, then each target cell filled (errors, warnings) and noted. */
export function writeMarks(
  wb: WWorkbook,
  store: WorkbookStore,
  targets: Targets,
): MarkSummary | { error: string } {
  const { record, unreadable } = readRecord(store);
  if (unreadable) return { error: WPS_MSG.recordUnreadable };
  const cleared = record ? clearCells(wb, record) : null;
  const next = new Map<string, MarkedCell[]>(cleared?.kept ?? []);
  const skipped: Skipped = cleared ? cleared.skipped.filter((s) => !targets.has(s.sheet)) : [];
  const sheets = sheetsByName(wb);
  let marked = 0;
  for (const [name, cells] of targets) {
    const ws = sheets.get(name);
    if (!ws) {
      skipped.push({ sheet: name, message: WPS_MSG.sheetMissing(name) });
      continue;
    }
    if (ws.ProtectContents) {
      skipped.push({ sheet: name, message: WPS_MSG.sheetProtected(name) });
      continue;
    }
    const list: MarkedCell[] = next.get(name) ?? [];
    for (const [address, target] of cells) {
      const cell = ws.Range(address);
      let orig: Look | null = null;
      if (target.sev !== "i") {
        // Fonts are left alone, as the Excel marks leave them (rich text and the Automatic colour cannot
        // be put back exactly); font "" on record says so, and clearing then leaves the font be.
        const look = readLook(cell);
        // Assumption (WPS): a gradient fill reads Pattern 4000/4001 (xlPatternLinearGradient /
        // xlPatternRectangularGradient, as in VBA) and cannot be written back: it is not filled over.
        if (!GRADIENT_PATTERNS.has(look.fill.none ? "" : (look.fill.pattern ?? ""))) {
          orig = { ...look, font: "" };
          cell.Interior.Color = hexToBgr(MARK_FILL[target.sev]);
        }
      }
      const userNote = commentText(cell);
      const text = appendToUserNote(userNote, target.text);
      writeComment(cell, text);
      list.push({ cell: address, sev: target.sev, orig, noteHash: noteHash(text), origNote: userNote });
      marked++;
    }
    next.set(name, list);
  }
  saveRecord(store, { kind: "note", sheets: next, hidden: new Map() });
  return { marked, skipped };
}

/** Whether the workbook holds marks that 清除标记 can clear. */
export function hasMarks(store: WorkbookStore): boolean {
  const { record } = readRecord(store);
  return record !== null && [...record.sheets.values()].some((c) => c.length > 0);
}
