/** --templates also takes a workbook: its template sheets are read as the pane's 从当前工作表导入 reads them. */
import ExcelJS from "exceljs";
import { mkdtemp, rm } from "fs/promises";
import * as os from "os";
import * as path from "path";
import { loadUnitTemplates } from "../../src/cli/template-files";
import { BUILTIN_TEMPLATE_DEFS, templateSheetRows } from "../../src/core/templates";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "jixiao-tplxlsx-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function workbook(name: string, sheets: Record<string, string[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const rowsOf = (id: string, name: string): string[][] => {
  const rows = templateSheetRows([BUILTIN_TEMPLATE_DEFS.find((d) => d.id === id)!]).rows.map((r) => [...r]);
  rows[2][1] = name;
  return rows;
};

test("reads every template sheet of a workbook, skipping other sheets", async () => {
  const file = await workbook("本单位模板.xlsx", {
    说明: [["这个工作表不是模板"]],
    会议: rowsOf("meeting", "本单位会议"),
    培训: rowsOf("training", "本单位培训"),
  });
  const r = await loadUnitTemplates(file, "本单位模板.xlsx");
  expect(r.ok && r.templates.map((t) => t.name)).toEqual(["本单位会议", "本单位培训"]);
});

test("a bad cell is named with its sheet; the same name on two sheets is refused", async () => {
  const bad = rowsOf("meeting", "本单位会议");
  const row = bad.findIndex((r) => r[2] === "参会率");
  bad[row][5] = "";
  const r1 = await loadUnitTemplates(await workbook("坏.xlsx", { 会议: bad }), "坏.xlsx");
  expect(!r1.ok && r1.errors).toEqual([
    `模板工作表「会议」F${row + 1}：计量单位不能为空（定量指标需要计量单位，如 人、次、%、万元）。`,
  ]);
  const twice = await workbook("重名.xlsx", {
    甲: rowsOf("meeting", "同名"),
    乙: rowsOf("training", "同名"),
  });
  const r2 = await loadUnitTemplates(twice, "重名.xlsx");
  expect(!r2.ok && r2.errors.join("\n")).toMatch(/^模板文件 重名.xlsx：.*重复/);
});

test("a workbook without template sheets says how one starts", async () => {
  const r = await loadUnitTemplates(await workbook("空.xlsx", { Sheet1: [["项目名称"]] }), "空.xlsx");
  expect(!r.ok && r.errors).toEqual([
    "模板文件 空.xlsx 中没有模板工作表（每个模板从一行「模板名称 | 名称」开始）。",
  ]);
});
