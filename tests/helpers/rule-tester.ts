/**
 * RuleTester (after ESLint's): per rule, a table of valid cases (no finding from this rule) and invalid
 * cases (exactly the listed findings, in order). Each expected finding names its message id — typed
 * by the rule, so a misspelt id does not compile — and may add the cell, line, indicator, project,
 * severity, the message's data (the values that filled its placeholders, compared as a subset) and,
 * where the wording itself is what the case is about, a substring of the Chinese message.
 * Duplicate case names are refused so a table cannot silently test the same thing twice.
 */
import { runRules } from "../../src/core/engine/run-rules";
import type { Finding, Severity } from "../../src/core/finding";
import type { Sheet } from "../../src/core/grid";
import type { Table } from "../../src/core/model";
import { formatMessage, type Report, type Rule } from "../../src/core/rules/rule";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

export interface ExpectedFinding<M extends string = string> {
  messageId: M;
  cell?: string;
  line?: number;
  indicator?: string;
  project?: string;
  severity?: Severity;
  /** Some of the values the rule filled into the message's {{placeholders}}. */
  data?: Record<string, string | number>;
  /** A substring the Chinese message must contain (only where the wording is the behaviour). */
  messageIncludes?: string;
}

export interface RuleCase {
  name: string;
  table: Table;
  /** The grid the table was read from, for rules that read columns the model does not carry. */
  sheet?: Sheet;
  settings?: Partial<Settings>;
}

export interface InvalidCase<M extends string = string> extends RuleCase {
  findings: ExpectedFinding<M>[];
}

interface Reported {
  finding: Finding;
  data: Record<string, string | number>;
}

export function ruleTester<M extends string>(
  rule: Rule<M>,
  cases: { valid: RuleCase[]; invalid: InvalidCase<M>[] },
): void {
  const names = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`duplicate case name in ${rule.meta.id}: ${c.name}`);
    names.add(c.name);
  }
  const run = (c: RuleCase): Reported[] => {
    // The engine keeps a report's data only in the formatted message: note each report's data beside
    // the message it formats to, then pair the engine's (sorted) findings with them.
    const reports: Report<M>[] = [];
    const spy: Rule<M> = {
      meta: rule.meta,
      check: (ctx) =>
        rule.check({
          ...ctx,
          report: (r) => {
            reports.push(r);
            ctx.report(r);
          },
        }),
    };
    const findings = runRules(
      [c.table],
      { ...DEFAULT_SETTINGS, ...c.settings },
      [spy as Rule],
      c.sheet ? [c.sheet] : [],
    );
    return findings
      .filter((f) => f.ruleId === rule.meta.id)
      .map((finding) => {
        const i = reports.findIndex(
          (r) =>
            r.messageId === finding.messageId &&
            formatMessage(rule.meta.messages[r.messageId], r.data) === finding.message,
        );
        const [r] = reports.splice(i, 1);
        return { finding, data: r?.data ?? {} };
      });
  };

  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c).map((r) => r.finding)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const got = run(c);
          expect(got.map((r) => r.finding.messageId)).toEqual(c.findings.map((want) => want.messageId));
          c.findings.forEach((want, i) => {
            const { finding: f, data } = got[i];
            expect(rule.meta.messages).toHaveProperty([want.messageId]);
            if (want.cell !== undefined) expect(f.cell).toBe(want.cell);
            if (want.line !== undefined) expect(f.line).toBe(want.line);
            if (want.indicator !== undefined) expect(f.indicator).toBe(want.indicator);
            if (want.project !== undefined) expect(f.project).toBe(want.project);
            expect(f.severity).toBe(want.severity ?? rule.meta.defaultSeverity);
            if (want.data !== undefined) expect(data).toMatchObject(want.data);
            if (want.messageIncludes !== undefined) expect(f.message).toContain(want.messageIncludes);
            expect(f.message.length).toBeGreaterThan(0);
            expect(f.message).not.toMatch(/\{\{|undefined|NaN|\[object/);
          });
        });
      }
    });
  });
}
