/**
 * unit-mismatch — the unit contradicts what the name measures:
 *  - a count (次数, 个数, 人数) in %         "会议异常事故发生次数 0%" (seed project 1)
 *  - people counted in 次                  "接待人数≥ 210次" (seed project 8)
 *  - a rate (…率) in anything but % / ‰    "政策知晓率 98人"
 *  - a spending amount/standard not in 元   "会议费 2次"
 * Only the name decides; a name that says nothing (举行政协全委会议 1次) is left alone.
 */
import { isCount, isHeadcount, isPeopleCount, isRate, isSpending } from "../vocab/indicator-kind";
import { suggestUnit } from "./util/indicator-hints";
import { displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

const PERCENT = /^\s*(%|％|‰|百分比|个?百分点)\s*$/;
const RATIO = /[:：比]/;
const MONEY = /元/;
/** A spending name ends with the money noun ("农牧民误工补贴"), not "补贴发放进度". */
const MONEY_TAIL = /(成本|费|费用|经费|资金|金额|补贴|补助|单价|定额|标准|开支|支出|工资|薪酬|慰问金|租金)$/;

type Mismatch = { messageId: "countPercent" | "peopleTimes" | "rate" | "money"; expected: string };

/** Cheapest tests first: this runs on every indicator that has a unit. */
function mismatchOf(name: string, unit: string): Mismatch | null {
  if (unit === "%" || PERCENT.test(unit)) {
    if (isRate(name) || !(isCount(name) || isHeadcount(name) || isPeopleCount(name)) || /‰|百分/.test(unit)) return null;
    return { messageId: "countPercent", expected: suggestUnit(name) ?? "次" };
  }
  if (isRate(name)) return RATIO.test(unit) ? null : { messageId: "rate", expected: "%" };
  if (unit === "次" && isHeadcount(name)) return { messageId: "peopleTimes", expected: "人" };
  if (MONEY.test(unit) || !MONEY_TAIL.test(name)) return null;
  return isSpending(name) ? { messageId: "money", expected: "元或万元" } : null;
}

export default defineRule({
  meta: {
    id: "unit-mismatch",
    category: "values",
    defaultSeverity: "warning",
    description: "计量单位与指标名称不符（次数用了%、人数用了次、比率不用%、金额不用元）。",
    messages: {
      countPercent: "「{{name}}」是{{kind}}，计量单位却是「{{unit}}」。请改为「{{expected}}」。",
      peopleTimes: "「{{name}}」统计的是人数，计量单位却是「次」。请改为「人」（按人次统计的请把名称改为「…人次」，单位用「人次」）。",
      rate: "「{{name}}」是比率，计量单位却是「{{unit}}」。比率应以「%」为单位，请改正单位或指标名称。",
      money: "「{{name}}」是金额（成本或开支标准），计量单位却是「{{unit}}」。请改为「元」或「万元」（标准可写「元/人·天」）。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      for (const ind of project.indicators) {
        if (ind.unit === null || ind.malformed || ind.qualitative) continue;
        const m = mismatchOf(ind.name, ind.unit);
        if (!m) continue;
        const kind = isHeadcount(ind.name) || isPeopleCount(ind.name) ? "人数" : "次数";
        ctx.report({
          messageId: m.messageId,
          data: { name: displayName(ind), unit: ind.unit, expected: m.expected, kind },
          project,
          indicator: ind,
        });
      }
    }
  },
});
