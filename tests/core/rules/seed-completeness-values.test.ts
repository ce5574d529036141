/**
 * The completeness and value rules against the seed table (门源县政协 2024; the defects listed in
 * docs/domain.md, 示例表). Checked twice: on the seed modelled through the factories (independent of the parser), and
 * on the seed as the real parser reads it from its cells (tests/fixtures/seed-cells.ts). Both must give
 * exactly the reviewed errors and warnings below; a corrected copy must give none.
 */
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/engine/run-rules";
import type { Finding, Severity } from "../../../src/core/finding";
import { sheetFromValues } from "../../../src/core/grid";
import type { Table } from "../../../src/core/model";
import { RULES } from "../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { SEED_ROWS } from "../../fixtures/seed-cells";
import { makeTable } from "../../helpers/model-factory";
import { SEED, buildProject, corrected } from "./_support/seed-model";

const MY_RULES = new Set([
  "goal-missing",
  "goal-too-short",
  "indicators-missing",
  "level1-missing",
  "level2-missing",
  "category-empty",
  "value-missing",
  "unit-missing",
  "operator-missing",
  "amount-missing",
  "unit-mismatch",
  "percent-out-of-range",
  "value-not-measurable",
  "qualitative-with-unit",
  "value-malformed",
  "cost-operator",
  "direction-inverted",
  "duration-uncapped",
]);
const rules = RULES.filter((r) => MY_RULES.has(r.meta.id));

const EXPECTED_ERRORS = [
  "goal-missing | 14 | ",
  "level1-missing | 9 | ",
  "unit-missing | 3 | 开展委员培训及时率",
  // "县委、县政协采纳参考意见提升" has no value in the seed (提升 is part of its name)
  "value-missing | 6 | 县委、县政协采纳参考意见提升",
  "value-missing | 10 | 工作完成及时率",
  "value-missing | 10 | 政协协商议政服务中心工作人员工作完成率",
].sort();

const EXPECTED_WARNINGS = [
  "cost-operator | 7 | 农牧民误工补贴",
  "cost-operator | 10 | 服务中心工作经费",
  "direction-inverted | 14 | 预算成本控制率",
  "goal-too-short | 13 | ",
  "unit-mismatch | 1 | 会议异常事故发生次数",
  "unit-mismatch | 8 | 接待人数",
  "value-malformed | 5 | 举办政协委员省外培训班次数",
  "value-malformed | 5 | 本县举办政协委员培训班次数",
  "value-malformed | 6 | 前筹备办公费",
  "value-malformed | 6 | 外出视察、调研",
  "value-malformed | 6 | 视察、调研燃料费",
  "value-malformed | 9 | 《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本",
  "value-not-measurable | 7 | 常委意见建议采纳率提升",
  "value-not-measurable | 8 | 接待成本节约率",
  "value-not-measurable | 12 | 服务退休人员及时率",
  "value-not-measurable | 13 | 记账及时率",
  "value-not-measurable | 14 | 编外人员工资支付标准",
  "value-not-measurable | 14 | 编外聘用工资发放、社会保险缴纳及时性",
].sort();

/** "ruleId | project number | indicator" for the findings of one severity (projects numbered in table order). */
function keys(table: Table, findings: Finding[], severity: Severity): string[] {
  const no = new Map(table.projects.map((p, i) => [p.name, i + 1]));
  return findings
    .filter((f) => f.severity === severity)
    .map((f) => `${f.ruleId} | ${no.get(f.project)} | ${f.indicator ?? ""}`)
    .sort();
}

/** The seed's rows as pasted into a sheet: title, blank row, header, 合计, unit rows, the 14 projects. */
function parsedSeed(): Table {
  const rows = [
    ["门源县政协办公室2024年部门预算项目支出绩效目标公开表"],
    [],
    ["单位编码", "单位及项目名称", "金额 (万元)", "绩效目标", "绩效指标"],
    ["", "合计", "92.79", "", ""],
    ["402", "门源县政协办", "92.79", "", ""],
    ["402001", "门源县政协办公", "92.79", "", ""],
    ...SEED_ROWS.map((r) => ["", r.name, r.amount, r.goal, r.indicators]),
  ];
  const { tables } = detectTables(sheetFromValues("公开表", rows));
  if (tables.length !== 1) throw new Error(`expected the seed to be read as one table, got ${tables.length}`);
  return tables[0];
}

const cases: [string, () => Table][] = [
  ["modelled with the factories", () => makeTable(SEED.map(buildProject))],
  ["as read by the parser", parsedSeed],
];

describe.each(cases)("completeness and value rules on the seed, %s", (_, build) => {
  const table = build();
  const findings = runRules([table], DEFAULT_SETTINGS, rules);

  it("has the 14 projects and runs all eighteen rules", () => {
    expect(table.projects).toHaveLength(14);
    expect(rules).toHaveLength(MY_RULES.size);
  });

  it("raises exactly the reviewed errors", () => {
    expect(keys(table, findings, "error")).toEqual(EXPECTED_ERRORS);
  });

  it("raises exactly the reviewed warnings", () => {
    expect(keys(table, findings, "warning")).toEqual(EXPECTED_WARNINGS);
  });

  it("notes the info-level cases of the seed", () => {
    const info = keys(table, findings, "info");
    expect(info).toContain("operator-missing | 1 | 政协委员参会率");
    expect(info.filter((k) => k.startsWith("duration-uncapped"))).toEqual([
      "duration-uncapped | 1 | 会议时间",
    ]);
  });

  it("quotes the seed's words in its messages", () => {
    const msg = (ruleId: string, indicator: string) =>
      findings.find((f) => f.ruleId === ruleId && f.indicator === indicator)?.message ?? "";
    expect(msg("unit-mismatch", "会议异常事故发生次数")).toBe(
      "「会议异常事故发生次数」是次数，计量单位却是「%」。请改为「次」。",
    );
    expect(msg("cost-operator", "服务中心工作经费")).toContain("「≥2.5万元」");
    expect(msg("direction-inverted", "预算成本控制率")).toContain("「≤0%」");
    expect(findings.find((f) => f.ruleId === "goal-too-short")?.message).toContain("「合同」");
  });

  it("leaves the seed's legitimate targets alone", () => {
    const flagged = (indicator: string) =>
      findings.filter((f) => f.indicator === indicator && f.severity !== "info");
    for (const name of [
      "民主监督工作成本增长率",
      "委员活动工作成本增长率",
      "专委会工作成本增长率",
      "举行政协全委会议",
      "会议管理制度健全性",
      "人员配置合理性",
      "补贴人数",
    ]) {
      expect(flagged(name)).toEqual([]);
    }
  });
});

describe("completeness and value rules on a corrected copy of the seed", () => {
  it("raises nothing above info", () => {
    const fixed = runRules([makeTable(SEED.map(corrected).map(buildProject))], DEFAULT_SETTINGS, rules);
    expect(fixed.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
