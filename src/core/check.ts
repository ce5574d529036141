/** The one entry point both adapters call: grid in, tables + findings + sheet problems out. */
import { detectTables } from "./detect";
import { runRules } from "./engine/run-rules";
import type { Finding } from "./finding";
import type { Workbook } from "./grid";
import type { ReadingCorrection, SheetProblem, Table } from "./model";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import tableNotFound from "./rules/table-not-found";
import { formatMessage } from "./rules/rule";

const HIDDEN_TABLE =
  "这张工作表是隐藏的，其中的绩效目标表没有检查。如需检查，请先取消隐藏（右键单击工作表标签，选「取消隐藏」）。";

export interface CheckResult {
  tables: Table[];
  findings: Finding[];
  /** Sheets where no table could be read, with a Chinese message (what was looked for). */
  problems: SheetProblem[];
}

/**
 * Check a workbook. `corrections` are the accountant's corrections of the reading (saved with the
 * workbook by the pane): the named cells replace what the reader chose.
 */
export function checkWorkbook(
  workbook: Workbook,
  settings: Settings = DEFAULT_SETTINGS,
  corrections: readonly ReadingCorrection[] = [],
): CheckResult {
  const tables: Table[] = [];
  const problems: SheetProblem[] = [];
  for (const sheet of workbook.sheets) {
    const d = detectTables(sheet, corrections);
    if (sheet.hidden) {
      // What the user hid is not theirs to review today, but a table there is never passed over in silence.
      if (d.tables.length > 0) problems.push({ sheet: sheet.name, kind: "hidden", message: HIDDEN_TABLE });
      continue;
    }
    tables.push(...d.tables);
    problems.push(...d.problems);
  }
  if (workbook.sheets.length === 0) {
    problems.push({ sheet: "", kind: "empty", message: "工作簿中没有工作表，未找到绩效目标表。" });
  }
  // Once a table is found, sheets that merely hold no table (说明, Sheet2) are not worth a message.
  const shown =
    tables.length > 0 ? problems.filter((p) => p.kind === undefined || p.kind === "hidden") : problems;
  const findings = runRules(tables, settings, undefined, workbook.sheets);
  if (tables.length === 0 && !settings.disabledRules.includes(tableNotFound.meta.id)) {
    findings.push(notFoundFinding(workbook, problems, settings));
  }
  return { tables, findings, problems: shown };
}

/** One table-not-found error for the workbook, at A1 of its first sheet, saying what was found instead. */
function notFoundFinding(workbook: Workbook, problems: readonly SheetProblem[], settings: Settings): Finding {
  const found = problems.map((p) => (p.sheet ? `工作表「${p.sheet}」：${p.message}` : p.message)).join(" ");
  const detail = found === "" ? "" : `${found} `;
  const sheet = workbook.sheets[0]?.name ?? "";
  return {
    ruleId: tableNotFound.meta.id,
    messageId: "notFound",
    severity: settings.severity[tableNotFound.meta.id] ?? tableNotFound.meta.defaultSeverity,
    sheet,
    cell: "A1",
    row: 0,
    col: 0,
    project: "",
    message: formatMessage(tableNotFound.meta.messages.notFound, { detail }),
  };
}
