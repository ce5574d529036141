/**
 * A wide-layout indicator cell (the whole 一级 → 二级 → 三级 tree in one text cell) → headings,
 * indicators and the lines that could not be read. Every non-empty logical line ends up in exactly one
 * place: a heading, an indicator (its first line or a joined continuation), or a ParseIssue.
 *
 * Kinds of cell this reads:
 * - one indicator per line under numbered headings (「一、产出指标」「(一)数量指标:」「1. 会议次数 1次」);
 * - list items run together on one line (「1. … ≥3次 2. … ≥1次」), split at their numbering;
 * - paragraphs: a heading and its indicators on one line, 「数量指标:修缮校舍≥1200平方米,新建围墙300米。」.
 *   A line that starts with a category heading and a colon is split into the heading and the sentence
 *   pieces after it (at ；;，,。 outside brackets, never inside a number); a piece without a value is
 *   joined to the next one; a last piece without a value is a cut text (the page or the cell ended in
 *   the middle of an indicator) and becomes a ParseIssue, never an indicator with a missing value;
 * - traditional characters (「產出指標」「數量指標」) and pinyin glosses left by web pages
 *   (「產(chǎn)出」): headings and values are read on the simplified form (matchKey), indicator names
 *   keep the characters as written, glosses removed;
 * - labelled records, each a logical line (parse/labelled-record.ts):
 *   「一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥20人」.
 */
import type { Heading, Indicator, Level1Key, Level2Key, ParseIssue, SourceRef } from "../model";
import { matchKey, removePinyinGlosses, toSimplified } from "../text/match-key";
import { CJK_CLASS, INLINE_ITEMS, normalizeCell, NOT_PLAIN_TEXT, PARAGRAPH } from "../text/normalize";
import { isJsSpace } from "../text/space";
import { level1KeyOf, level2KeyOf } from "../vocab/categories";
import { isQualitativeWord, type LineSplit, splitCommonLine, splitNameMeasure } from "./indicator-line";
import { registerCache } from "./caches";
import { internName } from "./intern";
import { labelledRecords, type RecordFields } from "./labelled-record";
import { isOperatorOnly, parseMeasure, parseMeasureCells, stripTrailingDebris } from "./measure";
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

/**
 * The cell's logical lines: debris removed, block tags, inline list numbering and paragraphs (a heading
 * and its indicators on one line) split into lines.
 */
export function splitIndicatorLines(text: string): string[] {
  return splitLogicalLines(text).lines;
}

interface LogicalLines {
  lines: string[];
  /** The lines that are sentence pieces of a paragraph after an inline heading; null when none. */
  pieces: Set<number> | null;
  /** The lines that are labelled records, with their fields; null when none. */
  records: Map<number, RecordFields> | null;
  /** No pinyin gloss and no traditional character anywhere in the cell (match-key isPlainText). */
  plain: boolean;
}

function splitLogicalLines(text: string): LogicalLines {
  const result: LogicalLines = { lines: [], pieces: null, records: null, plain: true };
  // The scans of the cleaning say the shape of the lines too.
  const { text: norm, found } = normalizeCell(text ?? "");
  if (!norm) return result;
  result.plain = (found & NOT_PLAIN_TEXT) === 0;
  const labelled = labelledRecords(norm);
  if (labelled === null) {
    // Most cells: no list item inside a line, no paragraph after a heading — the lines are the logical lines.
    if ((found & (INLINE_ITEMS | PARAGRAPH)) === 0) result.lines = norm.split("\n");
    else pushText(norm, result);
    return result;
  }
  // Labelled records (「一级指标:产出指标；…；指标值:≥20人」): one logical line each.
  if (labelled.before.trim() !== "") pushText(labelled.before.trim(), result);
  result.records = new Map();
  for (const record of labelled.records) {
    result.records.set(result.lines.length, record.fields);
    result.lines.push(record.text);
  }
  if (labelled.after.trim() !== "") pushText(labelled.after.trim(), result);
  return result;
}

