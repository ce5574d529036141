/**
 * The fund block of a form — the lines that say what a 资金总额 is made of — read from the grid under
 * the total, or from the lines of the amount cell after the total. Shared by fund-split-mismatch.
 *
 * Shapes (words from vocab/fund-sources.ts):
 * - flat: 「其中：财政拨款 | 150」「其他资金 | 30」, numbered or not (「其中：1.中央资金」「2.市级资金」…);
 * - nested: 「财政拨款 | 80」 followed by its parts (「其中：一般公共预算 | 60」「政府性基金 | 20」), then
 *   「其他资金 | 20」 — the parts are not added to the total again;
 * - grouped, with a column for the group: 「财政拨款 | 小计 | 80」 with the group's lines under it (the
 *   group cell merged down), 「其他资金 | 小计 | 20」 …: the total is the sum of the 小计 lines;
 * - grouped in one column: 「财政拨款小计 | 80」 then its lines, or lines closed by a bare 「小计」;
 * - in columns: 资金总额 | 财政拨款 | 其他资金 as header columns of a 申报表, the values on the project's row;
 * - across rows: label/value pairs after the total on its row (「年度资金总额 | 150 | 其中：财政拨款 | 120」),
 *   going on in the rows below (「其他资金 | 30」).
 * Each amount keeps the unit and the decimal places it was written with: a figure in 万元 rounded to two
 * places from amounts in 元 is compared as what it is, a rounded figure (see within()).
 */
import Decimal from "decimal.js";
import type { Cell, Sheet } from "../../grid";
import type { SourceRef, Table } from "../../model";
import { parseAmount, parseAmountText } from "../../parse/amount";
import { moneyUnitIn } from "../../vocab/header-aliases";
import { toHalfWidth } from "../../text/normalize";
import { fundLineOf, type FundLine } from "../../vocab/fund-sources";
import { gridCell } from "./grid-column";

/** An amount in 万元 and how precisely it was written: half a unit of its last written place, in 万元. */
export interface Figure {
  amount: Decimal;
  /** The unit the figure was written in. */
  unit: "万元" | "元" | "亿元";
  halfUlp: Decimal;
}

export interface BlockLine extends FundLine {
  /** null: the line's value is empty (counted as 0 where its group needs it). */
  figure: Figure | null;
  cell: SourceRef | null;
  /** The group cell's text in a block with a group column (「财政拨款」 beside 「小计」). */
  groupLabel?: string;
}

/** A sum the total (or a 小计) should equal, with the lines it was made of. */
export interface Split {
  /** The figure the parts should add up to, and its cell. */
  whole: Figure;
  at: SourceRef;
  /** What is split: "total" for the total itself, else a 小计 line's group (its name, "" when unnamed). */
  of: "total" | { group: string };
  parts: BlockLine[];
  /** Other ways of adding the lines; the split is fine when any of them makes the whole. */
  alternatives: BlockLine[][];
}

const UNIT_SCALE = { 万元: new Decimal(1), 元: new Decimal("0.0001"), 亿元: new Decimal(10000) } as const;
const HALF = new Decimal("0.5");

/** The unit written after a text's first number (or the table's), and the places written after its point. */
function written(text: string, fallback: "万元" | "元"): { unit: Figure["unit"]; places: number } {
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(亿元|亿|万元|万|萬|元)?/.exec(toHalfWidth(text));
  const places = m?.[2]?.length ?? 0;
  if (!m?.[3]) return { unit: fallback, places };
  return { unit: m[3].startsWith("亿") ? "亿元" : m[3] === "元" ? "元" : "万元", places };
}

/**
 * A figure in 万元 is taken as rounded to two places at most (百元, the usual precision of a 万元 table),
 * one in 亿元 to six: half a unit of its last written place, never more than that.
 */
const MIN_PLACES: Record<Figure["unit"], number> = { 元: 0, 万元: 2, 亿元: 6 };

function figureOf(amount: Decimal, unit: Figure["unit"], places: number): Figure {
  return { amount, unit, halfUlp: halfUlpOf(unit, Math.max(places, MIN_PLACES[unit])) };
}

/**
 * Half a unit of the last of `places` places in `unit`, in 万元, by unit and places: a table has a few
 * of them, each worked out once (a power of ten is the dearest decimal.js operation the rule made per
 * project). Decimals are immutable, so figures share them.
 */
const HALF_ULPS: Record<Figure["unit"], Decimal[]> = { 元: [], 万元: [], 亿元: [] };

