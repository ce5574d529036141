/**
 * What the findings list shows, derived from a check result: ignored findings left out, the filters
 * applied, then errors first, warnings next and 提示 last, each in sheet order (sheet, row, line,
 * column). 提示 are many and alike (74 「没有计算符号」 on the sample), so they are grouped by rule.
 * Navigation (previous/next) follows this order, so it always moves to the row below or above.
 */
import { type Finding, type Severity } from "../../core/finding";
import type { RuleInfo } from "../../core/rules/catalog";
import { ruleName } from "../../core/report/rule-names";
import { findingKey } from "../../host/gateway";

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
  /** The list it sits in (see FindingList.id). */
  list: string;
}

/** One run of rows: all errors, all warnings, or the 提示 of one rule. */
export interface FindingList {
  /** "error", "warning" or "info:<ruleId>". */
  id: string;
  severity: Severity;
  /** Set for the per-rule lists of 提示. */
  ruleId?: string;
  items: ListedFinding[];
}

export interface SeveritySection {
  severity: Severity;
  /** Findings listed in this section. */
  count: number;
  /** One list for errors and warnings; one per rule for 提示. */
  lists: FindingList[];
}

export interface FindingsView {
  /** Findings not ignored (what the summary counts). */
  active: Finding[];
  /** How many findings of the check are hidden because they are ignored. */
  ignoredCount: number;
  sections: SeveritySection[];
  /** Every listed finding in display order. */
  ordered: ListedFinding[];
  /** True when the result spans several sheets (then addresses name the sheet). */
  manySheets: boolean;
}

/**
 * `sheetOrder` is the workbook's sheet order (a sheet not in it comes after, in order of appearance).
 */
export function buildFindingsView(
  findings: readonly Finding[],
  ignored: ReadonlySet<string>,
  filter: FindingFilter,
  sheetOrder: readonly string[] = [],
): FindingsView {
  const active: Finding[] = [];
  const sheetRank = new Map<string, number>();
  sheetOrder.forEach((s, i) => sheetRank.set(s, i));
  const listed: { finding: Finding; key: string; seq: number }[] = [];
  for (const f of findings) {
    if (!sheetRank.has(f.sheet)) sheetRank.set(f.sheet, sheetRank.size);
    const key = findingKey(f);
    if (ignored.has(key)) continue;
    active.push(f);
    if (!filter.severities.has(f.severity)) continue;
    if (filter.ruleId !== null && f.ruleId !== filter.ruleId) continue;
    listed.push({ finding: f, key, seq: listed.length });
  }
  listed.sort((a, b) => {
    const x = a.finding;
    const y = b.finding;
    return (
      sheetRank.get(x.sheet)! - sheetRank.get(y.sheet)! ||
      x.row - y.row ||
      (x.line ?? 0) - (y.line ?? 0) ||
      x.col - y.col ||
      a.seq - b.seq
    );
  });

  const sections: SeveritySection[] = [];
  const ordered: ListedFinding[] = [];
  for (const severity of SEVERITIES) {
    const lists = new Map<string, FindingList>();
    for (const it of listed) {
      if (it.finding.severity !== severity) continue;
      const ruleId = severity === "info" ? it.finding.ruleId : undefined;
      const id = ruleId === undefined ? severity : `info:${ruleId}`;
      let list = lists.get(id);
      if (!list) lists.set(id, (list = { id, severity, ...(ruleId ? { ruleId } : {}), items: [] }));
      list.items.push({ finding: it.finding, key: it.key, index: -1, list: id });
    }
    if (lists.size === 0) continue;
    const section: SeveritySection = { severity, count: 0, lists: [...lists.values()] };
    for (const list of section.lists) {
      for (const item of list.items) {
        item.index = ordered.length;
        ordered.push(item);
      }
      section.count += list.items.length;
    }
    sections.push(section);
  }
  return {
    active,
    ignoredCount: findings.length - active.length,
    sections,
    ordered,
    manySheets: sheetRank.size > 1,
  };
}

export interface RuleOption {
  id: string;
  /** The rule's Chinese name. */
  name: string;
  /** What the rule checks (one sentence), for a tooltip. */
  description: string;
  count: number;
}

/** The rules that have findings in the list, named in Chinese, in the registry's order. */
export function ruleOptions(findings: readonly Finding[], rules: readonly RuleInfo[]): RuleOption[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const described = new Map(rules.map((r) => [r.id, r.description]));
  return [...counts.entries()]
    .map(([id, count]) => ({ id, name: ruleName(id), description: described.get(id) ?? id, count }))
    .sort((a, b) => byPinyin().compare(a.name, b.name));
}

let pinyin: Intl.Collator | null = null;
/** Chinese order, as localeCompare(…, "zh-CN") gives it; one collator, not one per comparison. */
function byPinyin(): Intl.Collator {
  return (pinyin ??= new Intl.Collator("zh-CN"));
}
