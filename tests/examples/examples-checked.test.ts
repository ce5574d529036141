/**
 * The committed examples as the CLI reads and checks them: the clean form has nothing to report, and the
 * seed gives the same findings whether it is laid out wide or long.
 */
import path from "node:path";
import { readXlsx } from "../../src/cli/read-xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { EXAMPLE_FILES } from "../../scripts/make-examples";

const EXAMPLES = path.join(__dirname, "../../examples");

async function check(file: string): Promise<CheckResult> {
  const read = await readXlsx(path.join(EXAMPLES, file));
  if (!read.ok) throw new Error(read.message);
  return checkWorkbook(read.workbook);
}

const indicatorCount = (r: CheckResult): number =>
  r.tables.reduce((n, t) => n + t.projects.reduce((m, p) => m + p.indicators.length, 0), 0);

/** Rules that look at the 指标值 column itself, which only the long layout has. */
const VALUE_COLUMN_RULES = new Set(["value-not-plain-number"]);

const whose = (f: { project: string; indicator?: string }) => `${f.project} | ${f.indicator ?? ""}`;

/**
 * What a finding says, without where (cells differ between layouts). `spokenFor`: the indicators whose
 * 指标值 a value-column rule reports in the long layout — value-malformed leaves those to it.
 */
const gist = (r: CheckResult, spokenFor: ReadonlySet<string>): string[] =>
  r.findings
    .filter((f) => !VALUE_COLUMN_RULES.has(f.ruleId))
    .filter((f) => !(f.ruleId === "value-malformed" && spokenFor.has(whose(f))))
    .map((f) => `${f.ruleId} | ${whose(f)}`)
    .sort();

describe("examples as the checker sees them", () => {
  it("reads the single-project form as one clean meeting project with no findings", async () => {
    const r = await check(EXAMPLE_FILES.form);
    expect(r.problems).toEqual([]);
    expect(r.tables.map((t) => [t.layout, t.projects.length])).toEqual([["form", 1]]);
    expect(r.tables[0].projects[0].amount?.toFixed(2)).toBe("13.20");
    expect(indicatorCount(r)).toBe(13);
    expect(r.findings).toEqual([]);
  });

  it("reads the seed the same way in the wide and the long layout", async () => {
    const wide = await check(EXAMPLE_FILES.wide);
    const long = await check(EXAMPLE_FILES.long);
    expect(wide.tables.map((t) => [t.layout, t.projects.length])).toEqual([["wide", 14]]);
    expect(long.tables.map((t) => [t.layout, t.projects.length])).toEqual([["long", 14]]);
    expect(long.tables[0].projects.map((p) => p.name)).toEqual(wide.tables[0].projects.map((p) => p.name));
    expect(long.tables[0].projects.map((p) => p.amount?.toFixed(2))).toEqual(
      wide.tables[0].projects.map((p) => p.amount?.toFixed(2)),
    );
    expect(indicatorCount(long)).toBe(indicatorCount(wide));
    const spokenFor = new Set(long.findings.filter((f) => VALUE_COLUMN_RULES.has(f.ruleId)).map(whose));
    expect(spokenFor.size).toBeGreaterThan(0);
    expect(gist(long, spokenFor)).toEqual(gist(wide, spokenFor));
    // the long layout says it once, by the rule whose advice fits its separate 指标值 column
    const malformed = (r: CheckResult) =>
      r.findings.filter((f) => f.ruleId === "value-malformed" && spokenFor.has(whose(f))).length;
    expect([malformed(wide), malformed(long)]).toEqual([6, 0]);
  });

  it("in the long example, finds the seed's values the budget system's 指标值 column refuses", async () => {
    const long = await check(EXAMPLE_FILES.long);
    const refused = long.findings
      .filter((f) => f.ruleId === "value-not-plain-number")
      .map((f) => `${f.messageId} | ${f.indicator}`);
    expect(refused).toEqual([
      "notPlain | 举办政协委员省外培训班次数",
      "notPlain | 本县举办政协委员培训班次数",
      "noNumber | 外出视察、调研",
      "notPlain | 视察、调研燃料费",
      "notPlain | 前筹备办公费",
      "notPlain | 《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本",
    ]);
  });

  it("finds the seed's known problems in the wide example", async () => {
    const rules = new Set(
      (await check(EXAMPLE_FILES.wide)).findings.map((f) => `${f.ruleId} | ${f.project}`),
    );
    expect(rules).toContain("goal-missing | 编外长期聘用人员");
    expect(rules).toContain("goal-too-short | 第三方代理");
    expect(rules).toContain("level1-missing | 文史资料出版费");
  });
});
