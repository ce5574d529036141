/**
 * A 合计 / unit subtotal row is not a project, but every finding names one: this stands in for it, so
 * the finding shows the row's label ("合计", "门源县政协办") as its project and points at its amount cell.
 */
import type { Project, TotalRow } from "../../model";

export function totalRowAsProject(total: TotalRow): Project {
  const label = total.label.trim() || (total.kind === "grand" ? "合计" : (total.code ?? "小计"));
  return {
    key: `${total.source.sheet}!${total.source.row}`,
    code: total.code,
    name: label,
    rawName: total.label,
    amount: total.amount,
    amountText: total.amountText,
    amountProblem: total.amount === null ? "missing" : null,
    goal: "",
    indicators: [],
    headings: [],
    issues: [],
    cells: { name: total.source, amount: total.source, goal: total.source, indicators: total.source },
    unitCode: total.code,
  };
}
