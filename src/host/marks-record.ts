/**
 * The record of what the add-in marked, kept in the workbook (workbook settings, saved with the file)
 * so marks can be cleared after save and reopen. For each marked cell: what it looked like before
 * (fill, font colour — in the record, or copied to a very hidden sheet; the user's own note) and a
 * fingerprint of what we wrote, to tell our marks from the user's later edits. Stored compactly:
 * distinct fills and font colours once, cells as short tuples.
 */
export const MARKS_KEY = "jixiao.marks";
export const STATE_KEY = "jixiao.state";
const REV_PREFIX = "jixiao.marks.rev.";

export const revKey = (rev: string): string => `${REV_PREFIX}${rev}`;
export const isRevKey = (key: string): boolean => key.startsWith(REV_PREFIX);

/** A fresh revision token. */
export function newRev(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

/** Errors and warnings get Excel's own "light red / yellow fill with dark text"; infos a note only. */
export type MarkSeverity = "e" | "w" | "i";
export const MARK_FILL: Record<"e" | "w", string> = { e: "#FFC7CE", w: "#FFEB9C" };
export const MARK_FONT: Record<"e" | "w", string> = { e: "#9C0006", w: "#9C5700" };

/** A cell's fill. "No Fill" is its own state: it reads back as white (#FFFFFF) with tintAndShade null. */
export type Fill =
  | { none: true }
  | { none: false; color: string; pattern: string | null; tint: number | null; patternColor: string | null };

/**
 * The font colour of a cell whose characters have different colours (rich text): Excel and WPS read it
 * as null. It is never written back — a colour set on the cell would colour every character alike.
 */
export const MIXED_FONT = "";

/** A cell's look before marking, as far as marks touch it. */
export interface Look {
  fill: Fill;
  /** Font colour "#RRGGBB", or MIXED_FONT. */
  font: string;
}

/**
 * Where a filled cell's original look is kept: in the record itself, or — when marking wrote it without
 * reading it first — as a copy of the cell's formats at the same address of the sheet's hidden sheet.
 */
export type Orig = Look | "hidden";

export interface MarkedCell {
  /** "B5" */
  cell: string;
  sev: MarkSeverity;
  /** The look before marking; null when we did not fill (infos). */
  orig: Orig | null;
  /** Fingerprint of the note / comment text we wrote; "" when we wrote none. */
  noteHash: string;
  /** The user's own note text we appended to (restored on clear); null when there was none. */
  origNote: string | null;
  /**
   * What the cell showed of ours before the latest mark, when that mark changed it: if the mark's batch
   * stopped before reaching this cell, this is still what the cell shows, and it is still ours.
   */
  prev?: { sev: MarkSeverity; noteHash: string };
}

/** How the marks' text was written: notes (ExcelApi 1.18), threaded comments (1.10), or not at all. */
export type NoteKind = "note" | "comment" | "none";

export interface MarkRecord {
  /**
   * Revision: new with every write. A setting named revKey(rev) exists beside the record, so a batch
   * written from what a check read can first delete that setting — and fail, changing nothing, if
   * someone else (the ribbon's quick check, another window) rewrote the record since.
   */
  rev?: string;
  kind: NoteKind;
  /**
   * Whether the marks recoloured the cells' fonts. Excel marks no longer do (a font cannot be put back
   * exactly: rich text with several colours and the Automatic colour read as one colour), so their
   * records say false; undefined — records written before, and hosts that still do — means true.
   */
  fontMarks?: boolean;
  sheets: Map<string, MarkedCell[]>;
  /** Sheet → the add-in's very hidden sheet that holds its "hidden" originals. */
  hidden: Map<string, string>;
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

/** [cell, fill index, font index, severity, note hash, user's note?, [previous severity, previous hash]?] */
type CellTuple = (string | number | null | [string, string])[];

/** Fill and font index of a cell whose original is in the hidden sheet (-1: not filled). */
const HIDDEN = -2;

interface Stored {
  v: 1;
  /** revision */
  r?: string;
  k: string;
  f: string[];
  t: string[];
  s: Record<string, CellTuple[]>;
  /** sheet → hidden sheet */
  h?: Record<string, string>;
  /** 0: the fonts were not recoloured (absent: they were). */
  m?: 0;
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
  return {
    none: false,
    color,
    pattern: pattern || null,
    tint: t === null || Number.isFinite(t) ? t : null,
    patternColor: patternColor || null,
  };
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
  const h: Record<string, string> = {};
  for (const [sheet, cells] of r.sheets) {
    if (cells.length === 0) continue;
    s[sheet] = cells.map((c) => {
      const o = c.orig;
      const t: CellTuple = [
        c.cell,
        o === null ? -1 : o === "hidden" ? HIDDEN : idx(fills, fillCode(o.fill)),
        o === null ? -1 : o === "hidden" ? HIDDEN : idx(fonts, o.font),
        c.sev,
        c.noteHash,
      ];
      if (c.origNote !== null || c.prev) t.push(c.origNote);
      if (c.prev) t.push([c.prev.sev, c.prev.noteHash]);
      return t;
    });
    const hidden = r.hidden.get(sheet);
    if (hidden !== undefined && cells.some((c) => c.orig === "hidden")) h[sheet] = hidden;
  }
  const stored: Stored = { v: 1, k: KIND_CODE[r.kind], f: [...fills.keys()], t: [...fonts.keys()], s };
  if (r.rev !== undefined) stored.r = r.rev;
  if (Object.keys(h).length) stored.h = h;
  if (r.fontMarks === false) stored.m = 0;
  return JSON.stringify(stored);
}

const SEVERITIES: readonly unknown[] = ["e", "w", "i"];

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
  if (
    !d ||
    d.v !== 1 ||
    !Array.isArray(d.f) ||
    !Array.isArray(d.t) ||
    typeof d.s !== "object" ||
    d.s === null
  )
    return null;
  const kind: NoteKind = d.k === "n" ? "note" : d.k === "c" ? "comment" : "none";
  const fills = d.f.map((c) => (typeof c === "string" ? fillFromCode(c) : null));
  const fonts = d.t;
  const hidden = new Map<string, string>();
  if (d.h !== undefined) {
    if (typeof d.h !== "object" || d.h === null) return null;
    for (const [sheet, name] of Object.entries(d.h)) {
      if (typeof name !== "string") return null;
      hidden.set(sheet, name);
    }
  }
  const sheets = new Map<string, MarkedCell[]>();
  for (const [sheet, tuples] of Object.entries(d.s)) {
    if (!Array.isArray(tuples)) return null;
    const cells: MarkedCell[] = [];
    for (const t of tuples) {
      if (!Array.isArray(t) || typeof t[0] !== "string" || !SEVERITIES.includes(t[3])) return null;
      let orig: Orig | null;
      if (t[1] === -1 && t[2] === -1) orig = null;
      else if (t[1] === HIDDEN && t[2] === HIDDEN) {
        if (!hidden.has(sheet)) return null;
        orig = "hidden";
      } else {
        const fill = typeof t[1] === "number" ? fills[t[1]] : undefined;
        const font = typeof t[2] === "number" ? fonts[t[2]] : undefined;
        if (!fill || typeof font !== "string") return null;
        orig = { fill, font };
      }
      const cell: MarkedCell = {
        cell: t[0],
        orig,
        sev: t[3] as MarkSeverity,
        noteHash: typeof t[4] === "string" ? t[4] : "",
        origNote: typeof t[5] === "string" ? t[5] : null,
      };
      const p = t[6];
      if (Array.isArray(p) && SEVERITIES.includes(p[0]) && typeof p[1] === "string")
        cell.prev = { sev: p[0] as MarkSeverity, noteHash: p[1] };
      cells.push(cell);
    }
    sheets.set(sheet, cells);
  }
  const record: MarkRecord = { kind, sheets, hidden };
  if (typeof d.r === "string") record.rev = d.r;
  if (d.m === 0) record.fontMarks = false;
  return record;
}

/** Workbook settings are small by design; past this the record is cut (most severe cells kept). */
export const MAX_RECORD_CHARS = 1_500_000;
