/**
 * The ribbon's 快速检查: check the workbook with the settings stored in it, leave out ignored findings,
 * mark the cells, and say what happened in one Chinese sentence or two. Excel's ribbon runs it through
 * src/excel/quick-check.ts, WPS's through src/wps/addin.ts.
 */
import { countFindings } from "../core/finding";
import { findingKey, type Outcome, type WorkbookGateway } from "./gateway";
import { ok } from "./outcome";

export interface QuickCheckResult {
  projects: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Cells marked in the sheet (0 when this Excel cannot mark). */
  marked: number;
  summary: string;
}

/** The same on every host: the gateway decides where it reads and marks. */
export async function runQuickCheckOn(gateway: WorkbookGateway): Promise<Outcome<QuickCheckResult>> {
  const state = await gateway.loadState();
  if (!state.ok) return state;
  const checked = await gateway.check(state.value.settings);
  if (!checked.ok) return checked;
  const ignored = new Set(state.value.ignored);
  const findings = checked.value.findings.filter((f) => !ignored.has(findingKey(f)));
  const counts = countFindings(findings);
  const projects = checked.value.tables.reduce((n, t) => n + t.projects.length, 0);

  const parts: string[] = [];
  if (checked.value.tables.length === 0) {
    parts.push(checked.value.problems.map((p) => p.message).join("；") || "未找到绩效目标表。");
  } else if (findings.length === 0) {
    parts.push(`检查了 ${projects} 个项目，未发现问题。`);
  } else {
    const found = [
      counts.errors ? `${counts.errors} 个错误` : "",
      counts.warnings ? `${counts.warnings} 个警告` : "",
      counts.infos ? `${counts.infos} 条提示` : "",
    ].filter(Boolean);
    parts.push(`检查了 ${projects} 个项目，发现 ${found.join("、")}。`);
  }

  let marked = 0;
  const caps = gateway.capabilities();
  const where = caps.notes ? "，详情见单元格注释" : caps.comments ? "，详情见单元格批注" : "";
  if (caps.marks) {
    // Marking with no findings clears earlier marks, so a fixed table is left clean.
    // An unread workbook is said in the summary, not painted on its A1.
    const m = await gateway.mark(findings.filter((f) => f.ruleId !== "table-not-found"));
    if (m.ok) {
      marked = m.value.marked;
      if (marked > 0) parts.push(`已在表格中标出 ${marked} 个单元格（红色为错误，黄色为警告${where}）。`);
      for (const s of m.value.skipped) parts.push(s.message);
    } else {
      parts.push(`未能在表格中标记：${m.message}`);
    }
  } else if (findings.length > 0) {
    parts.push("当前 Excel 版本不支持在表格中标记，请打开任务窗格查看详情。");
  }
  return ok({ projects, ...counts, marked, summary: parts.join("") });
}
