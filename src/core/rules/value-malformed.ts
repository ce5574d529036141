/**
 * value-malformed — the value/unit could not be read cleanly. Reports what the parser recorded: a reason
 * on an indicator (Indicator.malformed: "≥ 2/次", "次/350元", "≤150/本") and each line of an indicator
 * cell it could not read at all (Project.issues). Nothing the parser skipped goes unreported. In a table
 * with separate 计算符号/指标值/计量单位 columns, a value value-not-plain-number reports is left to it:
 * one finding per cell, with the advice that fits the table.
 */
import { clip, displayName } from "./util/indicator-text";
import { MALFORMED } from "./util/indicator-flags";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";
import { notPlainSpeaks } from "./value-not-plain-number";

export default defineRule({
  meta: {
    id: "value-malformed",
    messages: {
      indicator:
        "「{{name}}」的指标值读不准（原文「{{raw}}」）：{{reason}}。请按「指标名称 符号 数值 单位」的格式改写。",
      line: "绩效指标中这一行无法识别：「{{text}}」（{{reason}}）。请按「指标名称 符号 数值 单位」的格式改写，或删去多余内容。",
    },
  },
  check(ctx) {
    const { flags, start, indicators, projectFlags } = tableFacts(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      const end = (projectFlags[p] & MALFORMED) === 0 ? start[p] : start[p + 1]; // no malformed indicator: none to visit
      for (let k = start[p]; k < end; k++) {
        if ((flags[k] & MALFORMED) === 0) continue;
        const ind = indicators[k];
        if (notPlainSpeaks(ctx.table, ind, ctx.settings)) continue;
        ctx.report({
          messageId: "indicator",
          data: { name: displayName(ind), raw: clip(ind.raw, 60), reason: stripEndPunct(ind.malformed!) },
          project,
          indicator: ind,
        });
      }
      for (const issue of project.issues) {
        ctx.report({
          messageId: "line",
          data: { text: clip(issue.text, 60), reason: stripEndPunct(issue.reason) },
          project,
          at: issue.source,
        });
      }
    });
  },
});

/** Reasons are sentences of their own; the message adds its own punctuation. */
function stripEndPunct(reason: string): string {
  return reason.trim().replace(/[。．.，,；;]+$/, "") || "格式不规范";
}
