/**
 * The record of the last insertion, kept in the workbook (workbook settings, saved with the file) so
 * 撤销插入 works after save and reopen: every cell written with its value before and after, the rows
 * inserted, the merged areas split and made, or the sheet created. What is read back is checked and
 * never trusted blindly: anything malformed reads as "no record".
 */
import { toA1, type CellRange, type CellValue } from "../../core/grid";
import { newSheetName } from "./sheet-name";
import type { InsertionPlan } from "./types";

export const INSERT_KEY = "jixiao.insert";

export interface RecordedCell {
  r: number;
  c: number;
  /** null: empty. For cells in inserted rows (or on a created sheet), always null. */
  before: CellValue;
  after: CellValue;
  /** In an inserted row (goes with the row on undo). */
  ins?: true;
}

export interface InsertRecord {
  v: 1;
  sheet: string;
  /** The sheet was created by the insertion: undo deletes it. */
  created: boolean;
  summary: string;
  insertRows: { at: number; count: number } | null;
  cells: RecordedCell[];
  unmerged: CellRange[];
  merged: CellRange[];
  /** Cells whose wrapping the insertion turned on (off again on undo). */
  wrapped?: { r: number; c: number }[];
}

export function encodeInsertRecord(r: InsertRecord): string {
  return JSON.stringify(r);
}

const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
const isValue = (v: unknown): v is CellValue =>
  v === null ||
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v));
const isRange = (m: unknown): m is CellRange => {
  const x = m as CellRange;
  return (
    typeof m === "object" &&
    m !== null &&
    isInt(x.top) &&
    isInt(x.left) &&
    isInt(x.bottom) &&
    isInt(x.right) &&
    x.bottom >= x.top &&
    x.right >= x.left
  );
};

/** The record, or null when the text is not one. */
export function decodeInsertRecord(raw: unknown): InsertRecord | null {
  let d: unknown = raw;
  if (typeof raw === "string") {
    try {
      d = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const x = d as Partial<InsertRecord> | null;
  if (
    !x ||
    typeof x !== "object" ||
    x.v !== 1 ||
    typeof x.sheet !== "string" ||
    typeof x.created !== "boolean" ||
    typeof x.summary !== "string"
  )
    return null;
  if (!Array.isArray(x.cells) || !Array.isArray(x.unmerged) || !Array.isArray(x.merged)) return null;
  const rows = x.insertRows;
  if (
    rows !== null &&
    !(typeof rows === "object" && rows !== undefined && isInt(rows.at) && isInt(rows.count) && rows.count > 0)
  )
    return null;
  for (const c of x.cells) {
    if (
      typeof c !== "object" ||
      c === null ||
      !isInt(c.r) ||
      !isInt(c.c) ||
      !isValue(c.before) ||
      !isValue(c.after)
    )
      return null;
    if (c.ins !== undefined && c.ins !== true) return null;
  }
  if (!x.unmerged.every(isRange) || !x.merged.every(isRange)) return null;
  if (
    x.wrapped !== undefined &&
    !(
      Array.isArray(x.wrapped) &&
      x.wrapped.every((w) => typeof w === "object" && w !== null && isInt(w.r) && isInt(w.c))
    )
  )
    return null;
  return x as InsertRecord;
}

/**
 * A plan's new sheet among the workbook's sheets (`names`): the name it gets (another one when the
 * planned name is taken, compared without case), the summary naming it, and the record of its cells.
 */
export function newSheetRecord(
  plan: InsertionPlan,
  names: readonly string[],
): { name: string; summary: string; record: InsertRecord } {
  const name = names.some((n) => n.toLowerCase() === plan.sheet.toLowerCase())
    ? newSheetName(names)
    : plan.sheet;
  const summary =
    name === plan.sheet ? plan.summary : plan.summary.replace(`「${plan.sheet}」`, `「${name}」`);
  const cells: RecordedCell[] = [];
  plan.newSheet!.rows.forEach((row, r) =>
    row.forEach((v, c) => v !== null && cells.push({ r, c, before: null, after: v })),
  );
  const record: InsertRecord = {
    v: 1,
    sheet: name,
    created: true,
    summary,
    insertRows: null,
    cells,
    unmerged: [],
    merged: plan.merge,
  };
  return { name, summary, record };
}

/**
 * The record of a plan written into an existing sheet (`sheet`, as the host names it): every cell written
 * with what it held before (`before`, 0-based, asked only above the inserted rows — a cell in an inserted
 * row held nothing), the rows inserted, the merged areas split and made, and the cells whose wrapping the
 * host turns on (`wrapOn`: those that did not wrap before).
 */
export function placedRecord(
  plan: InsertionPlan,
  sheet: string,
  before: (row: number, col: number) => CellValue,
  wrapOn: readonly { row: number; col: number }[],
): InsertRecord {
  const at = plan.insertRows?.at ?? Infinity;
  const cells = plan.writes.map((w): RecordedCell =>
    w.row >= at
      ? { r: w.row, c: w.col, before: null, after: w.value, ins: true }
      : { r: w.row, c: w.col, before: before(w.row, w.col), after: w.value },
  );
  return {
    v: 1,
    sheet,
    created: false,
    summary: plan.summary,
    insertRows: plan.insertRows,
    cells,
    unmerged: plan.unmerge,
    merged: plan.merge,
    ...(wrapOn.length > 0 ? { wrapped: wrapOn.map((w) => ({ r: w.row, c: w.col })) } : {}),
  };
}

/** Same content: numbers by value, text as text, empty as empty. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const ea = a === null || a === "";
  const eb = b === null || b === "";
  if (ea || eb) return ea && eb;
  return a === b;
}

/** What the record's written cells show now, before undo decides. */
export interface RecordedNow {
  /** Cells that still show the insertion and had other content before: undo writes them back. */
  restore: { row: number; col: number; value: CellValue }[];
  /** How many cells still show the insertion. */
  ours: number;
  /** Cells changed since the insertion, to neither its value nor the one before. */
  conflicts: { cell: string; now: string }[];
  /** What the insertion wrote into inserted rows or a created sheet, by "r,c". */
  inserted: Map<string, CellValue>;
}

/** The record's cells against what they hold now (`valueAt`, 0-based); a host reads, this decides. */
export function compareRecorded(
  record: InsertRecord,
  valueAt: (r: number, c: number) => CellValue,
): RecordedNow {
  const out: RecordedNow = { restore: [], ours: 0, conflicts: [], inserted: new Map() };
  for (const c of record.cells) {
    if (c.ins || record.created) {
      out.inserted.set(`${c.r},${c.c}`, c.after);
      continue;
    }
    const now = valueAt(c.r, c.c);
    if (sameValue(now, c.after)) {
      if (!sameValue(c.before, c.after)) {
        out.ours++;
        out.restore.push({ row: c.r, col: c.c, value: c.before });
      }
    } else if (!sameValue(now, c.before))
      out.conflicts.push({ cell: toA1(c.r, c.c), now: now === null ? "" : String(now) });
  }
  return out;
}

/**
 * The cells above any inserted row that a merged area of the plan covers but its first cell: merging keeps
 * only the first cell's content, so whatever the others hold when the plan runs would be lost.
 */
export function swallowedCells(plan: InsertionPlan): { row: number; col: number }[] {
  const at = plan.insertRows?.at ?? Infinity;
  const out: { row: number; col: number }[] = [];
  for (const m of plan.merge)
    for (let row = m.top; row <= Math.min(m.bottom, at - 1); row++)
      for (let col = m.left; col <= m.right; col++)
        if (row !== m.top || col !== m.left) out.push({ row, col });
  return out;
}
