import type { Finding } from "../../src/core/finding";
import { findingKey } from "../../src/excel/gateway";
import { NO_FILTER, buildFindingsView, ruleOptions } from "../../src/taskpane/state/findings-view";
import { TEST_RULE_META, sampleResult } from "./fixtures";

const findings = sampleResult().findings;

describe("buildFindingsView", () => {
  test("groups by project in sheet order and numbers the findings in display order", () => {
    const view = buildFindingsView(findings, new Set(), NO_FILTER);
    expect(view.groups.map((g) => [g.project, g.items.length])).toEqual([
      ["政协十七届四次会议工作经费", 2],
      ["公务接待费", 2],
      ["<script>alert(1)</script>项目", 1],
    ]);
    expect(view.ordered.map((it) => it.index)).toEqual([0, 1, 2, 3, 4]);
    expect(view.groups[1].counts).toEqual({ errors: 1, warnings: 0, infos: 1 });
    expect(view.manySheets).toBe(false);
  });

  test("a project's findings stay together even when another project's come between them", () => {
    const a = findings[0]; // 政协…会议工作经费
    const c = findings[2]; // 公务接待费
    const late: Finding = { ...a, row: 99, cell: "E100", message: "后面的问题" };
    const view = buildFindingsView([a, c, late], new Set(), NO_FILTER);
    expect(view.ordered.map((it) => it.finding)).toEqual([a, late, c]);
    expect(view.ordered.map((it) => it.group)).toEqual([0, 0, 1]);
    expect(view.groups).toHaveLength(2);
  });

  test("ignored keys leave the active list; filters only narrow what is listed", () => {
    const ignored = new Set([findingKey(findings[0])]);
    const view = buildFindingsView(findings, ignored, { severities: new Set(["error"]), ruleId: null });
    expect(view.active).toHaveLength(4);
    expect(view.ignoredCount).toBe(1);
    expect(view.ordered.map((it) => it.finding.severity)).toEqual(["error", "error"]);
  });

  test("names the sheet when the findings span several", () => {
    const other: Finding = { ...findings[0], sheet: "Sheet2" };
    expect(buildFindingsView([findings[0], other], new Set(), NO_FILTER).manySheets).toBe(true);
  });
});

describe("ruleOptions", () => {
  test("lists rules with findings, described from the registry metadata, falling back to the id", () => {
    const stray: Finding = { ...findings[0], ruleId: "not-registered" };
    expect(ruleOptions([...findings, stray], TEST_RULE_META)).toEqual([
      { id: "not-registered", description: "not-registered", count: 1 },
      { id: "operator-missing", description: "数量指标没有写符号（按「=」理解）", count: 2 },
      { id: "unit-mismatch", description: "计量单位与指标名称不符", count: 1 },
      { id: "value-missing", description: "指标没有填写指标值", count: 2 },
    ]);
  });
});
