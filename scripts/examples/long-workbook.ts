/**
 * The seed's projects in the long / declaration layout of budget-system exports: one row per indicator,
 * project and 一级/二级 cells merged down their rows. The indicator trees are split by the project's own
 * parser, so this file shows what the checker reads from the wide table.
 */
import type ExcelJS from "exceljs";
import type { Heading, Indicator, Operator, ParseIssue } from "../../src/core/model";
import { parseIndicatorText } from "../../src/core/parse";
import type { SeedRow, SeedTable } from "../seed-to-rows";
import { amountCell } from "./wide-workbook";
import {
  AMOUNT_FORMAT,
  CENTER_MIDDLE,
  WRAP_MIDDLE,
  WRAP_TOP,
  frame,
  mergeRuns,
  newWorkbook,
  rowHeightFor,
  writeHeader,
  writeTitle,
} from "./table-style";

export const LONG_SHEET = "绩效目标申报表";
export const LONG_HEADER = [
  "项目名称",
  "项目金额(万元)",
  "年度绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "计量单位",
] as const;
const WIDTHS = [22, 11, 40, 12, 16, 34, 9, 9, 10];

const NATURE: Record<Operator, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" };

export interface LongRow {
  level1: string;
  level2: string;
  name: string;
  nature: string;
  value: string | number | null;
  unit: string;
}

const LEADING_OPERATOR = /^\s*(>=|<=|[≥≤><=＞＜])\s*/;

/** What follows the name in the line as written, operator removed: "2/次", "次/350元", "150/本。". */
function writtenMeasure(ind: Indicator): string | null {
  const at = ind.raw.indexOf(ind.name);
  if (at < 0 || ind.name === "") return null;
  const measure = ind.raw
    .slice(at + ind.name.length)
    .replace(LEADING_OPERATOR, "")
    .trim();
  return measure === "" ? null : measure;
}

function fromIndicator(ind: Indicator): LongRow {
  const row: LongRow = {
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    // A bare value keeps an empty 指标性质: the seed wrote no operator, and the checker should see that.
    nature: ind.qualitative ? "定性" : ind.operator ? NATURE[ind.operator] : "",
    value: ind.number !== null && ind.value !== null ? Number(ind.value) : ind.value,
    unit: ind.unit ?? "",
  };
  // A value the parser had to guess at ("≥ 2/次", "≤150/本") stays as written, so the defect survives.
  const written = ind.malformed ? writtenMeasure(ind) : null;
  return written === null ? row : { ...row, value: written, unit: "" };
}

type Item =
  | { line: number; heading: Heading }
  | { line: number; indicator: Indicator }
  | { line: number; issue: ParseIssue };

/**
 * One project's indicator tree as long rows, in the order written. Headings without indicators keep a
 * row (with an empty 三级) and lines the parser could not read keep theirs (the text as 三级), so no
 * content of the seed is lost.
 */
export function longRowsOf(
  indicatorText: string,
  at: { sheet: string; row: number; col: number },
): LongRow[] {
  const parsed = parseIndicatorText(indicatorText, at);
  const items: Item[] = [
    ...parsed.headings.map((heading) => ({ line: heading.source.line ?? 0, heading })),
    ...parsed.indicators.map((indicator) => ({ line: indicator.source.line ?? 0, indicator })),
    ...parsed.issues.map((issue) => ({ line: issue.source.line ?? 0, issue })),
  ].sort((a, b) => a.line - b.line);

  const rows: LongRow[] = [];
  let level1 = "";
  let level2 = "";
  items.forEach((item, i) => {
    if ("indicator" in item) {
      rows.push(fromIndicator(item.indicator));
    } else if ("issue" in item) {
      rows.push({ level1, level2, name: item.issue.text, nature: "", value: null, unit: "" });
    } else {
      const h = item.heading;
      const next = items[i + 1];
      const hasChildHeading =
        h.level === 1 && next !== undefined && "heading" in next && next.heading.level === 2;
      if (h.level === 1) [level1, level2] = [h.text, ""];
      else level2 = h.text;
      if (h.indicatorCount === 0 && !hasChildHeading) {
        rows.push({ level1, level2, name: "", nature: "", value: null, unit: "" });
      }
    }
  });
  return rows;
}

export function buildLongWorkbook(seed: SeedTable): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(LONG_SHEET, {
    views: [{ state: "frozen", ySplit: 2 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  writeTitle(ws, 1, WIDTHS.length, seed.title.replace("公开表", "申报表"));
  writeHeader(ws, 2, LONG_HEADER);

  let next = 3;
  for (const project of seed.rows.filter((r) => r.kind === "project")) {
    next = writeProject(ws, project, next);
  }
  frame(ws, 2, 1, next - 1, WIDTHS.length);
  return wb;
}

/** Writes one project's rows from `first`; returns the next free row. */
function writeProject(ws: ExcelJS.Worksheet, project: SeedRow, first: number): number {
  const rows = longRowsOf(project.indicators, { sheet: LONG_SHEET, row: first - 1, col: 5 });
  if (rows.length === 0) rows.push({ level1: "", level2: "", name: "", nature: "", value: null, unit: "" });
  rows.forEach((row, i) => {
    const r = ws.getRow(first + i);
    const values = [
      i === 0 ? project.name : null,
      i === 0 ? amountCell(project.amount) : null,
      i === 0 && project.goal !== "" ? project.goal : null,
      row.level1 || null,
      row.level2 || null,
      row.name || null,
      row.nature || null,
      row.value === "" ? null : row.value,
      row.unit || null,
    ];
    values.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v;
      cell.alignment = c === 2 ? WRAP_TOP : c === 5 ? WRAP_MIDDLE : CENTER_MIDDLE;
    });
    r.getCell(2).numFmt = AMOUNT_FORMAT;
    r.height = rowHeightFor([{ text: row.name, width: WIDTHS[5] }]);
  });
  const last = first + rows.length - 1;
  if (rows.length > 1) for (let c = 1; c <= 3; c++) ws.mergeCells(first, c, last, c);
  mergeRuns(
    ws,
    4,
    first,
    rows.map((r) => r.level1),
  );
  mergeRuns(
    ws,
    5,
    first,
    rows.map((r) => (r.level2 === "" ? "" : `${r.level1}\u0000${r.level2}`)),
  );
  return last + 1;
}
