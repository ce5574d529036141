import type { Finding, Severity } from "../finding";
import { toA1, type Sheet } from "../grid";
import type { Table } from "../model";
import { RULES } from "../rules";
import { formatMessage, type Report, type Rule, type RuleContext } from "../rules/rule";
import { visitIndicators } from "../rules/util/questions";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { profileFor } from "./profile";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Run every enabled rule over every table; findings sorted by sheet order, row, column, line. `sheets`
 * are the grids the tables were read from: rules that look at a column the model does not carry (权重,
 * 取值依据, 上年实际值, the fund block) read its cells there, and stay silent without them.
 */
export function runRules(
  tables: readonly Table[],
  settings: Settings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
  sheets: readonly Sheet[] = [],
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
        sheet: sheets.find((s) => s.name === table.sheet),
        indicators: (where, visit) => visitIndicators(table, where, visit),
        report: (r) => findings.push(toFinding(rule, r, settings)),
      };
      rule.check(ctx);
    }
  }
  return sortFindings(findings, tables);
}

/**
 * Sheet order, row, column, line, severity, then rule id (in localeCompare order). The keys are read
 * once into typed arrays and an index array is sorted (stable), so ~100k findings cost no map lookups
 * and no string comparison per step; the comparisons' outcomes are those of comparing the findings.
 */
function sortFindings(findings: Finding[], tables: readonly Table[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const ruleRank = rankRuleIds(findings);
  const n = findings.length;
  const sheet = new Float64Array(n);
  const row = new Float64Array(n);
  const col = new Float64Array(n);
  const line = new Float64Array(n);
  const severity = new Float64Array(n); // NaN for an unknown severity, as SEVERITY_ORDER gives undefined
  const rule = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    sheet[i] = sheetOrder.get(f.sheet) ?? 0;
    row[i] = f.row;
    col[i] = f.col;
    line[i] = f.line ?? 0;
    severity[i] = SEVERITY_ORDER[f.severity];
    rule[i] = ruleRank.get(f.ruleId)!;
    order[i] = i;
  }
  order.sort(
    (a, b) =>
      sheet[a] - sheet[b] ||
      row[a] - row[b] ||
      col[a] - col[b] ||
      line[a] - line[b] ||
      severity[a] - severity[b] ||
      rule[a] - rule[b],
  );
  const sorted: Finding[] = new Array(n);
  for (let i = 0; i < n; i++) sorted[i] = findings[order[i]];
  return sorted;
}

/** Rule ids as the registry writes them: lower-case ASCII letters, digits and hyphens. */
const PLAIN_ID = /^[a-z0-9-]+$/;

/**
 * Each rule id's place in localeCompare order (ids that compare equal share a place). For ids made of
 * [a-z0-9-] only, that order is the order of their code units (the collation puts "-" before the
 * digits and the digits before the letters, with no case or accent levels to break ties), so they are
 * compared as plain strings: the first localeCompare of a process loads the collator, which costs
 * more than a whole small workbook's check.
 */
function rankRuleIds(findings: readonly Finding[]): Map<string, number> {
  const unique = [...new Set(findings.map((f) => f.ruleId))];
  const compare = unique.every((id) => PLAIN_ID.test(id))
    ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    : (a: string, b: string) => a.localeCompare(b);
  const ids = unique.sort(compare);
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, i > 0 && compare(id, ids[i - 1]) === 0 ? rank.get(ids[i - 1])! : i));
  return rank;
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
    messageId: r.messageId,
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
