/**
 * Amount cells (金额/项目金额/资金总额) → exact 万元, and a sentence saying how the cell was read.
 *
 * Real tables do not keep the amount cell clean. The kinds of text this reads, most certain first:
 * - a number, or a number with its unit: 「214.06」「1,234.50」「449.8万」「2279.048 万元」「5000元」, the
 *   traditional 萬, 亿元 (×10000). A unit written in the cell wins over the column's unit.
 * - a total word and its number anywhere in the cell, even when the cell goes on with the sources the
 *   total is made of: 「总额106.5万元\n财政拨款:80万元(其中:…)\n其他:26.5万元」, 「…合计50万元」, 「共计…元」.
 * - a label and its value in one cell: 「年度资金总额:50万」「项目金额：12万元」.
 * - a number followed by its breakdown in brackets: 「50(其中中央30、地方20)」; 「50(万元)」 is a unit.
 * - a total on the first line and its sources on the next lines: 「50万元\n其中:财政拨款30万元…」.
 * Guesses (confidence "guess", the caller should say it is unsure and keep rules built on the amount
 * quiet): text that merely ends in a number (「某某补助资金(某任务)50」 — the number is most likely the
 * amount, but nothing says so), 「约5万」, and a labelled source followed by other sources with no total
 * (「财政拨款:30万\n自筹:20万」 — the first number is read, but it may be only a part).
 * Several unlabelled numbers on one line (「30万元+20万元」) are not read: problem "not-numeric".
 */
import Decimal from "decimal.js";
import type { Cell } from "../grid";
import { toHalfWidth } from "../text/normalize";

export interface ParsedAmount {
  /** In 万元, exact; null when missing, an error value or not a number. */
  amount: Decimal | null;
  problem: null | "missing" | "error" | "not-numeric";
  /** How the cell was read, in Chinese: 「从「总额10606.7522万元」读出 10606.7522 万元」. */
  how: string;
  /**
   * sure: the text says which number is the amount (or that there is none). guess: a number was read,
   * but the text does not label it as the amount — rules that depend on the amount should stay silent.
   */
  confidence: "sure" | "guess";
  /**
   * A guess because the text itself says the number is approximate (「约5万」「5万元左右」「预计5万元」),
   * not only because nothing labels it: unsure even in a column whose header says it holds the amount.
   */
  approximate?: true;
}

type WrittenUnit = "万元" | "元" | "亿元";

const TEN_THOUSAND = new Decimal(10000);
const ERROR_VALUE =
  /^#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
/** "1,234.50", "-12.5", "12.", with an optional written unit: 万元 / 万 / 元 / 亿元 / 亿. */
const AMOUNT_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d*)?(亿元|亿|万元|万|元)?$/;

/** Words that name a total; the number right after one is the amount. */
const TOTAL_WORDS = ["总额", "合计", "共计", "总计", "总金额", "总投资", "总预算", "总资金"];
/** Labels that name the amount itself (not one of its sources): 金额:, 预算:, 资金:. */
const AMOUNT_LABEL = /(?:金额|预算|预算数|资金|经费|投资|总额|合计|共计|总计|申请数|申报数|安排数)$/;
/** A label that is nothing but the amount's name, so no colon is needed: 「项目金额50万元」. */
const AMOUNT_LABEL_ALONE =
  /^(?:项目|年度|本年|本年度|当年|申报|申请)?(?:资金|金额|预算|预算数|预算金额|资金数|经费)(?:\((?:万元|元)\))?$/;
/** A unit written in the label: 「项目金额(元):」. */
const UNIT_IN_LABEL = /\((万元|元)\)/;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNIT = "亿元|亿|万元|万|元";
/** A total word, an optional 为/是/colon, then the number and its unit: 「总额10606.75万元」「合计为50」. */
const TOTAL_THEN_NUMBER = new RegExp(`(?:${TOTAL_WORDS.join("|")})(?:为|是)?:?(${NUMBER})(${UNIT})?`);
const NUMBER_SCAN = new RegExp(`(${NUMBER})(${UNIT})?`, "g");
/** What may follow an amount's number (and unit): the end, a bracket, sentence punctuation. */
const AFTER_AMOUNT = /^(?:$|[(,，;；。、:+\-*×/=]|左右)/;
const APPROXIMATE = /^(?:约|大约|预计|估计|暂定)$/;
const BRACKETED = /^\(([^()]*)\)/;
const TRAILING_PUNCT = /[,，;；。、.]+$/;

/**
 * A Cell holding an amount written in `unit` → 万元. Accepts numbers, "214.06", "1,234.50", "１２．５",
 * "50万元" (a unit in the text wins over the column unit), "5000元", and the explained amounts of the
 * module comment; error values (#REF!, #VALUE!) → problem "error".
 */
export function parseAmount(cell: Cell | undefined | null, unit: "万元" | "元"): ParsedAmount {
  if (!cell) return { amount: null, problem: "missing", how: "没有金额单元格", confidence: "sure" };
  if (cell.error)
    return { amount: null, problem: "error", how: `单元格是错误值 ${cell.error}`, confidence: "sure" };
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return notNumeric(`单元格的数字 ${v} 无法计算`);
    const d = new Decimal(v);
    return {
      amount: toWan(d, unit),
      problem: null,
      how: `读出数字 ${readValue(d, unit)}`,
      confidence: "sure",
    };
  }
  if (typeof v === "boolean") return notNumeric(`单元格是逻辑值 ${v ? "TRUE" : "FALSE"}，不是金额`);
  const text = typeof v === "string" ? v : (cell.text ?? "");
  return parseAmountText(text, unit);
}

