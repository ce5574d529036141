/**
 * 补全缺失类别: only the categories a project lacks come back, and adding them clears level1-missing,
 * level2-missing and category-empty without duplicating anything.
 */
import Decimal from "decimal.js";
import { checkWorkbook } from "../../../src/core/check";
import { cellAt, sheetFromValues, type CellValue } from "../../../src/core/grid";
import type { Project } from "../../../src/core/model";
import type { Profile } from "../../../src/core/settings";
import {
  LONG_HEADER,
  createLibrary,
  missingCategories,
  renderRows,
  renderSet,
  renderWideText,
  resolveParams,
  type IndicatorSet,
} from "../../../src/core/templates";
import { seedSheet } from "../../seed/seed-grid";

const library = createLibrary();
const COMPLETENESS = ["level1-missing", "level2-missing", "category-empty"];

function fullSet(id: string, amount: string, profile: Profile): IndicatorSet {
  const t = library.find(id)!;
  const p = resolveParams(t, {}, new Decimal(amount));
  if (!p.ok) throw new Error();
  const r = renderSet(t, p.params, new Decimal(amount), { profile });
  if (!r.ok) throw new Error();
  return r.set;
}

type Row = [string, string, string, string, string | number, string];

/** A long table of one project from its rows; returns the project and its completeness findings. */
function longProject(rows: Row[], amount = 5) {
  const values: CellValue[][] = [[...LONG_HEADER]];
  rows.forEach((r, i) =>
    values.push([
      i === 0 ? "测试项目经费" : null,
      i === 0 ? amount : null,
      i === 0 ? "按计划完成全年工作任务，保障单位正常运转。" : null,
      ...r,
    ]),
  );
  const res = checkWorkbook({ name: "x", sheets: [sheetFromValues("S", values)] });
  return {
    project: res.tables[0].projects[0],
    completeness: res.findings.filter((f) => COMPLETENESS.includes(f.ruleId)).map((f) => f.ruleId),
  };
}

const asRows = (set: IndicatorSet): Row[] =>
  renderRows(set).map((r) => [r.level1, r.level2, r.level3, r.operator, r.value, r.unit]);

const HAS_ALL_BUT_TIMELINESS: Row[] = [
  ["产出指标", "数量指标", "完成工作任务数", "≥", 2, "项"],
  ["产出指标", "质量指标", "工作任务完成率", "≥", 95, "%"],
  ["产出指标", "成本指标", "项目经费总额", "≤", 5, "万元"],
  ["效益指标", "社会效益指标", "服务保障水平", "定性", "提升", ""],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%"],
];

describe("missingCategories", () => {
  it("seed project 9 (文史资料出版费) lacks only 满意度指标; adding it clears level1-missing", () => {
    const sheet = seedSheet();
    const seedProject: Project = checkWorkbook({ name: "seed", sheets: [sheet] }).tables[0].projects[8];
    expect(seedProject.name).toBe("文史资料出版费");
    const missing = missingCategories(seedProject, "2015", fullSet("publishing", "15", "2015"));
    expect(missing.groups.map((g) => `${g.level1}/${g.level2}`)).toEqual(["满意度指标/服务对象满意度指标"]);

    // The wide cell with the missing block appended after its 一、二、 headings.
    const at = seedProject.cells.indicators;
    const text = `${cellAt(sheet, at.row, at.col).text}\n${renderWideText(missing, { level1Start: 3 })}`;
    const res = checkWorkbook({
      name: "x",
      sheets: [
        sheetFromValues("S", [
          ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
          [seedProject.name, 15, seedProject.goal, text],
        ]),
      ],
    });
    expect(res.findings.filter((f) => COMPLETENESS.includes(f.ruleId))).toEqual([]);
  });

  it("a 二级 missing under a present 一级: only that group", () => {
    const { project, completeness } = longProject(HAS_ALL_BUT_TIMELINESS);
    expect(completeness).toEqual(["level2-missing"]);
    const missing = missingCategories(project, "2015", fullSet("generic", "5", "2015"));
    expect(missing.groups.map((g) => g.level2)).toEqual(["时效指标"]);
    expect(longProject([...HAS_ALL_BUT_TIMELINESS, ...asRows(missing)]).completeness).toEqual([]);
  });

  it("an empty heading (category-empty) is filled", () => {
    const rows: Row[] = [
      ...HAS_ALL_BUT_TIMELINESS.slice(0, 2),
      ["产出指标", "时效指标", "", "", "", ""],
      ...HAS_ALL_BUT_TIMELINESS.slice(2),
    ];
    const { project, completeness } = longProject(rows);
    expect(completeness).toEqual(["category-empty"]);
    expect(
      missingCategories(project, "2015", fullSet("generic", "5", "2015")).groups.map((g) => g.level2),
    ).toEqual(["时效指标"]);
  });

  it("a whole 一级 missing brings its whole block (效益: 社会效益 and 可持续影响)", () => {
    const rows = HAS_ALL_BUT_TIMELINESS.filter((r) => r[0] !== "效益指标");
    const { project } = longProject(rows);
    const missing = missingCategories(project, "2015", fullSet("generic", "5", "2015"));
    expect(missing.groups.map((g) => g.level2)).toEqual(["时效指标", "社会效益指标", "可持续影响指标"]);
    expect(longProject([...rows, ...asRows(missing)]).completeness).toEqual([]);
  });

  it("效益 with only 可持续影响 gets the 社会效益 group (level2-missing), not a second 可持续影响", () => {
    const rows: Row[] = [
      ...HAS_ALL_BUT_TIMELINESS.slice(0, 3),
      ["效益指标", "可持续影响指标", "管理制度健全性", "定性", "健全", ""],
      HAS_ALL_BUT_TIMELINESS[4],
    ];
    const { project } = longProject(rows);
    expect(
      missingCategories(project, "2015", fullSet("generic", "5", "2015")).groups.map((g) => g.level2),
    ).toEqual(["时效指标", "社会效益指标"]);
  });

  it("profile 2021: a table without 成本指标 gets the 一级 成本指标 / 经济成本指标 block", () => {
    const rows = HAS_ALL_BUT_TIMELINESS.filter((r) => r[1] !== "成本指标");
    const { project } = longProject(rows);
    const missing = missingCategories(project, "2021", fullSet("generic", "5", "2021"));
    expect(missing.groups.map((g) => `${g.level1}/${g.level2}`)).toEqual([
      "成本指标/经济成本指标",
      "产出指标/时效指标",
    ]);
  });

  it("cost filed the 2015 way counts in 2021, and satisfaction filed under 效益 counts: nothing to add", () => {
    const rows: Row[] = [
      ...HAS_ALL_BUT_TIMELINESS.slice(0, 2),
      ["产出指标", "时效指标", "按时完成率", "=", 100, "%"],
      HAS_ALL_BUT_TIMELINESS[2],
      HAS_ALL_BUT_TIMELINESS[3],
      ["效益指标", "满意度指标", "服务对象满意度", "≥", 90, "%"],
    ];
    const { project, completeness } = longProject(rows);
    expect(completeness).toEqual([]);
    expect(missingCategories(project, "2021", fullSet("generic", "5", "2021")).groups).toEqual([]);
  });
});
