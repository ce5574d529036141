/**
 * What the task pane may ask of the workbook — the port every host implements. The pane gets an
 * implementation as a prop: Excel's (src/excel/excel-gateway.ts, the only code that calls Excel.run),
 * WPS 表格's (src/wps), the web edition's (src/web) or a fake in tests. src/host holds what all hosts
 * share (this port, the mark record, the insertion plans, the stored state's decoding); no host calls.
 * Every method resolves to a value; failures are values with a Chinese message, never thrown.
 */
import type { CheckResult } from "../core/check";
import type { Finding } from "../core/finding";
import type { ReadingCorrection } from "../core/model";
import type { Settings } from "../core/settings";
import type { Sheet } from "../core/grid";
import type { Template, TemplateSheetLayout } from "../core/templates";
import type { InsertionPlan, InsertionTarget } from "./insert/types";

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Capabilities {
  /** ExcelApi 1.18: notes on cells. */
  notes: boolean;
  /** ExcelApi 1.10: threaded comments (used for marks when notes are missing). */
  comments: boolean;
  /** ExcelApi 1.20: one Ctrl+Z step per action. */
  undoGroups: boolean;
  /** ExcelApi 1.9: RangeAreas and get/setCellProperties — needed to mark at all. */
  marks: boolean;
}

export interface MarkSummary {
  /** Cells that got a fill (and a note where supported). */
  marked: number;
  /** Sheets that were protected and left unmarked, with a Chinese message each. */
  skipped: { sheet: string; message: string }[];
}

export interface ClearSummary {
  /** Cells returned to their original fill, font colour and note. */
  restored: number;
  /** Cells the user edited after marking: left as the user made them. */
  keptUserEdits: number;
  skipped: { sheet: string; message: string }[];
}

/** What the add-in keeps in the workbook (workbook settings). */
export interface StoredState {
  settings: Settings;
  /** Keys of ignored findings (see findingKey). */
  ignored: string[];
  /**
   * The accountant's corrections of the reading (识别结果), kept under their own workbook setting;
   * undefined when the workbook has none saved (saving then leaves that setting alone).
   */
  corrections?: ReadingCorrection[];
  /** What could not be read back from the workbook and was replaced by defaults (Chinese). */
  warnings?: string[];
  /**
   * Read only (loadState; never saved): whether the workbook holds marks of the add-in that 清除标记
   * can clear. Absent when the gateway cannot tell.
   */
  hasMarks?: boolean;
}

/** A unit's own templates as kept in the workbook (a workbook setting holding the imported JSON text). */
export interface StoredUnitTemplates {
  /** The JSON text as imported; null when the workbook holds none. */
  text: string | null;
  /** The templates it holds; [] when there are none or the text could not be used. */
  templates: Template[];
  /** Why the saved text could not be used (Chinese); absent when all is well. The built-ins still work. */
  warnings?: string[];
}

/** A finding's identity across checks: rule, sheet, cell, line and indicator. */
export function findingKey(f: Finding): string {
  return [f.ruleId, f.sheet, f.cell, f.line ?? "", f.indicator ?? ""].join("|");
}

/** What an insertion wrote. */
export interface InsertSummary {
  /** The sheet written (a new sheet's name may differ from the plan's when that was taken meanwhile). */
  sheet: string;
  /** One Chinese sentence. */
  summary: string;
  /** Cells written. */
  cells: number;
  insertedRows: number;
}

export interface UndoSummary {
  summary: string;
  /** Cells put back (or removed with their rows / sheet). */
  restored: number;
}

/** The insertion 撤销插入 would undo. */
export interface LastInsertion {
  sheet: string;
  summary: string;
}

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /**
   * Read the workbook's sheets once and run the core check with the reading's corrections. onProgress
   * gets 0..1.
   */
  check(
    settings: Settings,
    onProgress?: (fraction: number) => void,
    corrections?: readonly ReadingCorrection[],
  ): Promise<Outcome<CheckResult>>;
  mark(findings: readonly Finding[]): Promise<Outcome<MarkSummary>>;
  clearMarks(): Promise<Outcome<ClearSummary>>;
  /** Select (and scroll to) a cell. */
  select(sheet: string, cell: string): Promise<Outcome<void>>;
  /** The active cell: its sheet and A1 address ("B6"). */
  activeCell(): Promise<Outcome<{ sheet: string; cell: string }>>;
  loadState(): Promise<Outcome<StoredState>>;
  saveState(state: StoredState): Promise<Outcome<void>>;
  /**
   * The active cell's sheet as read, its tables, and the project whose row holds the cell (for the
   * 模板 tab: recognition, prefill, planning). `settings` decide the profile (auto: the table's own).
   */
  selectedProject(settings?: Settings): Promise<Outcome<InsertionTarget>>;
  /**
   * Write a plan (src/host/insert). Refuses, writing nothing, when the sheet is protected, the table
   * changed since it was read, or cells with content would be replaced and `confirmedOverwrite` is false.
   */
  insertTemplate(
    plan: InsertionPlan,
    options: { confirmedOverwrite: boolean },
  ): Promise<Outcome<InsertSummary>>;
  /** Put back exactly what the last insertion changed (recorded in the workbook). */
  undoInsertion(): Promise<Outcome<UndoSummary>>;
  /** The insertion that undoInsertion would undo, or null. */
  lastInsertion(): Promise<Outcome<LastInsertion | null>>;
  /** The unit's own templates saved in this workbook; what was saved is validated again (untrusted). */
  loadUnitTemplates(): Promise<Outcome<StoredUnitTemplates>>;
  /**
   * Save a unit's template file (JSON text) in the workbook, replacing what was saved. Refuses, saving
   * nothing, a text that is too large or not a valid template file (the message lists every problem,
   * one per line).
   */
  saveUnitTemplates(text: string): Promise<Outcome<StoredUnitTemplates>>;
  /** Remove the unit's templates from the workbook (nothing to remove is fine). */
  removeUnitTemplates(): Promise<Outcome<void>>;
  /**
   * A sheet of this workbook as read (cells as a check reads them): 本单位模板 written in a worksheet
   * are imported from it. Hosts without it leave it out (the pane then offers JSON files only).
   */
  readSheet?(name: string): Promise<Outcome<Sheet>>;
  /**
   * 生成模板工作表: a new sheet holding `layout`'s cells as text, after the last sheet, under
   * 本单位模板 or the first free 本单位模板 (2) …, shown to the user — never over an existing sheet. The
   * web edition, which never changes the file, downloads it as a workbook instead.
   */
  addTemplateSheet?(layout: TemplateSheetLayout): Promise<Outcome<TemplateSheetSummary>>;
  /**
   * Add a 「检查结果」 sheet listing `findings` (as the CLI's marked copy does) after the last sheet,
   * under a name no sheet has, and show it. Hosts without it leave it out (the pane then offers no
   * such action).
   */
  addResultsSheet?(findings: readonly Finding[]): Promise<Outcome<ResultsSheetSummary>>;
}

export interface ResultsSheetSummary {
  /** The new sheet's name (检查结果, or 检查结果 (2) … when taken). */
  sheet: string;
  /** Findings listed. */
  rows: number;
}

export interface TemplateSheetSummary {
  /** The new sheet's name (or, in the web edition, the downloaded file's). */
  sheet: string;
  /** One Chinese sentence: what was written where. */
  summary: string;
}
