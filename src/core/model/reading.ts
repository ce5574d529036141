/**
 * 识别结果 — what the reader understood of a table, as a result of its own: for every part the rules
 * depend on (project name, amount, goal, the grid's columns, which rows are indicators and which are
 * not), the cell it came from and the evidence that chose it, in Chinese. The CLI prints it
 * (`--explain`), the JSON report carries it (`reading`) and the pane shows it; rules whose part is not
 * sure stay silent, and `reading-uncertain` says why.
 */
import type { ColumnRole, SourceRef } from "./types";

/**
 * found: read with confidence. empty: the place is there (a label, a column) but holds nothing — a
 * finding for the rules (amount-missing, goal-missing). absent: the table has no such place at all.
 * uncertain: a guess, or two candidates tie — rules that need the part stay silent.
 */
export type PartStatus = "found" | "empty" | "absent" | "uncertain";

export type PartName = "name" | "amount" | "goal";

export const PART_LABEL: Record<PartName, string> = { name: "项目名称", amount: "金额", goal: "绩效目标" };

export interface ReadPart {
  status: PartStatus;
  /** The cell holding the value; for an empty part, where the value should be; null when absent. */
  cell: SourceRef | null;
  /** The label that pointed at the value, when one did. */
  label?: { cell: SourceRef; text: string };
  /** What was read (the name, the goal's first words, the amount as written). */
  text: string;
  /** Why this cell, and how its text was read (Chinese, one or two short sentences). */
  evidence: string;
  /** Other cells that could have been the part (for an uncertain part). */
  candidates?: SourceRef[];
}

export interface ColumnReading {
  role: ColumnRole;
  col: number;
  /** The header text as written ("" when the column was chosen by its content alone). */
  header: string;
  evidence: string;
}

/** A row inside a table that was not read as an indicator, with the reason. */
export interface SkippedRow {
  row: number;
  text: string;
  why: string;
}

export interface ProjectReading {
  name: ReadPart;
  amount: ReadPart;
  goal: ReadPart;
  /** How many rows or lines were read as indicators. */
  indicatorCount: number;
}

export interface TableReading {
  /** The layout in accountants' words: 公开表（一行一个项目）, 申报表（一行一条指标）, 单项目表 … */
  kind: string;
  /** Header rows (absolute, inclusive). */
  header: { top: number; bottom: number };
  columns: ColumnReading[];
  /** Rows inside the table that are not indicators: footers, signatures, notes, subtotal lines. */
  skipped: SkippedRow[];
  /** Anything else worth saying about the reading (Chinese sentences). */
  notes: string[];
}
