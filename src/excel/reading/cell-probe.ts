/**
 * Reading how cells look now (fill, font colour) and what notes they carry. Queued in a batch before any
 * write, so even in the same batch Excel reports the state before our changes. Looks are read a run of
 * cells at a time (getCellProperties, ExcelApi 1.9); results land in a Knowledge map after the sync.
 */
import { cellsToRanges } from "../../host/a1";
import { cellKey } from "./comments";
import { MIXED_FONT, type Fill, type Look } from "../../host/marks-record";
import type {
  XCellProperties,
  XCellPropertiesLoadOptions,
  XClientResult,
  XNote,
  XWorksheet,
} from "../office-api";
import { rangeToA1, toA1, type CellRange } from "../../core/grid";

export const PROBE_PROPS: XCellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, tintAndShade: true, patternColor: true },
    font: { color: true },
  },
};

const upper = (c: string | undefined | null): string => (c ?? "").toUpperCase();

/**
 * "No Fill" and a white fill both read as #FFFFFF (office-js #4900, #6218); a real fill reads a numeric
 * tintAndShade, No Fill reads null. A colour other than white is never taken for No Fill.
 */
export function fillFromProperties(p: XCellProperties | undefined): Fill {
  const f = p?.format?.fill;
  const color = upper(f?.color);
  const pattern = f?.pattern ?? null;
  const tint = typeof f?.tintAndShade === "number" ? f.tintAndShade : null;
  if (pattern === "None") return { none: true };
  if ((color === "" || color === "#FFFFFF") && tint === null) return { none: true };
  return {
    none: false,
    color: color || "#FFFFFF",
    pattern,
    tint,
    patternColor: f?.patternColor ? upper(f.patternColor) : null,
  };
}

/**
 * A cell whose characters have different colours (rich text) reads font colour null (office-api.ts):
 * its font is MIXED_FONT, which nothing writes back (a colour set on the cell would colour every
 * character alike).
 */
export function lookFromProperties(p: XCellProperties | undefined): Look {
  const color = p?.format?.font?.color;
  return {
    fill: fillFromProperties(p),
    font: color === null || color === "" ? MIXED_FONT : upper(color) || "#000000",
  };
}

/** Rough characters of one cell's properties in Excel's response (its fill and font colour as JSON). */
export const LOOK_CHARS = 150;
/** A guess at one note's text in a response (its length is not known before it is read). */
export const NOTE_CHARS = 300;

/**
 * Queues look reads; `issue` sends them to the batch (all of them, or a round trip's worth), `collect`
 * after the sync puts them into the maps they were queued for.
 */
export class LookReader {
  private waiting: { ws: XWorksheet; sheet: string; range: CellRange; into: Map<string, Look> }[] = [];
  /** waiting[next] is the first not yet issued. */
  private next = 0;
  private readonly pending: {
    sheet: string;
    range: CellRange;
    result: XClientResult<XCellProperties[][]>;
    into: Map<string, Look>;
  }[] = [];
  private readonly seen = new Map<Map<string, Look>, Set<string>>();

  get hasWaiting(): boolean {
    return this.next < this.waiting.length;
  }

  /**
   * Queue reads of waiting cells worth up to `budget` response characters (at least one cell; a long
   * run of cells is cut to fit); returns what was spent.
   */
  issue(budget: number): number {
    let spent = 0;
    while (this.next < this.waiting.length) {
      const w = this.waiting[this.next];
      const rows = w.range.bottom - w.range.top + 1;
      const room = Math.floor((budget - spent) / LOOK_CHARS);
      if (room <= 0 && spent > 0) break;
      const take = Math.min(rows, Math.max(1, room));
      const part = { ...w.range, bottom: w.range.top + take - 1 };
      this.pending.push({
        sheet: w.sheet,
        range: part,
        result: w.ws.getRange(rangeToA1(part)).getCellProperties(PROBE_PROPS),
        into: w.into,
      });
      spent += take * LOOK_CHARS;
      if (take < rows) {
        this.waiting[this.next] = { ...w, range: { ...w.range, top: part.bottom + 1 } };
        break;
      }
      this.next++;
    }
    if (!this.hasWaiting) [this.waiting, this.next] = [[], 0];
    return spent;
  }

  /** Read `cells` of `ws` into `into` under the key of (sheet, cell); returns how many were new. */
  queue(ws: XWorksheet, sheet: string, cells: Iterable<string>, into: Map<string, Look>): number {
    let seen = this.seen.get(into);
    if (!seen) this.seen.set(into, (seen = new Set()));
    const fresh: string[] = [];
    for (const c of cells) {
      const k = cellKey(sheet, c);
      if (seen.has(k) || into.has(k)) continue;
      seen.add(k);
      fresh.push(c);
    }
    for (const range of cellsToRanges(fresh)) this.waiting.push({ ws, sheet, range, into });
    return fresh.length;
  }

  collect(): void {
    for (const p of this.pending.splice(0)) {
      const rows = p.result.value;
      for (let r = p.range.top; r <= p.range.bottom; r++) {
        p.into.set(cellKey(p.sheet, toA1(r, p.range.left)), lookFromProperties(rows[r - p.range.top]?.[0]));
      }
    }
  }
}

/** Queues per-cell note reads (ExcelApi 1.18) when the workbook's notes were not listed. */
export class NoteReader {
  private waiting: { ws: XWorksheet; key: string; cell: string }[] = [];
  private next = 0;
  private readonly pending: { key: string; note: XNote }[] = [];
  private readonly seen = new Set<string>();

  get hasWaiting(): boolean {
    return this.next < this.waiting.length;
  }

  queue(ws: XWorksheet, sheet: string, cells: Iterable<string>): number {
    let n = 0;
    for (const c of cells) {
      const key = cellKey(sheet, c);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.waiting.push({ ws, key, cell: c });
      n++;
    }
    return n;
  }

  /** As LookReader.issue. */
  issue(budget: number): number {
    let spent = 0;
    for (; this.hasWaiting && (spent === 0 || spent + NOTE_CHARS <= budget); this.next++) {
      const w = this.waiting[this.next];
      spent += NOTE_CHARS;
      const note = w.ws.notes.getItemOrNullObject(w.cell);
      note.load("content");
      this.pending.push({ key: w.key, note });
    }
    if (!this.hasWaiting) [this.waiting, this.next] = [[], 0];
    return spent;
  }

  collect(into: Map<string, string | null>): void {
    for (const p of this.pending.splice(0)) into.set(p.key, p.note.isNullObject ? null : p.note.content);
  }
}
