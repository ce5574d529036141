/**
 * An .xlsx → the stand-in host's workbook (WorkbookJson). Values, displayed text, formulas, number
 * formats, merges and protection come from the CLI's own reader (src/cli/sheet-from-exceljs.ts), so the
 * pane in the preview sees what `jixiao check` sees; fills, font colours, notes and sheet visibility are
 * read here with exceljs, as the grid model does not keep them.
 *
 * What the fake Excel cannot represent is refused with a clear message rather than dropped: a gradient
 * fill. Threaded comments and add-in settings are not in exceljs's reach; a workbook loads without them.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { loadExcelJS } from "../src/cli/exceljs";
import { sheetFromWorksheet } from "../src/cli/sheet-from-exceljs";
import { toA1 } from "../src/core/grid";
import type { FakeFill, SheetVisibility } from "../tests/excel/fake-excel/workbook-data";
import { DEFAULT_FONT } from "../tests/excel/fake-excel/workbook-data";
import { applyTint, baseColor, themeScheme, type XlsxColor } from "./xlsx-colors";
import type { CellJson, SheetJson, WorkbookJson } from "./workbook-json";

/** OOXML pattern names → the Excel JavaScript API's (Excel.FillPattern). */
const PATTERNS: Record<string, string> = {
  solid: "Solid",
  darkGray: "Gray75",
  mediumGray: "Gray50",
  lightGray: "Gray25",
  gray125: "Gray16",
  gray0625: "Gray8",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
};

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

export class WorkbookLoadError extends Error {}

interface PatternFill {
  type: "pattern";
  pattern?: string;
  fgColor?: XlsxColor;
  bgColor?: XlsxColor;
}

function fillOf(
  fill: ExcelJS.Fill | undefined,
  scheme: readonly string[],
  where: string,
): FakeFill | undefined {
  if (!fill) return undefined;
  if (fill.type !== "pattern")
    throw new WorkbookLoadError(`${where} 使用了渐变填充，预览宿主不支持这种填充。`);
  const p = fill as PatternFill;
  if (!p.pattern || p.pattern === "none") return undefined;
  const pattern = PATTERNS[p.pattern];
  if (!pattern) throw new WorkbookLoadError(`${where} 的填充图案“${p.pattern}”预览宿主不认识。`);
  if (pattern === "Solid") {
    // A solid fill's colour is its foreground; "automatic" is the system foreground, black.
    return {
      none: false,
      color: baseColor(p.fgColor, scheme) ?? "#000000",
      pattern,
      tint: p.fgColor?.tint ?? 0,
      patternColor: "#000000",
    };
  }
  return {
    none: false,
    color: baseColor(p.bgColor, scheme) ?? "#FFFFFF",
    pattern,
    tint: p.bgColor?.tint ?? 0,
    patternColor: baseColor(p.fgColor, scheme) ?? "#000000",
  };
}

function fontColorOf(font: Partial<ExcelJS.Font> | undefined, scheme: readonly string[]): string | undefined {
  const color = font?.color as XlsxColor | undefined;
  const base = baseColor(color, scheme);
  if (!base) return undefined;
  const c = applyTint(base, color?.tint ?? 0);
  return c === DEFAULT_FONT ? undefined : c;
}

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? "").join("") : undefined;
}

function sheetJson(ws: ExcelJS.Worksheet, date1904: boolean, scheme: readonly string[]): SheetJson {
  const grid = sheetFromWorksheet(ws, date1904);
  const cells = new Map<string, CellJson>();
  const at = (r: number, c: number): CellJson => {
    const k = `${r},${c}`;
    let cell = cells.get(k);
    if (!cell) cells.set(k, (cell = { r, c, value: null }));
    return cell;
  };
  grid.rows.forEach((row, i) =>
    row?.forEach((g, j) => {
      if (!g) return;
      const cell = at(grid.originRow + i, grid.originCol + j);
      cell.value = g.error ?? g.value;
      if (g.formula !== undefined) cell.formula = g.formula;
      if (g.numberFormat !== undefined) cell.numberFormat = g.numberFormat;
      if (g.text !== String(cell.value ?? "")) cell.text = g.text;
    }),
  );
  const notes: [string, string][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (c, colNumber) => {
      const r = rowNumber - 1;
      const col = colNumber - 1;
      const where = `工作表“${ws.name}”的 ${toA1(r, col)}`;
      const fill = fillOf(c.style?.fill, scheme, where);
      const font = fontColorOf(c.style?.font, scheme);
      if (fill) at(r, col).fill = fill;
      if (font) at(r, col).font = font;
      const note = noteText(c.note as ExcelJS.Comment | string | undefined);
      if (note !== undefined) notes.push([toA1(r, col), note]);
    });
  });
  const list = [...cells.values()].filter(
    (c) => c.value !== null || c.formula !== undefined || c.fill || c.font || c.numberFormat,
  );
  list.sort((a, b) => a.r - b.r || a.c - b.c);
  return {
    name: ws.name,
    visibility: VISIBILITY[ws.state] ?? "Visible",
    protected: grid.protected === true,
    merges: grid.merges,
    cells: list,
    notes,
  };
}

/** Read an .xlsx file. Throws WorkbookLoadError (Chinese message) for what it cannot represent. */
export async function loadWorkbookJson(file: string): Promise<WorkbookJson> {
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  try {
    await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  } catch (err) {
    throw new WorkbookLoadError(`无法读取 ${file}：${err instanceof Error ? err.message : String(err)}`);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const themes = (wb as unknown as { _themes?: Record<string, string> })._themes;
  const scheme = themeScheme(themes?.theme1);
  const sheets = wb.worksheets.map((ws) => sheetJson(ws, date1904, scheme));
  const activeTab = (wb.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab;
  const active = typeof activeTab === "number" ? sheets[activeTab] : undefined;
  return {
    name: path.basename(file),
    sheets,
    settings: [],
    comments: [],
    activeSheet: active && active.visibility === "Visible" ? active.name : null,
    structureProtected: false,
  };
}
