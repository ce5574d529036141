/**
 * Subtotal structure of a table: 合计 rows and unit/sub-unit rows (单位编码 402 → 402001), and what each
 * should add up to. A unit row sums its sub-units (codes extending its code) and the projects directly
 * below it; the grand total sums the top-level units plus projects under no unit.
 */
import type Decimal from "decimal.js";
import type { Project, SourceRef, TotalRow } from "../model";

export interface AmountRow {
  label: string;
  code: string | null;
  amount: Decimal | null;
  amountText: string;
  source: SourceRef;
}

type Part = TotalRow["parts"][number];

export class TotalsBuilder {
  private readonly grands: TotalRow[] = [];
  private readonly units: TotalRow[] = [];
  private readonly topLevel: Part[] = [];
  private readonly stack: TotalRow[] = [];

  addGrand(row: AmountRow): void {
    this.grands.push(toTotal("grand", row));
  }

  addUnit(row: AmountRow & { code: string }): void {
    const code = row.code;
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1].code ?? "";
      if (code.length > top.length && code.startsWith(top)) break;
      this.stack.pop();
    }
    const total = toTotal("unit", row);
    this.partsOfCurrent().push(partOf(row));
    this.units.push(total);
    this.stack.push(total);
  }

  /** Adds the project to its unit (or the grand total) and sets its unitCode. */
  addProject(project: Project): void {
    project.unitCode = this.stack.length > 0 ? this.stack[this.stack.length - 1].code : null;
    this.partsOfCurrent().push({ label: project.name, amount: project.amount, source: project.cells.amount });
  }

  /** Grand totals first, then unit rows in sheet order. */
  totals(): TotalRow[] {
    for (const g of this.grands) g.parts = this.topLevel.slice();
    return [...this.grands, ...this.units];
  }

  private partsOfCurrent(): Part[] {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1].parts : this.topLevel;
  }
}

function toTotal(kind: TotalRow["kind"], row: AmountRow): TotalRow {
  return {
    kind,
    code: row.code,
    label: row.label,
    amount: row.amount,
    amountText: row.amountText,
    source: row.source,
    parts: [],
  };
}

function partOf(row: AmountRow): Part {
  return { label: row.label, amount: row.amount, source: row.source };
}
