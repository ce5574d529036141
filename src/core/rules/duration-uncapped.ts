/**
 * duration-uncapped (info) — ≥/> on a meeting or training length that policy caps. Seed: "会议时间 ≥3天"
 * (project 1). 会议费管理办法 caps 二、三、四类 meetings at 2 days; training days are set by the
 * approved plan and priced per day, so "at least N days" leaves the cost open. Lengths in 学时/小时
 * (required study hours: "培训时长 ≥40学时") are minimums by design and are not flagged.
 */
import { OP_FLIPPED, displayName, formatTarget } from "./util/indicator-text";
import { rewriteAt } from "./util/rewrite";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "duration-uncapped",
    messages: {
      meeting:
        "「{{name}}」写成「{{target}}」，等于没有上限。会期有规定上限（一类会议按批准的会期，二、三、四类会议不超过2天），会议费也按天数核定，请改为「{{capped}}」或「={{days}}天」。",
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
        ctx.report({
          messageId: /培训/.test(ind.name) ? "training" : "meeting",
          data,
          project,
          indicator: ind,
        });
      },
    );
  },
});
