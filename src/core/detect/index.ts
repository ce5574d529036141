/**
 * Table detection: find every performance-target table on a sheet (wide, long or single-project form),
 * and read it into the model (projects, indicator trees, totals). Sheets without a table give a
 * SheetProblem that says what was looked for; the caller decides whether to show it.
 */
import type { Sheet } from "../grid";
import type {
  Detection,
  Project,
  ProjectReading,
  ReadingCorrection,
  SheetProblem,
  SkippedRow,
  Table,
} from "../model";
import { correctHeader, correctProject } from "./apply-corrections";
import { flagBareAmounts } from "./amount-unit";
import { breakdownTotals } from "./breakdown-totals";
import { buildForm, type FormTitle } from "./build-form";
import { buildLong } from "./build-long";
import { buildWide } from "./build-wide";
import { markGuessedAmounts } from "./guessed-amounts";
import { blocksToRead, joinContinuedBlocks } from "./continued-blocks";
import { clearParseCaches } from "../parse";
import { readFormLabels } from "./form-labels";
import { roleOfHeader, unitLineIn } from "../vocab/header-aliases";
import { clipText, columnPart, columnReadings, emptyTableReading, LAYOUT_WORDS } from "./reading-parts";
import type { ColumnMap } from "./row-kinds";
import { findSpans, type TableSpan } from "./regions";
import { cellText, SheetView } from "./sheet-view";
import { sideBySideParts } from "./side-by-side";
import { LEVEL2_NAME } from "../vocab/categories";

/** How far above a header a unit line ("单位：万元") is looked for. */
const UNIT_LINE_ROWS = 6;

export function detectTables(sheet: Sheet, corrections: readonly ReadingCorrection[] = []): Detection {
  // The parsers' caches live for one sheet: each check reads cold, and the memory is released after.
  clearParseCaches();
  try {
    return detectIn(new SheetView(sheet), corrections);
  } finally {
    clearParseCaches();
  }
}

function detectIn(view: SheetView, corrections: readonly ReadingCorrection[]): Detection {
  const sheet = view.sheet;
  const problems: SheetProblem[] = [];
  if (isEmptySheet(view)) {
    return {
      tables: [],
      problems: [{ sheet: sheet.name, kind: "empty", message: "工作表是空的，没有任何内容。" }],
    };
  }
  const tables: Table[] = [];
  const parts = sideBySideParts(sheet);
  for (const part of parts) {
    readPart(parts.length > 1 ? new SheetView(part) : view, corrections, tables, problems);
  }
  if (tables.length === 0 && problems.length === 0) {
    problems.push({
      sheet: sheet.name,
      kind: "no-table",
      message:
        `未找到绩效目标表：需要表头含「项目名称」以及「绩效指标」或「三级指标」等列` +
        `（单个项目的申报表需含「项目名称」和「一级指标」「二级指标」「三级指标」「指标值」）。`,
    });
  }
  return { tables, problems };
}

/** The tables of one part of a sheet (the whole sheet unless forms stand side by side on it). */
function readPart(
  view: SheetView,
  corrections: readonly ReadingCorrection[],
  tables: Table[],
  problems: SheetProblem[],
): void {
  for (const span of joinContinuedBlocks(view, findSpans(view))) {
    const header = corrections.length > 0 ? correctHeader(view, span.header, corrections) : span.header;
    const built = buildTable(view, { ...span, header });
    if (typeof built === "string") {
      problems.push({ sheet: view.name, message: built });
      continue;
    }
    if (corrections.length > 0) {
      for (const p of built.projects) {
        correctProject(view, p, built.amountUnit, corrections);
        if (p.reading) p.reading.indicatorCount = p.indicators.length;
      }
    }
    tables.push(built);
  }
}

/** A table, or a Chinese message saying why the span holds none. */
/** Say so when 二级 categories were taken from the indicators' names (no 二级 column), with an example. */
function noteInferredLevel2(projects: readonly Project[], notes: string[]): void {
  for (const p of projects) {
    const ind = p.indicators.find((i) => i.level2FromName);
    if (!ind) continue;
    notes.push(
      `表中没有二级指标列：按指标名称归入数量、质量、时效、成本或满意度（如「${ind.name}」归入${LEVEL2_NAME[ind.level2Key!]}），看不出的不归类。`,
    );
    return;
  }
}

