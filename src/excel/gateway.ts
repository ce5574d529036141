/**
 * What the task pane may ask of the workbook. The pane gets an implementation as a prop: the real one
 * (src/excel/excel-gateway.ts, the only code that calls Excel.run) or a fake in tests.
 * Every method resolves to a value; failures are values with a Chinese message, never thrown.
 */
import type { CheckResult } from "../core/check";
import type { Finding } from "../core/finding";
import type { Settings } from "../core/settings";

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
  /** What could not be read back from the workbook and was replaced by defaults (Chinese). */
  warnings?: string[];
}

/** A finding's identity across checks: rule, sheet, cell, line and indicator. */
export function findingKey(f: Finding): string {
  return [f.ruleId, f.sheet, f.cell, f.line ?? "", f.indicator ?? ""].join("|");
}

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /** Read the workbook's sheets once and run the core check. onProgress gets 0..1. */
  check(settings: Settings, onProgress?: (fraction: number) => void): Promise<Outcome<CheckResult>>;
  mark(findings: readonly Finding[]): Promise<Outcome<MarkSummary>>;
  clearMarks(): Promise<Outcome<ClearSummary>>;
  /** Select (and scroll to) a cell. */
  select(sheet: string, cell: string): Promise<Outcome<void>>;
  loadState(): Promise<Outcome<StoredState>>;
  saveState(state: StoredState): Promise<Outcome<void>>;
}
