/**
 * What the findings list shows, derived from a check result: ignored findings left out, the filters
 * applied, and the rest grouped by project. Navigation (previous/next, arrow keys) follows the grouped
 * order, so it always moves to the row below or above on screen.
 */
import { countFindings, type Finding, type FindingCounts, type Severity } from "../../core/finding";
import type { RuleMeta } from "../../core/rules/rule";
import { findingKey } from "../../excel/gateway";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** null: every rule. */
  ruleId: string | null;
}

export const NO_FILTER: FindingFilter = { severities: new Set(SEVERITIES), ruleId: null };

export interface ListedFinding {
  finding: Finding;
  key: string;
  /** Position in the flat navigation order. */
  index: number;
  /** Position of its group in FindingsView.groups. */
  group: number;
}

export interface FindingGroup {
  id: string;
  sheet: string;
  project: string;
  items: ListedFinding[];
  counts: FindingCounts;
}

export interface FindingsView {
  /** Findings not ignored (what the summary counts). */
  active: Finding[];
  /** How many findings of the check are hidden because they are ignored. */
  ignoredCount: number;
  groups: FindingGroup[];
  /** Every listed finding in display order (groups flattened). */
  ordered: ListedFinding[];
  /** True when the result spans several sheets (then addresses name the sheet). */
  manySheets: boolean;
}

export function buildFindingsView(
  findings: readonly Finding[],
  ignored: ReadonlySet<string>,
  filter: FindingFilter,
): FindingsView {
  const active: Finding[] = [];
  const keys: string[] = [];
  const sheets = new Set<string>();
  for (const f of findings) {
    sheets.add(f.sheet);
    const key = findingKey(f);
    if (ignored.has(key)) continue;
    active.push(f);
    keys.push(key);
  }
  const byGroup = new Map<string, FindingGroup>();
  for (let i = 0; i < active.length; i++) {
    const f = active[i];
    if (!filter.severities.has(f.severity)) continue;
    if (filter.ruleId !== null && f.ruleId !== filter.ruleId) continue;
    const id = `${f.sheet}\u0001${f.project}`;
    let group = byGroup.get(id);
    if (!group) {
      group = {
        id,
        sheet: f.sheet,
        project: f.project,
        items: [],
        counts: { errors: 0, warnings: 0, infos: 0 },
      };
      byGroup.set(id, group);
    }
    group.items.push({ finding: f, key: keys[i], index: -1, group: -1 });
  }
  const groups = [...byGroup.values()];
  const ordered: ListedFinding[] = [];
  groups.forEach((g, gi) => {
    for (const item of g.items) {
      item.index = ordered.length;
      item.group = gi;
      ordered.push(item);
    }
    g.counts = countFindings(g.items.map((it) => it.finding));
  });
  return {
    active,
    ignoredCount: findings.length - active.length,
    groups,
    ordered,
    manySheets: sheets.size > 1,
  };
}

export interface RuleOption {
  id: string;
  description: string;
  count: number;
}

/** The rules that have findings in the list, with their registry description (the id when unknown). */
export function ruleOptions(findings: readonly Finding[], rules: readonly RuleMeta<string>[]): RuleOption[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const described = new Map(rules.map((r) => [r.id, r.description]));
  return [...counts.entries()]
    .map(([id, count]) => ({ id, description: described.get(id) ?? id, count }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