function halfUlpOf(unit: Figure["unit"], places: number): Decimal {
  const known = HALF_ULPS[unit];
  return (known[places] ??= HALF.times(new Decimal(10).pow(-places)).times(UNIT_SCALE[unit]));
}

/** The places after the point of `amount` written in `unit` (a number cell: its value as stored). */
function placesOf(amount: Decimal, unit: Figure["unit"]): number {
  return amount.dividedBy(UNIT_SCALE[unit]).decimalPlaces();
}

/** A cell's amount as a figure; "empty" for an empty cell, null when it is no sure amount. */
export function figureOfCell(cell: Cell, tableUnit: "万元" | "元"): Figure | null | "empty" {
  const text = (cell.text ?? (typeof cell.value === "string" ? cell.value : "")).trim();
  if (cell.value === null || cell.value === undefined || (typeof cell.value === "string" && text === ""))
    return "empty";
  const p = parseAmount(cell, tableUnit);
  if (p.amount === null || p.confidence !== "sure") return null;
  if (typeof cell.value === "number") return figureOf(p.amount, tableUnit, placesOf(p.amount, tableUnit));
  const w = written(text, tableUnit);
  return figureOf(p.amount, w.unit, w.places);
}

function figureOfText(text: string, tableUnit: "万元" | "元"): Figure | null {
  const p = parseAmountText(text, tableUnit);
  if (p.amount === null || p.confidence !== "sure") return null;
  const w = written(text, tableUnit);
  return figureOf(p.amount, w.unit, w.places);
}

/**
 * Whether the parts can make the whole. Figures written in one unit are exact: their sum must equal the
 * whole to the cent (the budget system adds them exactly). Where the units differ (a total in 万元 over
 * parts in 元, or the other way round), every figure written in the coarser unit may be rounded to the
 * places it shows, so the difference may be up to half a unit of each one's last place: 12.35 万元 is
 * what 123456 元 becomes, 12.34 万元 is not.
 */
export function within(
  whole: Figure,
  parts: readonly Figure[],
): { ok: boolean; sum: Decimal; slack: Decimal } {
  const sum = parts.reduce((s, p) => s.plus(p.amount), new Decimal(0));
  const all = [whole, ...parts];
  const units = new Set(all.map((f) => f.unit));
  let slack = new Decimal(0);
  if (units.size > 1) {
    const finest = all.reduce((m, f) => (f.halfUlp.lessThan(m) ? f.halfUlp : m), all[0].halfUlp);
    for (const f of all) if (f.halfUlp.greaterThan(finest)) slack = slack.plus(f.halfUlp);
  }
  return { ok: sum.minus(whole.amount).abs().lessThanOrEqualTo(slack), sum, slack };
}

/** The figures of the lines that hold one (an empty line adds nothing). */
export function figures(lines: readonly BlockLine[]): Figure[] {
  return lines.filter((l) => l.figure !== null).map((l) => l.figure!);
}

/**
 * The lines of a block in order → what should add up to what. The total's parts: the 小计 lines (or a
 * group's lone line) where the block has groups, else every line that is not a part of the line above it
 * (public-money parts under a 财政拨款 line, 其中 lines under any line). Each 小计 with lines of its own
 * is a split too.
 */
export function splitsOf(whole: Figure, at: SourceRef, lines: readonly BlockLine[]): Split[] {
  if (lines.length === 0) return [];
  const flat = lines.filter((l) => l.kind !== "subtotal");
  const subtotals = lines.filter((l) => l.kind === "subtotal");
  const out: Split[] = [];
  if (subtotals.length > 0) {
    const groups = groupsOf(lines);
    const parts: BlockLine[] = [];
    for (const g of groups) {
      if (g.subtotal) {
        parts.push(g.subtotal);
        if (g.subtotal.figure && g.lines.some((l) => l.figure !== null))
          out.push({
            whole: g.subtotal.figure,
            at: g.subtotal.cell!,
            of: { group: g.name },
            parts: topLevel(g.lines),
            // Where a group ends is a guess without a group column: any first lines that make the 小计 will do.
            alternatives: g.lines.map((_, i) => g.lines.slice(0, i + 1)),
          });
      } else parts.push(...topLevel(g.lines));
    }
    out.unshift({ whole, at, of: "total", parts, alternatives: [flat, subtotals] });
    return out;
  }
  return [{ whole, at, of: "total", parts: topLevel(lines), alternatives: [flat, topLevel(lines, true)] }];
}

