/**
 * Table detection: find every performance-target table on a sheet (wide, long or single-project form),
 * and read it into the model (projects, indicator trees, totals). Sheets without a table give a
 * SheetProblem that says what was looked for; the caller decides whether to show it.
 */
import type { Sheet } from "../grid";
import type { Detection, SheetProblem, Table } from "../model";
import { buildForm } from "./build-form";
import { buildLong } from "./build-long";
import { buildWide } from "./build-wide";
import { clearParseCaches } from "../parse";
import { readFormLabels } from "./form-labels";
import { unitLineIn } from "./header-aliases";
import { findSpans, type TableSpan } from "./regions";
import { cellText, SheetView } from "./sheet-view";

/** How far above a header a unit line ("单位：万元") is looked for. */
const UNIT_LINE_ROWS = 6;

export function detectTables(sheet: Sheet): Detection {
  // The parsers' caches live for one sheet: each check reads cold, and the memory is released after.
  clearParseCaches();
  try {
    return detectIn(new SheetView(sheet));
  } finally {
    clearParseCaches();
  }
}

function detectIn(view: SheetView): Detection {
  const sheet = view.sheet;
  const problems: SheetProblem[] = [];
  if (isEmptySheet(view)) {
    return {
      tables: [],
      problems: [{ sheet: sheet.name, kind: "empty", message: "工作表是空的，没有任何内容。" }],
    };
  }
  const tables: Table[] = [];
  for (const span of findSpans(view)) {
    const built = buildTable(view, span);
    if (typeof built === "string") problems.push({ sheet: sheet.name, message: built });
    else tables.push(built);
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

/** A table, or a Chinese message saying why the span holds none. */
function buildTable(view: SheetView, span: TableSpan): Table | string {
  const { header, regionTop, dataEnd } = span;
  const rows = { from: header.bottom + 1, to: dataEnd };
  const sheetName = view.name;
  const headerAt = `第${header.top + 1}行`;

  if (header.kind === "grid") {
    const labels = readFormLabels(view, regionTop, header.top);
    if (!labels.name) {
      return `${headerAt}有指标表头，但上方没有「项目名称」，无法确定是哪个项目的绩效目标。`;
    }
    const amountUnit =
      header.amountUnit ?? labels.amountUnit ?? unitLine(view, regionTop, header.top) ?? "万元";
    const project = buildForm(view, { ...labels, name: labels.name }, header.columns, rows, amountUnit);
    return {
      sheet: sheetName,
      layout: "form",
      range: {
        top: Math.min(labels.top ?? header.top, header.top),
        left: Math.min(labels.left ?? header.left, header.left),
        bottom: Math.max(dataEnd, header.bottom),
        right: Math.max(labels.right ?? header.right, header.right),
      },
      headerRow: header.top,
      amountUnit,
      projects: [project],
      totals: [],
      columns: header.columns,
    };
  }

  if (dataEnd <= header.bottom) return `${headerAt}的表头下没有项目行。`;
  const amountUnit = header.amountUnit ?? unitLine(view, regionTop, header.top) ?? "万元";
  const built =
    header.kind === "wide"
      ? buildWide(view, header.columns, rows, amountUnit)
      : buildLong(view, header.columns, rows, amountUnit);
  if (built.projects.length === 0 && built.totals.length === 0) {
    return `${headerAt}的表头下没有项目行。`;
  }
  return {
    sheet: sheetName,
    layout: header.kind,
    range: { top: header.top, left: header.left, bottom: dataEnd, right: header.right },
    headerRow: header.top,
    amountUnit,
    projects: built.projects,
    totals: built.totals,
    columns: header.columns,
  };
}

/** "单位：万元" / "金额单位：元" in the rows just above a header (title and unit lines). */
function unitLine(view: SheetView, regionTop: number, headerTop: number): "万元" | "元" | null {
  for (let r = headerTop - 1; r >= Math.max(regionTop, headerTop - UNIT_LINE_ROWS); r--) {
    for (const cell of view.rowCells(r)) {
      if (!cell) continue;
      const unit = unitLineIn(cellText(cell));
      if (unit) return unit;
    }
  }
  return null;
}

function isEmptySheet(view: SheetView): boolean {
  for (let r = view.rowStart; r < view.rowEnd; r++) if (!view.isEmptyRow(r)) return false;
  return true;
}
