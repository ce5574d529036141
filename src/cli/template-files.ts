/**
 * --templates FILE: a unit's own templates, validated whole; problems in Chinese. A .json file as
 * documented, or an .xlsx workbook whose template sheets (those with a 「模板名称」 row, as the pane's
 * 生成模板工作表 writes them) are read the way the pane's 从当前工作表导入 reads them.
 */
import { cellAt, type Sheet } from "../core/grid";
import {
  loadTemplatesText,
  sheetProblemText,
  templatesFromSheet,
  type Template,
  type TemplateDef,
} from "../core/templates";
import { readUserFile } from "./read-user-file";
import { isXlsxName, readXlsx } from "./read-xlsx";

export type UnitTemplatesResult = { ok: true; templates: Template[] } | { ok: false; errors: string[] };

const hasTemplateName = (sheet: Sheet): boolean =>
  sheet.rows.some((r, i) =>
    r.some((_c, j) => cellAt(sheet, sheet.originRow + i, sheet.originCol + j).text.trim() === "模板名称"),
  );

async function loadFromWorkbook(file: string, shownAs: string): Promise<UnitTemplatesResult> {
  const read = await readXlsx(file);
  if (!read.ok) return { ok: false, errors: [read.message] };
  const sheets = read.workbook.sheets.filter(hasTemplateName);
  if (sheets.length === 0)
    return {
      ok: false,
      errors: [`模板文件 ${shownAs} 中没有模板工作表（每个模板从一行「模板名称 | 名称」开始）。`],
    };
  const defs: TemplateDef[] = [];
  const errors: string[] = [];
  for (const sheet of sheets) {
    const r = templatesFromSheet(sheet);
    if (r.ok) defs.push(...r.templates);
    else errors.push(...r.problems.map((p) => sheetProblemText(sheet.name, p)));
  }
  if (errors.length > 0) return { ok: false, errors };
  // Across sheets too: one name once (the same check a JSON file gets).
  return loadTemplatesText(JSON.stringify({ templates: defs }), `模板文件 ${shownAs}`);
}

export async function loadUnitTemplates(file: string, shownAs = file): Promise<UnitTemplatesResult> {
  if (isXlsxName(file)) return loadFromWorkbook(file, shownAs);
  const read = await readUserFile(file, "模板文件", shownAs);
  if (!read.ok) return read;
  // loadTemplatesText allows the byte-order mark Notepad writes.
  return loadTemplatesText(read.text, `模板文件 ${shownAs}`);
}
