/**
 * What Excel stores when the API writes a value into a cell (Range.values), as far as the fake can know
 * it without Excel's locale: numbers, booleans, text, a leading apostrophe that marks text, and numeric
 * text in a General cell becoming a number. Anything whose conversion depends on the locale or on
 * Excel's parser (formulas, dates, times, percentages, currency, thousands separators) throws "not
 * implemented": the add-in must never leave such a string to Excel's guess.
 */
import type { CellValue } from "../../../src/core/grid";

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
/** Strings Excel may read as something other than text. */
const PARSED = [
  /^=/, // formula
  /^[-+@]/, // formula or signed number
  /%\s*$/, // percentage
  /^\s*[$¥￥€£]/, // currency
  /^\s*\d[\d,]*,\d{3}/, // thousands separators
  /^\s*\d{1,4}\s*[-/.年月]\s*\d/, // dates: 2024-1-5, 1/2, 2024年1月
  /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日/, // 3月5日
  /^\s*\d{1,2}:\d{2}/, // times
  /^\s+[-+]?\d|\d\s+$/, // a number with spaces around it
];

export function storedValue(input: unknown, numberFormat: string | undefined): CellValue {
  if (input === null || input === undefined || input === "") return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error(`not implemented in fake Excel: writing ${input}`);
    return input;
  }
  if (typeof input === "boolean") return input;
  if (typeof input !== "string") throw new Error(`not implemented in fake Excel: writing a ${typeof input}`);
  if (input.startsWith("'")) return input.slice(1) === "" ? null : input.slice(1);
  if (numberFormat === "@") return input;
  if (NUMBER.test(input)) return Number(input);
  if (BOOLEAN.test(input)) return input.toUpperCase() === "TRUE";
  if (PARSED.some((re) => re.test(input))) {
    throw new Error(
      `not implemented in fake Excel: writing "${input}" (Excel may read it as a formula, date, number or percentage)`,
    );
  }
  return input;
}