/** The text form of parseAmount (also used for amounts written inside labels). */
export function parseAmountText(text: string, unit: "万元" | "元"): ParsedAmount {
  const lines = cleanLines(text ?? "");
  if (lines.length === 0) return { amount: null, problem: "missing", how: "单元格为空", confidence: "sure" };
  const whole = lines.join("");
  if (ERROR_VALUE.test(whole))
    return { amount: null, problem: "error", how: `单元格是错误值 ${whole}`, confidence: "sure" };
  return exactAmount(whole, unit) ?? totalInText(lines, unit) ?? firstLineAmount(lines, unit);
}

/** The cell's lines: half-width, 萬/億 simplified, no currency signs, no spaces; empty lines dropped. */
function cleanLines(text: string): string[] {
  return toHalfWidth(text)
    .replace(/萬/g, "万")
    .replace(/億/g, "亿")
    .replace(/[¥￥]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ""))
    .filter((line) => line !== "");
}

/** The whole cell is one number with an optional unit (the common case, and the old reader's grammar). */
function exactAmount(whole: string, unit: "万元" | "元"): ParsedAmount | null {
  const t = whole.replace(/，/g, ",");
  const m = AMOUNT_TEXT.exec(t);
  if (!m || (!m[2] && !(m[3] && m[3].length > 1))) return null;
  const digits = `${m[1] === "-" ? "-" : ""}${(m[2] ?? "0").replace(/,/g, "")}${m[3] && m[3].length > 1 ? m[3] : ""}`;
  const written = unitOf(m[4]);
  const value = new Decimal(digits);
  return sure(value, written ?? unit, `从「${whole}」读出 ${readValue(value, written ?? unit)}`);
}

/** 「总额10606.7522万元\n财政拨款:…」: the number after a total word, wherever it is. */
function totalInText(lines: string[], unit: "万元" | "元"): ParsedAmount | null {
  for (const line of lines) {
    const m = TOTAL_THEN_NUMBER.exec(line);
    if (!m || !AFTER_AMOUNT.test(line.slice(m.index + m[0].length))) continue;
    const value = toNumber(m[1]);
    const written = unitOf(m[2]) ?? unit;
    const end = m.index + m[0].length;
    const shown = end <= 24 ? line.slice(0, end) : m[0];
    const rest = lines.length > 1 ? "；其余各行是资金构成" : "";
    return sure(value, written, `从「${shown}」读出 ${readValue(value, written)}${rest}`);
  }
  return null;
}

interface Candidate {
  line: number;
  index: number;
  end: number;
  digits: string;
  unit: WrittenUnit | null;
}

/** The numbers outside brackets that stand where an amount can stand (before a unit, a bracket or the end). */
function candidatesOf(line: string, lineIndex: number): Candidate[] {
  const out: Candidate[] = [];
  const depthAt = bracketDepths(line);
  NUMBER_SCAN.lastIndex = 0;
  for (let m = NUMBER_SCAN.exec(line); m; m = NUMBER_SCAN.exec(line)) {
    const end = m.index + m[0].length;
    if (depthAt[m.index] > 0) continue;
    const before = line.charCodeAt(m.index - 1);
    if (before === 0x2e || (before >= 0x30 && before <= 0x39)) continue; // "1.2.3": part of a malformed number
    if (!AFTER_AMOUNT.test(line.slice(end))) continue; // "2024年", "3.6万人", "50%"
    out.push({ line: lineIndex, index: m.index, end, digits: m[1], unit: unitOf(m[2]) });
  }
  return out;
}

/** The bracket depth at each character ("(" and ")" after normalisation). */
function bracketDepths(line: string): Uint8Array {
  const depths = new Uint8Array(line.length + 1);
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "(") depth++;
    depths[i] = depth;
    if (c === ")" && depth > 0) depth--;
  }
  return depths;
}

/**
 * The first line with a number: its only number, with the label before it and the notes after it.
 * Lines before it must be labels (no digits); lines after it are taken as its breakdown.
 */
