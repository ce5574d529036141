/**
 * Matching a number in the goal text to the indicator it talks about (goal-indicator-mismatch):
 * "拟在省外举办两期委员培训班" ↔ "举办政协委员省外培训班次数". Units must be of one family (期 and 次
 * both count events) and the names must share a distinctive two-character word (培训, 省外); words
 * every project uses (政协, 委员, 开展) do not count.
 */
import type { Indicator } from "../../model";
import type { GoalNumber } from "../../text/goal-numbers";
import { NameKind } from "../../vocab/indicator-kind";
import { unitFamily } from "./count-units";
import { NUMBER, QUALITATIVE, UNIT_BLANK, UNIT_NULL, UNIT_PERCENT } from "./indicator-flags";
import { type TableFacts } from "./table-facts";

// Two-character words are compared as numbers (first code × 65536 + second): no string per pair.
const pairAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
const GENERIC = new Set(
  [
    "政协",
    "委员",
    "工作",
    "开展",
    "举办",
    "召开",
    "组织",
    "参加",
    "完成",
    "全年",
    "年内",
    "以上",
    "次数",
    "人数",
    "数量",
    "县政",
    "协委",
    "员会",
    "进行",
    "实现",
    "确保",
    "保障",
    "提高",
    "各级",
    "相关",
  ].map((w) => pairAt(w, 0)),
);
const NUMERAL_CHARS = new Set([..."零〇一二两三四五六七八九十百千万"].map((c) => c.charCodeAt(0)));
const isWordChar = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Two-character CJK words (no numerals, not generic) of a text. */
function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!isWordChar(a) || !isWordChar(b) || NUMERAL_CHARS.has(a) || NUMERAL_CHARS.has(b)) continue;
    const pair = pairAt(text, i);
    if (!GENERIC.has(pair)) out.add(pair);
  }
  return out;
}

/** A quantitative count indicator a goal number could be about. */
export interface GoalCandidate {
  ind: Indicator;
  family: string;
}

const NOT_A_COUNT = NUMBER | QUALITATIVE | UNIT_NULL | UNIT_BLANK | UNIT_PERCENT;

/**
 * The count indicators of project p of the facts' table in the given unit families (not rates, costs or
 * per-period targets); computed once per project, and only for the families of the goal's counts.
 */
export function goalCandidates(facts: TableFacts, p: number, counts: readonly GoalCount[]): GoalCandidate[] {
  const out: GoalCandidate[] = [];
  // The families as the facts number them: an indicator's unit family is then a number to compare.
  const ids: number[] = [];
  for (const { family } of counts) {
    const id = facts.familyIds.get(family);
    if (id !== undefined) ids.push(id);
  }
  if (ids.length === 0) return out;
  const end = facts.start[p + 1];
  for (let k = facts.start[p]; k < end; k++) {
    const id = facts.unitFamily[k];
    // A number with a unit that is not "%", and not 定性, in one of the families.
    if (id === 0 || !ids.includes(id) || (facts.flags[k] & NOT_A_COUNT) !== NUMBER) continue;
    if (facts.is(k, NameKind.rate) || facts.is(k, NameKind.satisfaction) || facts.is(k, NameKind.cost))
      continue;
    const ind = facts.indicators[k];
    if (ind.raw.includes("每")) continue; // "每季度≥2次" is per period, not the year's number
    const family = facts.familyNames[id];
    out.push({ ind, family });
  }
  return out;
}

/** How many of the name's two-character words are among the clause's. */
function sharedWords(name: string, words: ReadonlySet<number>): number {
  let score = 0;
  for (let i = 0; i + 2 <= name.length; i++) {
    if (!isWordChar(name.charCodeAt(i)) || !isWordChar(name.charCodeAt(i + 1))) continue;
    if (words.has(pairAt(name, i))) score++;
  }
  return score;
}

/** A count the goal states (a number of things, not per period), with what matching it needs. */
export interface GoalCount {
  n: GoalNumber;
  /** The unit family of its unit (count-units unitFamily). */
  family: string;
  /** The distinctive two-character words of its clause, the number left out. */
  words: ReadonlySet<number>;
}

/** The counts among a goal's numbers (the same for every project with that goal). */
export function goalCounts(nums: readonly GoalNumber[]): GoalCount[] {
  const out: GoalCount[] = [];
  for (const n of nums) {
    if (n.kind !== "count" || n.per !== null) continue;
    out.push({ n, family: unitFamily(n.unit), words: bigrams(n.clause.replace(n.text, "")) });
  }
  return out;
}

/** The indicators sharing the most distinctive words with the count's clause (ties kept). */
export function indicatorsForGoalNumber(
  { family, words }: GoalCount,
  candidates: readonly GoalCandidate[],
): Indicator[] {
  if (!candidates.some((c) => c.family === family)) return [];
  if (words.size === 0) return [];
  let best = 0;
  let top: Indicator[] = [];
  for (const c of candidates) {
    if (c.family !== family) continue;
    const score = sharedWords(c.ind.name, words);
    if (score === 0 || score < best) continue;
    if (score > best) {
      best = score;
      top = [];
    }
    top.push(c.ind);
  }
  return top;
}

interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

function goalInterval(n: GoalNumber): Interval {
  if (n.atMost) return { lo: -Infinity, hi: n.max, loOpen: false, hiOpen: false };
  return { lo: n.value, hi: n.atLeast ? Infinity : n.max, loOpen: false, hiOpen: false };
}

function indicatorInterval(ind: Indicator): Interval {
  const v = ind.number === null ? NaN : ind.number.toNumber();
  switch (ind.operator) {
    case ">=":
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: false };
    case ">":
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: false };
    case "<=":
      return { lo: -Infinity, hi: v, loOpen: false, hiOpen: false };
    case "<":
      return { lo: -Infinity, hi: v, loOpen: false, hiOpen: true };
    default:
      return { lo: v, hi: v, loOpen: false, hiOpen: false };
  }
}

/** True when no number satisfies both the goal and the indicator's target. */
export function contradicts(n: GoalNumber, ind: Indicator): boolean {
  const g = goalInterval(n);
  const t = indicatorInterval(ind);
  if (g.hi < t.lo || (g.hi === t.lo && t.loOpen)) return true;
  if (g.lo > t.hi || (g.lo === t.hi && t.hiOpen)) return true;
  return false;
}

/**
 * True when the goal number contradicts every indicator it may be about. Several equally likely
 * indicators may split the goal's number between them (召开常委会议 2次 + 主席会议 2次 = 会议4次): then
 * their sum is compared instead, and only a sum outside the goal is a contradiction.
 */
export function contradictsAll(n: GoalNumber, candidates: readonly Indicator[]): boolean {
  if (candidates.length === 0 || !candidates.every((c) => contradicts(n, c))) return false;
  if (candidates.length === 1) return true;
  let sum = 0;
  for (const c of candidates) {
    if (c.number === null || (c.operator !== null && c.operator !== "=" && c.operator !== ">=")) return true;
    sum += c.number.toNumber();
  }
  const g = goalInterval(n);
  return sum < g.lo || sum > g.hi;
}
