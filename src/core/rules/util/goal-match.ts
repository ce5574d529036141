/**
 * Matching a number in the goal text to the indicator it talks about (goal-indicator-mismatch):
 * "拟在省外举办两期委员培训班" ↔ "举办政协委员省外培训班次数". Units must be of one family (期 and 次
 * both count events) and the names must share a distinctive two-character word (培训, 省外); words
 * every project uses (政协, 委员, 开展) do not count.
 */
import type { Indicator } from "../../model";
import type { GoalNumber } from "../../text/goal-numbers";
import { isCost, isRate, isSatisfaction } from "../../vocab/indicator-kind";
import { canonicalCountUnit } from "./cost-units";

const FAMILY: Record<string, string> = {
  次: "event", 期: "event", 场: "event", 批: "event", 批次: "event", 轮: "event", 场次: "event", 期次: "event",
  人: "person", 名: "person", 位: "person",
  天: "day", 日: "day",
  本: "volume", 册: "volume",
  个: "item", 项: "item",
};

export function unitFamily(unit: string): string {
  const u = canonicalCountUnit(unit);
  return FAMILY[u] ?? u;
}

const GENERIC = new Set([
  "政协", "委员", "工作", "开展", "举办", "召开", "组织", "参加", "完成", "全年", "年内", "以上", "次数",
  "人数", "数量", "县政", "协委", "员会", "进行", "实现", "确保", "保障", "提高", "各级", "相关",
]);
const CJK_NON_NUMERAL = /^[\u4e00-\u9fff]{2}$/;
const NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千万]/;

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const b = text.slice(i, i + 2);
    if (CJK_NON_NUMERAL.test(b) && !NUMERAL_CHAR.test(b) && !GENERIC.has(b)) out.add(b);
  }
  return out;
}

/** A quantitative count indicator the goal number could be about (not a rate, cost or per-period target). */
function isComparable(ind: Indicator, family: string): boolean {
  if (ind.number === null || ind.qualitative || !ind.unit) return false;
  if (isRate(ind.name) || isSatisfaction(ind.name) || isCost(ind.name)) return false;
  if (/每/.test(ind.raw)) return false; // "每季度≥2次" is per period, not the year's number
  return unitFamily(ind.unit) === family;
}

/** The indicators sharing the most distinctive words with the number's clause (ties kept). */
export function indicatorsForGoalNumber(n: GoalNumber, indicators: readonly Indicator[]): Indicator[] {
  const family = unitFamily(n.unit);
  const words = bigrams(n.clause.replace(n.text, ""));
  if (words.size === 0) return [];
  let best = 0;
  let top: Indicator[] = [];
  for (const ind of indicators) {
    if (!isComparable(ind, family)) continue;
    let score = 0;
    for (const b of bigrams(ind.name.replace(/\s+/g, ""))) if (words.has(b)) score++;
    if (score === 0 || score < best) continue;
    if (score > best) {
      best = score;
      top = [];
    }
    top.push(ind);
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
