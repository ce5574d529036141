/**
 * The text Excel displays for a number under a number format. exceljs gives the number and the format
 * code but not the displayed text (its `cell.text` is the bare number: "6.8" where Excel shows "6.80"
 * under "0.00", and a JavaScript date string for dates), and detection reads amounts and dates from
 * that text. Enough of the format language for the tables we read: General, fixed decimals, thousands
 * separators, percent, scientific, literal prefixes/suffixes ("0.00\"万元\""), sign sections, text "@",
 * and dates/times. Anything else falls back to General, which is still the right number.
 */
export type NumberFormatter = (n: number) => string;

const cache = new Map<string, NumberFormatter>();

/**
 * exceljs names built-in format 14 (the system short date) "mm-dd-yy"; Excel shows it in the reader's
 * locale, for our users 2024/1/5.
 */
const EXCELJS_SHORT_DATE = "mm-dd-yy";
const CHINESE_SHORT_DATE = "yyyy/m/d";

export function formatNumber(n: number, format: string | undefined, date1904 = false): string {
  if (!format) return formatGeneral(n);
  if (format === EXCELJS_SHORT_DATE) format = CHINESE_SHORT_DATE;
  const key = date1904 ? `1904|${format}` : format;
  let f = cache.get(key);
  if (!f) {
    f = compileFormat(format, date1904);
    cache.set(key, f);
  }
  return f(n);
}

export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return exponential(n, 5, true);
  return trimZeros(n.toPrecision(10));
}

/** Excel's scientific notation: "1.23E+04" (two-digit exponent at least). */
function exponential(n: number, digits: number, trim = false): string {
  const [m, e] = n.toExponential(digits).split("e");
  const exp = Number(e);
  return `${trim ? trimZeros(m) : m}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
}

function trimZeros(s: string): string {
  return s.indexOf(".") < 0 ? s : s.replace(/0+$/, "").replace(/\.$/, "");
}

/** Split on ';' outside quotes, brackets and escapes. */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === "\\" && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    else if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { lit: string } | { code: string };

/** Literals (quoted, escaped, padding) apart from format codes; [colour]/[locale] brackets dropped. */
function tokenize(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ lit: section.slice(i + 1, end < 0 ? section.length : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") out.push({ lit: section[++i] ?? "" });
    else if (ch === "_") {
      out.push({ lit: " " });
      i++;
    } else if (ch === "*") i++;
    else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (/^h+$|^m+$|^s+$/i.test(inner)) out.push({ code: `[${inner}]` });
      else if (inner.startsWith("$")) out.push({ lit: inner.slice(1).split("-")[0] });
      i = end < 0 ? section.length : end;
    } else out.push({ code: ch });
  }
  return out;
}

const DATE_CODE = /[ymdhsYMDHS]/;

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => "code" in t && DATE_CODE.test(t.code) && t.code !== "E" && t.code !== "e");
}

function compileFormat(format: string, date1904: boolean): NumberFormatter {
  const sections = splitSections(format).map((s) => compileSection(tokenize(s), date1904));
  return (n: number) => {
    if (n < 0 && sections.length > 1) return sections[1](Math.abs(n));
    if (n === 0 && sections.length > 2) return sections[2](n);
    return sections[0](n);
  };
}

/** One section of a format: what kind it is is decided once, when the format is first met. */
function compileSection(tokens: Token[], date1904: boolean): NumberFormatter {
  const codes = tokens
    .map((t) => ("code" in t ? t.code : ""))
    .join("")
    .trim();
  if (/^general$/i.test(codes) || codes === "@") return (v) => literalsAround(tokens, formatGeneral(v));
  if (isDateSection(tokens)) return (v) => formatDate(v, tokens, date1904);
  return (v) => formatDecimal(v, tokens);
}

function literalsAround(tokens: Token[], body: string): string {
  let pre = "";
  let post = "";
  let seenCode = false;
  for (const t of tokens) {
    if ("lit" in t) {
      if (seenCode) post += t.lit;
      else pre += t.lit;
    } else seenCode = true;
  }
  return pre + body + post;
}

const PLACEHOLDER = /[0#?]/;

function formatDecimal(n: number, tokens: Token[]): string {
  let pre = "";
  let post = "";
  let intDigits = 0;
  let decZeros = 0;
  let decAll = 0;
  let afterPoint = false;
  let thousands = false;
  let percent = 0;
  let exponent = false;
  let seenPlaceholder = false;
  for (const t of tokens) {
    if ("lit" in t) {
      if (seenPlaceholder) post += t.lit;
      else pre += t.lit;
      continue;
    }
    const c = t.code;
    if (PLACEHOLDER.test(c) && !exponent) {
      seenPlaceholder = true;
      if (afterPoint) {
        decAll++;
        if (c === "0") decZeros++;
      } else if (c === "0") intDigits++;
    } else if (c === "." && !exponent) afterPoint = true;
    else if (c === "," && seenPlaceholder && !afterPoint) thousands = true;
    else if (c === "%") {
      percent++;
      if (seenPlaceholder) post += "%";
      else pre += "%";
    } else if (c === "E" || c === "e") exponent = true;
    else if (exponent && (c === "+" || c === "-" || PLACEHOLDER.test(c))) continue;
    else if (c === "/" || c === "?") return formatGeneral(n);
    else if (seenPlaceholder) post += c;
    else pre += c;
  }
  if (!seenPlaceholder) return pre + post;
  let v = n * Math.pow(100, percent);
  if (exponent) return `${pre}${exponential(v, decAll)}${post}`;
  const negative = v < 0;
  v = Math.abs(v);
  let [intPart, decPart = ""] = roundTo(v, decAll).split(".");
  if (decAll > decZeros) decPart = decPart.replace(/0+$/, "").padEnd(decZeros, "0");
  if (intPart === "0" && intDigits === 0) intPart = "";
  intPart = intPart.padStart(intDigits, "0");
  if (thousands) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = decPart ? `${intPart}.${decPart}` : intPart;
  const sign = negative && Number(body.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${pre}${body}${post}`;
}

