/**
 * value-not-plain-number — in a table that keeps 计算符号, 指标值 and 计量单位 in separate columns (the
 * 预算管理一体化 system's own export and import template), the 指标值 of a quantitative indicator must be
 * a plain non-negative number: 「≥95」, 「95%」, 「1,000」, 「约100」 or 「-5」 in that column make the
 * import refuse the row. Empty values, placeholders and rejected characters have rules of their own.
 */
import type { Indicator, Table } from "../model";
import type { Settings } from "../settings";
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

type NotPlain = { messageId: "negative" | "noNumber" } | { messageId: "notPlain"; plain: string };

/** Whether the table keeps 计算符号, 指标值 and 计量单位 in columns of their own. */
export function hasSplitColumns(table: Table): boolean {
  const cols = table.columns;
  return cols.operator !== undefined && cols.value !== undefined && cols.unit !== undefined;
}

/** What this rule says of an indicator of a split-column table, or null when it says nothing. */
function notPlainOf(ind: Indicator, settings: Settings): NotPlain | null {
  const w = ind.written;
  if (!w || w.value === "" || !isQuantitativeRow(ind)) return null;
  const text = w.value;
  const negative = ind.number !== null && ind.number.isNegative() && !ind.number.isZero();
  if (w.valueIsNumber ? !negative : PLAIN.test(text)) return null;
  if (REJECTED_OR_DASH.test(text) || (placeholderLeftOn(settings) && indicatorPlaceholder(ind))) return null; // their own rules
  if (negative) return { messageId: "negative" };
  const plain = onlyNumber(text);
  return plain !== null ? { messageId: "notPlain", plain } : { messageId: "noNumber" };
}

/**
 * Whether this rule reports the indicator's value: then value-malformed, whose advice (「指标名称 符号
 * 数值 单位」 in one cell) does not fit a split-column table, stays silent on it.
 */
export function notPlainSpeaks(table: Table, ind: Indicator, settings: Settings): boolean {
  return (
    hasSplitColumns(table) &&
    !settings.disabledRules.includes("value-not-plain-number") &&
    notPlainOf(ind, settings) !== null
  );
}

export default defineRule({
  meta: {
    id: "value-not-plain-number",
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
    if (!hasSplitColumns(ctx.table)) return;
    for (const project of ctx.table.projects) {
      for (const ind of project.indicators) {
        const said = notPlainOf(ind, ctx.settings);
        if (said === null) continue;
        const data = { name: displayName(ind), value: clip(ind.written!.value) };
        const at = ind.written!.valueCell;
        if (said.messageId === "notPlain") {
          const plain = said.plain;
          ctx.report({ messageId: "notPlain", data: { ...data, plain }, project, indicator: ind, at });
        } else ctx.report({ messageId: said.messageId, data, project, indicator: ind, at });
      }
    }
  },
});
