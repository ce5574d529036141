/**
 * A cost build-up inside a form (项目预算成本构成 | 金额 | 测算依据 | 上年实际执行数 …): rows of an item and
 * its amounts, closed by a 合计 row. Each numeric column of the 合计 row is a total that the items above
 * it must add up to (sum-mismatch checks it), so 191 + 99 + 372.88 ≠ 662.98 is caught in any column.
 */
import Decimal from "decimal.js";
import type { Project, TotalRow } from "../model";
import { parseAmount } from "../parse";
import { isGrandTotalLabel } from "./row-kinds";
import { cellText, type SheetView } from "./sheet-view";

/** At most this many item rows above a 合计 row belong to its block. */
const MAX_ITEMS = 60;

export function breakdownTotals(
  view: SheetView,
  from: number,
  to: number,
  project: Project,
  amountUnit: "万元" | "元",
): TotalRow[] {
  const totals: TotalRow[] = [];
  for (let r = from; r < to; r++) {
    const first = firstCell(view, r);
    if (!first || !isGrandTotalLabel(first.text)) continue;
    for (let c = first.col + 1; c < view.colEnd; c++) {
      const cell = view.cell(r, c);
      if (typeof cell.value !== "number" || view.merges.isCovered(r, c)) continue;
      const parts: TotalRow["parts"] = [];
      let header = "";
      for (let k = r - 1; k >= Math.max(from, r - MAX_ITEMS); k--) {
        const item = view.cell(k, c);
        if (typeof item.value !== "number") {
          header = cellText(view.shownCell(k, c));
          break;
        }
        const label = firstCell(view, k)?.text ?? "";
        parts.unshift({ label, amount: toAmount(item.value, amountUnit), source: view.ref(k, c) });
      }
      if (parts.length < 2 || header === "") continue;
      totals.push({
        kind: "grand",
        code: null,
        label: `${header.replace(/\s+/g, "")}合计`,
        amount: toAmount(cell.value, amountUnit),
        amountText: cellText(cell),
        source: view.ref(r, c),
        parts,
        project,
      });
    }
  }
  return totals;
}

function toAmount(value: number, unit: "万元" | "元"): Decimal | null {
  return parseAmount({ value, text: String(value) }, unit).amount;
}

function firstCell(view: SheetView, row: number): { col: number; text: string } | null {
  for (let c = view.colStart; c < view.colEnd; c++) {
    const t = view.text(row, c);
    if (t !== "") return { col: c, text: t };
  }
  return null;
}