/** Decimal rounding as Excel does it for display (half away from zero on the written digits). */
function roundTo(v: number, digits: number): string {
  const shifted = Number(`${v}e${digits}`);
  if (!Number.isFinite(shifted)) return v.toFixed(digits);
  return (Math.round(shifted) / Math.pow(10, digits)).toFixed(digits);
}

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** exceljs's constants: serial 25569 is 1970-01-01; the 1904 system starts 1462 days later. */
const EXCELJS_EPOCH_SERIAL = 25569;
const EXCELJS_1904_OFFSET = 1462;
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Excel serial → UTC date parts (the 1900 system has the fictitious 1900-02-29, serial 60). */
export function serialToParts(
  serial: number,
  date1904 = false,
): {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
} {
  const days = Math.floor(serial);
  const secs = Math.round((serial - days) * 86400);
  let y: number, m: number, d: number;
  if (!date1904 && days === 60) [y, m, d] = [1900, 2, 29];
  else {
    const base = date1904 ? EPOCH_1904 : days < 60 ? Date.UTC(1899, 11, 31) : EPOCH_1900;
    const dt = new Date(base + days * MS_PER_DAY);
    [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  }
  return { y, m, d, H: Math.floor(secs / 3600) % 24, M: Math.floor(secs / 60) % 60, S: secs % 60 };
}

/**
 * The Excel serial of a date cell as exceljs reads it. exceljs turns serials into dates with
 * `new Date(round((serial - 25569 [+ 1462 in the 1904 system]) * 86400000))` (utils.excelToDate),
 * ignoring the fictitious 1900-02-29; this is its exact inverse, so the serial in the file comes back
 * (to the millisecond) and serialToParts() then shows the date Excel shows.
 */
export function serialFromDate(date: Date, date1904 = false): number {
  return date.getTime() / MS_PER_DAY + EXCELJS_EPOCH_SERIAL - (date1904 ? EXCELJS_1904_OFFSET : 0);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDate(serial: number, tokens: Token[], date1904: boolean): string {
  const p = serialToParts(serial, date1904);
  // Group repeated codes into runs ("yyyy", "mm") and decide whether m means month or minute.
  const runs: { code: string; lit?: string }[] = [];
  for (const t of tokens) {
    if ("lit" in t) runs.push({ code: "", lit: t.lit });
    else {
      const last = runs[runs.length - 1];
      const c = t.code.toLowerCase();
      if (last && !last.lit && last.code[0] === c && /^[ymdhs]$/.test(c)) last.code += c;
      else runs.push({ code: t.code.startsWith("[") ? t.code : c });
    }
  }
  const ampm = tokens.some((t) => "code" in t && /^a$/i.test(t.code));
  let out = "";
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (r.lit !== undefined) {
      out += r.lit;
      continue;
    }
    const c = r.code;
    const prevTime = runs
      .slice(0, i)
      .reverse()
      .find((x) => !x.lit && /^[hmsdy]/.test(x.code));
    const nextTime = runs.slice(i + 1).find((x) => !x.lit && /^[hmsdy]/.test(x.code));
    if (c[0] === "y") out += c.length <= 2 ? String(p.y % 100).padStart(2, "0") : String(p.y);
    else if (c[0] === "d")
      out += c.length === 1 ? String(p.d) : c.length === 2 ? String(p.d).padStart(2, "0") : "";
    else if (c[0] === "h") {
      const h = ampm ? p.H % 12 || 12 : p.H;
      out += c.length === 1 ? String(h) : String(h).padStart(2, "0");
    } else if (c[0] === "s") out += c.length === 1 ? String(p.S) : String(p.S).padStart(2, "0");
    else if (c[0] === "m") {
      const minute = (prevTime && prevTime.code[0] === "h") || (nextTime && nextTime.code[0] === "s");
      const v = minute ? p.M : p.m;
      if (!minute && c.length === 3) out += MONTHS[p.m - 1];
      else if (!minute && c.length >= 4) out += `${p.m}月`;
      else out += c.length === 1 ? String(v) : String(v).padStart(2, "0");
    } else if (c === "a") {
      out += p.H < 12 ? "上午" : "下午";
      // skip the rest of "AM/PM" / "A/P"
      while (i + 1 < runs.length && !runs[i + 1].lit && /^[mp/]$/.test(runs[i + 1].code)) i++;
    } else if (c.startsWith("[")) out += String(Math.floor(serial * 24));
    else out += c;
  }
  return out;
}
