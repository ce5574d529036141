import type { Finding, Severity } from "../finding";
import { toA1 } from "../grid";
import type { Table } from "../model";
import { RULES } from "../rules";
import { formatMessage, type Report, type Rule, type RuleContext } from "../rules/rule";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { profileFor } from "./profile";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Run every enabled rule over every table; findings sorted by sheet order, row, column, line. */
export function runRules(
  tables: readonly Table[],
  settings: Settings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  const disabled = new Set(settings.disabledRules);
  for (const table of tables) {
    const profile = profileFor(table, settings);
    for (const rule of rules) {
      if (disabled.has(rule.meta.id)) continue;
      const ctx: RuleContext<string> = {
        table,
        tables,
        settings,
        profile,
        report: (r) => findings.push(toFinding(rule, r, settings)),
      };
      rule.check(ctx);
    }
  }
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  return findings.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.line ?? 0) - (b.line ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

function toFinding(rule: Rule, r: Report<string>, settings: Settings): Finding {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) {
    throw new Error(`rule ${rule.meta.id} reported unknown messageId "${r.messageId}"`);
  }
  const at = r.at ?? r.indicator?.source ?? r.project.cells.indicators;
  const severity = settings.severity[rule.meta.id] ?? r.severity ?? rule.meta.defaultSeverity;
  const f: Finding = {
    ruleId: rule.meta.id,
    severity,
    sheet: at.sheet,
    cell: toA1(at.row, at.col),
    row: at.row,
    col: at.col,
    project: r.project.name,
    message: formatMessage(template, r.data),
  };
  if (at.line !== undefined) f.line = at.line;
  if (r.indicator) f.indicator = r.indicator.name;
  return f;
}
