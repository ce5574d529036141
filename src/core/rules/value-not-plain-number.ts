/**
 * value-not-plain-number — in a table that keeps 计算符号, 指标值 and 计量单位 in separate columns (the
 * 预算管理一体化 system's own export and import template), the 指标值 of a quantitative indicator must be
 * a plain non-negative number: 「≥95」, 「95%」, 「1,000」, 「约100」 or 「-5」 in that column make the
 * import refuse the row. Empty values, placeholders and rejected characters have rules of their own.
 */
import type { Indicator } from "../model";
import { indicatorPlaceholder, placeholderLeftOn } from "./placeholder-left";
import { clip, displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

const PLAIN = /^\d+(?:\.\d+)?$/;
const COMPARISON = /[≥≤><=＞＜≧≦]|大于|小于|等于|不低于|不高于|不超过|不少于|不多于|以上|以下|以内|定量/;
const QUALITATIVE_OP = /定性/;
const REJECTED_OR_DASH = /[*＊_＿]|^[-－—–]+$/;
const NUMBERS = /\d+(?:\.\d+)?/g;

/** The one number written in the text ("≥95%" → "95", "1,000人" → "1000"), or null for none or several. */
function onlyNumber(text: string): string | null {
  const t = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[,，](?=\d{3})/g, "");
  const all = t.match(NUMBERS);
  return all && all.length === 1 ? all[0] : null;
}

function isQuantitativeRow(ind: Indicator): boolean {
  const op = ind.written!.operator;
  if (QUALITATIVE_OP.test(op)) return false;
  return COMPARISON.test(op) || !ind.qualitative;
}

export default defineRule({
  meta: {
    id: "value-not-plain-number",
    category: "import",
    defaultSeverity: "error",
    description:
      "计算符号、指标值、计量单位分栏填写的表中，定量指标的指标值一栏只能是不带符号和单位的非负数字，否则预算管理一体化系统导入时会拒绝。（依据：预算管理一体化系统导入校验）",
    messages: {
      notPlain:
        "「{{name}}」的指标值一栏写成「{{value}}」。预算管理一体化系统的指标值一栏只接受不带符号、单位和文字的数字，导入时会拒绝这一行。计算符号和计量单位请填在各自的栏里，指标值改为「{{plain}}」。",
      negative:
        "「{{name}}」的指标值是负数「{{value}}」。预算管理一体化系统的指标值只接受非负数，导入时会拒绝这一行。表示下降、减少时请写正数并在名称中写明（如「成本下降率」≥5%）。",
      noNumber:
        "「{{name}}」的指标值一栏写成「{{value}}」，不是一个单纯的数字，可这一行是定量指标。预算管理一体化系统导入时会拒绝这一行。请填写数字，或把指标改为定性。",
    },
  },
  check(ctx) {
    const cols = ctx.table.columns;
    if (cols.operator === undefined || cols.value === undefined || cols.unit === undefined) return;
    for (const project of ctx.table.projects) {
      for (const ind of project.indicators) {
        const w = ind.written;
        if (!w || w.value === "" || !isQuantitativeRow(ind)) continue;
        const text = w.value;
        const negative = ind.number !== null && ind.number.isNegative() && !ind.number.isZero();
        if (w.valueIsNumber ? !negative : PLAIN.test(text)) continue;
        if (REJECTED_OR_DASH.test(text) || (placeholderLeftOn(ctx.settings) && indicatorPlaceholder(ind)))
          continue; // their own rules
        const data = { name: displayName(ind), value: clip(text) };
        if (negative) {
          ctx.report({ messageId: "negative", data, project, indicator: ind, at: w.valueCell });
          continue;
        }
        const plain = onlyNumber(text);
        if (plain !== null) {
          ctx.report({
            messageId: "notPlain",
            data: { ...data, plain },
            project,
            indicator: ind,
            at: w.valueCell,
          });
        } else {
          ctx.report({ messageId: "noNumber", data, project, indicator: ind, at: w.valueCell });
        }
      }
    }
  },
});
