import type { Finding } from "../../src/core/finding";
import { findingKey } from "../../src/host/gateway";
import { NO_FILTER, buildFindingsView, ruleOptions } from "../../src/taskpane/state/findings-view";
import { TEST_RULE_META, sampleResult } from "./fixtures";

const findings = sampleResult().findings;
const bySeverity = (sev: Finding["severity"]) => findings.filter((f) => f.severity === sev);

describe("buildFindingsView", () => {
  test("errors first, then warnings, then 提示 grouped by rule; numbered in display order", () => {
    const view = buildFindingsView(findings, new Set(), NO_FILTER);
    expect(view.sections.map((s) => [s.severity, s.count])).toEqual([
      ["error", 2],
      ["warning", 1],
      ["info", 2],
    ]);
    expect(view.sections.map((s) => s.lists.map((l) => l.id))).toEqual([
      ["error"],
      ["warning"],
      ["info:operator-missing"],
    ]);
    expect(view.ordered.map((it) => it.finding.severity)).toEqual([
      "error",
      "error",
      "warning",
      "info",
      "info",
    ]);
    expect(view.ordered.map((it) => it.index)).toEqual([0, 1, 2, 3, 4]);
    expect(view.manySheets).toBe(false);
  });

  test("within a severity: sheet order (as given), then row, line inside the cell, column", () => {
    const [e] = bySeverity("error");
    const a: Finding = { ...e, sheet: "乙", row: 2, cell: "E3", message: "a" };
    const b: Finding = { ...e, sheet: "甲", row: 9, cell: "E10", line: 2, message: "b" };
    const c: Finding = { ...e, sheet: "甲", row: 9, cell: "E10", line: 1, message: "c" };
    const d: Finding = { ...e, sheet: "甲", row: 9, col: 2, cell: "C10", message: "d" };
    const view = buildFindingsView([a, b, c, d], new Set(), NO_FILTER, ["甲", "乙"]);
    // Line 1 of E10 before line 2; C10 (no line) first in the row: line 0, then column 2 < 4.
    expect(view.ordered.map((it) => it.finding.message)).toEqual(["d", "c", "b", "a"]);
    expect(view.manySheets).toBe(true);
  });

  test("a sheet not in the given order comes after, in order of appearance", () => {
    const [e] = bySeverity("error");
    const x: Finding = { ...e, sheet: "X", message: "x" };
    const y: Finding = { ...e, sheet: "Y", message: "y" };
    const view = buildFindingsView([x, y], new Set(), NO_FILTER, ["Y"]);
    expect(view.ordered.map((it) => it.finding.message)).toEqual(["y", "x"]);
  });

  test("提示 of different rules get one list each, in order of their first finding", () => {
    const [i] = bySeverity("info");
    const other: Finding = { ...i, ruleId: "duration-uncapped", row: 0, message: "早" };
    const view = buildFindingsView([...findings, other], new Set(), NO_FILTER);
    const info = view.sections.find((s) => s.severity === "info")!;
    expect(info.lists.map((l) => [l.ruleId, l.items.length])).toEqual([
      ["duration-uncapped", 1],
      ["operator-missing", 2],
    ]);
    expect(info.count).toBe(3);
  });

  test("ignored keys leave the active list; filters only narrow what is listed", () => {
    const ignored = new Set([findingKey(findings[0])]);
    const view = buildFindingsView(findings, ignored, { severities: new Set(["error"]), ruleId: null });
    expect(view.active).toHaveLength(4);
    expect(view.ignoredCount).toBe(1);
    expect(view.ordered.every((it) => it.finding.severity === "error")).toBe(true);
    expect(view.sections.map((s) => s.severity)).toEqual(["error"]);
  });

  test("the rule filter keeps one rule", () => {
    const view = buildFindingsView(findings, new Set(), { ...NO_FILTER, ruleId: "operator-missing" });
    expect(view.ordered.map((it) => it.finding.ruleId)).toEqual(["operator-missing", "operator-missing"]);
  });
});

describe("ruleOptions", () => {
  test("lists rules with findings by Chinese name (the id when unknown), with the registry description", () => {
    const stray: Finding = { ...findings[0], ruleId: "not-registered" };
    const options = ruleOptions([...findings, stray], TEST_RULE_META);
    expect(options.map((o) => [o.id, o.name, o.count])).toEqual(
      expect.arrayContaining([
        ["not-registered", "not-registered", 1],
        ["operator-missing", "没有计算符号", 2],
        ["unit-mismatch", "计量单位与指标不符", 1],
        ["value-missing", "缺少指标值", 2],
      ]),
    );
    expect(options).toHaveLength(4);
    expect(options.find((o) => o.id === "unit-mismatch")!.description).toBe("计量单位与指标名称不符");
  });
});
