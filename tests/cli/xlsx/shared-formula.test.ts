import { slideFormula } from "../../../src/cli/xlsx/shared-formula";

describe("slideFormula", () => {
  it.each([
    ["C3*2", 1, 0, "C4*2"],
    ["SUM(C5:C18)", 0, 2, "SUM(E5:E18)"],
    ["$C$3+C$3+$C3", 2, 2, "$C$3+E$3+$C5"],
    ["Sheet2!B1+'我的 表'!B1", 1, 0, "Sheet2!B2+'我的 表'!B2"],
    ['IF(A1="B2",LOG10(A1),0)', 1, 1, 'IF(B2="B2",LOG10(B2),0)'],
    ["A1", -1, 0, "#REF!"],
  ])("%p moved by (%p, %p) → %p", (f, dr, dc, expected) => {
    expect(slideFormula(f, dr, dc)).toBe(expected);
  });
});
