/**
 * duration-uncapped (info) — ≥/> on a meeting or training length that policy caps. Seed: "会议时间 ≥3天"
 * (project 1). 会议费管理办法 caps 二、三、四类 meetings at 2 days, and 一类 meetings at the approved
 * length; training days are set by the approved plan and priced per day, so "at least N days" leaves
 * the cost open. Over 2 days, the message says which class the proposed length holds for: a class
 * written in the indicator, project or goal (二、三、四类 → the 2-day cap), or, when none is, both.
 * Lengths in 学时/小时 (required study hours: "培训时长 ≥40学时") are minimums by design and are not
 * flagged.
 */
import Decimal from "decimal.js";
import { OP_FLIPPED, displayName, formatTarget } from "./util/indicator-text";
import { rewriteAt } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";
import { decimalGt } from "./util/decimal-compare";
import { statedClass } from "./util/stated-class";

/** 二、三、四类 meetings: at most 2 days. */
const TWO = new Decimal(2);

export default defineRule({
  meta: {
    id: "duration-uncapped",
    messages: {
      meeting:
        "「{{name}}」写成「{{target}}」，等于没有上限。会期有规定上限（一类会议按批准的会期，二、三、四类会议不超过2天），会议费也按天数核定，请改为「{{capped}}」或「={{days}}天」。",
      meetingLong:
        "「{{name}}」写成「{{target}}」，等于没有上限。二、三、四类会议会期不超过2天，一类会议按批准的会期，会议费也按天数核定。如是一类会议，请改为「{{capped}}」或「={{days}}天」；其他会议请改为不超过2天。",
      meetingCapped:
        "「{{name}}」写成「{{target}}」，等于没有上限，而{{class}}会议会期不超过2天，会议费也按天数核定。请改为「≤2天」或「=2天」。",
      training:
        "「{{name}}」写成「{{target}}」，等于没有上限。培训天数按批准的培训计划确定、培训费按天核定，请改为「{{capped}}」或「={{days}}天」。",
    },
  },
  check(ctx) {
    ctx.indicators(
      // ≥ or > on a readable number, with no unit or a unit in days (天, 日, 工作日), for a capped length
      { are: ["atLeast", "number", "cappedDuration"], not: ["malformed"], anyOf: ["noUnit", "days"] },
      (ind, project, _ask, k) => {
        const data = {
          name: displayName(ind),
          target: formatTarget(ind),
          capped: rewriteAt(ind, tableFacts(ctx.table), k, OP_FLIPPED[ind.operator!]),
          days: ind.value ?? "",
        };
        if (/培训/.test(ind.name)) {
          ctx.report({ messageId: "training", data, project, indicator: ind });
          return;
        }
        const cls = statedClass(ind, project);
        const overTwo = ind.number !== null && decimalGt(ind.number, TWO);
        if (!overTwo || cls === "一类") ctx.report({ messageId: "meeting", data, project, indicator: ind });
        else if (cls === null) ctx.report({ messageId: "meetingLong", data, project, indicator: ind });
        else
          ctx.report({ messageId: "meetingCapped", data: { ...data, class: cls }, project, indicator: ind });
      },
    );
  },
});
