/**
 * The certain part of a project's implied cost: unit costs × their unambiguous quantities plus the lump
 * sums, each counted once. What is left out can only make the sum smaller, so a sum above the amount
 * is an error without guesswork:
 * - total-cost items (they restate the sum; compared on their own);
 * - 人均 amounts without a count, standards and unit prices whose quantity is ambiguous;
 * - bare-元 amounts that are probably per-unit (util/cost-items.ts, isProbablyPerUnit);
 * - when there are several items, one equal to the project amount (the whole cost written without 总);
 * - the parts of a 综合定额 that is multiplied (住宿标准, 伙食标准, 住宿费…): the quota already covers them
 *   (三类 meeting quota: 550 = 340 + 130 + 80). Without a 综合定额 the parts are costs of their own and are added;
 * - a second lump sum of exactly the same amount. Seed project 9 lists its costs twice in different
 *   words — "文稿打印、扫描成本 ≤1万元" / "打印、扫描费1万元" and "合稿定稿成本 ≤3.6万元" /
 *   "组稿、修改、审稿费3.6万元" — so equal amounts are counted once. Two different costs that happen
 *   to be equal are then under-counted, which never produces a false error.
 * With 征编成本 ≤500元 left out as per-visit (征编走访 ≥180次), seed project 9 gives
 * 150元/本 × 800本 + 1万元 + 3.6万元 = 16.60万元, the figure the seed acceptance test expects.
 */
import Decimal from "decimal.js";
import { formatPlain, formatValue, yuanToWan } from "./cost-money";
import { matchQuantity, nearAmount, type CostPicture, type MoneyItem, type UnitCostItem } from "./cost-items";
import type { Quantity } from "./cost-units";
import { compareDecimals, decimalEq } from "./decimal-compare";

export interface CostSum {
  /** The sum in 万元. */
  wan: Decimal;
  /** How many terms were added (0: nothing certain to add). */
  count: number;
  /** The formula terms as shown to the user ("150元/本 × 800本", "1万元"); built only when asked. */
  terms(): string[];
  /** What was merged or left out: "其中金额相同的「A」与「B」各按一项计。「C」（500元）可能是单价，未计入。" or "". */
  note(): string;
}

function quantityText(q: Quantity): string {
  return `${formatPlain(q.number)}${(q.ind.unit ?? "").replace(/^\s*[/／]\s*/, "").trim()}`;
}

interface Product {
  cost: UnitCostItem["cost"];
  qs: Quantity[];
}

/** The quantities a unit cost multiplies with, one per per-unit; null when any is ambiguous. */
function quantitiesOf({ ind, cost }: UnitCostItem, pic: CostPicture): Quantity[] | null {
  const qs: Quantity[] = [];
  for (const per of cost.per) {
    const q = matchQuantity(ind, per, pic.quantities);
    if (!q) return null;
    qs.push(q);
  }
  return qs;
}

const ZERO = new Decimal(0);
const NOTHING: CostSum = Object.freeze({ wan: ZERO, count: 0, terms: () => [], note: () => "" });

/**
 * @param amount the project amount (万元): when there are several items, one equal to the amount is
 *   the project's whole cost written without 总 ("民主监督工作成本 ≤6.8万元" beside its breakdown) and is
 *   not added to its own parts.
 */
export function certainCostSum(pic: CostPicture, amount: Decimal | null = null): CostSum {
  if (pic.unitCosts.length === 0 && pic.lumpSums.length === 0) return NOTHING;
  let wan = ZERO;
  const products: Product[] = [];
  // A 综合定额 that is multiplied already covers its parts (住宿/伙食 标准, 住宿费…): those are not added again.
  const compositeCounted = pic.unitCosts.some((u) => u.role === "composite" && quantitiesOf(u, pic) !== null);
  const covered: (UnitCostItem | MoneyItem)[] = [];
  for (const item of pic.unitCosts) {
    const { cost } = item;
    if (compositeCounted && item.role === "component") {
      covered.push(item);
      continue;
    }
    const qs = quantitiesOf(item, pic);
    if (qs === null) continue;
    // The same price on the same quantities written twice is one cost.
    const twice = products.some(
      (p) =>
        p.cost.label === cost.label &&
        decimalEq(p.cost.priceYuan, cost.priceYuan) &&
        p.qs.every((q, i) => q === qs[i]),
    );
    if (twice) continue;
    products.push({ cost, qs });
    let yuan = cost.priceYuan;
    for (const q of qs) yuan = yuan.times(q.number);
    wan = wan.plus(yuanToWan(yuan));
  }
  const kept: MoneyItem[] = [];
  const merged: [MoneyItem, MoneyItem][] = [];
  const wholes: MoneyItem[] = [];
  let lumps = pic.lumpSums;
  if (compositeCounted && lumps.some((m) => m.component)) {
    lumps = lumps.filter((m) => !m.component);
    for (const m of pic.lumpSums) if (m.component) covered.push(m);
  }
  const several = lumps.length + products.length > 1;
  // Within the tolerance of the amount: between amount ± 0.005.
  const near = several && amount !== null && lumps.length > 0 ? nearAmount(pic, amount) : null;
  for (const item of lumps) {
    if (near && compareDecimals(item.wan, near.lo) >= 0 && compareDecimals(item.wan, near.hi) <= 0) {
      wholes.push(item);
      continue;
    }
    const first = kept.find((k) => decimalEq(k.wan, item.wan));
    if (first) {
      merged.push([first, item]);
      continue;
    }
    kept.push(item);
    wan = wan.plus(item.wan);
  }
  return {
    wan,
    count: products.length + kept.length,
    terms: () => [
      ...products.map((p) =>
        [`${formatPlain(p.cost.priceYuan)}${p.cost.label}`, ...p.qs.map(quantityText)].join(" × "),
      ),
      ...kept.map((k) => formatValue(k.ind)),
    ],
    note: () => {
      let note =
        merged.length > 0
          ? `其中金额相同的${merged.map(([a, b]) => `「${a.ind.name}」与「${b.ind.name}」`).join("、")}各按一项计。`
          : "";
      if (wholes.length > 0) {
        note += `${wholes.map((m) => `「${m.ind.name}」（${formatValue(m.ind)}）`).join("、")}与项目金额相同，视为总额，未计入。`;
      }
      if (covered.length > 0) {
        note += `${covered.map((m) => `「${m.ind.name}」（${formatValue(m.ind)}）`).join("、")}已含在综合定额内，未重复计入。`;
      }
      if (pic.probablyPerUnit.length > 0) {
        note += `${pic.probablyPerUnit.map((m) => `「${m.ind.name}」（${formatValue(m.ind)}）`).join("、")}可能是单价，未计入。`;
      }
      return note;
    },
  };
}
