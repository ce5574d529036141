/**
 * The 权重/分值 column of a grid table, read per indicator and per heading row. Shared by weight-total,
 * weight-nonpositive and weight-category-mismatch. Tables without such a column (most of them) give
 * nothing, so the weight rules stay silent there.
 */
import type Decimal from "decimal.js";
import type { Sheet } from "../../grid";
import type { Heading, Indicator, Project, SourceRef, Table } from "../../model";
import { gridCell, indicatorCell, plainNumberOf } from "./grid-column";

export interface IndicatorWeight {
  ind: Indicator;
  /** The weight as a number; null when the cell is empty or not a plain number. */
  weight: Decimal | null;
  text: string;
  cell: SourceRef;
}

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
    out.push({ ind, weight: c.text === "" ? null : plainNumberOf(c), text: c.text, cell: c.ref });
  }
  return out;
}

export interface HeadingWeight {
  heading: Heading;
  weight: Decimal;
  cell: SourceRef;
  /** The indicators written under the heading (rows after it, up to the next heading of its level or above). */
  under: IndicatorWeight[];
}

/**
 * Headings on rows of their own (no indicator on the row) whose weight cell holds a number. A 一级 cell
 * merged down the rows of its indicators shares its row with the first indicator: its weight cell is that
 * indicator's, so such headings carry no weight of their own and are left out.
 */
export function headingWeights(
  sheet: Sheet | undefined,
  table: Table,
  project: Project,
  weights: readonly IndicatorWeight[],
): HeadingWeight[] {
  const col = table.columns.weight;
  if (col === undefined || !sheet) return [];
  const indicatorRows = new Set(project.indicators.map((i) => i.source.row));
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
    const under = weights.filter((w) => w.ind.source.row > h.source.row && w.ind.source.row < end);
    out.push({ heading: h, weight, cell: c.ref, under });
  });
  return out;
}

/** 预算执行率 (or 资金执行率) among the indicators: it then carries its 10 inside the table. */
export function hasExecutionRate(project: Project): boolean {
  return project.indicators.some((i) => /(预算|资金)(执行|支出)率/.test(i.name));
}
