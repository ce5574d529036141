/**
 * unit-mismatch — the unit contradicts what the name measures:
 *  - a count (次数, 个数, 人数) in %         "会议异常事故发生次数 0%" (seed project 1)
 *  - people counted in 次                  "接待人数≥ 210次" (seed project 8)
 *  - a rate (…率) in anything but % / ‰    "政策知晓率 98人"
 *  - a spending amount/standard not in 元   "会议费 2次"
 * Only the name decides; a name that says nothing (举行政协全委会议 1次) is left alone.
 */
import type { Indicator } from "../model";
import { NameKind } from "../vocab/indicator-kind";
import { suggestUnit } from "./util/indicator-hints";
import { displayName } from "./util/indicator-text";
import {
  MALFORMED,
  NAME_MONEY_END,
  NAME_RATE,
  QUALITATIVE,
  UNIT_NULL,
  UNIT_PERCENT_LIKE,
  UNIT_TIMES,
  UNIT_YUAN,
} from "./util/indicator-flags";
import { tableFacts, type TableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

const RATIO = /[:：比]/;
/** A spending name ends with the money noun ("农牧民误工补贴"), not "补贴发放进度". */
const MONEY_TAIL = /(成本|费|费用|经费|资金|金额|补贴|补助|单价|定额|标准|开支|支出|工资|薪酬|慰问金|租金)$/;

/**
 * Whether mismatchOf can find anything, from the flags alone (most indicators are rates in % or counts
 * in a count unit: they are not read at all): a percentage unit on a name that is not a rate; a rate in
 * another unit; 次 (people counted in 次); or a unit not in 元 on a name that may end with a money word.
 */
function mayMismatch(f: number): boolean {
  if ((f & (UNIT_NULL | MALFORMED | QUALITATIVE)) !== 0) return false;
  const rate = (f & NAME_RATE) !== 0;
  if ((f & UNIT_PERCENT_LIKE) !== 0) return !rate;
  return rate || (f & UNIT_TIMES) !== 0 || ((f & UNIT_YUAN) === 0 && (f & NAME_MONEY_END) !== 0);
}

type Mismatch = { messageId: "countPercent" | "peopleTimes" | "rate" | "money"; expected: string };

/** Cheapest tests first: this runs on every indicator that has a unit. */
function mismatchOf(ind: Indicator, unit: string, facts: TableFacts, k: number): Mismatch | null {
  const f = facts.flags[k];
  if ((f & UNIT_PERCENT_LIKE) !== 0) {
    if (facts.is(k, NameKind.rate) || /‰|百分/.test(unit)) return null;
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

export default defineRule({
  meta: {
    id: "unit-mismatch",
    category: "values",
    defaultSeverity: "warning",
    description: "计量单位与指标名称不符（次数用了%、人数用了次、比率不用%、金额不用元）。",
    messages: {
      countPercent: "「{{name}}」是{{kind}}，计量单位却是「{{unit}}」。请改为「{{expected}}」。",
      peopleTimes:
        "「{{name}}」统计的是人数，计量单位却是「次」。请改为「人」（按人次统计的请把名称改为「…人次」，单位用「人次」）。",
      rate: "「{{name}}」是比率，计量单位却是「{{unit}}」。比率应以「%」为单位，请改正单位或指标名称。",
      money:
        "「{{name}}」是金额（成本或开支标准），计量单位却是「{{unit}}」。请改为「元」或「万元」（标准可写「元/人·天」）。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const { flags, start, indicators } = facts;
    ctx.table.projects.forEach((project, p) => {
      const end = start[p + 1];
      for (let k = start[p]; k < end; k++) {
        if (!mayMismatch(flags[k])) continue;
        const ind = indicators[k];
        const unit = ind.unit!;
        const m = mismatchOf(ind, unit, facts, k);
        if (!m) continue;
        const kind = facts.is(k, NameKind.headcount) || facts.is(k, NameKind.peopleCount) ? "人数" : "次数";
        ctx.report({
          messageId: m.messageId,
          data: { name: displayName(ind), unit, expected: m.expected, kind },
          project,
          indicator: ind,
        });
      }
    });
  },
});
