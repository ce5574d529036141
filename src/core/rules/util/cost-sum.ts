/**
 * The certain part of a project's implied cost: unit costs × their unambiguous quantities plus the lump
 * sums, each counted once. What is left out can only make the sum smaller, so a sum above the amount
 * is an error without guesswork:
 * - total-cost items (they restate the sum; compared on their own);
 * - 人均 amounts without a count, standards and unit prices whose quantity is ambiguous;
 * - bare-元 amounts that are probably per-unit (util/cost-items.ts, isProbablyPerUnit);
 * - a second lump sum of exactly the same amount. Seed project 9 lists its costs twice in different
 *   words — "文稿打印、扫描成本 ≤1万元" / "打印、扫描费1万元" and "合稿定稿成本 ≤3.6万元" /
 *   "组稿、修改、审稿费3.6万元" — so equal amounts are counted once. Two different costs that happen
 *   to be equal are then under-counted, which never produces a false error.
 * With 征编成本 ≤500元 left out as per-visit (征编走访 ≥180次), seed project 9 gives
 * 150元/本 × 800本 + 1万元 + 3.6万元 = 16.60万元, the figure in RULES.md.
 */
import Decimal from "decimal.js";
import { formatPlain, formatValue, yuanToWan } from "./cost-money";
import { matchQuantity, type CostPicture } from "./cost-items";
import type { Quantity } from "./cost-units";

export interface CostSum {
  /** The sum in 万元. */
  wan: Decimal;
  /** The formula terms as shown to the user: "150元/本 × 800本", "1万元". */
  terms: string[];
  /** What was merged or left out: "其中金额相同的“A”与“B”各按一项计。“C”（500元）可能是单价，未计入。" or "". */
  note: string;
}

function quantityText(q: Quantity): string {
  return `${formatPlain(q.number)}${(q.ind.unit ?? "").replace(/^\s*[/／]\s*/, "").trim()}`;
}

export function certainCostSum(pic: CostPicture): CostSum {
  let wan = new Decimal(0);
  const terms: string[] = [];
  const seenProducts = new Set<string>();
  for (const { ind, cost } of pic.unitCosts) {
    const qs: Quantity[] = [];
    for (const per of cost.per) {
      const q = matchQuantity(ind, per, pic.quantities);
      if (!q) break;
      qs.push(q);
    }
    if (qs.length !== cost.per.length) continue;
    const key = `${cost.priceYuan.toFixed()}|${cost.label}|${qs.map((q) => `${q.ind.source.row}:${q.ind.source.line ?? 0}`).join(",")}`;
    if (seenProducts.has(key)) continue;
    seenProducts.add(key);
    let yuan = cost.priceYuan;
    for (const q of qs) yuan = yuan.times(q.number);
    wan = wan.plus(yuanToWan(yuan));
    terms.push([`${formatPlain(cost.priceYuan)}${cost.label}`, ...qs.map(quantityText)].join(" × "));
  }
  const firstByAmount = new Map<string, string>();
  const merged: string[] = [];
  for (const { ind, wan: w } of pic.lumpSums) {
    const key = w.toFixed();
    const first = firstByAmount.get(key);
    if (first !== undefined) {
      merged.push(`“${first}”与“${ind.name}”`);
      continue;
    }
    firstByAmount.set(key, ind.name);
    wan = wan.plus(w);
    terms.push(formatValue(ind));
  }
  let note = merged.length > 0 ? `其中金额相同的${merged.join("、")}各按一项计。` : "";
  if (pic.probablyPerUnit.length > 0) {
    const left = pic.probablyPerUnit.map((m) => `“${m.ind.name}”（${formatValue(m.ind)}）`).join("、");
    note += `${left}可能是单价，未计入。`;
  }
  return { wan, terms, note };
}
