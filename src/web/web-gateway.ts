/**
 * The web edition's WorkbookGateway: the same port the add-in's pane talks to (src/host/gateway.ts),
 * backed by a workbook read in the browser instead of Excel. The file itself is never changed:
 * 在表格中标记 marks the on-screen grid (下载标记副本 gives the marked file), a finding's cell is
 * selected in the grid, settings and ignored findings live for the session, and a template is
 * delivered instead of inserted — a new declaration workbook is downloaded, a project's indicators are
 * copied to the clipboard for pasting into its cell or rows.
 */
import { checkWorkbook, type CheckResult } from "../core/check";
import type { Finding } from "../core/finding";
import { parseA1, toA1, type Sheet } from "../core/grid";
import type { Settings } from "../core/settings";
import type { SheetLayout } from "../core/templates";
import { TEMPLATE_SHEET_NAME } from "../core/templates/sheet-name";
import type {
  Capabilities,
  ClearSummary,
  InsertSummary,
  MarkSummary,
  Outcome,
  StoredState,
  StoredUnitTemplates,
  WorkbookGateway,
} from "../host/gateway";
import { targetOf } from "../host/insert/target";
import type { InsertionPlan } from "../host/insert/types";
import { checkUnitTemplatesText, readUnitTemplates } from "../host/unit-templates";
import type { WebDocument } from "./documents";
import { internalError } from "./documents";

/** What the gateway asks of the page around it (the grid and the browser). */
export interface WebHost {
  /** Show these findings as marks in the grid (null: no marks). */
  showMarks(findings: readonly Finding[] | null): void;
  /** Show and highlight a cell; false when the sheet is not in the workbook. */
  select(sheet: string, row: number, col: number): boolean;
  /** The cell the user last selected in the grid (or the pane selected), if any. */
  activeCell(): { sheet: string; row: number; col: number } | null;
  /** A new result for this document (the file list's counts follow it). */
  checked(result: CheckResult): void;
  /** Save bytes as a file in the user's downloads. */
  download(name: string, bytes: Uint8Array): void;
  /** Put text on the clipboard; resolves false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** A new declaration workbook for a template's sheet layout (exceljs, loaded on demand). */
  layoutBytes(layout: SheetLayout): Promise<Uint8Array>;
}

/** What outlives one file: settings, ignored findings and a unit's templates, for the browser session. */
export interface WebSession {
  state: StoredState;
  unitTemplates: string | null;
}

export const WEB_CAPABILITIES: Capabilities = {
  marks: true,
  notes: true,
  comments: false,
  undoGroups: false,
};

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T>(message: string): Outcome<T> => ({ ok: false, message });

