/**
 * The record of what the add-in marked, kept in the workbook (workbook settings, saved with the file)
 * so marks can be cleared after save and reopen. For each marked cell: what it looked like before
 * (fill, font colour, the user's own note) and a fingerprint of what we wrote, to tell our marks from
 * the user's later edits. Stored compactly: distinct fills and font colours once, cells as short tuples.
 */
export const MARKS_KEY = "jixiao.marks";
export const STATE_KEY = "jixiao.state";

/** Errors and warnings get Excel's own "light red / yellow fill with dark text"; infos a note only. */
export type MarkSeverity = "e" | "w" | "i";
export const MARK_FILL: Record<"e" | "w", string> = { e: "#FFC7CE", w: "#FFEB9C" };
export const MARK_FONT: Record<"e" | "w", string> = { e: "#9C0006", w: "#9C5700" };

/** A cell's fill. "No Fill" is its own state: it reads back as white (#FFFFFF) with tintAndShade null. */
export type Fill =
  | { none: true }
  | { none: false; color: string; pattern: string | null; tint: number | null; patternColor: string | null };

export interface MarkedCell {
  /** "B5" */
  cell: string;
  sev: MarkSeverity;
  /** The fill before marking; null when we did not fill (infos). */
  fill: Fill | null;
  /** The font colour before marking; null when we did not change it. */
  font: string | null;
  /** Fingerprint of the note / comment text we wrote; "" when we wrote none. */
  noteHash: string;
  /** The user's own note text we appended to (restored on clear); null when there was none. */
  origNote: string | null;
}

/** How the marks' text was written: notes (ExcelApi 1.18), threaded comments (1.10), or not at all. */
export type NoteKind = "note" | "comment" | "none";

export interface MarkRecord {
  kind: NoteKind;
  sheets: Map<string, MarkedCell[]>;
}

export function emptyRecord(kind: NoteKind): MarkRecord {
  return { kind, sheets: new Map() };
}

export function recordSize(r: MarkRecord): number {
  let n = 0;
  for (const cells of r.sheets.values()) n += cells.length;
  return n;
}

/** Excel may hand text back with \r\n; compare what the user sees. */
export function normalizeNote(text: string): string {
  const s = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  let end = s.length;
  while (end > 0 && WHITESPACE.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}
const WHITESPACE = /\s/;

/** FNV-1a over the normalized text, base 36: enough to recognise our own text again. */
export function noteHash(text: string): string {
  const s = normalizeNote(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${s.length.toString(36)}.${h.toString(36)}`;
}

const KIND_CODE: Record<NoteKind, string> = { note: "n", comment: "c", none: "" };

type CellTuple = [string, number, number, MarkSeverity, string] | [string, number, number, MarkSeverity, string, string];

interface Stored {
  v: 1;
  k: string;
  f: string[];
  t: string[];
  s: Record<string, CellTuple[]>;
}

function fillCode(f: Fill): string {
  if (f.none) return "n";
  return [f.color, f.pattern ?? "", f.tint === null ? "" : String(f.tint), f.patternColor ?? ""].join("|");
}

function fillFromCode(code: string): Fill | null {
  if (code === "n") return { none: true };
  const [color, pattern, tint, patternColor] = code.split("|");
  if (!color) return null;
  const t = tint === "" || tint === undefined ? null : Number(tint);
  return { none: false, color, pattern: pattern || null, tint: t === null || Number.isFinite(t) ? t : null, patternColor: patternColor || null };
}

export function encodeRecord(r: MarkRecord): string {
  const fills = new Map<string, number>();
  const fonts = new Map<string, number>();
  const idx = (m: Map<string, number>, k: string): number => {
    let i = m.get(k);
    if (i === undefined) m.set(k, (i = m.size));
    return i;
  };
  const s: Record<string, CellTuple[]> = {};
  for (const [sheet, cells] of r.sheets) {
    if (cells.length === 0) continue;
    s[sheet] = cells.map((c) => {
      const t: CellTuple = [
        c.cell,
        c.fill ? idx(fills, fillCode(c.fill)) : -1,
        c.font !== null ? idx(fonts, c.font) : -1,
        c.sev,
        c.noteHash,
      ];
      if (c.origNote !== null) (t as unknown[]).push(c.origNote);
      return t;
    });
  }
  const stored: Stored = { v: 1, k: KIND_CODE[r.kind], f: [...fills.keys()], t: [...fonts.keys()], s };
  return JSON.stringify(stored);
}

/** The record, or null when the stored text is not one (never throws). */
export function decodeRecord(raw: unknown): MarkRecord | null {
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const d = data as Partial<Stored> | null;
  if (!d || d.v !== 1 || !Array.isArray(d.f) || !Array.isArray(d.t) || typeof d.s !== "object" || d.s === null) return null;
  const kind: NoteKind = d.k === "n" ? "note" : d.k === "c" ? "comment" : "none";
  const fills = d.f.map((c) => (typeof c === "string" ? fillFromCode(c) : null));
  const fonts = d.t;
  const sheets = new Map<string, MarkedCell[]>();
  for (const [sheet, tuples] of Object.entries(d.s)) {
    if (!Array.isArray(tuples)) return null;
    const cells: MarkedCell[] = [];
    for (const t of tuples) {
      if (!Array.isArray(t) || typeof t[0] !== "string" || !["e", "w", "i"].includes(t[3] as string)) return null;
      const fill = t[1] === -1 ? null : fills[t[1] as number];
      const font = t[2] === -1 ? null : fonts[t[2] as number];
      if (fill === undefined || font === undefined || (t[1] !== -1 && fill === null)) return null;
      cells.push({
        cell: t[0],
        fill,
        font: font ?? null,
        sev: t[3] as MarkSeverity,
        noteHash: typeof t[4] === "string" ? t[4] : "",
        origNote: typeof t[5] === "string" ? t[5] : null,
      });
    }
    sheets.set(sheet, cells);
  }
  return { kind, sheets };
}

/** Workbook settings are small by design; past this the record is cut (most severe cells kept). */
export const MAX_RECORD_CHARS = 1_500_000;
