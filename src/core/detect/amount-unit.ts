/**
 * Amounts written as bare numbers in a table that never says its money unit. The reader takes 万元, the
 * convention of these tables; but a bare 850000 is far more likely 元 (85 万元) than 85 亿元. When a
 * table's bare amounts look like 元 — one of them is 100000 or more, or a money indicator of the same
 * project matches the amount read as 元 — every bare amount of the table is marked uncertain, with both
 * readings in the evidence: no rule builds on it, and reading-uncertain asks the accountant to say.
 */
import Decimal from "decimal.js";
import type { Project } from "../model";
import { toA1 } from "../grid";
import { moneyInWan } from "../rules/util/cost-money";

/** 10 亿元 read as 万元: more than a county project's budget, an ordinary number in 元. */
const LARGE = new Decimal(100000);
const YUAN_PER_WAN = new Decimal(10000);
/** A written unit or a money word: the amount is not bare. */
const WRITTEN_UNIT = /[元万亿]/;

export function flagBareAmounts(projects: readonly Project[]): void {
  const bare = projects.filter(
    (p) => p.amount !== null && p.reading?.amount.status === "found" && !WRITTEN_UNIT.test(p.amountText),
  );
  if (!bare.some((p) => p.amount!.gte(LARGE) || matchesAsYuan(p))) return;
  for (const p of bare) {
    const asWan = p.amount!;
    const asYuan = asWan.div(YUAN_PER_WAN);
    const part = p.reading!.amount;
    part.status = "uncertain";
    const at = part.cell ? `${toA1(part.cell.row, part.cell.col)} ` : "";
    part.evidence =
      `金额单元格 ${at}只写了数字 ${plain(asWan)}，表中没有写明单位：按万元读是 ${plain(asWan)} 万元，` +
      `按元读是 ${plain(asYuan)} 万元，看数字更像是元。请在金额的表头或单元格写明单位` +
      `（如「金额（万元）」），在此之前金额不参与核算。`;
    p.amount = null;
    p.amountProblem = null;
  }
}

/** A money indicator between a tenth of the amount read as 元 and that amount: the table counts in 元. */
function matchesAsYuan(p: Project): boolean {
  const asYuan = p.amount!.div(YUAN_PER_WAN);
  if (asYuan.lt(1)) return false;
  return p.indicators.some((ind) => {
    const m = moneyInWan(ind);
    return m !== null && m.lte(asYuan) && m.gte(asYuan.div(10));
  });
}

const plain = (d: Decimal) => d.toFixed();
