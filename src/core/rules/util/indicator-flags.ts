/**
 * The bits of TableFacts.flags (rules/util/table-facts.ts): what an indicator's own fields say — operator,
 * value, unit — and what one pass over its name found. Each is worked out without regular expressions
 * on the indicator (units are few: their facts are worked out once per distinct unit).
 */
import Decimal from "decimal.js";
import type { Indicator, Level1Key, Level2Key } from "../../model";
import { wanFactor } from "./cost-money";
import { isCountUnit } from "./count-units";
import { decimalGt } from "./decimal-compare";

// Facts read from the indicator's fields (bits of TableFacts.flags).
/** Operator ≥ or >. */
export const OP_GE = 1 << 0;
/** Operator ≤ or <. */
export const OP_LE = 1 << 1;
/** No operator written. */
export const OP_NONE = 1 << 2;
/** The parser could not read the value cleanly (ind.malformed). */
export const MALFORMED = 1 << 3;
/** 定性 (ind.qualitative). */
export const QUALITATIVE = 1 << 4;
/** ind.number is not null. */
export const NUMBER = 1 << 5;
/** A number was written, and not as 定性. */
export const QUANT = 1 << 6;
/** A text value (定性, or no number in it): 健全, 逐年递减. */
export const QUAL_TEXT = 1 << 7;
/** No value at all. */
export const VALUE_NULL = 1 << 8;
/** No unit. */
export const UNIT_NULL = 1 << 9;
/** A unit cell holding only spaces. */
export const UNIT_BLANK = 1 << 10;
/** Unit exactly "%". */
export const UNIT_PERCENT = 1 << 11;
/** A percentage unit: %, ％, ‰, 百分比, 百分点 (spaces around allowed). */
export const UNIT_PERCENT_LIKE = 1 << 12;
/** The unit contains 元 (元, 万元, 元/人·天). */
export const UNIT_YUAN = 1 << 13;
/** The unit is days: 天, 日, 工作日. */
export const UNIT_DAY = 1 << 14;
/** An amount of money: 元, 千元, 万元, 亿元 (cost-money wanFactor). */
export const UNIT_MONEY = 1 << 15;
/** A count unit: 次, 人, 本, 天… (count-units isCountUnit). */
export const UNIT_COUNT = 1 << 16;
/** A "/" in the unit: a unit cost (元/本, 元/人·天). */
export const UNIT_SLASH = 1 << 17;
/** A number in % (or ％) above 100 or below 0. */
export const PERCENT_OUTSIDE = 1 << 18;
/** 满 in the name (a cheap hint for satisfaction). */
export const NAME_MAN = 1 << 19;
/** 增 or 涨 in the name (a cheap hint for 增长率, 增幅, 涨幅). */
export const NAME_GROWTH = 1 << 20;
/** 控制率 in the name. */
export const NAME_CONTROL_RATE = 1 << 21;
/** The name is a rate (NameKind.rate). */
export const NAME_RATE = 1 << 22;
/** The name is a satisfaction (NameKind.satisfaction). */
export const NAME_SATISFACTION = 1 << 23;
/** Under a 二级 whose indicators must carry a number (数量/质量/时效/成本). */
export const MEASURED = 1 << 24;
/** 成本 in the name. */
export const NAME_COST_WORD = 1 << 25;
/** 及时, 按时, 准时, 按期 or 时效 in the name. */
export const NAME_TIMELY = 1 << 26;
/** The name key (nameKey) is shorter than 2 characters or ends with 指标 (an empty 三级 standing for its 二级). */
export const KEY_UNUSUAL = 1 << 27;
/** Unit exactly "次". */
export const UNIT_TIMES = 1 << 28;
/** The name's last character may end a money word (name-hints H_MONEY_LAST). */
export const NAME_MONEY_END = 1 << 29;
// (Flags stay below 2^30: small integers for the JavaScript engine.)

const DAY_UNIT = /^(天|日|个?工作日)$/;
const HUNDRED = new Decimal(100);
const PERCENT_LIKE = /^\s*(%|％|‰|百分比|个?百分点)\s*$/;

/** The unit flags of a unit other than null, "%" and "％" (fieldFlags knows those). */
export function unitFlagsOf(unit: string): number {
  let f = 0;
  const u = unit.trim();
  if (u === "") f |= UNIT_BLANK;
  if (unit.includes("元")) f |= UNIT_YUAN;
  if (wanFactor(unit) !== null) f |= UNIT_MONEY;
  if (DAY_UNIT.test(u)) f |= UNIT_DAY;
  if (isCountUnit(unit)) f |= UNIT_COUNT;
  if (unit.includes("/") || unit.includes("／")) f |= UNIT_SLASH;
  if (PERCENT_LIKE.test(unit)) f |= UNIT_PERCENT_LIKE;
  if (unit === "次") f |= UNIT_TIMES;
  return f;
}

/** 一级/二级 keys by their number in TableFacts.category (0: none). */
export const LEVEL1_KEYS: readonly (Level1Key | null)[] = [null, "output", "benefit", "satisfaction", "cost"];
export const LEVEL2_KEYS: readonly (Level2Key | null)[] = [
  null,
  "quantity",
  "quality",
  "timeliness",
  "cost",
  "economic",
  "social",
  "ecological",
  "sustainable",
  "satisfaction",
  "economicCost",
  "socialCost",
  "ecoCost",
];
export const LEVEL1_NUMBER = new Map<Level1Key | null, number>(LEVEL1_KEYS.map((key, i) => [key, i]));
export const LEVEL2_NUMBER = new Map<Level2Key | null, number>(LEVEL2_KEYS.map((key, i) => [key, i]));
/** category = level1 number + 8 × level2 number. */
export const categoryLevel1 = (category: number): Level1Key | null => LEVEL1_KEYS[category & 7];
export const categoryLevel2 = (category: number): Level2Key | null => LEVEL2_KEYS[category >> 3];

/** The flags read from the indicator's own fields (not its unit's or name's words). */
export function fieldFlags(ind: Indicator): number {
  let f = 0;
  switch (ind.operator) {
    case ">=":
    case ">":
      f |= OP_GE;
      break;
    case "<=":
    case "<":
      f |= OP_LE;
      break;
    case null:
      f |= OP_NONE;
  }
  if (ind.malformed) f |= MALFORMED;
  const n = ind.number;
  if (ind.qualitative) f |= QUALITATIVE;
  if (n !== null) {
    f |= NUMBER;
    if (!ind.qualitative) f |= QUANT;
  }
  if (ind.value === null) f |= VALUE_NULL;
  else if (ind.qualitative || n === null) f |= QUAL_TEXT;
  const unit = ind.unit;
  if (unit === null) f |= UNIT_NULL;
  else if (unit === "%" || unit === "％") {
    f |= unit === "%" ? UNIT_PERCENT | UNIT_PERCENT_LIKE : UNIT_PERCENT_LIKE;
    // The exponent first (e ≥ 2 ⇔ |n| ≥ 100): the digits are read only for 100…999 and negatives.
    if (n !== null && (n.isNegative() ? !n.isZero() : n.e > 2 || (n.e === 2 && decimalGt(n, HUNDRED))))
      f |= PERCENT_OUTSIDE;
  }
  return f;
}
