/**
 * A wide-layout indicator cell (the whole 一级 → 二级 → 三级 tree in one text cell) → headings,
 * indicators and the lines that could not be read. Every non-empty logical line ends up in exactly one
 * place: a heading, an indicator (its first line or a joined continuation), or a ParseIssue.
 */
import type { Heading, Indicator, Level1Key, Level2Key, ParseIssue, SourceRef } from "../model";
import { CJK_CLASS, normalizeText } from "../text/normalize";
import { level1KeyOf, level2KeyOf } from "../vocab/categories";
import { isQualitativeWord, type LineSplit, splitCommonLine, splitNameMeasure } from "./indicator-line";
import { registerCache } from "./caches";
import { internName } from "./intern";
import { isOperatorOnly } from "./measure";
import { type NumberingKind, pushInlineItems, readNumbering } from "./numbering";

export { parseIndicatorLine } from "./indicator-line";

export interface ParsedTree {
  headings: Heading[];
  indicators: Indicator[];
  issues: ParseIssue[];
}

/** What became of each logical line (for tests and diagnostics). */
export type LineUse = "empty" | "heading" | "indicator" | "continuation" | "issue";

export interface ParsedTreeDetail extends ParsedTree {
  /** The logical lines, 1-based line n is lines[n - 1]. */
  lines: string[];
  uses: LineUse[];
}

/** The cell's logical lines: debris removed, block tags and inline list numbering split into lines. */
export function splitIndicatorLines(text: string): string[] {
  const norm = normalizeText(text ?? "");
  if (!norm) return [];
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const end = norm.indexOf("\n", start);
    const line = end < 0 ? norm.slice(start) : norm.slice(start, end);
    if (!line) out.push("");
    else pushInlineItems(line, out);
    if (end < 0) return out;
    start = end + 1;
  }
}

/** Category names that make a heading without "指标" when numbered 一、/（一） ("一、产出", "(一)数量"). */
const HEADING_STEMS = new Set([
  "产出",
  "效益",
  "满意度",
  "成本",
  "数量",
  "质量",
  "时效",
  "进度",
  "经济效益",
  "社会效益",
  "生态效益",
  "可持续影响",
  "服务对象满意度",
  "经济成本",
  "社会成本",
  "生态环境成本",
  "效果",
  "项目完成",
  "项目效益",
  "预期产出",
]);
/** An annotation after the heading: "数量指标(必填硬性指标)". */
const ANNOTATION = /\([^()]*\)$/;

interface HeadingRead {
  level: 1 | 2;
  text: string;
  key: Level1Key | Level2Key | null;
}

const HEADING_HINT = /指标|产出|效益|满意|成本|数量|质量|时效|进度|可持续|效果/;
const HAS_DIGIT = /\d/;

const BIAO = 0x6807; // 标, the last character of …指标
const CLOSE_PAREN = 0x29;

/** The code of the last character that is not a space or colon; -1 when there is none. */
function lastMeaningfulCode(text: string): number {
  let i = text.length - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3a && c !== 0xff1a) return c;
  }
  return -1;
}

const HEADING_EDGES = /^[\s:：]+|[\s:：]+$/g;

/**
 * Heading lines repeat across thousands of projects: remember what each one read as, by what the reading
 * depends on — the numbering kind, the 一级 in force ("-" when none) and the text.
 */
const headingCache = new Map<string, Map<string, HeadingRead | null>>();
let headingCacheSize = 0;
registerCache({
  clear: () => {
    headingCache.clear();
    headingCacheSize = 0;
  },
});
const HEADING_CACHE_LIMIT = 2000;

function readHeading(body: string, kind: NumberingKind, current1: Heading | null): HeadingRead | null {
  if (body.length > 40) return null;
  const last = lastMeaningfulCode(body);
  if (last !== BIAO && last !== CLOSE_PAREN && body.length > 8) return null; // not "…指标", "…(注)" nor a bare stem
  if (!HEADING_HINT.test(body)) return null;
  // digits only inside a trailing annotation: "产出指标(50分)"
  const open = last === CLOSE_PAREN ? body.lastIndexOf("(") : -1;
  if (HAS_DIGIT.test(open > 0 ? body.slice(0, open) : body)) return null;
  const k1 = current1 === null ? "-" : (current1.key ?? "");
  const context = HEADING_CONTEXT[kind][k1] ?? `${kind}|${k1}`;
  let byBody = headingCache.get(context);
  if (byBody === undefined) headingCache.set(context, (byBody = new Map()));
  const cached = byBody.get(body);
  if (cached !== undefined) return cached;
  const read = readHeadingUncached(body, kind, current1);
  if (headingCacheSize >= HEADING_CACHE_LIMIT) {
    headingCache.clear();
    headingCache.set(context, (byBody = new Map()));
    headingCacheSize = 0;
  }
  byBody.set(body, read);
  headingCacheSize++;
  return read;
}

