/**
 * The 权重/分值 column of a grid table, read per indicator and per heading row. Shared by weight-total,
 * weight-nonpositive and weight-category-mismatch. Tables without such a column (most of them) give
 * nothing, so the weight rules stay silent there. A form with a 中期 and a 年度 set side by side, each
 * with its own 权重 column, gives both sets: the budget system scores each on its own.
 */
import type Decimal from "decimal.js";
import type { Sheet } from "../../grid";
import type { Heading, Indicator, Project, SourceRef, Table } from "../../model";
import { gridCell, indicatorCell, plainNumberOf } from "./grid-column";
import { clip, displayName } from "./indicator-text";
import { otherIndicatorSet, setName, setPeriods } from "./midterm";

export interface IndicatorWeight {
  /** The indicator as read; absent for a row of the other (中期 or 年度) set, which the model does not carry. */
  ind?: Indicator;
  /** The indicator's name as a message shows it. */
  name: string;
  row: number;
  /** The weight as a number; null when the cell is empty or not a plain number. */
  weight: Decimal | null;
  text: string;
  cell: SourceRef;
}

export interface WeightSet {
  /** How messages name the set: "" in a table with one set, else 「（中期指标）」「（年度指标）」. */
  name: string;
  weights: IndicatorWeight[];
  /** The set's weight column. */
  col: number;
}

/** A row that totals the weights (合计 100) rather than being an indicator. */
const TOTAL_ROW = /^(总分|合计|总计|小计)$/;

/** Each indicator's weight cell, or null when the table has no weight column to read. */
export function indicatorWeights(
  sheet: Sheet | undefined,
  table: Table,
  project: Project,
): IndicatorWeight[] | null {
  if (table.columns.weight === undefined || !sheet) return null;
  const out: IndicatorWeight[] = [];
  for (const ind of project.indicators) {
    const c = indicatorCell(sheet, table, ind, "weight");
    if (!c) return null;
    out.push({
      ind,
      name: displayName(ind),
      row: ind.source.row,
      weight: c.text === "" ? null : plainNumberOf(c),
      text: c.text,
      cell: c.ref,
    });
  }
  return out;
}

/**
 * The weighted sets of a project: the set the reader read, and — in a form with a 中期 and a 年度 set
 * that each carry a 权重 column — the other one, read from the grid on the project's rows (up to the
 * next project's first indicator), every row with a 三级 name of its own.
 */
export function weightSets(sheet: Sheet | undefined, table: Table, project: Project): WeightSet[] {
  const read = indicatorWeights(sheet, table, project);
  if (!sheet || !read || table.columns.weight === undefined) return [];
  const set = otherIndicatorSet(sheet, table);
  if (!set || set.weight === undefined || table.columns.value === undefined)
    return [{ name: "", weights: read, col: table.columns.weight }];
  const periods = setPeriods(sheet, table, set);
  const rows = project.indicators.filter((i) => i.source.line === undefined).map((i) => i.source.row);
  if (rows.length === 0) return [];
  const first = Math.min(...rows);
  const later = table.projects
    .map((p) => Math.min(...p.indicators.map((i) => i.source.row)))
    .filter((r) => Number.isFinite(r) && r > first);
  const last = later.length > 0 ? Math.min(...later) - 1 : table.range.bottom;
  const other: IndicatorWeight[] = [];
  for (let r = first; r <= last; r++) {
    const name = gridCell(sheet, r, set.level3);
    if (name.ref.row !== r || name.text === "" || TOTAL_ROW.test(name.text.replace(/\s+/g, ""))) continue;
    const c = gridCell(sheet, r, set.weight);
    if (c.ref.row !== r) continue;
    other.push({
      name: clip(name.text),
      row: r,
      weight: c.text === "" ? null : plainNumberOf(c),
      text: c.text,
      cell: c.ref,
    });
  }
  return [
    { name: setName(periods.read, table.columns.value), weights: read, col: table.columns.weight },
    { name: setName(periods.other, set.value), weights: other, col: set.weight },
  ];
}

export interface HeadingWeight {
  heading: Heading;
  weight: Decimal;
  cell: SourceRef;
  /** The indicators written under the heading (rows after it, up to the next heading of its level or above). */
  under: IndicatorWeight[];
}

/**
 * Headings on rows of their own (no indicator on the row) whose weight cell (in the set's column) holds
 * a number. A 一级 cell merged down the rows of its indicators shares its row with the first indicator:
 * its weight cell is that indicator's, so such headings carry no weight of their own and are left out.
 * Both sets of a 中期 | 年度 form share the heading rows.
 */
export function headingWeights(sheet: Sheet | undefined, project: Project, set: WeightSet): HeadingWeight[] {
  if (!sheet) return [];
  const col = set.col;
  const indicatorRows = new Set(set.weights.map((w) => w.row));
  const rows = project.headings
    .filter((h) => h.source.sheet === sheet.name && h.source.line === undefined)
    .sort((a, b) => a.source.row - b.source.row);
  const out: HeadingWeight[] = [];
  rows.forEach((h, i) => {
    if (indicatorRows.has(h.source.row)) return;
    const c = gridCell(sheet, h.source.row, col);
    if (c.ref.row !== h.source.row) return; // a merged weight cell spanning rows is not this heading's
    const weight = c.text === "" ? null : plainNumberOf(c);
    if (weight === null) return;
    const next = rows.slice(i + 1).find((x) => x.level <= h.level && x.source.row > h.source.row);
    const end = next ? next.source.row : Infinity;
    const under = set.weights.filter((w) => w.row > h.source.row && w.row < end);
    out.push({ heading: h, weight, cell: c.ref, under });
  });
  return out;
}

/** 预算执行率 (or 资金执行率) among a set's indicators: it then carries its 10 inside the table. */
export function hasExecutionRate(weights: readonly IndicatorWeight[]): boolean {
  return weights.some((w) => /(预算|资金)(执行|支出)率/.test(w.ind?.name ?? w.name));
}
