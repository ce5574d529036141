/**
 * The files the web edition produces: a marked copy (exactly the CLI's --out-marked, through the shared
 * src/xlsx/mark-copy.ts), a new declaration workbook from a template layout (the CLI's
 * `template new`), the batch summary workbook and a zip of every marked copy.
 */
import { zipSync } from "fflate";
import { countFindings, type Finding } from "../core/finding";
import { RULES } from "../core/rules";
import type { SheetLayout } from "../core/templates";
import { layoutWorkbook } from "../xlsx/layout-workbook";
import { markCopy } from "../xlsx/mark-copy";
import type { WebDocument } from "./documents";
import { markedFileName } from "./downloads";
import { loadBrowserExcelJS } from "./exceljs-browser";

export async function markedCopyBytes(doc: WebDocument): Promise<Uint8Array> {
  const excel = await loadBrowserExcelJS();
  const wb = new excel.Workbook();
  await wb.xlsx.load(doc.bytes as unknown as ArrayBuffer);
  markCopy(wb, doc.result?.findings ?? []);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function layoutBytes(layout: SheetLayout): Promise<Uint8Array> {
  const wb = layoutWorkbook(await loadBrowserExcelJS(), layout);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every readable file's marked copy in one zip; names made unique ("a.标记.xlsx", "a.标记 (2).xlsx"). */
export async function markedCopiesZip(docs: readonly WebDocument[]): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const doc of docs) {
    if (!doc.workbook || !doc.result) continue;
    const name = markedFileName(doc.name);
    let unique = name;
    for (let n = 2; unique in files; n++) unique = name.replace(/\.xlsx$/i, ` (${n}).xlsx`);
    // xlsx is already compressed: store it.
    files[unique] = await markedCopyBytes(doc);
  }
  return zipSync(files, { level: 0 });
}

/** One count per rule id (registry order), for a row of the summary. */
function perRule(findings: readonly Finding[]): number[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return RULES.map((r) => counts.get(r.meta.id) ?? 0);
}

export const SUMMARY_SHEETS = { files: "按文件", projects: "按项目" } as const;

/**
 * The batch summary: 「按文件」 one row per file (tables, projects, counts, then one column per rule;
 * an unreadable file with its message), 「按项目」 one row per project of every file.
 */
export async function summaryWorkbookBytes(docs: readonly WebDocument[]): Promise<Uint8Array> {
  const excel = await loadBrowserExcelJS();
  const wb = new excel.Workbook();
  wb.creator = "绩效目标助手";
  const ruleHeads = RULES.map((r) => r.meta.id);
  const bold = { bold: true };

  const files = wb.addWorksheet(SUMMARY_SHEETS.files);
  files.addRow(["文件", "表格数", "项目数", "错误", "警告", "提示", "说明", ...ruleHeads]).font = bold;
  const projects = wb.addWorksheet(SUMMARY_SHEETS.projects);
  projects.addRow(["文件", "工作表", "项目", "错误", "警告", "提示", ...ruleHeads]).font = bold;

  for (const doc of docs) {
    const result = doc.result;
    if (!result) {
      files.addRow([doc.name, 0, 0, null, null, null, doc.error ?? "无法读取这个文件。"]);
      continue;
    }
    const c = countFindings(result.findings);
    const projectCount = result.tables.reduce((n, t) => n + t.projects.length, 0);
    const note = result.tables.length === 0 ? result.problems.map((p) => p.message).join("；") : "";
    files.addRow([
      doc.name,
      result.tables.length,
      projectCount,
      c.errors,
      c.warnings,
      c.infos,
      note,
      ...perRule(result.findings),
    ]);

    // Findings name their project as the model does (project.name); same-named projects share a row's counts.
    const byProject = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const key = `${f.sheet}\u0000${f.project}`;
      const list = byProject.get(key);
      if (list) list.push(f);
      else byProject.set(key, [f]);
    }
    for (const table of result.tables) {
      for (const project of table.projects) {
        const own = byProject.get(`${table.sheet}\u0000${project.name}`) ?? [];
        const pc = countFindings(own);
        const shown = project.name || project.rawName;
        projects.addRow([doc.name, table.sheet, shown, pc.errors, pc.warnings, pc.infos, ...perRule(own)]);
      }
    }
  }
  for (const ws of [files, projects]) {
    ws.getColumn(1).width = 36;
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  projects.getColumn(3).width = 30;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
