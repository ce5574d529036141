/**
 * unit-mismatch — the unit contradicts what the name measures:
 *  - a count (次数, 个数, 人数) in %         "会议异常事故发生次数 0%" (seed project 1)
 *  - people counted in 次                  "接待人数≥ 210次" (seed project 8)
 *  - a rate (…率) in anything but % / ‰    "政策知晓率 98人"
 *  - a spending amount/standard not in 元   "会议费 2次"
 * Only the name decides; a name that says nothing (举行政协全委会议 1次) is left alone.
 */
import { NameKind } from "../vocab/indicator-kind";
import { displayName } from "./util/indicator-text";
import { mayMismatch, mismatchOf } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "unit-mismatch",
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