interface Group {
  name: string;
  subtotal: BlockLine | null;
  lines: BlockLine[];
}

/**
 * Groups of a block with 小计 lines: by the group column where there is one; else a named 小计
 * (「财政拨款小计」) or a 小计 on the block's first line opens a group, and a bare 小计 after lines closes
 * the lines before it.
 */
function groupsOf(lines: readonly BlockLine[]): Group[] {
  const groups: Group[] = [];
  if (lines.some((l) => l.groupLabel !== undefined)) {
    for (const l of lines) {
      const name = l.groupLabel ?? l.name;
      let g = groups.find((x) => x.name === name);
      if (!g) groups.push((g = { name, subtotal: null, lines: [] }));
      if (l.kind === "subtotal" && !g.subtotal) g.subtotal = l;
      else g.lines.push(l);
    }
    return groups;
  }
  const opens = lines[0].kind === "subtotal" || lines.some((l) => l.kind === "subtotal" && l.group);
  let current: Group | null = null;
  for (const l of lines) {
    if (l.kind === "subtotal" && opens) {
      groups.push((current = { name: l.group ?? "", subtotal: l, lines: [] }));
    } else if (l.kind === "subtotal") {
      // A bare 小计 closing the lines since the last group.
      const open = current && !current.subtotal ? current : null;
      if (open) open.subtotal = l;
      else groups.push({ name: "", subtotal: l, lines: [] });
      current = null;
    } else if (current) current.lines.push(l);
    else {
      if (!opens) groups.push((current = { name: "", subtotal: null, lines: [l] }));
      else groups.push({ name: l.name, subtotal: null, lines: [l] });
    }
  }
  return groups;
}

/**
 * The lines that are the whole's own parts: not public-money parts under a 财政拨款 line, not 其中 lines
 * under the line above. With `byAmount`, a part run also takes the lines after it that still fit in
 * its parent's amount (「其他资金 20」「其中：自筹 10」「上年结转 10」: both are 其他资金's).
 */
function topLevel(lines: readonly BlockLine[], byAmount = false): BlockLine[] {
  const out: BlockLine[] = [];
  let parent: BlockLine | null = null;
  let inParts = false;
  let partsSum = new Decimal(0);
  lines.forEach((l, i) => {
    const amount = l.figure?.amount ?? new Decimal(0);
    const partOfPublic = parent?.kind === "public" && l.kind === "publicPart";
    const continuesParts = inParts && (l.kind === "publicPart" || (l.under && l.kind !== "public"));
    const fits =
      byAmount &&
      inParts &&
      parent?.figure != null &&
      partsSum.plus(amount).lessThanOrEqualTo(parent.figure.amount);
    if (i > 0 && parent && (partOfPublic || (l.under && l.kind !== "public") || continuesParts || fits)) {
      if (!inParts) partsSum = new Decimal(0);
      inParts = true;
      partsSum = partsSum.plus(amount);
      return;
    }
    inParts = false;
    parent = l;
    out.push(l);
  });
  return out;
}

/** Lines that are read, or null when the block holds a line that is not a fund line (not ours to judge). */
type Lines = BlockLine[] | null;

/**
 * The block under a total in a form: the rows below it, the value in the total's column, the label in
 * the columns between the total's label and its value (one label, or a group cell and a line label).
 * Reading stops at the first row that is not a fund line or whose value spans rows.
 */
export function linesBelow(sheet: Sheet, table: Table, total: SourceRef): Lines {
  if (total.col === 0) return null;
  const labelLeft = gridCell(sheet, total.row, total.col - 1).ref.col;
  const out: BlockLine[] = [];
  for (let r = total.row + 1; r <= total.row + 12; r++) {
    const value = gridCell(sheet, r, total.col);
    if (value.ref.row !== r) break; // the total's own merged cell, or a block spanning rows
    const labels: { text: string; row: number }[] = [];
    for (let c = labelLeft; c < value.ref.col; c++) {
      const l = gridCell(sheet, r, c);
      if (l.ref.col !== c || l.text === "") continue;
      labels.push({ text: l.text, row: l.ref.row });
    }
    if (labels.length === 0 || labels.length > 2) break;
    const line = fundLineOf(labels[labels.length - 1].text);
    if (!line) break;
    const fig = figureOfCell(value.cell, table.amountUnit);
    if (fig === null) return null;
    const groupLabel = labels.length === 2 ? fundLineOf(labels[0].text) : null;
    if (labels.length === 2 && !groupLabel) break;
    out.push({
      ...line,
      figure: fig === "empty" ? null : fig,
      cell: value.ref,
      ...(groupLabel ? { groupLabel: groupLabel.name } : {}),
    });
  }
  return out;
}