/** The text's lines as logical lines: inline list items and paragraphs split. */
function pushText(norm: string, result: LogicalLines): void {
  const out = result.lines;
  const items: string[] = [];
  let start = 0;
  for (;;) {
    const end = norm.indexOf("\n", start);
    const line = end < 0 ? norm.slice(start) : norm.slice(start, end);
    if (!line) out.push("");
    else {
      items.length = 0;
      pushInlineItems(line, items);
      for (const item of items) pushParagraph(item, result);
    }
    if (end < 0) return;
    start = end + 1;
  }
}

/** 「1、数量指标:」「產出指標：」: a category heading (…指标) before a colon. */
function isInlineHeading(head: string): boolean {
  if (head.length > 40) return false;
  const key = matchKey(readNumbering(head).body).replace(ANNOTATION, "");
  if (key.length < 4 || key.length > 16 || !key.endsWith("指标") || HAS_DIGIT.test(key)) return false;
  return level1KeyOf(key) !== null || level2KeyOf(key) !== null;
}

/**
 * A line 「<heading>:<text>」 → the heading line and the text's sentence pieces, each a logical line
 * (recorded in `pieces`); any other line as it is.
 */
function pushParagraph(item: string, into: LogicalLines): void {
  const colon = item.indexOf(":");
  // a heading line 「(一)数量指标:」 ends at its colon: nothing follows, no heading test needed
  if (colon <= 0 || colon > 40 || onlySpacesFrom(item, colon + 1) || !isInlineHeading(item.slice(0, colon))) {
    into.lines.push(item);
    return;
  }
  const rest = item.slice(colon + 1).trim();
  into.lines.push(item.slice(0, colon + 1).trim());
  const next = rest.indexOf(":");
  if (next > 0 && isInlineHeading(rest.slice(0, next))) {
    pushParagraph(rest, into); // 「产出指标:数量指标:…」
    return;
  }
  const pieces = mergeValuelessPieces(sentencePieces(rest));
  into.pieces ??= new Set();
  for (const piece of pieces) {
    into.pieces.add(into.lines.length);
    into.lines.push(piece);
  }
}

/** Whether text[from…] is empty or all \s (what trim() removes). */
function onlySpacesFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Sentence separators a paragraph of indicators is split at. */
function isSeparator(c: string): boolean {
  return c === "；" || c === ";" || c === "，" || c === "," || c === "。";
}

/**
 * The text cut after each ；;，,。 outside brackets (a "," between digits is a thousands separator).
 * Each piece keeps its separator, so no text is lost; a piece that is only punctuation joins the one
 * before it.
 */
function sentencePieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (piece: string) => {
    const t = piece.trim();
    if (!t) return;
    if (out.length > 0 && !HAS_WORD.test(t)) out[out.length - 1] += t;
    else out.push(t);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      isSeparator(c) &&
      !(c === "," && isDigitAt(text, i - 1) && isDigitAt(text, i + 1))
    ) {
      push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  push(text.slice(start));
  return out;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A piece with no value is the first half of the next one (「完成道路硬化,长度≥5公里」); the last stays. */
function mergeValuelessPieces(pieces: string[]): string[] {
  const out: string[] = [];
  let carry = "";
  for (let i = 0; i < pieces.length; i++) {
    const piece = carry + pieces[i];
    if (i < pieces.length - 1 && !pieceHasValue(piece)) {
      carry = piece;
      continue;
    }
    carry = "";
    out.push(piece);
  }
  return out;
}

function pieceHasValue(piece: string): boolean {
  const split = splitWritten(readNumbering(piece).body);
  return split !== null && split.name !== "" && hasMeasure(split);
}

function hasMeasure(split: LineSplit): boolean {
  return split.measure.value !== null || split.measure.operator !== null;
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

function readHeading(
  body: string,
  kind: NumberingKind,
  current1: Heading | null,
  plain = false,
): HeadingRead | null {
  if (body.length > 40) return null;
  const simple = plain ? body : toSimplified(body);
  const last = lastMeaningfulCode(simple);
  if (last !== BIAO && last !== CLOSE_PAREN && body.length > 8) return null; // not "…指标", "…(注)" nor a bare stem
  if (!HEADING_HINT.test(simple)) return null;
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
  // the simplified key: 「數量指標」「数量指标*」「数 量 指 标：」 → 数量指标
  const key = matchKey(text);
  const core = key.endsWith(")") ? key.replace(ANNOTATION, "") : key;
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

/**
 * splitBody for text as written: pinyin glosses removed, then split on the simplified form (so 「萬元」
 * 「達到」「以內」 read like their simplified words); the name keeps the characters as written.
 */
function splitWritten(body: string, plain = false): LineSplit | null {
  return inWrittenForm(body, splitBody, plain);
}

/** `plain`: the body is known to be plain text (isPlainText): it is split as it is. */
function inWrittenForm(
  body: string,
  split: (simple: string) => LineSplit | null,
  plain = false,
): LineSplit | null {
  if (plain) return split(body);
  const written = removePinyinGlosses(body);
  const simple = toSimplified(written);
  const read = split(simple);
  if (read === null || simple === written || read.name === "") return read;
  const at = simple.indexOf(read.name);
  return { ...read, name: at >= 0 ? written.slice(at, at + read.name.length) : read.name };
}

/** 「<name>为<value>」 in a paragraph piece: a short name, 为 or 是, and the rest. */
const NAME_IS_VALUE = /^([^为是,，;；。]{2,20}?)(?:为|是)([^为是]{2,60})$/;

/**
 * A paragraph piece that names its indicator and then describes the value in words:
 * 「资助标准为每生每年3000元、2000元两档」 → 资助标准 + that text (prose, or a value if it reads as one).
 * Null when the piece has no such shape.
 */
function describedValue(body: string): LineSplit | null {
  return inWrittenForm(stripTrailingDebris(body), (simple) => {
    const m = NAME_IS_VALUE.exec(simple);
    if (!m) return null;
    const measure = parseMeasure(m[2]);
    if (measure.value === null) return null;
    return { name: m[1], measure, pendingOperator: false, by: "colon" };
  });
}

/** A cut category heading: 「(二)、效」 — a category word's beginning, and nothing else. */
function isCutCategory(body: string): boolean {
  const key = matchKey(body);
  if (key.length === 0 || key.length > 4) return false;
  for (const stem of HEADING_STEMS) if (stem.length > key.length && stem.startsWith(key)) return true;
  return false;
}

/** Text that ends a sentence; a cell ending without one may have been cut. */
const SENTENCE_END = /[。；;!！?？.]$/;

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
  const { lines, pieces, records, plain } = splitLogicalLines(text);
  // A cell without glosses or traditional characters (most cells) is read without those passes per line.
  const unglossed = plain ? (body: string) => body : removePinyinGlosses;
  const uses: LineUse[] = new Array(lines.length);
  const headings: Heading[] = [];
  const indicators: Indicator[] = [];
  const issues: ParseIssue[] = [];
  const src = (i: number): SourceRef => ({ sheet: at.sheet, row: at.row, col: at.col, line: i + 1 });

  let current1: Heading | null = null;
  let current2: Heading | null = null;
  let open: Open | null = null;
  // one indicator is open at a time: its slot is reused (no object per indicator line)
  const openSlot: Open = { indicator: null as unknown as Indicator, body: "", numbered: false };

  const issue = (i: number, reason: string) => {
    issues.push({ text: lines[i], reason, source: src(i) });
    uses[i] = "issue";
    open = null;
  };

  const reparse = (o: Open, body: string, i: number) => {
    const split = inWrittenForm(body, splitNameMeasure, plain)!;
    const ind = o.indicator;
    ind.name = split.name;
    setMeasure(ind, split.measure);
    ind.raw = `${ind.raw} ${lines[i]}`;
    o.body = body;
    uses[i] = "continuation";
  };

  let described: LineSplit | null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      uses[i] = "empty";
      open = null;
      continue;
    }
    const record = records?.get(i);
    if (record) {
      readRecord(i, record);
      continue;
    }
    const { kind, body } = readNumbering(line);

    const h = body && !pieces?.has(i) ? readHeading(unglossed(body), kind, current1, plain) : null;
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

    const split = splitWritten(body, plain);

    if (pieces?.has(i)) {
      // a sentence piece of a paragraph: an indicator with its value, or a ParseIssue
      if (split !== null && split.name !== "" && hasMeasure(split)) {
        addIndicator(i, split);
        open = null;
      } else if (split !== null && split.name === "" && hasMeasure(split)) {
        issue(i, "这一段只有指标值，找不到对应的指标名称");
      } else if ((described = describedValue(body)) !== null) {
        addIndicator(i, described); // 「资助标准为每生每年…3个档次」: a name, 为, and its value in words
        open = null;
      } else if (isLastContent(lines, i) && !SENTENCE_END.test(line)) {
        issue(i, "文字在这里中断，这条指标没有写完（可能是复制或截取时断开了）");
      } else {
        issue(i, "这一段读不出「指标名称 + 指标值」");
      }
      continue;
    }
    if ((kind === "chinese" || kind === "chineseParen") && isCutCategory(body)) {
      issue(i, "指标类别没有写完（可能是复制或截取时断开了）");
      continue;
    }

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
          ? "无法识别这一行：既不是指标类别，也不是「指标名称 + 指标值」"
          : "这一行像是说明文字，不是「指标名称 + 指标值」的指标",
      );
      continue;
    }

    addIndicator(i, split);
    openSlot.indicator = indicators[indicators.length - 1];
    openSlot.body = unglossed(body);
    openSlot.numbered = kind !== "none";
    open = openSlot;
  }
  return { headings, indicators, issues, lines, uses };

  /**
   * A labelled record: its 一级/二级 open new headings where they differ from the ones in force (a record
   * that names its 一级 but no 二级 sits right under the 一级; one naming neither stays where it is),
   * then the indicator, its value read like a grid row's cells.
   */
  function readRecord(i: number, record: RecordFields): void {
    const heading = (level: 1 | 2, raw: string): Heading => {
      const text = raw.replace(/\s+/g, "");
      const h: Heading = {
        level,
        text,
        key: level === 1 ? level1KeyOf(text) : level2KeyOf(text),
        indicatorCount: 0,
        source: src(i),
      };
      if (level === 2) h.level1Key = (current1?.key as Level1Key | undefined) ?? null;
      headings.push(h);
      return h;
    };
    if (record.level1 !== undefined) {
      const text = record.level1.replace(/\s+/g, "");
      if (current1?.text !== text) {
        current1 = heading(1, text);
        current2 = null;
      }
      if (record.level2 === undefined) current2 = null;
    }
    if (record.level2 !== undefined && current2?.text !== record.level2.replace(/\s+/g, ""))
      current2 = heading(2, record.level2);
    const measure = parseMeasureCells(record.operator ?? "", record.value ?? "", record.unit ?? "");
    addIndicator(i, { name: record.level3!, measure, pendingOperator: false, by: "colon" });
    open = null;
  }

  function addIndicator(i: number, split: LineSplit): void {
    const measure = split.measure;
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
      raw: lines[i],
      source: src(i),
    };
    if (measure.malformed) ind.malformed = measure.malformed;
    if (measure.kind) ind.valueKind = measure.kind;
    indicators.push(ind);
    if (current2) current2.indicatorCount++;
    if (current1) current1.indicatorCount++;
    uses[i] = "indicator";
  }
}

/** Whether no line after line i holds anything. */
function isLastContent(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j] !== "") return false;
  return true;
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
    kind?: Indicator["valueKind"];
  },
): void {
  ind.operator = m.operator;
  ind.qualitative = m.qualitative;
  ind.value = m.value;
  ind.number = m.number;
  ind.unit = m.unit;
  if (m.malformed) ind.malformed = m.malformed;
  else delete ind.malformed;
  if (m.kind) ind.valueKind = m.kind;
  else delete ind.valueKind;
}
