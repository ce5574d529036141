/**
 * whitespace-in-field — a space, or the word `null` left by an export, inside an indicator name, a
 * 指标值 cell or a 绩效目标. The 预算管理一体化 system refuses such a row on import (「不符合规范」) in
 * the provinces that switch this check on; others accept it, so the rule can be switched off in the
 * settings. Line breaks and spaces at the ends of a cell (which Excel users cannot see and the reader
 * trims) are not reported; only spaces between characters are.
 */
import { indicatorPlaceholder, placeholderLeftOn } from "./placeholder-left";
import { clip, displayName } from "./util/indicator-text";
import { tableFacts } from "./util/table-facts";
import { T_LETTER_L, T_SPACE } from "./util/text-chars";
import { defineRule } from "./rule";

/** A space between two characters of one line (normal, ideographic or non-breaking; tabs). */
const INNER_SPACE = /\S[ \t\u3000\u00a0]+(?=\S)/;
const NULL_WORD = /(?<![A-Za-z])null(?![A-Za-z])/i;

/** A short excerpt of the text around its first inner space, to show where it is. */
function aroundSpace(text: string): string {
  const m = INNER_SPACE.exec(text);
  if (!m) return clip(text);
  const at = m.index + 1;
  const from = Math.max(0, at - 8);
  const to = Math.min(text.length, at + m[0].length - 1 + 8);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\n/g, " ")}${to < text.length ? "…" : ""}`;
}

export default defineRule({
  meta: {
    id: "whitespace-in-field",
    messages: {
      nameSpace:
        "指标名称「{{text}}」中间有空格。预算管理一体化系统导入时会拒绝含空格的指标名称（提示「不符合规范」）。请删去空格。",
      valueSpace:
        "「{{name}}」的指标值「{{text}}」中间有空格。预算管理一体化系统导入时会拒绝含空格的指标值。请删去空格。",
      goalSpace:
        "「{{project}}」的绩效目标中有空格（「{{text}}」处）。预算管理一体化系统保存或导入时会拒绝含空格的绩效目标。请删去空格（换行可以保留）。",
      nullWord:
        "{{field}}「{{text}}」中有「null」字样，多半是从系统导出时留下的空值。预算管理一体化系统导入时会拒绝它。请填写实际内容，或删去「null」。",
    },
  },
  check(ctx) {
    const { projects, start, indicators, textChars } = tableFacts(ctx.table);
    for (let p = 0; p < projects.length; p++) {
      const project = projects[p];
      const goal = project.goal;
      if (NULL_WORD.test(goal)) {
        ctx.report({
          messageId: "nullWord",
          data: { field: "绩效目标", text: clip(goal) },
          project,
          at: project.cells.goal,
        });
      } else if (INNER_SPACE.test(goal)) {
        ctx.report({
          messageId: "goalSpace",
          data: { project: project.name, text: aroundSpace(goal) },
          project,
          at: project.cells.goal,
        });
      }
      for (let k = start[p]; k < start[p + 1]; k++) {
        // INNER_SPACE needs a space, NULL_WORD an l: an indicator with neither is not read.
        if ((textChars[k] & (T_SPACE | T_LETTER_L)) === 0) continue;
        const ind = indicators[k];
        // With no value read from a wide line the name holds the whole line: its spaces separate the target.
        const name = ind.value === null && !ind.written ? "" : ind.name;
        const value = ind.written?.value ?? ind.value ?? "";
        const suspect =
          INNER_SPACE.test(name) || NULL_WORD.test(name) || INNER_SPACE.test(value) || NULL_WORD.test(value);
        if (!suspect || (placeholderLeftOn(ctx.settings) && indicatorPlaceholder(ind))) continue; // a placeholder line is placeholder-left's
        if (NULL_WORD.test(name) || NULL_WORD.test(value)) {
          const inName = NULL_WORD.test(name);
          ctx.report({
            messageId: "nullWord",
            data: { field: inName ? "指标名称" : "指标值", text: clip(inName ? name : value) },
            project,
            indicator: ind,
            ...(inName || !ind.written ? {} : { at: ind.written.valueCell }),
          });
        } else if (INNER_SPACE.test(name)) {
          ctx.report({ messageId: "nameSpace", data: { text: clip(name) }, project, indicator: ind });
        } else {
          ctx.report({
            messageId: "valueSpace",
            data: { name: displayName(ind), text: clip(value) },
            project,
            indicator: ind,
            ...(ind.written ? { at: ind.written.valueCell } : {}),
          });
        }
      }
    }
  },
});