/** Rows a block across rows may take below its total. */
const ACROSS_ROWS = 12;

/**
 * The label/value pairs of one row between two columns, in order: a fund-line label and the next cell
 * to its right (merges resolved; empty when the next cell is another label). null when a cell is
 * neither a fund line nor a pair's value, or a value is no sure amount; "none" when the row holds
 * nothing there. Cells merged down from a row above are passed over.
 */
function pairsIn(
  sheet: Sheet,
  table: Table,
  row: number,
  from: number,
  to: number,
): BlockLine[] | null | "none" {
  const cells: { text: string; cell: Cell; ref: SourceRef }[] = [];
  for (let c = from; c <= to; c++) {
    const g = gridCell(sheet, row, c);
    if (g.ref.row !== row || g.ref.col !== c || g.text === "") continue;
    cells.push(g);
  }
  if (cells.length === 0) return "none";
  const out: BlockLine[] = [];
  for (let i = 0; i < cells.length; i++) {
    const line = fundLineOf(cells[i].text);
    if (!line) return null;
    const next = cells[i + 1];
    if (next && fundLineOf(next.text) === null) {
      const fig = figureOfCell(next.cell, table.amountUnit);
      if (fig === null || fig === "empty") return null;
      out.push({ ...line, figure: fig, cell: next.ref });
      i++;
    } else out.push({ ...line, figure: null, cell: null });
  }
  return out;
}

/**
 * A block laid out across rows: label/value pairs on the total's own row after its value
 * (「年度资金总额 | 150 | 其中：财政拨款 | 120」), going on in the rows below in any columns from the
 * total's label rightwards (「其他资金 | 30」 under the pair or under the total). Reading stops at the
 * first row without pairs. [] when the total's row has no pair after the total (another shape).
 */
export function linesAcross(sheet: Sheet, table: Table, total: SourceRef): Lines {
  if (total.col === 0) return [];
  const right = rowEnd(sheet, total.row);
  const first = pairsIn(sheet, table, total.row, mergeEnd(sheet, total) + 1, right);
  if (first === "none" || first === null) return [];
  const labelLeft = gridCell(sheet, total.row, total.col - 1).ref.col;
  const out = [...first];
  for (let r = total.row + 1; r <= total.row + ACROSS_ROWS; r++) {
    const pairs = pairsIn(sheet, table, r, labelLeft, Math.max(right, rowEnd(sheet, r)));
    if (pairs === null || pairs === "none") break;
    out.push(...pairs);
  }
  return out;
}

/** Columns a block across rows may span (a form is a dozen columns wide). */
const MAX_COLS = 40;

/** The last column of a row that holds a cell (the form's label area may end before its values). */
function rowEnd(sheet: Sheet, row: number): number {
  const cells = sheet.rows[row - sheet.originRow] ?? [];
  return sheet.originCol + Math.min(cells.length, MAX_COLS) - 1;
}

/** The last column of the (merged) cell at `at`. */
function mergeEnd(sheet: Sheet, at: SourceRef): number {
  let c = at.col;
  for (;;) {
    const next = gridCell(sheet, at.row, c + 1).ref;
    if (next.row !== at.row || next.col !== at.col) return c;
    c++;
  }
}

/**
 * The fund columns of a table with one row (or one block) per project — 申报表 exports that give the
 * project's 资金总额 | 财政拨款 | 其他资金 in columns of its first row or in cells merged down its block:
 * the run of columns right after the amount column whose header (its lowest text in the header rows,
 * under a group header such as 「年度资金（万元）」) is a fund line, or, when there is none, the run just
 * before it (财政拨款 | 其他资金 | 资金总额). The run stops at the first other header, so a 中期 set of
 * columns beside the 年度 one is not taken. Each value is read on the amount's
 * row (merges resolved), in the unit its header names or else the table's.
 */
export function linesInColumns(sheet: Sheet, table: Table, total: SourceRef): Lines {
  const amountCol = table.columns.amount;
  if (amountCol === undefined || total.col !== amountCol) return [];
  const out: BlockLine[] = [];
  for (const { col, line, unit } of fundColumns(sheet, table, amountCol)) {
    const value = gridCell(sheet, total.row, col);
    const fig = figureOfCell(value.cell, unit);
    if (fig === null) return null;
    out.push({ ...line, figure: fig === "empty" ? null : fig, cell: value.ref });
  }
  return out;
}

