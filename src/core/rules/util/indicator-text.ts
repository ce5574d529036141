/**
 * How the value rules quote an indicator back to the user: its name, and its target as written
 * ("≥2.5万元", "逐年递减"). Shared so every message quotes the same way.
 */
import type { Indicator, Operator } from "../../model";

export const OP_SYMBOL: Record<Operator, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" };

/** ≥ ↔ ≤, > ↔ <: the operator with the opposite direction. */
export const OP_FLIPPED: Record<Operator, Operator> = {
  ">=": "<=",
  ">": "<",
  "=": "=",
  "<": ">",
  "<=": ">=",
};

const MAX_QUOTE = 40;

/** Shorten long text for a message (cell text is data: quoted, never interpreted). */
export function clip(text: string, max = MAX_QUOTE): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** The name to quote: the 三级 name, else the 二级 label it stands under. */
export function displayName(ind: Indicator): string {
  return clip(ind.name) || clip(ind.level2) || "（未命名指标）";
}

/** The target as written (or with another operator or unit): operator symbol, value, unit. */
export function formatTarget(
  ind: Indicator,
  op: Operator | null = ind.operator,
  unit: string | null = ind.unit,
): string {
  return `${op ? OP_SYMBOL[op] : ""}${clip(ind.value ?? "")}${unit ?? ""}`;
}

const UNIT_IN_NAME =
  /[（(]\s*(%|％|‰|[^（）()]{0,6}元[^（）()]{0,6}|人|人次|次|个|天|日|年|月|本|册|篇|条|场|期|件|项|户|名|套|台|小时|学时|公里|亩|平方米|吨)\s*[)）]\s*$/;

/** A unit written inside the name, e.g. "苗木成活率(%)", "人均补助（元）". */
export function unitInName(name: string): string | null {
  const m = UNIT_IN_NAME.exec(name);
  return m ? m[1] : null;
}

/** The unit that applies: the unit column, else one written in the name. */
export function effectiveUnit(ind: Indicator): string | null {
  return ind.unit ?? unitInName(ind.name);
}