function buildTable(view: SheetView, span: TableSpan): Table | string {
  const { header, regionTop, dataEnd } = span;
  const rows = { from: header.bottom + 1, to: dataEnd };
  const sheetName = view.name;
  const headerAt = `第${header.top + 1}行`;
  const skipped: SkippedRow[] = [];
  const notes: string[] = [...(header.notes ?? [])];

  if (header.kind === "grid") {
    const labels = readFormLabels(view, regionTop, header.top);
    const title = labels.name ? null : titleAbove(view, regionTop, labels.top ?? header.top);
    if (!labels.name && !title) {
      return (
        `${headerAt}有指标表头，但上方没有「项目名称」，也没有表格标题，无法确定是哪个项目的绩效目标。` +
        `如果项目名称等写在另一张工作表上，请把它们和指标表放在同一张工作表上再检查。`
      );
    }
    const statedUnit =
      header.amountUnit ?? labels.amountUnit ?? unitLine(view, regionTop, header.top, labels.top);
    const amountUnit = statedUnit ?? "万元";
    let blocks: { from: number; to: number }[] = [rows];
    if (span.blocks) {
      const chosen = blocksToRead(span.blocks);
      blocks = chosen.read;
      notes.push(chosen.note);
    }
    const project = buildForm(view, labels, title, header.columns, blocks, amountUnit, skipped);
    if (statedUnit === null) flagBareAmounts([project]);
    const totals = breakdownTotals(view, regionTop, header.top, project, amountUnit);
    const headerless = Object.keys(header.columns).length === 0;
    if (headerless)
      notes.push("没有找到指标表头（一级指标、三级指标、指标值等），只读到了表头部分的项目信息。");
    noteHiddenRows(view, rows, skipped, notes);
    const reading = emptyTableReading(LAYOUT_WORDS.form, header.top, header.bottom);
    reading.columns = columnReadings(view, header.columns, header.top, header.bottom, header.evidence);
    reading.skipped = skipped;
    reading.notes = notes;
    noteInferredLevel2([project], notes);
    return {
      sheet: sheetName,
      layout: "form",
      range: {
        top: Math.min(labels.top ?? header.top, title?.ref.row ?? header.top, header.top),
        left: Math.min(labels.left ?? header.left, header.left),
        bottom: Math.max(dataEnd, header.bottom),
        right: Math.max(labels.right ?? header.right, header.right),
      },
      headerRow: headerless ? (labels.top ?? header.top) : header.top,
      amountUnit,
      projects: [project],
      totals,
      columns: header.columns,
      reading,
    };
  }

  if (dataEnd <= header.bottom) return `${headerAt}的表头下没有项目行。`;
  const statedUnit = header.amountUnit ?? unitLine(view, regionTop, header.top);
  const amountUnit = statedUnit ?? "万元";
  const headerRows = new Set(span.repeatedHeaders ?? []);
  const built =
    header.kind === "wide"
      ? buildWide(view, header.columns, rows, amountUnit, skipped, headerRows)
      : buildLong(view, header.columns, rows, amountUnit, skipped, headerRows);
  noteRepeatedHeaders(view, span.repeatedHeaders ?? [], skipped, notes);
  if (built.projects.length === 0 && built.totals.length === 0) {
    return `${headerAt}的表头下没有项目行。`;
  }
  const headers = new HeadersAbove(view);
  for (const p of built.projects) p.reading ??= columnReading(headers, header.columns, p);
  markGuessedAmounts(built.guessedAmounts);
  if (statedUnit === null) flagBareAmounts(built.projects);
  noteHiddenRows(view, rows, skipped, notes);
  const reading = emptyTableReading(LAYOUT_WORDS[header.kind], header.top, header.bottom);
  reading.columns = columnReadings(view, header.columns, header.top, header.bottom, header.evidence);
  reading.skipped = skipped;
  reading.notes = notes;
  noteInferredLevel2(built.projects, notes);
  return {
    sheet: sheetName,
    layout: header.kind,
    range: { top: header.top, left: header.left, bottom: dataEnd, right: header.right },
    headerRow: header.top,
    amountUnit,
    projects: built.projects,
    totals: built.totals,
    columns: header.columns,
    reading,
  };
}

/** Name, amount and goal of a project read from the columns of a wide or long table. */
function columnReading(headers: HeadersAbove, columns: ColumnMap, p: Project): ProjectReading {
  const header = (c: number | undefined) => (c === undefined ? "" : headers.textAbove(c, p.cells.name.row));
  const amountPart =
    columns.amount === undefined
      ? { status: "absent" as const, cell: null, text: "", evidence: "表头中没有金额列。" }
      : columnPart(p.cells.amount, p.amountText, header(columns.amount));
  if (amountPart.status === "found" && p.amount !== null)
    amountPart.evidence += ` 读作 ${p.amount.toString()} 万元。`;
  const goalPart =
    columns.goal === undefined
      ? { status: "absent" as const, cell: null, text: "", evidence: "表头中没有绩效目标列。" }
      : columnPart(p.cells.goal, p.goal, header(columns.goal));
  return {
    name: columnPart(p.cells.name, p.rawName, header(columns.name)),
    amount: amountPart,
    goal: goalPart,
    indicatorCount: p.indicators.length,
  };
}

/** How far above a data row its column's header text is looked for. */
const HEADER_ROWS_ABOVE = 60;

/**
 * The nearest header text above a data row in a column (merges resolved), at most HEADER_ROWS_ABOVE rows
 * up. Every project of a table asks for its columns: each row of a column is read once, and the last
 * header row at or above each row is remembered, so the answer is a lookup instead of a walk up the column.
 */
class HeadersAbove {
  /** Per column: for each row from view.rowStart, the last row at or above it with a header text (-1: none). */
  private readonly last = new Map<number, number[]>();
  private readonly texts = new Map<number, Map<number, string>>();