/** The cache context of every numbering kind × 一级 key, built once (no string per heading line). */
const HEADING_CONTEXT = Object.fromEntries(
  (["none", "arabic", "chinese", "chineseParen"] as const).map((kind) => [
    kind,
    Object.fromEntries(
      ["-", "", "output", "benefit", "satisfaction", "cost"].map((k) => [k, `${kind}|${k}`]),
    ),
  ]),
) as Record<NumberingKind, Record<string, string>>;

function readHeadingUncached(
  body: string,
  kind: NumberingKind,
  current1: Heading | null,
): HeadingRead | null {
  const text = body.replace(HEADING_EDGES, "").replace(/\s+/g, "");
  if (!text || text.length > 30) return null;
  const core = text.endsWith(")") ? text.replace(ANNOTATION, "") : text;
  if (HAS_DIGIT.test(core)) return null;
  if (!core || core.length > 16) return null;
  // a bare category word ("成本") is a heading only with 一、/（一） numbering: "1. 成本 ≤…" is an indicator
  if (!core.endsWith("指标") && !(HEADING_STEMS.has(core) && (kind === "chinese" || kind === "chineseParen")))
    return null;
  const k1 = level1KeyOf(core);
  const k2 = level2KeyOf(core);
  const stem = core.replace(/指标$/, "");
  const ambiguous = stem === "成本" || stem === "满意度";
  let level: 1 | 2;
  if (!k1 && !k2) {
    if (kind === "chinese") level = 1;
    else if (kind === "chineseParen") level = 2;
    else return null; // "1. 完成年度考核指标" is an indicator named …指标, not a heading
  } else if (ambiguous) {
    if (kind === "chinese") level = 1;
    else if (kind === "chineseParen") level = 2;
    else if (kind === "arabic") level = current1 ? 2 : 1;
    else level = stem === "成本" && current1?.key === "output" ? 2 : 1;
  } else {
    level = k2 ? 2 : 1;
  }
  return { level, text, key: level === 1 ? k1 : k2 };
}

const HAS_CJK = new RegExp(`[${CJK_CLASS}]`);
const CJK_END = new RegExp(`[${CJK_CLASS}]$`);
const CJK_START = new RegExp(`^[${CJK_CLASS}]`);
const SENTENCE_PUNCT = /[。；;!！?？]/;
const NOTE_ONLY = /^\(.*\)$/;

/** Could this un-numbered text be an indicator name on its own (no value)? */
function looksLikeName(text: string): boolean {
  if (text.length > 40 || !HAS_CJK.test(text) || SENTENCE_PUNCT.test(text)) return false;
  return (text.match(/，/g)?.length ?? 0) <= 1;
}

/** A numbered line that is prose, not an indicator (a goal pasted into the indicator cell). */
function looksLikeProse(text: string): boolean {
  if (text.length > 60) return true;
  const m = SENTENCE_PUNCT.exec(text);
  return m !== null && m.index < text.length - 1;
}

/**
 * Indicator lines repeat across the projects of a table ("…管理制度健全性 健全", "…满意度 ≥90%"): each
 * distinct body is split once. The splits are shared, so they are never modified (setMeasure copies the
 * fields; the Decimal in a measure is immutable). Cleared when full, like the heading cache.
 */
const bodyCache = registerCache(new Map<string, LineSplit | null>());
const BODY_CACHE_LIMIT = 50_000;

/** The body's name and measure; null when the body is nothing but an operator ("≤" on its own line). */
function splitBody(body: string): LineSplit | null {
  const common = splitCommonLine(body);
  if (common !== null) return common;
  let split = bodyCache.get(body);
  if (split !== undefined) return split;
  split = isOperatorOnly(body) ? null : splitNameMeasure(body);
  if (bodyCache.size >= BODY_CACHE_LIMIT) bodyCache.clear();
  bodyCache.set(body, split);
  return split;
}

interface Open {
  indicator: Indicator;
  body: string;
  numbered: boolean;
}

/** `at` is the cell; each Heading/Indicator/ParseIssue gets source {...at, line} with the 1-based logical line. */
export function parseIndicatorText(
  text: string,
  at: { sheet: string; row: number; col: number },
): ParsedTree {
  const { headings, indicators, issues } = parseIndicatorTextDetailed(text, at);
  return { headings, indicators, issues };
}

