/**
 * A value as written through Range.values. Excel parses what it is given — "=" starts a formula, "95%"
 * becomes 0.95, "2024-1" a date, "95" a number — so text that Excel could read as anything but text is
 * written with a leading apostrophe, which Excel takes as "this is text" and does not keep in the value.
 */
import type { CellValue } from "../../core/grid";

/** Starts with a formula/sign character, a digit or a space; ends with % or a space; or is TRUE/FALSE. */
const PARSABLE = /^[=+\-@'\s\d.$¥￥€£]|[%\s]$|^(true|false)$/i;

export function cellInput(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v !== "string") return v;
  return PARSABLE.test(v) ? `'${v}` : v;
}