function rowsAsTsv(rows: string[][]): string {
  // Tabs and line breaks inside a cell would split it when pasted: quote such cells as Excel does.
  const cell = (v: string) => (/[\t\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join("\t")).join("\n");
}

function safeFileName(name: string): string {
  return (name.replace(/[\\/:*?"<>|\r\n]+/g, "_").trim() || "申报表").slice(0, 80);
}

export function createWebGateway(doc: WebDocument, session: WebSession, host: WebHost): WorkbookGateway {
  let marked: readonly Finding[] | null = null;
  const sheetOf = (name: string): Sheet | undefined => doc.workbook?.sheets.find((s) => s.name === name);

  async function deliver(plan: InsertionPlan): Promise<Outcome<InsertSummary>> {
    if (plan.kind === "sheet" && plan.newSheet) {
      const layout: SheetLayout = {
        sheetName: plan.sheet,
        rows: plan.newSheet.rows,
        merges: plan.merge,
        widths: plan.newSheet.widths,
        wrap: plan.newSheet.wrap,
        headerRow: plan.newSheet.headerRow,
      };
      const file = `${safeFileName(String(plan.newSheet.rows[plan.newSheet.headerRow + 1]?.[0] ?? plan.sheet))}.xlsx`;
      host.download(file, await host.layoutBytes(layout));
      return ok({
        sheet: plan.sheet,
        summary: `已下载新申报表「${file}」（${plan.summary}）。原文件没有改动。`,
        cells: 0,
        insertedRows: 0,
      });
    }
    const preview = plan.preview;
    const text = preview.kind === "text" ? preview.text : rowsAsTsv(preview.rows);
    const where = preview.kind === "text" ? `单元格 ${preview.cell}` : "项目下方的行";
    if (!(await host.copy(text)))
      return fail("浏览器不允许写入剪贴板：请在预览中选中指标文本后按 Ctrl+C 复制。");
    return ok({
      sheet: plan.sheet,
      summary: `指标已复制到剪贴板：在 Excel 中选中${where}，按 Ctrl+V 粘贴。原文件没有改动。`,
      cells: 0,
      insertedRows: 0,
    });
  }

  return {
    capabilities: () => WEB_CAPABILITIES,

    async check(settings: Settings, onProgress, corrections = []) {
      if (!doc.workbook) return fail(doc.error ?? "无法读取这个文件。");
      try {
        onProgress?.(0.1);
        const result = checkWorkbook(doc.workbook, settings, corrections);
        onProgress?.(1);
        doc.result = result;
        host.checked(result);
        if (marked) {
          marked = null;
          host.showMarks(null);
        }
        return ok(result);
      } catch (e) {
        return fail(internalError(e));
      }
    },

    async mark(findings): Promise<Outcome<MarkSummary>> {
      marked = findings;
      host.showMarks(findings);
      const cells = new Set(findings.map((f) => `${f.sheet}\u0000${f.cell}`));
      return ok({ marked: cells.size, skipped: [] });
    },

    async clearMarks(): Promise<Outcome<ClearSummary>> {
      const cells = new Set((marked ?? []).map((f) => `${f.sheet}\u0000${f.cell}`));
      marked = null;
      host.showMarks(null);
      return ok({ restored: cells.size, keptUserEdits: 0, skipped: [] });
    },

    async select(sheet, cell) {
      const at = parseA1(cell);
      if (!at) return fail(`无法识别单元格地址「${cell}」。`);
      return host.select(sheet, at.row, at.col) ? ok(undefined) : fail(`找不到工作表「${sheet}」。`);
    },

    async activeCell() {
      const at = host.activeCell();
      if (at) return ok({ sheet: at.sheet, cell: toA1(at.row, at.col) });
      const first = doc.workbook?.sheets[0];
      if (!first) return fail(doc.error ?? "工作簿中没有工作表。");
      return ok({ sheet: first.name, cell: toA1(first.originRow, first.originCol) });
    },

    async loadState() {
      return ok(session.state);
    },

    async saveState(state) {
      session.state = state;
      return ok(undefined);
    },

    async selectedProject(settings) {
      const wb = doc.workbook;
      if (!wb) return fail(doc.error ?? "无法读取这个文件。");
      const active = host.activeCell();
      const sheet = (active && sheetOf(active.sheet)) ?? wb.sheets[0];
      if (!sheet) return fail("工作簿中没有工作表。");
      const row = active && active.sheet === sheet.name ? active.row : sheet.originRow;
      const col = active && active.sheet === sheet.name ? active.col : sheet.originCol;
      try {
        return ok(
          targetOf(
            sheet,
            { row, col, protected: Boolean(sheet.protected), sheetNames: wb.sheets.map((s) => s.name) },
            settings ?? null,
          ),
        );
      } catch (e) {
        return fail(internalError(e));
      }
    },

    async insertTemplate(plan) {
      try {
        return await deliver(plan);
      } catch (e) {
        return fail(internalError(e));
      }
    },

    async readSheet(name) {
      const sheet = sheetOf(name);
      return sheet ? ok(sheet) : fail(`找不到工作表「${name}」。`);
    },

    async addTemplateSheet(layout) {
      // The file is never changed: the sheet comes as a workbook of its own, to copy into the unit's file.
      try {
        const file = `${TEMPLATE_SHEET_NAME}.xlsx`;
        const bytes = await host.layoutBytes({
          sheetName: TEMPLATE_SHEET_NAME,
          rows: layout.rows,
          merges: [],
          widths: layout.widths,
          wrap: layout.widths.map((_, i) => i),
          headerRow: 0,
          boldRows: layout.headingRows,
        });
        host.download(file, bytes);
        return ok({
          sheet: file,
          summary: `已下载「${file}」，其中写好了模板。请在 Excel 或 WPS 中按本单位的情况修改，保存后在这里打开，再点击「从当前工作表导入」。`,
        });
      } catch (e) {
        return fail(internalError(e));
      }
    },

    async undoInsertion() {
      return fail("网页版不修改原文件，没有可以撤销的插入。");
    },

    async lastInsertion() {
      return ok(null);
    },

    async loadUnitTemplates(): Promise<Outcome<StoredUnitTemplates>> {
      return ok(readUnitTemplates(session.unitTemplates));
    },

    async saveUnitTemplates(text) {
      const checked = checkUnitTemplatesText(text, "模板文件");
      if (!checked.ok) return fail(checked.errors.join("\n"));
      session.unitTemplates = text;
      return ok({ text, templates: checked.templates });
    },

    async removeUnitTemplates() {
      session.unitTemplates = null;
      return ok(undefined);
    },
  };
}
