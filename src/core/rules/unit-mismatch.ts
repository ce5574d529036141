/**
 * unit-mismatch — the unit contradicts what the name measures:
 *  - a count (次数, 个数, 人数) in %         "会议异常事故发生次数 0%" (seed project 1)
 *  - people counted in 次                  "接待人数≥ 210次" (seed project 8)
 *  - a rate (…率) in anything but % / ‰    "政策知晓率 98人"; in a span of time ("检测及时率 ≤7工作日")
 *    the value is a time limit: the message says how to write one (≤, never ≥: "≥7工作日" sets no limit)
 *  - a spending amount/standard not in 元   "会议费 2次"
 * Only the name decides; a name that says nothing (举行政协全委会议 1次) is left alone.
 */
import type { Indicator, Project } from "../model";
import { NameKind } from "../vocab/indicator-kind";
import { isDurationUnit } from "./util/count-units";
import { displayName, formatTarget } from "./util/indicator-text";
import { mayMismatch, mismatchOf } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

/** 「检测及时率」 → 「检测时限」; other names keep what they measure: 「…时限」. */
function limitNameOf(name: string): string {
  const m = /^(.+?)(及时|按时|按期)?率$/.exec(name.replace(/\s+/g, ""));
  return m && m[2] ? `${m[1]}时限` : "…时限";
}

/** A rate whose value is a span of time: a time limit, written ≤ (≥ and > set no limit). */
function timeLimit(ind: Indicator, project: Project) {
  const op = ind.operator;
  const data = {
    name: displayName(ind),
    target: formatTarget(ind),
    limitName: limitNameOf(ind.name),
    limit: formatTarget(ind, op === "<" ? "<" : "<="),
    op: op === ">" ? ">" : "≥",
  };
  const floor = op === ">=" || op === ">";
  return {
    messageId: floor ? ("rateTimeFloor" as const) : ("rateTimeLimit" as const),
    data,
    project,
    indicator: ind,
  };
}

export default defineRule({
  meta: {
    id: "unit-mismatch",
    messages: {
      countPercent: "「{{name}}」是{{kind}}，计量单位却是「{{unit}}」。请改为「{{expected}}」。",
      peopleTimes:
        "「{{name}}」统计的是人数，计量单位却是「次」。请改为「人」（按人次统计的请把名称改为「…人次」，单位用「人次」）。",
      rate: "「{{name}}」是比率，计量单位却是「{{unit}}」。比率应以「%」为单位，请改正单位或指标名称。",
      rateTimeLimit:
        "「{{name}}」是比率，指标值「{{target}}」却是一段时间。如果考核的是时限，请把名称改为「{{limitName}}」，指标值请写成「{{limit}}」（时限只设上限）；如果考核的是及时率，请改用百分比，例如「≥95%」。",
      rateTimeFloor:
        "「{{name}}」是比率，指标值「{{target}}」却是一段时间，而且用「{{op}}」只规定了下限，时间越长也算达标。如果考核的是时限，请把名称改为「{{limitName}}」，指标值请写成「{{limit}}」；如果考核的是及时率，请改用百分比，例如「≥95%」。",
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
        if (m.messageId === "rate" && isDurationUnit(unit)) {
          ctx.report(timeLimit(ind, project));
          continue;
        }
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
