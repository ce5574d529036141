/**
 * What the adapter knows about the workbook before it writes marks: sheets, protection, the mark record,
 * notes and comments, and — for cells concerned — how they look now and the originals kept in the
 * hidden sheets. A check gathers all of it in its two round trips (read-workbook.ts), so the mark that
 * follows can write in one; otherwise mark and clear gather it first (apply-marks.ts).
 */
import { cellKey, type CommentIndex } from "./reading/comments";
import { decodeRecord, isRevKey, revKey, type Look, type MarkRecord } from "../host/marks-record";
import type { XSettingCollection } from "./office-api";
import type { CellRange } from "../core/grid";
import { isHiddenSheet } from "./marks/hidden-sheet";

export interface SheetInfo {
  protected: boolean;
  /** Merged areas, when read (ExcelApi 1.13, during a check). */
  merges: CellRange[];
}

export class Knowledge {
  /** The user's sheets (the add-in's hidden sheets left out). */
  readonly sheets = new Map<string, SheetInfo>();
  /** The add-in's hidden sheets that exist. */
  readonly hiddenSheets = new Set<string>();
  /**
   * Those of them found merely Hidden, which 取消隐藏 offers (a batch that stopped between the two
   * commands retiring one leaves it so): a mark that keeps one makes it VeryHidden again.
   */
  readonly merelyHidden = new Set<string>();
  /** Workbook structure protected: no sheet can be added or deleted (ExcelApi 1.7). */
  structureProtected = false;
  recordRaw: string | null = null;
  record: MarkRecord | null = null;
  /** The record's revision settings that exist (normally the one named by the record). */
  readonly revKeys = new Set<string>();
  comments: CommentIndex | null = null;
  /** Every note of the workbook was listed: a cell missing from `notes` has none. */
  allNotes = false;
  /** cellKey → note text (null: no note) */
  readonly notes = new Map<string, string | null>();
  /** cellKey → how the cell looks now */
  readonly looks = new Map<string, Look>();
  /** cellKey (of the user's cell) → the original kept in its hidden sheet */
  readonly hiddenLooks = new Map<string, Look>();

  /** A sheet of the workbook: one of the add-in's hidden sheets, or the user's (false). */
  noteHiddenSheet(ws: { name: string; visibility: string }): boolean {
    if (!isHiddenSheet(ws, this.record)) return false;
    this.hiddenSheets.add(ws.name);
    if (ws.visibility !== "VeryHidden") this.merelyHidden.add(ws.name);
    return true;
  }

  setRecord(raw: string | null): void {
    this.recordRaw = raw;
    this.record = raw === null ? null : decodeRecord(raw);
  }

  /**
   * For a batch written without reading first: the revision setting to delete before anything else
   * (null when there was no record), or false when the record cannot be guarded that way (unreadable,
   * or its revision setting is missing after an interrupted batch) and must be read again.
   */
  guard(): string | null | false {
    if (this.recordRaw === null) return null;
    const rev = this.record?.rev;
    return rev !== undefined && this.revKeys.has(revKey(rev)) ? revKey(rev) : false;
  }

  /** Queue the load of the settings' keys (with the record's value, in the same round trip). */
  static queueRevKeys(settings: XSettingCollection): () => string[] {
    settings.load("items/key");
    return () => settings.items.map((s) => s.key).filter(isRevKey);
  }

  /** Note text at a cell: null when it has none, undefined when not known. */
  note(sheet: string, cell: string): string | null | undefined {
    const v = this.notes.get(cellKey(sheet, cell));
    return v !== undefined ? v : this.allNotes ? null : undefined;
  }

  look(sheet: string, cell: string): Look | undefined {
    return this.looks.get(cellKey(sheet, cell));
  }

  hiddenLook(sheet: string, cell: string): Look | undefined {
    return this.hiddenLooks.get(cellKey(sheet, cell));
  }

  /** Every sheet name in the workbook, hidden ones included. */
  allSheetNames(): string[] {
    return [...this.sheets.keys(), ...this.hiddenSheets];
  }
}

/** The setting's value as text (Excel may hand back a parsed value). */
export function settingText(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}
