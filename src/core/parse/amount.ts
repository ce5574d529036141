/** Amount cells (金额/项目金额/资金总额) → exact 万元. Text amounts, thousands separators, 元 are all read. */
import Decimal from "decimal.js";
import type { Cell } from "../grid";
import { toHalfWidth } from "../text/normalize";

export interface ParsedAmount {
  /** In 万元, exact; null when missing, an error value or not a number. */
  amount: Decimal | null;
  problem: null | "missing" | "error" | "not-numeric";
}

const TEN_THOUSAND = new Decimal(10000);
const ERROR_VALUE =
  /^#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
/** "1,234.50", "-12.5", "12.", with an optional written unit: 万元 / 万 / 元. */
const AMOUNT_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d*)?(万元|万|元)?$/;

/**
 * A Cell holding an amount written in `unit` → 万元. Accepts numbers, "214.06", "1,234.50", "１２．５",
 * "50万元" (a unit in the text wins over the column unit), "5000元"; error values (#REF!, #VALUE!) →
 * problem "error".
 */
export function parseAmount(cell: Cell | undefined | null, unit: "万元" | "元"): ParsedAmount {
  if (!cell) return { amount: null, problem: "missing" };
  if (cell.error) return { amount: null, problem: "error" };
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { amount: null, problem: "not-numeric" };
    return { amount: toWan(new Decimal(v), unit), problem: null };
  }
  if (typeof v === "boolean") return { amount: null, problem: "not-numeric" };
  const text = typeof v === "string" ? v : (cell.text ?? "");
  return parseAmountText(text, unit);
}

/** The text form of parseAmount (also used for amounts written inside labels). */
export function parseAmountText(text: string, unit: "万元" | "元"): ParsedAmount {
  const t = toHalfWidth(text ?? "")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[¥￥]/g, "")
    .replace(/，/g, ",");
  if (!t) return { amount: null, problem: "missing" };
  if (ERROR_VALUE.test(t)) return { amount: null, problem: "error" };
  const m = AMOUNT_TEXT.exec(t);
  if (!m || (!m[2] && !(m[3] && m[3].length > 1))) return { amount: null, problem: "not-numeric" };
  const digits = `${m[1] === "-" ? "-" : ""}${(m[2] ?? "0").replace(/,/g, "")}${m[3] && m[3].length > 1 ? m[3] : ""}`;
  const written = m[4];
  const amountUnit: "万元" | "元" = written === "元" ? "元" : written ? "万元" : unit;
  return { amount: toWan(new Decimal(digits), amountUnit), problem: null };
}

function toWan(value: Decimal, unit: "万元" | "元"): Decimal {
  return unit === "元" ? value.div(TEN_THOUSAND) : value;
}
