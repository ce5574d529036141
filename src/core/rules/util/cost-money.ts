/**
 * Money helpers for the arithmetic rules: indicator values in 元/万元 → exact 万元 (decimal.js, never
 * floating point), and the formats the messages use ("16.60", "150元/本", "3.6万元").
 */
import Decimal from "decimal.js";
import type { Indicator } from "../../model";

/** Amounts are kept to 0.01 万元 (100 元); differences up to half of that are rounding, not errors. */
export const WAN_TOLERANCE = new Decimal("0.005");

const TEN_THOUSAND = new Decimal(10000);
const FACTOR_YUAN = new Decimal("0.0001");
const FACTOR_QIAN = new Decimal("0.1");
const FACTOR_WAN = new Decimal(1);

/** 万元 per one of the unit: 元 → 0.0001, 千元 → 0.1, 万元/万 → 1, 亿元 → 10000. null: not money. */
export function wanFactor(unit: string | null | undefined): Decimal | null {
  switch (unit) {
    case "元":
      return FACTOR_YUAN;
    case "千元":
      return FACTOR_QIAN;
    case "万元":
    case "万":
      return FACTOR_WAN;
    case "亿元":
      return TEN_THOUSAND;
    case null:
    case undefined:
    case "":
      return null;
    default:
      return /\s/.test(unit) ? wanFactor(unit.replace(/\s+/g, "")) : null;
  }
}

/** An indicator's value as an absolute amount in 万元 ("1万元" → 1, "500元" → 0.05); null otherwise. */
export function moneyInWan(ind: Indicator): Decimal | null {
  if (ind.number === null || ind.qualitative) return null;
  const f = wanFactor(ind.unit);
  if (f === null) return null;
  return f === FACTOR_WAN ? ind.number : ind.number.times(f); // 万元 already: no multiplication (decimal.js is slow)
}

export function yuanToWan(yuan: Decimal): Decimal {
  return yuan.times(FACTOR_YUAN); // exact: multiplying by 0.0001 only shifts the decimal point
}

/** 万元 with two decimals: "16.60". */
export function formatWan(wan: Decimal): string {
  return wan.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** A number as written, without exponent or trailing zeros: 150, 3.6, 7110. */
export function formatPlain(n: Decimal): string {
  return n.toFixed();
}

/** "1万元", "500元": the value with its unit, for formulas in messages. */
export function formatValue(ind: Indicator): string {
  return ind.number === null ? (ind.value ?? "") : `${formatPlain(ind.number)}${ind.unit ?? ""}`;
}
