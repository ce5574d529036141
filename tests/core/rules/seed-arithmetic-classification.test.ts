/**
 * The arithmetic and classification rules against the whole seed table: exactly the defects a reviewer
 * flags there (docs/domain.md, 示例表), with the computed numbers in the messages.
 */
import { runRules } from "../../../src/core/engine/run-rules";
import type { Finding } from "../../../src/core/finding";
import { RULES } from "../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { makeTable } from "../../helpers/model-factory";
import { FULL_SEED, seedProject } from "./_support/arith-seed";

const MY_RULES = new Set([
  "sum-mismatch",
  "cost-over-budget",
  "cost-total-mismatch",
  "standard-exceeded",
  "goal-indicator-mismatch",
  "satisfaction-low",
  "indicator-misplaced",
  "indicator-duplicate",
  "copy-paste-suspect",
  "title-goal-mismatch",
]);
const rules = RULES.filter((r) => MY_RULES.has(r.meta.id));
const noOf = (f: Finding) => FULL_SEED.find((p) => p.name === f.project)?.no;

describe("arithmetic and classification rules on the seed", () => {
  const findings = runRules([makeTable(FULL_SEED.map(seedProject))], DEFAULT_SETTINGS, rules);
  const keys = findings.map((f) => `${f.severity} ${f.ruleId} | ${noOf(f)} | ${f.indicator ?? ""}`).sort();

  it("runs all ten rules", () => {
    expect(rules).toHaveLength(MY_RULES.size);
  });

  it("raises exactly the reviewed findings", () => {
    expect(keys).toEqual(
      [
        "error cost-over-budget | 9 | ",
        "error satisfaction-low | 13 | 服务单位满意度",
        "warning goal-indicator-mismatch | 5 | ",
        "warning indicator-misplaced | 4 | 主任业务培训及时率",
        "warning indicator-misplaced | 4 | 调研、视察及时率",
        "warning indicator-misplaced | 4 | 政协讲堂及时率",
        "warning indicator-misplaced | 4 | 专委会工作成本",
        "warning indicator-misplaced | 4 | 专委会工作成本增长率",
        "warning indicator-misplaced | 4 | 培训委员满意度",
        "warning indicator-misplaced | 4 | 各专委会人员配置合理性",
        "warning indicator-misplaced | 12 | 服务退休人员及时率",
        "warning indicator-misplaced | 13 | 记账及时率",
        "warning indicator-duplicate | 4 | 业务培训任务完成率",
        "warning indicator-duplicate | 4 | 调研、视察任务完成率",
        "warning indicator-duplicate | 9 | 打印、扫描费",
        "warning copy-paste-suspect | 7 | 专委会工作成本",
        "warning copy-paste-suspect | 7 | 专委会工作成本增长率",
        "info title-goal-mismatch | 1 | ",
      ].sort(),
    );
  });

  it("shows project 9's cost arithmetic as a reviewer works it out", () => {
    const f = findings.find((x) => x.ruleId === "cost-over-budget")!;
    expect(f.cell).toBe("C15");
    expect(f.message).toContain("150元/本 × 800本 + 1万元 + 3.6万元 = 16.60万元，超过项目金额 15.00万元");
  });

  it("shows project 5's goal arithmetic as a reviewer works it out", () => {
    const f = findings.find((x) => x.ruleId === "goal-indicator-mismatch")!;
    expect(f.cell).toBe("D11");
    expect(f.message).toContain("2期 × 20人 × 7110元");
    expect(f.message).toContain("= 28.44万元，超过项目金额 17.00万元");
  });

  it("names the session numbers of project 1", () => {
    const f = findings.find((x) => x.ruleId === "title-goal-mismatch")!;
    expect(f.message).toContain("第4次会议");
    expect(f.message).toContain("第3次会议");
  });
});
