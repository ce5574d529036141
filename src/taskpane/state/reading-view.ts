/**
 * The 识别结果 section's data: the core's reading (readingOf, A1 addresses) of every table with what the
 * pane needs besides — each project's key and the table's header row (to address a correction), which
 * parts and columns the accountant corrected (to offer 撤销更正), and whether the section opens by itself
 * (something 不确定 or 未找到).
 */
import { PART_LABEL, type PartName, type ReadingCorrection, type Table } from "../../core/model";
import { readingOf, type ReadPartReport, type TableReadingReport } from "../../core/report/reading";

export const PART_NAMES: readonly PartName[] = ["name", "amount", "goal"];

export interface PartView extends ReadPartReport {
  part: PartName;
  label: string;
  /** The saved correction of this part, if any. */
  correction: ReadingCorrection | null;
}

export interface ProjectView {
  key: string;
  name: string;
  indicators: number;
  parts: PartView[];
}

export interface TableView {
  sheet: string;
  kind: string;
  range: string;
  headerRows: string;
  /** 0-based row of the table's header, as the reader found it (a target-column correction names it). */
  headerRow: number;
  columns: TableReadingReport["columns"];
  notes: string[];
  skipped: TableReadingReport["skipped"];
  projects: ProjectView[];
  /** The saved target-column correction of this table, if any. */
  columnCorrection: ReadingCorrection | null;
  /** Some part is 不确定 or 未找到: the table's reading is shown open. */
  needsLook: boolean;
}

export const STATUS_WORD: Record<ReadPartReport["status"], string> = {
  found: "已识别",
  empty: "空白",
  absent: "未找到",
  uncertain: "不确定",
};

export function readingView(
  tables: readonly Table[],
  corrections: readonly ReadingCorrection[],
): TableView[] {
  const reports = readingOf(tables);
  return tables.map((t, i) => {
    const r = reports[i];
    const projects = t.projects.map((p, j) => {
      const rp = r.projects[j];
      const parts = PART_NAMES.map((part) => ({
        ...rp.parts[part],
        part,
        label: PART_LABEL[part],
        correction:
          corrections.find(
            (c) => c.kind === "part" && c.sheet === t.sheet && c.projectKey === p.key && c.part === part,
          ) ?? null,
      }));
      return { key: p.key, name: rp.name, indicators: rp.indicators, parts };
    });
    return {
      sheet: r.sheet,
      kind: r.kind,
      range: r.range,
      headerRows: r.headerRows,
      headerRow: t.headerRow,
      columns: r.columns,
      notes: r.notes,
      skipped: r.skipped,
      projects,
      columnCorrection:
        corrections.find(
          (c) => c.kind === "targetColumn" && c.sheet === t.sheet && c.headerRow === t.headerRow,
        ) ?? null,
      needsLook: projects.some((p) =>
        p.parts.some((part) => part.status === "absent" || part.status === "uncertain"),
      ),
    };
  });
}

/** The same correction (what it points at), whatever cell or column it names. */
export function sameTarget(a: ReadingCorrection, b: ReadingCorrection): boolean {
  if (a.kind === "part" && b.kind === "part")
    return a.sheet === b.sheet && a.projectKey === b.projectKey && a.part === b.part;
  if (a.kind === "targetColumn" && b.kind === "targetColumn")
    return a.sheet === b.sheet && a.headerRow === b.headerRow;
  return false;
}