  constructor(private readonly view: SheetView) {}

  textAbove(col: number, fromRow: number): string {
    const view = this.view;
    const to = fromRow - 1 - view.rowStart; // the row just above, as an index from rowStart
    if (to < 0) return "";
    let last = this.last.get(col);
    let texts = this.texts.get(col);
    if (last === undefined || texts === undefined) {
      this.last.set(col, (last = []));
      this.texts.set(col, (texts = new Map()));
    }
    for (let i = last.length; i <= to; i++) {
      const r = view.rowStart + i;
      const t = view.shownText(r, col);
      if (t !== "" && roleOfHeader(t)) {
        texts.set(r, t);
        last.push(r);
      } else last.push(i > 0 ? last[i - 1] : -1);
    }
    const found = last[to];
    return found >= 0 && found >= fromRow - HEADER_ROWS_ABOVE ? texts.get(found)! : "";
  }
}

/**
 * The table's title in the rows above it: the last row above `before` holding a single text that reads as
 * a title (not 「附件2」, not 「(2023年度)」, not a unit line). Used as the project's name when a form has no
 * 项目名称 label — the reading says it is a guess.
 */
function titleAbove(view: SheetView, top: number, before: number): FormTitle | null {
  let best: FormTitle | null = null;
  for (let r = top; r < before; r++) {
    let only: { c: number; t: string } | null = null;
    let count = 0;
    for (let c = view.colStart; c < view.colEnd && count < 2; c++) {
      if (view.merges.isCovered(r, c)) continue;
      const t = view.text(r, c);
      if (t === "") continue;
      count++;
      only = { c, t };
    }
    if (count !== 1 || !only) continue;
    const t = only.t.replace(/\s+/g, "");
    if (
      t.length < 6 ||
      /^附件|^附表|^表[一二三四五六七八九十\d]|^[(（]?\d{4}年度?[)）]?$/.test(t) ||
      unitLineIn(t)
    )
      continue;
    best = { text: only.t, ref: view.ref(r, only.c) };
  }
  return best;
}

/**
 * "单位：万元" / "金额单位：元" in the rows just above a table (title and unit lines): above its header, or
 * above a form's first label (`tableTop`) and anywhere between it and the grid header.
 */
function unitLine(
  view: SheetView,
  regionTop: number,
  headerTop: number,
  tableTop: number | null = null,
): "万元" | "元" | null {
  const top = Math.min(headerTop, tableTop ?? headerTop);
  for (let r = headerTop - 1; r >= Math.max(regionTop, top - UNIT_LINE_ROWS); r--) {
    for (const cell of view.rowCells(r)) {
      if (!cell) continue;
      const unit = unitLineIn(cellText(cell));
      if (unit) return unit;
    }
  }
  return null;
}

/** Repeated header rows (a page break) are skipped, and the reading says the table goes on under them. */
function noteRepeatedHeaders(
  view: SheetView,
  rows: readonly number[],
  skipped: SkippedRow[],
  notes: string[],
): void {
  if (rows.length === 0) return;
  for (const row of rows) {
    const texts = view
      .rowCells(row)
      .map((c) => (c ? cellText(c) : ""))
      .filter((t) => t !== "");
    skipped.push({
      row,
      text: clipText(texts.join(" "), 40),
      why: "重复的表头（如分页打印时每页重复），不是数据",
    });
  }
  const tops = rows.filter((r, i) => i === 0 || rows[i - 1] !== r - 1).map((r) => `第${r + 1}行`);
  notes.push(`${tops.join("、")}又出现了同样的表头（如分页打印时每页重复的表头），其下的行接着上方的表读。`);
}

/** How many hidden rows a note names before it says 「等」. */
const HIDDEN_ROWS_NAMED = 5;

/**
 * Hidden rows are read like any other (the budget system imports them too), but a hidden row is often an
 * old version kept out of sight: the reading says which rows holding data were hidden.
 */
function noteHiddenRows(
  view: SheetView,
  rows: { from: number; to: number },
  skipped: readonly SkippedRow[],
  notes: string[],
): void {
  const hidden = view.sheet.hiddenRows;
  if (!hidden || hidden.length === 0) return;
  const notRead = new Set(skipped.map((s) => s.row));
  const read = hidden.filter((r) => r >= rows.from && r <= rows.to && !notRead.has(r) && !view.isEmptyRow(r));
  if (read.length === 0) return;
  const named = read.slice(0, HIDDEN_ROWS_NAMED).map((r) => `第${r + 1}行`);
  const more = read.length > HIDDEN_ROWS_NAMED ? `等 ${read.length} 行` : "";
  notes.push(
    `${named.join("、")}${more}是隐藏行，其中的内容也已读入并检查；如果是作废的旧数据，请删除这些行后再检查。`,
  );
}

function isEmptySheet(view: SheetView): boolean {
  for (let r = view.rowStart; r < view.rowEnd; r++) if (!view.isEmptyRow(r)) return false;
  return true;
}
