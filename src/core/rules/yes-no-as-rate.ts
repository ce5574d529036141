/**
 * yes-no-as-rate — an indicator named as a yes/no question (「是否按时足额发放」) whose target is a
 * percentage (「≥95%」). A question with 是否 is answered 是 or 否; a rate needs a name that says what is
 * counted. Seen in published tables: 「是否按时足额发放 ≥95%」, 「…救助是否应救尽救 100%」.
 */
import { clip, displayName, formatTarget } from "./util/indicator-text";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

const YES_NO = /是否/;

/** The name as a rate: 「是否按时足额发放」 → 「按时足额发放率」. */
function asRate(name: string): string {
  const bare = name.replace(YES_NO, "");
  return /率$/.test(bare) ? bare : `${bare}率`;
}

export default defineRule({
  meta: {
    id: "yes-no-as-rate",
    messages: {
      yesNo:
        "「{{name}}」是一个「是否」问题，只能回答是或否，指标值却是百分比「{{value}}」。请把指标值改为「是」（定性指标），或把名称改为可以计算的比率，如「{{rate}}」。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    ctx.indicators({ are: ["percent"], not: ["malformed"] }, (ind, project, _ask, k) => {
      if (!facts.nameMatches(k, YES_NO)) return;
      ctx.report({
        messageId: "yesNo",
        data: { name: displayName(ind), value: formatTarget(ind), rate: clip(asRate(ind.name)) },
        project,
        indicator: ind,
      });
    });
  },
});