/** A fund column of a table: the fund line its header names, and the unit its values are read in. */
interface FundColumn {
  col: number;
  line: FundLine;
  unit: "万元" | "元";
}

/** Fund columns by table: they depend on the header alone, the same for every project of the table. */
const fundColumnsCache = new WeakMap<Table, { sheet: Sheet; columns: readonly FundColumn[] }>();

/**
 * The fund columns of linesInColumns, in column order: the run right after the amount column, or, when
 * that is empty, the run just left of it under the amount's group header.
 */
function fundColumns(sheet: Sheet, table: Table, amountCol: number): readonly FundColumn[] {
  const hit = fundColumnsCache.get(table);
  if (hit && hit.sheet === sheet) return hit.columns;
  const top = table.reading?.header.top ?? table.headerRow;
  const bottom = table.reading?.header.bottom ?? table.headerRow;
  const columnAt = (c: number): FundColumn | null => {
    const header = headerTextOf(sheet, top, bottom, c);
    const line = header === "" ? null : fundLineOf(header);
    return line ? { col: c, line, unit: moneyUnitIn(header) ?? table.amountUnit } : null;
  };
  const columns: FundColumn[] = [];
  const amountAt = { sheet: sheet.name, row: bottom, col: amountCol };
  for (let c = mergeEnd(sheet, amountAt) + 1; c <= table.range.right; c++) {
    const column = columnAt(c);
    if (!column) break;
    columns.push(column);
  }
  if (columns.length === 0) {
    const group = groupTextOf(sheet, top, bottom, amountCol);
    for (let c = amountCol - 1; c >= table.range.left; c--) {
      if (groupTextOf(sheet, top, bottom, c) !== group) break;
      const column = columnAt(c);
      if (!column) break;
      columns.unshift(column);
    }
  }
  fundColumnsCache.set(table, { sheet, columns });
  return columns;
}

/** The texts of a column's header rows above its lowest one (a group header such as 「年度资金」), joined. */
function groupTextOf(sheet: Sheet, top: number, bottom: number, col: number): string {
  const texts: string[] = [];
  for (let r = top; r < bottom; r++) texts.push(gridCell(sheet, r, col).text);
  return texts.join("|");
}

/** The lowest text of a column in the header rows (a sub-header under a group header). */
function headerTextOf(sheet: Sheet, top: number, bottom: number, col: number): string {
  for (let r = bottom; r >= top; r--) {
    const g = gridCell(sheet, r, col);
    if (g.text !== "") return g.ref.col === col ? g.text : "";
  }
  return "";
}

const LINE_BREAK = /[\r\n]/;

/**
 * The lines of an amount cell after its total (「总额106.5万元\n财政拨款:80万元(其中:…)\n其他:26.5万元」):
 * bracketed remarks dropped; null when a line is not a fund line.
 */
export function linesInCell(text: string, unit: "万元" | "元"): Lines {
  if (!LINE_BREAK.test(text)) return []; // one line: the total alone (most amount cells)
  const lines = toHalfWidth(text)
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/\([^()]*\)/g, "").replace(/[\s\u00a0\u3000]+/g, ""))
    .filter((l) => l !== "");
  if (lines.length < 2) return [];
  const out: BlockLine[] = [];
  for (const raw of lines.slice(1)) {
    const m = /^(.*?[\u4e00-\u9fff]):?((?:\d|\.\d)[\d,.]*(?:亿元|亿|万元|万|元)?)[;；。,，]*$/.exec(raw);
    if (!m) return null;
    const line = fundLineOf(m[1]);
    if (!line) return null;
    const fig = figureOfText(m[2], unit);
    if (!fig) return null;
    out.push({ ...line, figure: fig, cell: null });
  }
  return out;
}

/** The figure of a total cell (its first line when the cell goes on with its sources). */
export function totalFigure(cell: Cell, amount: Decimal, tableUnit: "万元" | "元"): Figure {
  if (typeof cell.value === "number") return figureOf(amount, tableUnit, placesOf(amount, tableUnit));
  const text = toHalfWidth(cell.text ?? String(cell.value ?? "")).split(/\r\n?|\n/)[0];
  const w = written(text.replace(/^[^\d]*/, ""), tableUnit);
  return figureOf(amount, w.unit, w.places);
}
