/**
 * RuleTester (after ESLint's): per rule, a table of valid cases (no finding from this rule) and invalid
 * cases (exactly the listed findings, compared by rule id, cell, line, indicator and severity).
 * Duplicate case names are refused so a table cannot silently test the same thing twice.
 */
import { runRules } from "../../src/core/engine/run-rules";
import type { Finding, Severity } from "../../src/core/finding";
import type { Table } from "../../src/core/model";
import type { Rule } from "../../src/core/rules/rule";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

export interface ExpectedFinding {
  cell?: string;
  line?: number;
  indicator?: string;
  project?: string;
  severity?: Severity;
  /** A substring the Chinese message must contain. */
  messageIncludes?: string;
}

export interface RuleCase {
  name: string;
  table: Table;
  settings?: Partial<Settings>;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const names = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`duplicate case name in ${rule.meta.id}: ${c.name}`);
    names.add(c.name);
  }
  const run = (c: RuleCase): Finding[] =>
    runRules([c.table], { ...DEFAULT_SETTINGS, ...c.settings }, [rule]).filter(
      (f) => f.ruleId === rule.meta.id,
    );

  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const got = run(c);
          expect(got).toHaveLength(c.findings.length);
          c.findings.forEach((want, i) => {
            const f = got[i];
            if (want.cell !== undefined) expect(f.cell).toBe(want.cell);
            if (want.line !== undefined) expect(f.line).toBe(want.line);
            if (want.indicator !== undefined) expect(f.indicator).toBe(want.indicator);
            if (want.project !== undefined) expect(f.project).toBe(want.project);
            expect(f.severity).toBe(want.severity ?? rule.meta.defaultSeverity);
            if (want.messageIncludes !== undefined) expect(f.message).toContain(want.messageIncludes);
            expect(f.message.length).toBeGreaterThan(0);
            expect(f.message).not.toMatch(/\{\{|undefined|NaN|\[object/);
          });
        });
      }
    });
  });
}