function firstLineAmount(lines: string[], unit: "万元" | "元"): ParsedAmount {
  let at = -1;
  let found: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    found = candidatesOf(lines[i], i);
    if (found.length > 0) {
      at = i;
      break;
    }
    if (/\d/.test(lines[i])) break; // digits, but none that can be an amount: 「2024年」「30%」
  }
  const shownAll = clip(lines.join(" "));
  if (at < 0) return notNumeric(`「${shownAll}」中找不到金额数字`);
  if (found.length > 1) {
    const numbers = found.map((c) => c.digits).join("、");
    return notNumeric(`「${clip(lines[at])}」中有几个数字（${numbers}），不知道哪一个是项目金额`);
  }
  const c = found[0];
  const line = lines[at];
  let after = line.slice(c.end);
  let written = c.unit;
  let note = "";
  const bracket = BRACKETED.exec(after);
  if (bracket) {
    const inner = unitOf(bracket[1]);
    if (inner && !written) written = inner;
    else note = bracket[1];
    after = after.slice(bracket[0].length);
  }
  const approximate = after.startsWith("左右");
  if (approximate) after = after.slice(2);
  after = after.replace(TRAILING_PUNCT, "");
  if (after !== "") return notNumeric(`「${clip(line)}」中除了数字还有其他内容，无法确定项目金额`);

  const labelLines = lines.slice(0, at).join("");
  const before = labelLines + line.slice(0, c.index);
  const value = toNumber(c.digits);
  const labelUnit = UNIT_IN_LABEL.exec(before);
  const u = written ?? unitOf(labelUnit?.[1]) ?? unit;
  const shown = clip(line.slice(0, c.end + (bracket ? bracket[0].length : 0)) || line);
  const read = `从「${shown}」读出 ${readValue(value, u)}`;
  const laterLines = lines.length > at + 1;
  const laterNumbers = lines.slice(at + 1).some((l) => /\d/.test(l));
  const noteText = note ? `，括号里「${clip(note, 20)}」是说明或构成` : "";

  if (approximate) return approximateGuess(value, u, `${read}，但写的是约数（「左右」），按推测处理`);
  if (before === "") {
    return sure(value, u, `${read}${noteText}${laterLines ? "；后面各行是资金构成" : ""}`);
  }
  const label = before.replace(/:$/, "").replace(UNIT_IN_LABEL, "");
  if (APPROXIMATE.test(label))
    return approximateGuess(value, u, `${read}，但写的是约数（「${label}」），按推测处理`);
  if (before.endsWith(":")) {
    if (AMOUNT_LABEL.test(label) || !laterNumbers) {
      return sure(value, u, `${read}（「${clip(label, 16)}」是金额的标签）${noteText}`);
    }
    return guess(
      value,
      u,
      `${read}：这是第一行「${clip(label, 16)}」的金额，后面几行还有其他资金，没有写总额，按推测处理`,
    );
  }
  if (AMOUNT_LABEL_ALONE.test(label)) {
    return sure(value, u, `${read}（「${clip(label, 16)}」是金额的标签）${noteText}`);
  }
  return guess(value, u, `${read}：前面的文字「${clip(label, 20)}」不是金额标签，按末尾的数字推测`);
}

function unitOf(written: string | undefined): WrittenUnit | null {
  if (written === "元") return "元";
  if (written === "万" || written === "万元") return "万元";
  if (written === "亿" || written === "亿元") return "亿元";
  return null;
}

function toNumber(digits: string): Decimal {
  return new Decimal(digits.replace(/,/g, ""));
}

function sure(value: Decimal, unit: WrittenUnit, how: string): ParsedAmount {
  return { amount: toWan(value, unit), problem: null, how, confidence: "sure" };
}

function guess(value: Decimal, unit: WrittenUnit, how: string): ParsedAmount {
  return { amount: toWan(value, unit), problem: null, how, confidence: "guess" };
}

function approximateGuess(value: Decimal, unit: WrittenUnit, how: string): ParsedAmount {
  return { ...guess(value, unit, how), approximate: true };
}

function notNumeric(how: string): ParsedAmount {
  return { amount: null, problem: "not-numeric", how, confidence: "sure" };
}

/** 「10606.7522 万元」, 「5000 元，即 0.5 万元」. */
function readValue(value: Decimal, unit: WrittenUnit): string {
  const plain = `${value.toFixed()} ${unit}`;
  return unit === "万元" ? plain : `${plain}，即 ${toWan(value, unit).toFixed()} 万元`;
}

function clip(text: string, max = 30): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function toWan(value: Decimal, unit: WrittenUnit): Decimal {
  if (unit === "元") return value.div(TEN_THOUSAND);
  if (unit === "亿元") return value.times(TEN_THOUSAND);
  return value;
}