/** parseIndicatorText plus the logical lines and what became of each. */
export function parseIndicatorTextDetailed(
  text: string,
  at: { sheet: string; row: number; col: number },
): ParsedTreeDetail {
  const lines = splitIndicatorLines(text);
  const uses: LineUse[] = new Array(lines.length);
  const headings: Heading[] = [];
  const indicators: Indicator[] = [];
  const issues: ParseIssue[] = [];
  const src = (i: number): SourceRef => ({ sheet: at.sheet, row: at.row, col: at.col, line: i + 1 });

  let current1: Heading | null = null;
  let current2: Heading | null = null;
  let open: Open | null = null;

  const issue = (i: number, reason: string) => {
    issues.push({ text: lines[i], reason, source: src(i) });
    uses[i] = "issue";
    open = null;
  };

  const reparse = (o: Open, body: string, i: number) => {
    const split = splitNameMeasure(body);
    const ind = o.indicator;
    ind.name = split.name;
    setMeasure(ind, split.measure);
    ind.raw = `${ind.raw} ${lines[i]}`;
    o.body = body;
    uses[i] = "continuation";
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      uses[i] = "empty";
      open = null;
      continue;
    }
    const { kind, body } = readNumbering(line);

    const h = body ? readHeading(body, kind, current1) : null;
    if (h) {
      const heading: Heading = {
        level: h.level,
        text: h.text,
        key: h.key,
        indicatorCount: 0,
        source: src(i),
      };
      if (h.level === 1) {
        current1 = heading;
        current2 = null;
      } else {
        heading.level1Key = (current1?.key as Level1Key | undefined) ?? null;
        current2 = heading;
      }
      headings.push(heading);
      uses[i] = "heading";
      open = null;
      continue;
    }

    if (!body) {
      issue(i, "这一行只有编号，没有指标内容");
      continue;
    }

    const split = splitBody(body);
    const opOnly = split === null;
    const valueOnly = split !== null && split.name === "" && split.measure.value !== null;

    if (kind === "none") {
      const o: Open | null = open;
      if (o && o.indicator.value === null) {
        if (opOnly || valueOnly || isQualitativeWord(body)) {
          reparse(o, `${o.body} ${body}`, i);
          continue;
        }
        if (NOTE_ONLY.test(body)) {
          reparse(o, `${o.body}${body}`, i);
          continue;
        }
        const selfContained = split !== null && split.by === "colon" && split.name !== "";
        if (o.numbered && !selfContained) {
          const glue = CJK_END.test(o.body) && CJK_START.test(body) ? "" : " ";
          reparse(o, `${o.body}${glue}${body}`, i);
          continue;
        }
      } else if (o && NOTE_ONLY.test(body)) {
        // a note wrapped onto its own line: "(政府雇员或公益性)"
        o.indicator.name = `${o.indicator.name}${body}`;
        o.indicator.raw = `${o.indicator.raw} ${line}`;
        uses[i] = "continuation";
        continue;
      }
    }
    if (split === null) {
      issue(i, "这一行只有计算符号，找不到它属于哪个指标");
      continue;
    }
    if (valueOnly || split.name === "") {
      issue(i, "这一行只有指标值，找不到对应的指标名称");
      continue;
    }
    const measure = split.measure;
    const noValue = measure.value === null && measure.operator === null;
    if (noValue && (kind === "none" ? !looksLikeName(body) : looksLikeProse(body))) {
      issue(
        i,
        kind === "none"
          ? "无法识别这一行：既不是指标类别，也不是“指标名称 + 指标值”"
          : "这一行像是说明文字，不是“指标名称 + 指标值”的指标",
      );
      continue;
    }

    const ind: Indicator = {
      level1: current1?.text ?? "",
      level1Key: (current1?.key as Level1Key | null | undefined) ?? null,
      level2: current2?.text ?? "",
      level2Key: current2
        ? (current2.key as Level2Key | null)
        : current1?.key === "satisfaction"
          ? "satisfaction"
          : null,
      name: internName(split.name),
      operator: measure.operator,
      qualitative: measure.qualitative,
      value: measure.value,
      number: measure.number,
      unit: measure.unit,
      raw: line,
      source: src(i),
    };
    if (measure.malformed) ind.malformed = measure.malformed;
    indicators.push(ind);
    if (current2) current2.indicatorCount++;
    if (current1) current1.indicatorCount++;
    uses[i] = "indicator";
    open = { indicator: ind, body, numbered: kind !== "none" };
  }
  return { headings, indicators, issues, lines, uses };
}

function setMeasure(
  ind: Indicator,
  m: {
    operator: Indicator["operator"];
    qualitative: boolean;
    value: string | null;
    number: Indicator["number"];
    unit: string | null;
    malformed?: string;
  },
): void {
  ind.operator = m.operator;
  ind.qualitative = m.qualitative;
  ind.value = m.value;
  ind.number = m.number;
  ind.unit = m.unit;
  if (m.malformed) ind.malformed = m.malformed;
  else delete ind.malformed;
}
