/**
 * import-rejected-chars — characters the 预算管理一体化 system's 绩效 module refuses on import: a 指标值
 * containing `*` or `_`, a 指标值 that is only a dash (「-」, written for "not applicable"), or an
 * indicator name made only of such characters. The system stops at the first such row
 * (「第N行…不符合规范」), so each one found here saves a round trip. Template placeholders (「≥**人」)
 * are placeholder-left's, not reported again.
 */
import type { Indicator } from "../model";
import { indicatorPlaceholder, placeholderLeftOn } from "./placeholder-left";
import { clip, displayName } from "./util/indicator-text";
import { tableFacts } from "./util/table-facts";
import { T_DASH, T_SPACE, T_STAR } from "./util/text-chars";
import { defineRule } from "./rule";

const REJECTED = /[*＊_＿]/;
const DASH_ONLY = /^[-－—–]+$/;
const NAME_ONLY_REJECTED = /^[\s*＊_＿\-－—–]+$/;

/** The 指标值 as written: the value cell in a grid, else the value and unit read from the line. */
function writtenValue(ind: Indicator): string {
  if (ind.written) return ind.written.value;
  return `${ind.value ?? ""}${ind.unit ?? ""}`;
}

export default defineRule({
  meta: {
    id: "import-rejected-chars",
    messages: {
      valueChar:
        "「{{name}}」的指标值「{{value}}」含有「{{char}}」。预算管理一体化系统导入时会拒绝这一行（提示「不符合规范」）并停止导入。请改为实际的数值或文字，删去「{{char}}」。",
      valueDash:
        "「{{name}}」的指标值只写了「{{value}}」。预算管理一体化系统导入时不接受「-」作为指标值，会拒绝这一行。请填写实际目标值；确实不适用的指标请删去这一行。",
      lineChar:
        "「{{text}}」含有「{{char}}」。预算管理一体化系统导入时会拒绝这一行（提示「不符合规范」）并停止导入。请填写实际的目标值，删去「{{char}}」。",
      name: "有一条指标的名称只有「{{name}}」。预算管理一体化系统导入时会拒绝这样的指标名称。请填写指标名称，或删去这一行。",
    },
  },
  check(ctx) {
    const { projects, start, indicators, textChars } = tableFacts(ctx.table);
    for (let p = 0; p < projects.length; p++) {
      const project = projects[p];
      for (let k = start[p]; k < start[p + 1]; k++) {
        // Each regex needs a *, a dash or a space: an indicator with none of them is not read.
        if ((textChars[k] & (T_STAR | T_DASH | T_SPACE)) === 0) continue;
        const ind = indicators[k];
        // No value read from a wide line: the parser kept the whole line, target included, as the name.
        const wholeLine = ind.value === null && !ind.written;
        const value = wholeLine ? "" : writtenValue(ind);
        const lineBad = wholeLine && REJECTED.test(ind.name);
        const nameBad = ind.name !== "" && NAME_ONLY_REJECTED.test(ind.name);
        const valueBad = value !== "" && (REJECTED.test(value) || DASH_ONLY.test(value));
        if (!nameBad && !valueBad && !lineBad) continue;
        if (placeholderLeftOn(ctx.settings) && indicatorPlaceholder(ind)) continue; // placeholder-left says it
        if (lineBad && !nameBad) {
          ctx.report({
            messageId: "lineChar",
            data: { text: clip(ind.name), char: REJECTED.exec(ind.name)![0] },
            project,
            indicator: ind,
          });
        } else if (nameBad) {
          ctx.report({ messageId: "name", data: { name: clip(ind.name) }, project, indicator: ind });
        } else if (DASH_ONLY.test(value)) {
          const at = ind.written?.valueCell ? { ...ind.written.valueCell } : undefined;
          ctx.report({
            messageId: "valueDash",
            data: { name: displayName(ind), value },
            project,
            indicator: ind,
            ...(at ? { at } : {}),
          });
        } else {
          const at = ind.written?.valueCell;
          ctx.report({
            messageId: "valueChar",
            data: { name: displayName(ind), value: clip(value), char: REJECTED.exec(value)![0] },
            project,
            indicator: ind,
            ...(at ? { at } : {}),
          });
        }
      }
    }
  },
});
