import Decimal from "decimal.js";
import fc from "fast-check";
import {
  compareDecimals,
  decimalEq,
  decimalGt,
  decimalLt,
} from "../../../../src/core/rules/util/decimal-compare";

const SPECIAL = [
  "0",
  "-0",
  "1",
  "-1",
  "0.005",
  "13.2",
  "13.20",
  "13.2000001",
  "100",
  "99.9999999",
  "1e21",
  "-1e-9",
  "10000000",
  "9999999.9",
];
const decimalArb = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc
    .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 99_999_999 }))
    .map(([a, b]) => `${a}.${b}`),
  fc
    .tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -30, max: 30 }))
    .map(([m, e]) => `${m}e${e}`),
);

describe("compareDecimals", () => {
  it("agrees with decimal.js cmp", () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        const x = new Decimal(a);
        const y = new Decimal(b);
        expect(compareDecimals(x, y)).toBe(x.cmp(y));
        expect(decimalLt(x, y)).toBe(x.lt(y));
        expect(decimalGt(x, y)).toBe(x.gt(y));
        expect(decimalEq(x, y)).toBe(x.eq(y));
      }),
      { numRuns: 2000 },
    );
  });

  it("handles infinities and NaN as decimal.js does", () => {
    const values = ["Infinity", "-Infinity", "NaN", "0", "-5", "5"].map((v) => new Decimal(v));
    for (const x of values) for (const y of values) expect(compareDecimals(x, y)).toEqual(x.cmp(y));
  });
});
