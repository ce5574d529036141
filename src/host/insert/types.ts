/**
 * Inserting a template's indicators into the sheet: what the pane is told about the selected project
 * (InsertionTarget), and the plan of every change an insertion makes (InsertionPlan) — worked out
 * without Excel (plan-*.ts), shown to the user (the preview, the cells it would replace), then written
 * by the adapter in a fixed number of round trips (insert-run.ts).
 */
import type { CellRange, CellValue, Sheet } from "../../core/grid";
import type { Project, Table } from "../../core/model";
import type { Profile } from "../../core/settings";

export interface InsertionTarget {
  /** The active sheet as read. */
  sheet: Sheet;
  /** The active cell. */
  cell: { row: number; col: number; address: string };
  /** Tables found on the active sheet. */
  tables: Table[];
  /** The table the active cell lies in (null: none). */
  table: Table | null;
  /** The project whose row (or block of rows) holds the active cell (null: none). */
  project: Project | null;
  /** The indicator system the table uses (2015 when there is no table). */
  profile: Profile;
  protected: boolean;
  /** Every sheet of the workbook (for a new sheet's name). */
  sheetNames: string[];
}

export interface CellWrite {
  /** 0-based, after the rows of the plan are inserted. */
  row: number;
  col: number;
  /** null: emptied (a cell a new merged area covers). */
  value: CellValue;
}

/** A cell with content that the insertion would replace: shown to the user before anything is written. */
export interface Overwrite {
  cell: string;
  before: string;
  /** "" when the cell is emptied (covered by a merged area). */
  after: string;
}

export interface NewSheetLayout {
  rows: CellValue[][];
  /** Column widths in characters. */
  widths: number[];
  /** Columns whose text wraps. */
  wrap: number[];
  /** Row of the title (merged across) and of the header. */
  titleRow: number;
  headerRow: number;
}

export type InsertionPreview =
  | { kind: "text"; cell: string; text: string; goal: string | null }
  | { kind: "rows"; header: string[]; rows: string[][]; goal: string | null };

export interface InsertionPlan {
  kind: "wide" | "rows" | "sheet";
  /** The sheet written (for "sheet": the new sheet's name). */
  sheet: string;
  /** One Chinese sentence: where, and what. */
  summary: string;
  preview: InsertionPreview;
  writes: CellWrite[];
  /** Whole rows inserted before anything is written (0-based first row). */
  insertRows: { at: number; count: number } | null;
  /** The row whose formats the inserted rows take, over the table's columns. */
  formatFrom: { row: number; left: number; right: number } | null;
  /** Merged areas split before writing (they lie above any inserted row). */
  unmerge: CellRange[];
  /** Merged areas made after writing. */
  merge: CellRange[];
  /** Cells whose text must still be what the plan saw when it is written (0-based, above inserted rows). */
  expect: { row: number; col: number; text: string }[];
  overwrites: Overwrite[];
  /** Cells that must wrap their text (a multi-line indicator cell): wrapping is turned on where it is off. */
  wrap: { row: number; col: number }[];
  newSheet: NewSheetLayout | null;
  /** Selected afterwards, so the user sees what was written. */
  select: CellRange;
}
