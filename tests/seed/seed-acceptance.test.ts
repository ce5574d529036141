/**
 * Acceptance on the real seed table (门源县政协办公室 2024): every defect a reviewer flags in it
 * (docs/domain.md, 示例表) is reported with that rule id for that project; the correct totals raise no
 * sum-mismatch; a corrected copy of each project raises no error.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/finding";
import { CORRECTED_PROJECTS } from "../fixtures/seed/corrected-projects";
import { SEED_EXPECTATIONS } from "./expectations";
import { correctedSheet, seedSheet } from "./seed-grid";

describe("the seed table", () => {
  const result = checkWorkbook({ name: "seed.xlsx", sheets: [seedSheet()] });
  const table = result.tables[0];

  it("is read as one wide table of 14 projects with its 合计 and unit rows", () => {
    expect(result.tables).toHaveLength(1);
    expect(result.problems).toEqual([]);
    expect(table.layout).toBe("wide");
    expect(table.amountUnit).toBe("万元");
    expect(table.projects.map((p) => p.amount?.toFixed(2))).toEqual([
      "10.85",
      "6.80",
      "12.96",
      "4.25",
      "17.00",
      "4.25",
      "3.40",
      "4.25",
      "15.00",
      "2.50",
      "1.20",
      "0.21",
      "3.60",
      "6.52",
    ]);
    expect(table.projects[0].name).toBe("政协十七届四次会议工作经费");
    expect(table.projects[9].name).toBe("政协协商议政服务中心");
    expect(table.totals.map((t) => [t.kind, t.amount?.toFixed(2)])).toEqual([
      ["grand", "92.79"],
      ["unit", "92.79"],
      ["unit", "92.79"],
    ]);
  });

  it("raises no sum-mismatch: the seed's totals add up", () => {
    expect(result.findings.filter((f) => f.ruleId === "sum-mismatch")).toEqual([]);
  });

  const projectName = (n: number) => table.projects[n - 1].name;
  for (const e of SEED_EXPECTATIONS) {
    const what = e.indicator ? `「${e.indicator}」` : "";
    it(`project ${e.project}: ${e.ruleId} ${what}`, () => {
      const hits = result.findings.filter(
        (f: Finding) =>
          f.ruleId === e.ruleId &&
          f.project === projectName(e.project) &&
          (e.indicator === undefined || (f.indicator ?? "").includes(e.indicator)),
      );
      expect(hits.length).toBeGreaterThan(0);
      if (e.severity) expect(hits.map((h) => h.severity)).toContain(e.severity);
      for (const h of hits) {
        expect(h.sheet).toBe("绩效目标公开表");
        expect(h.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it("points each indicator finding at the project's 绩效指标 cell and line", () => {
    const f = result.findings.find((x) => x.ruleId === "value-missing" && x.indicator === "工作完成及时率")!;
    const p = table.projects[9];
    expect(f.cell).toBe(`E${p.cells.indicators.row + 1}`);
    expect(f.line).toBeGreaterThan(1);
  });
});

describe("a corrected copy of the seed", () => {
  const result = checkWorkbook({ name: "corrected.xlsx", sheets: [correctedSheet(CORRECTED_PROJECTS)] });

  it("is read completely", () => {
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].projects).toHaveLength(14);
  });

  for (const [i, p] of CORRECTED_PROJECTS.entries()) {
    it(`project ${i + 1} (${p.name}) raises no error and no warning`, () => {
      const own = result.findings.filter((f) => f.project === result.tables[0].projects[i].name);
      expect(own.filter((f) => f.severity !== "info").map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
  }

  it("raises no sum-mismatch", () => {
    expect(result.findings.filter((f) => f.ruleId === "sum-mismatch")).toEqual([]);
  });
});
