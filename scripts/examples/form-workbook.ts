/** A single-project form: label/value rows on top, then the indicator grid with merged 一级/二级 cells. */
import type ExcelJS from "exceljs";
import type { FormProject } from "./meeting-project";
import {
  AMOUNT_FORMAT,
  CENTER_MIDDLE,
  HEADER_FONT,
  WRAP_MIDDLE,
  frame,
  mergeRuns,
  newWorkbook,
  rowHeightFor,
  writeHeader,
  writeTitle,
} from "./table-style";

export const FORM_SHEET = "项目绩效目标表";
export const FORM_TITLE = "项目支出绩效目标表";
const WIDTHS = [18, 18, 26, 10, 10, 12];
const GRID_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"] as const;

function labelRow(
  ws: ExcelJS.Worksheet,
  row: number,
  label: string,
  value: string | number,
  numFmt?: string,
): void {
  ws.mergeCells(row, 2, row, WIDTHS.length);
  const l = ws.getCell(row, 1);
  l.value = label;
  l.font = HEADER_FONT;
  l.alignment = CENTER_MIDDLE;
  const v = ws.getCell(row, 2);
  v.value = value;
  v.alignment = { ...WRAP_MIDDLE, horizontal: "left" };
  if (numFmt) v.numFmt = numFmt;
}

export function buildFormWorkbook(project: FormProject): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(FORM_SHEET, {
    pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  writeTitle(ws, 1, WIDTHS.length, FORM_TITLE);
  writeTitle(ws, 2, WIDTHS.length, `（${project.year}年度）`, { name: "宋体", size: 10 });

  labelRow(ws, 3, "项目名称", project.name);
  labelRow(ws, 4, "主管部门", project.department);
  labelRow(ws, 5, "实施单位", project.implementer);
  labelRow(ws, 6, "年度资金总额（万元）", Number(project.total), AMOUNT_FORMAT);
  labelRow(ws, 7, "其中：财政拨款", Number(project.fiscal), AMOUNT_FORMAT);
  labelRow(ws, 8, "其他资金", Number(project.other), AMOUNT_FORMAT);
  labelRow(ws, 9, "年度目标", project.goal);
  const goalWidth = WIDTHS.slice(1).reduce((a, b) => a + b, 0);
  ws.getRow(9).height = rowHeightFor([{ text: project.goal, width: goalWidth }], 2);

  writeHeader(ws, 10, GRID_HEADER);
  const first = 11;
  project.indicators.forEach((ind, i) => {
    const r = ws.getRow(first + i);
    [ind.level1, ind.level2, ind.name, ind.nature, ind.value, ind.unit].forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v === "" ? null : v;
      cell.alignment = c === 2 ? WRAP_MIDDLE : CENTER_MIDDLE;
    });
    r.height = rowHeightFor([{ text: ind.name, width: WIDTHS[2] }]);
  });
  const inds = project.indicators;
  mergeRuns(
    ws,
    1,
    first,
    inds.map((i) => i.level1),
  );
  mergeRuns(
    ws,
    2,
    first,
    inds.map((i) => `${i.level1}\u0000${i.level2}`),
  );
  frame(ws, 3, 1, first + inds.length - 1, WIDTHS.length);
  return wb;
}
