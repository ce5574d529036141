import { checkWorkbook } from "../../../src/core/check";
import { sheetFromValues } from "../../../src/core/grid";
import type { ReadingCorrection } from "../../../src/core/model";

/** A form whose amount sits under a label the reader does not know (「拨付额度」). */
const sheet = sheetFromValues("Sheet1", [
  ["项目名称", "文化活动补助"],
  ["拨付额度", 6],
  ["年度目标", "开展宣讲活动十二场次以上"],
  ["一级指标", "二级指标", "三级指标", "指标值", "备用值"],
  ["产出指标", "数量指标", "宣讲场次", "≥12场", "=10场"],
  ["", "成本指标", "宣讲成本", "≤8万元", "≤5万元"],
]);
const workbook = { name: "a.xlsx", sheets: [sheet] };

describe("reading corrections", () => {
  it("an amount cell pointed at replaces what the reader found, and the findings follow", () => {
    const before = checkWorkbook(workbook);
    const p = before.tables[0].projects[0];
    expect(p.reading!.amount.status).toBe("absent");
    expect(before.findings.some((f) => f.ruleId === "amount-missing")).toBe(true);

    const fix: ReadingCorrection = {
      kind: "part",
      sheet: "Sheet1",
      projectKey: p.key,
      part: "amount",
      cell: "B2",
    };
    const after = checkWorkbook(workbook, undefined, [fix]);
    const q = after.tables[0].projects[0];
    expect(q.amount?.toString()).toBe("6");
    expect(q.reading!.amount).toMatchObject({
      status: "found",
      evidence: expect.stringContaining("由使用者指定"),
    });
    expect(after.findings.some((f) => f.ruleId === "amount-missing")).toBe(false);
    // 宣讲成本 ≤8万元 exceeds the 6万元 now known: the arithmetic rules see the corrected amount.
    expect(after.findings.some((f) => f.ruleId === "cost-over-budget")).toBe(true);
  });

  it("a chosen target column is read instead of the header's", () => {
    const before = checkWorkbook(workbook).tables[0];
    expect(before.projects[0].indicators.map((i) => i.value)).toEqual(["12", "8"]);
    const fix: ReadingCorrection = {
      kind: "targetColumn",
      sheet: "Sheet1",
      headerRow: before.headerRow,
      column: "E",
    };
    const after = checkWorkbook(workbook, undefined, [fix]).tables[0];
    expect(after.projects[0].indicators.map((i) => i.value)).toEqual(["10", "5"]);
    expect(after.reading!.columns.find((c) => c.role === "value")?.evidence).toContain("由使用者指定");
  });

  it("corrections for another sheet or project change nothing", () => {
    const fix: ReadingCorrection = {
      kind: "part",
      sheet: "Sheet2",
      projectKey: "Sheet2!0",
      part: "amount",
      cell: "B2",
    };
    expect(checkWorkbook(workbook, undefined, [fix]).findings).toEqual(checkWorkbook(workbook).findings);
  });
});
