/** The word lists the completeness/value rules added to vocab/indicator-kind.ts, on seed wordings. */
import {
  isCappedDuration,
  isHeadcount,
  isNegativeRate,
  isSpending,
  isTotalCost,
} from "../../../src/core/vocab/indicator-kind";

describe("isSpending: a cost or spending standard that takes an upper limit", () => {
  it.each([
    "服务中心工作经费",
    "农牧民误工补贴",
    "编外人员工资支付标准",
    "会议筹办总成本",
    "参会人员伙食标准",
    "视察、调研燃料费",
  ])("%s is spending", (name) => expect(isSpending(name)).toBe(true));
  it.each([
    "补贴人数",
    "补贴资金到位率",
    "带动农户增收",
    "节约资金",
    "资金支出进度",
    "预算成本控制率",
    "接待人数",
  ])("%s is not spending", (name) => expect(isSpending(name)).toBe(false));
});

describe("isHeadcount: people counted by head", () => {
  it.each(["接待人数", "接待列席人员", "接待参会委员", "补贴人数"])("%s is a headcount", (name) =>
    expect(isHeadcount(name)).toBe(true),
  );
  it.each(["接待人次", "人员培训次数", "政协委员参会率", "举行政协全委会议"])("%s is not", (name) =>
    expect(isHeadcount(name)).toBe(false),
  );
});

describe("isNegativeRate and isCappedDuration", () => {
  it("knows rates where smaller is better", () => {
    for (const n of ["编校差错率", "会议异常事故发生率", "账务不合格率", "经费超支率"])
      expect(isNegativeRate(n)).toBe(true);
    for (const n of ["政协委员参会率", "接待成本节约率", "民主监督工作成本增长率"])
      expect(isNegativeRate(n)).toBe(false);
  });
  it("knows lengths that policy caps", () => {
    for (const n of ["会议时间", "会期", "会议时长", "培训天数"]) expect(isCappedDuration(n)).toBe(true);
    expect(isCappedDuration("完成时间")).toBe(false);
  });
});

describe("isTotalCost: the project's total cost", () => {
  it("reads 总额/总成本/控制在…内 in the name", () => {
    for (const n of ["会议费总额", "会议筹办总成本", "民主监督经费控制在预算内"])
      expect(isTotalCost(n)).toBe(true);
    expect(isTotalCost("印刷费")).toBe(false);
  });
  it("reads 控制在…以内 in the line when the parser took it out of the name", () => {
    expect(isTotalCost("经费", "经费控制在10万元以内")).toBe(true);
    expect(isTotalCost("经费", "经费 ≤10万元")).toBe(false);
    // a per-unit cap is not the project's total, however it is written
    expect(isTotalCost("人均经费", "人均经费控制在500元以内")).toBe(false);
  });
});
