/** The one entry point both adapters call: grid in, tables + findings + sheet problems out. */
import { detectTables } from "./detect";
import { runRules } from "./engine/run-rules";
import type { Finding } from "./finding";
import type { Workbook } from "./grid";
import type { SheetProblem, Table } from "./model";
import { DEFAULT_SETTINGS, type Settings } from "./settings";

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  /** Sheets where no table could be read, with a Chinese message (what was looked for). */
  problems: SheetProblem[];
}

export function checkWorkbook(workbook: Workbook, settings: Settings = DEFAULT_SETTINGS): CheckResult {
  const tables: Table[] = [];
  const problems: SheetProblem[] = [];
  for (const sheet of workbook.sheets) {
    const d = detectTables(sheet);
    tables.push(...d.tables);
    problems.push(...d.problems);
  }
  if (tables.length === 0 && problems.length === 0) {
    problems.push({ sheet: "", message: "工作簿中没有工作表内容，未找到绩效目标表。" });
  }
  return { tables, findings: runRules(tables, settings), problems };
}
