/**
 * What the pane should show, worked out in Node the way the CLI does it (its exceljs reader, then the
 * core check), so the browser run is compared with an independent read of the same file — not with
 * numbers written into the test.
 */
import { readXlsx } from "../../src/cli/read-xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { countFindings, type Finding, type FindingCounts } from "../../src/core/finding";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { targetsOf } from "../../src/host/mark-targets";
import { findingKey } from "../../src/host/gateway";
import type { MarkTarget } from "../../src/excel/marks/mark-plan";

export interface Expected {
  result: CheckResult;
  counts: FindingCounts;
  /** sheet → cell → what marking writes there. */
  targets: Map<string, Map<string, MarkTarget>>;
}

/** `ignored`: finding keys (findingKey) the pane was told to ignore. */
export async function expectedCheck(
  file: string,
  settings: Settings = DEFAULT_SETTINGS,
  ignored: readonly string[] = [],
): Promise<Expected> {
  const read = await readXlsx(file);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  const result = checkWorkbook(read.workbook, settings);
  const skip = new Set(ignored);
  const active = result.findings.filter((f) => !skip.has(findingKey(f)));
  return { result, counts: countFindings(active), targets: targetsOf(active) };
}

/** "检查完成：错误 3 · 警告 5 · 提示 60" as the pane's status line says it. */
export function countsText(c: FindingCounts): string {
  return `错误 ${c.errors} · 警告 ${c.warnings} · 提示 ${c.infos}`;
}

/** The rule with the most findings (for switching one off in the settings test). */
export function busiestRule(findings: readonly Finding[]): string {
  const n = new Map<string, number>();
  for (const f of findings) n.set(f.ruleId, (n.get(f.ruleId) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}
