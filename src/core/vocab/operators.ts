/**
 * 计算符号 as a unit writes it in a template (JSON or a 模板工作表): the symbol in any of the spellings
 * found in real files — ASCII (>=), full-width (＞＝, typed with a Chinese input method), the
 * Japanese-keyboard ≧ ≦ — or 定性 for a text value, each to the one symbol templates use. One table
 * for both readers, so a template file and a template sheet accept the same words.
 */
import type { TemplateOperator } from "../templates/types";

export const TEMPLATE_OPERATOR_OF: ReadonlyMap<string, TemplateOperator> = new Map<string, TemplateOperator>([
  ["≥", "≥"],
  [">=", "≥"],
  ["≧", "≥"],
  ["＞＝", "≥"],
  [">", ">"],
  ["＞", ">"],
  ["=", "="],
  ["＝", "="],
  ["<", "<"],
  ["＜", "<"],
  ["≤", "≤"],
  ["<=", "≤"],
  ["≦", "≤"],
  ["＜＝", "≤"],
  ["定性", "定性"],
]);

/** A symbol written at the start of a value (≥95): longer spellings first, so >= is not read as >. */
export const LEADING_OPERATOR_SYMBOL = new RegExp(
  `^(${[...TEMPLATE_OPERATOR_OF.keys()]
    .filter((w) => w !== "定性")
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s*`,
);
