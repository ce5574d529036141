/**
 * Workbooks the e2e run makes in a temporary folder from the bundled examples: one whose finding cells
 * already carry a white fill (Excel's No-Fill/white ambiguity), a theme colour with tint, a red font
 * and a note of the user's own — so clearing must restore real formats, not just blank them; the seed on
 * a protected sheet; and an empty workbook.
 */
import * as path from "path";
import type ExcelJS from "exceljs";
import { loadExcelJS } from "../../src/cli/exceljs";
import type { MarkTarget } from "../../src/excel/marks/mark-plan";

export const EXAMPLES = {
  wide: "examples/menyuan-cppcc-2024-wide.xlsx",
  long: "examples/menyuan-cppcc-2024-long.xlsx",
  form: "examples/single-project-form.xlsx",
};

export const USER_NOTE = "原有批注：请财务科复核。";

export interface FormattedCells {
  /** Finding cells given a format before the test: white fill, theme fill + red font, user's note. */
  white: string;
  themed: string;
  noted: string;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** `targets`: what marking the wide example writes (sheet → cell → target). */
export async function makeFormatted(
  root: string,
  tmp: string,
  targets: Map<string, Map<string, MarkTarget>>,
): Promise<{ file: string; cells: FormattedCells }> {
  const wb = await open(path.join(root, EXAMPLES.wide));
  const ws = wb.worksheets[0];
  // Cells that marking fills (errors and warnings): their own formats are what clearing must bring back.
  const cells = [...(targets.get(ws.name) ?? new Map<string, MarkTarget>())]
    .filter(([, t]) => t.sev !== "i")
    .map(([c]) => c);
  if (cells.length < 3) throw new Error("the wide example should have at least three error or warning cells");
  const [white, themed, noted] = cells;
  // exceljs shares one style object among cells read with the same style: give each cell its own.
  const restyle = (address: string, change: Partial<ExcelJS.Style>): void => {
    const cell = ws.getCell(address);
    cell.style = { ...cell.style, ...change };
  };
  restyle(white, { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } } });
  // exceljs writes a theme colour's tint but does not declare it in its types.
  const accent4Light = { theme: 7, tint: 0.5999938962981048 } as Partial<ExcelJS.Color>;
  restyle(themed, {
    fill: { type: "pattern", pattern: "solid", fgColor: accent4Light },
    font: { ...ws.getCell(themed).font, color: { argb: "FFC00000" } },
  });
  ws.getCell(noted).note = USER_NOTE;
  // Cells no finding points at: a patterned fill and a blue font must come through untouched too.
  restyle("A1", {
    fill: {
      type: "pattern",
      pattern: "lightGray",
      fgColor: { argb: "FF808080" },
      bgColor: { argb: "FFDDEBF7" },
    },
  });
  restyle("B3", { font: { ...ws.getCell("B3").font, color: { argb: "FF0070C0" } } });
  const file = path.join(tmp, "wide-formatted.xlsx");
  await wb.xlsx.writeFile(file);
  return { file, cells: { white, themed, noted } };
}

export async function makeProtected(root: string, tmp: string): Promise<string> {
  const wb = await open(path.join(root, EXAMPLES.wide));
  await wb.worksheets[0].protect("jixiao", {});
  const file = path.join(tmp, "wide-protected.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

export async function makeEmpty(tmp: string): Promise<string> {
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  wb.addWorksheet("Sheet1");
  const file = path.join(tmp, "empty.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}
