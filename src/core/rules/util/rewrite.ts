/**
 * One voice per indicator. Several rules can speak about one value — operator-missing, unit-missing,
 * unit-mismatch, cost-operator, direction-inverted, duration-uncapped — and each that writes out a fix
 * ("请写成「≥98%」") must write one that satisfies the others too: on 「会议异常事故发生次数 0%」
 * operator-missing suggests 「=0次」 (the unit unit-mismatch asks for), not 「=0%」; on a bare 「98」 for
 * a 及时率 it suggests 「≥98%」 (the unit unit-missing asks for), not 「≥98」. `rewriteAt` is that fix: the
 * operator the quoting rule proposes, the number as written, and the unit corrected as the unit rules
 * would correct it — except a span of time (工作日, 天, 小时, 月), which keeps its unit: 「检测及时率 ≤7工作日」
 * is a time limit, and 「≥7%」 would change what it says. Operators never disagree: operator-missing speaks only when there is none, the others
 * only about one that is written.
 */
import type { Indicator, Operator } from "../../model";
import { isRate, isTimeliness, NameKind } from "../../vocab/indicator-kind";
import { isDurationUnit } from "./count-units";
import { suggestOperator, suggestUnit } from "./indicator-hints";
import {
  MALFORMED,
  NAME_MONEY_END,
  NAME_RATE,
  QUALITATIVE,
  UNIT_NULL,
  UNIT_PERCENT,
  UNIT_PERCENT_LIKE,
  UNIT_TIMES,
  UNIT_YUAN,
} from "./indicator-flags";
import { formatTarget, unitInName } from "./indicator-text";
import type { TableFacts } from "./table-facts";

const RATIO = /[:：比]/;
/** A spending name ends with the money noun ("农牧民误工补贴"), not "补贴发放进度". */
const MONEY_TAIL = /(成本|费|费用|经费|资金|金额|补贴|补助|单价|定额|标准|开支|支出|工资|薪酬|慰问金|租金)$/;

/**
 * Whether mismatchOf can find anything, from the flags alone (most indicators are rates in % or counts
 * in a count unit: they are not read at all): a percentage unit on a name that is not a rate; a rate in
 * another unit; 次 (people counted in 次); or a unit not in 元 on a name that may end with a money word.
 */
export function mayMismatch(f: number): boolean {
  if ((f & (UNIT_NULL | MALFORMED | QUALITATIVE)) !== 0) return false;
  const rate = (f & NAME_RATE) !== 0;
  if ((f & UNIT_PERCENT_LIKE) !== 0) return !rate;
  return rate || (f & UNIT_TIMES) !== 0 || ((f & UNIT_YUAN) === 0 && (f & NAME_MONEY_END) !== 0);
}

export type Mismatch = { messageId: "countPercent" | "peopleTimes" | "rate" | "money"; expected: string };

/** Cheapest tests first: this runs on every indicator that has a unit. */
export function mismatchOf(ind: Indicator, unit: string, facts: TableFacts, k: number): Mismatch | null {
  const f = facts.flags[k];
  if ((f & UNIT_PERCENT_LIKE) !== 0) {
    // (a unit of exactly "%" holds neither ‰ nor 百分)
    if (facts.is(k, NameKind.rate) || ((f & UNIT_PERCENT) === 0 && /‰|百分/.test(unit))) return null;
    if (!(
      facts.is(k, NameKind.count) ||
      facts.is(k, NameKind.headcount) ||
      facts.is(k, NameKind.peopleCount)
    ))
      return null;
    return { messageId: "countPercent", expected: suggestUnit(ind.name) ?? "次" };
  }
  if (facts.is(k, NameKind.rate)) return RATIO.test(unit) ? null : { messageId: "rate", expected: "%" };
  if (unit === "次" && facts.is(k, NameKind.headcount)) return { messageId: "peopleTimes", expected: "人" };
  // a unit in 元, or a name that does not end in a money word (its last character says most of the time)
  if ((f & UNIT_YUAN) !== 0 || (f & NAME_MONEY_END) === 0 || !MONEY_TAIL.test(ind.name)) return null;
  return facts.is(k, NameKind.spending) ? { messageId: "money", expected: "元或万元" } : null;
}

/**
 * 0 and 100% are ends of the scale: "≥100%" and "≤0" both mean "=", so suggest "=" for them. A rate or
 * a timeliness written as a span of time (「检测及时率 7工作日」) is a time limit: ≤.
 */
export function operatorFor(ind: Indicator): Operator {
  const n = ind.number!;
  if (n.isZero()) return "=";
  if ((ind.unit === "%" || ind.unit === "％") && n.gte(100)) return "=";
  if (ind.unit !== null && isDurationUnit(ind.unit) && (isRate(ind.name) || isTimeliness(ind.name)))
    return "<=";
  return suggestOperator(ind.name);
}

/**
 * The unit the unit rules ask for: unit-missing's (when the name says which, and none is in the name),
 * unit-mismatch's (for money, 元 or 万元 as the name suggests), else the unit as written.
 */
export function rewriteUnit(ind: Indicator, facts: TableFacts, k: number): string | null {
  const unit = ind.unit;
  if (unit === null) return unitInName(ind.name) !== null ? null : suggestUnit(ind.name);
  // A span of time stays one: 7 工作日 is no 7% (unit-mismatch says the name and unit disagree).
  if (!mayMismatch(facts.flags[k]) || isDurationUnit(unit)) return unit;
  const m = mismatchOf(ind, unit, facts, k);
  if (!m) return unit;
  return m.messageId === "money" ? (suggestUnit(ind.name) ?? unit) : m.expected;
}

/** The target rewritten with `op` and the unit the unit rules ask for ("=0次"); `k` is its index in `facts`. */
export function rewriteAt(ind: Indicator, facts: TableFacts, k: number, op: Operator | null): string {
  return formatTarget(ind, op, rewriteUnit(ind, facts, k));
}
