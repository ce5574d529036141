/**
 * The engine's order of findings: sheet order of the tables, row, column, line, severity, then rule id
 * (localeCompare); findings equal in all of these keep the order they were reported in.
 */
import fc from "fast-check";
import { runRules } from "../../../src/core/engine/run-rules";
import type { Finding, Severity } from "../../../src/core/finding";
import type { SourceRef, Table } from "../../../src/core/model";
import { defineRule, type Rule } from "../../../src/core/rules/rule";
import { makeProject, makeTable } from "../../helpers/model-factory";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

interface Spot {
  table: number;
  sheet: string;
  row: number;
  col: number;
  line?: number;
  severity: Severity;
  n: number;
}

/** A rule that reports each spot given to it (of its own table), numbered so the order of reports shows. */
function reportingRule(id: string, spots: Spot[]): Rule {
  return defineRule({
    meta: {
      id,
      category: "values",
      defaultSeverity: "warning",
      description: "测试",
      messages: { at: "第{{n}}条" },
    },
    check(ctx) {
      const project = ctx.table.projects[0];
      for (const s of spots) {
        if (ctx.table.sheet !== s.sheet) continue;
        const at: SourceRef = { sheet: s.sheet, row: s.row, col: s.col };
        if (s.line !== undefined) at.line = s.line;
        ctx.report({ messageId: "at", data: { n: s.n }, project, at, severity: s.severity });
      }
    },
  });
}

const spot = fc.record({
  table: fc.integer({ min: 0, max: 2 }),
  row: fc.integer({ min: 0, max: 4 }),
  col: fc.integer({ min: 0, max: 3 }),
  line: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  severity: fc.constantFrom(...SEVERITIES),
});

const SHEETS = ["乙表", "甲表", "Sheet3"];
const RULE_IDS = ["unit-missing", "amount-missing", "value-malformed", "unit-mismatch"];

describe("runRules order", () => {
  it("sorts by sheet order, row, column, line, severity and rule id, keeping the report order of ties", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(spot, fc.integer({ min: 0, max: RULE_IDS.length - 1 })), { maxLength: 60 }),
        (drawn) => {
          const tables: Table[] = SHEETS.map((sheet) => ({ ...makeTable([makeProject()]), sheet }));
          const byRule = RULE_IDS.map(() => [] as Spot[]);
          drawn.forEach(([s, r], n) => byRule[r].push({ ...s, sheet: SHEETS[s.table], n }));
          const rules = RULE_IDS.map((id, r) => reportingRule(id, byRule[r]));

          const got = runRules(tables, undefined, rules);

          // the same findings, in the order they were reported, sorted by the documented keys (stable)
          const reported: Finding[] = [];
          for (let t = 0; t < SHEETS.length; t++) {
            for (let r = 0; r < RULE_IDS.length; r++) {
              for (const s of byRule[r])
                if (s.table === t) reported.push(got.find((f) => f.message === `第${s.n}条`)!);
            }
          }
          const severityOrder = { error: 0, warning: 1, info: 2 };
          const expected = [...reported].sort(
            (a, b) =>
              SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) ||
              a.row - b.row ||
              a.col - b.col ||
              (a.line ?? 0) - (b.line ?? 0) ||
              severityOrder[a.severity] - severityOrder[b.severity] ||
              a.ruleId.localeCompare(b.ruleId),
          );
          expect(got).toHaveLength(drawn.length);
          expect(got.map((f) => f.message)).toEqual(expected.map((f) => f.message));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives each finding its cell address, the rule's message and the message's id", () => {
    const table = { ...makeTable([makeProject()]), sheet: "表1" };
    const rule = reportingRule("unit-missing", [
      { table: 0, sheet: "表1", row: 27, col: 30, line: 2, severity: "error", n: 7 },
    ]);
    expect(runRules([table], undefined, [rule])).toEqual([
      expect.objectContaining({
        ruleId: "unit-missing",
        messageId: "at",
        sheet: "表1",
        cell: "AE28",
        row: 27,
        col: 30,
        line: 2,
        severity: "error",
        message: "第7条",
      }),
    ]);
  });
});
