/**
 * The one-click flow on the real seed table (门源县政协 2024): for each of its 14 projects, recognise the
 * type from its name/goal, prefill the parameters from its text, render the set and check it as a new
 * one-project table — no error, no warning.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Project } from "../../../src/core/model";
import { createLibrary, layoutFor, suggestForProject } from "../../../src/core/templates";
import { seedSheet } from "../../seed/seed-grid";
import { describeFindings } from "./_support/check-set";
import { sheetFromValues } from "../../../src/core/grid";

const library = createLibrary();
const seedProjects: Project[] = checkWorkbook({ name: "seed", sheets: [seedSheet()] }).tables[0].projects;

/** The type a reviewer would pick for each seed project, and what the recognition should say. */
const EXPECTED: [number, string, string][] = [
  [1, "meeting", "项目名称含「会议」"],
  [2, "inspection", "项目名称含「监督」"],
  [3, "inspection", "绩效目标含「视察」"],
  [4, "generic", "项目名称和绩效目标中没有找到类型关键词，使用通用的「专项业务经费」模板"],
  [5, "training", "项目名称含「培训」"],
  [6, "inspection", "项目名称含「视察」"],
  [7, "meeting", "项目名称含「常委会」"],
  [8, "reception", "项目名称含「接待」"],
  [9, "publishing", "项目名称含「出版」"],
  [10, "generic", "项目名称和绩效目标中没有找到类型关键词，使用通用的「专项业务经费」模板"],
  [11, "it-ops", "项目名称含「专线」"],
  [12, "retiree", "项目名称含「慰问」"],
  [13, "outsourcing", "项目名称含「代理」"],
  [14, "staffing", "项目名称含「聘用」"],
];

describe("the seed's 14 projects", () => {
  it("are all read from the seed", () => expect(seedProjects).toHaveLength(14));

  it.each(EXPECTED)("project %i is recognised as %s (%s)", (no, id, reason) => {
    const s = suggestForProject(seedProjects[no - 1], library, { profile: "2015" })!;
    expect(s.template.id).toBe(id);
    expect(s.types[0].reason).toBe(reason);
  });

  it("project 9 lacks only its 满意度指标: the suggestion carries that part as `missing`", () => {
    const s = suggestForProject(seedProjects[8], library, { profile: "2015" })!;
    expect(s.missing!.groups.map((g) => `${g.level1}/${g.level2}`)).toEqual([
      "满意度指标/服务对象满意度指标",
    ]);
    expect(suggestForProject(seedProjects[0], library, { profile: "2015" })!.missing!.groups).toEqual([]);
    expect(
      suggestForProject({ name: "会议费", goal: "", amount: seedProjects[0].amount }, library, {
        profile: "2015",
      })!.missing,
    ).toBeNull();
  });

  it.each(EXPECTED.map(([no]) => no))(
    "project %i: the prefilled set passes the checker as a new table",
    (no) => {
      const p = seedProjects[no - 1];
      const s = suggestForProject(p, library, { profile: "2015" })!;
      expect(s.problems).toEqual([]);
      const l = layoutFor("wide", s.set!, { name: p.name, amount: p.amount!, goal: s.goal });
      const r = checkWorkbook({ name: "x", sheets: [sheetFromValues(l.sheetName, l.rows, l.merges)] });
      expect(describeFindings(r.findings.filter((f) => f.severity !== "info"))).toBe("");
    },
  );
});
