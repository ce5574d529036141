/**
 * Comparing two decimals without allocating. decimal.js's own comparisons (cmp, lt, gt, eq…) first copy
 * their argument into a new Decimal, digits included; the rules compare hundreds of thousands of values,
 * so they read the three documented fields of a Decimal instead: `s` sign, `e` exponent (base 10) and
 * `d` digits (base 10^7, most significant first, no trailing zeros; null for NaN and ±Infinity).
 */
import Decimal from "decimal.js";

/** 100: the top of a percentage (rules read it without making it again). */
export const HUNDRED = new Decimal(100);

/** -1, 0 or 1 as x is below, equal to or above y; NaN when either is NaN (as decimal.js cmp). */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  const xs = x.s;
  const ys = y.s;
  if (!xd || !yd) {
    // NaN or ±Infinity
    if (!xs || !ys) return NaN;
    if (xs !== ys) return xs;
    if (xd === yd) return 0; // both infinite, same sign
    return !xd !== xs < 0 ? 1 : -1;
  }
  // zero on either side (zero has the digit 0 alone)
  if (xd[0] === 0 || yd[0] === 0) return xd[0] !== 0 ? xs : yd[0] !== 0 ? -ys : 0;
  if (xs !== ys) return xs;
  const negative = xs < 0;
  if (x.e !== y.e) return x.e > y.e !== negative ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) {
    if (xd[i] !== yd[i]) return xd[i] > yd[i] !== negative ? 1 : -1;
  }
  if (xd.length === yd.length) return 0;
  return xd.length > yd.length !== negative ? 1 : -1;
}

export const decimalLt = (x: Decimal, y: Decimal): boolean => compareDecimals(x, y) < 0;
export const decimalGt = (x: Decimal, y: Decimal): boolean => compareDecimals(x, y) > 0;
export const decimalEq = (x: Decimal, y: Decimal): boolean => compareDecimals(x, y) === 0;
