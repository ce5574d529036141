/**
 * indicator-duplicate: the same indicator twice in one project.
 * - Same name once punctuation and spaces are ignored: seed project 4 has "业务培训任务完成率" under
 *   质量指标 and again under 时效指标.
 * - Near-same cost: one name contains the other once the cost word is dropped, with the same amount:
 *   seed project 9 "文稿打印、扫描成本 ≤1万元" and "打印、扫描费1万元".
 * Reported on the second occurrence, saying where the first is. A percentage and a non-percentage of one
 * name measure two things (「资助标准 100%达标」 / 「资助标准 3000元」) and are not reported.
 */
import type Decimal from "decimal.js";
import { toA1 } from "../grid";
import type { Indicator, SourceRef } from "../model";
import { NameKind } from "../vocab/indicator-kind";
import { keyOfCompacted, nameKey } from "./util/compact-name";
import { formatValue, moneyInWan } from "./util/cost-money";
import { KEY_UNUSUAL, NUMBER, QUALITATIVE, UNIT_MONEY, UNIT_PERCENT } from "./util/indicator-flags";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";
import { decimalEq } from "./util/decimal-compare";

/** Cost words a name may end with, the two-character ones first (so "费用" goes whole, not "用" left over). */
const COST_WORDS = ["成本", "费用", "经费", "金额", "资金", "支出", "开支", "费"];
/** The shorter name must keep this many characters to count as the same item ("打印扫描"). */
const MIN_CORE = 3;

/** The name key without its cost word, twice at most: "打印扫描费" → "打印扫描", "会议费用" → "会议". */
function costCore(key: string): string {
  let n = key;
  for (let i = 0; i < 2; i++) {
    let cut = 0;
    for (const w of COST_WORDS) {
      if (n.endsWith(w)) {
        cut = w.length;
        break;
      }
    }
    if (cut === 0) break;
    n = n.slice(0, n.length - cut);
  }
  return n;
}

interface CostItem {
  ind: Indicator;
  core: string;
  /** The amount in 万元, worked out only when another cost shares the core (decimal.js is slow). */
  wan: Decimal | null;
}

const wanOf = (c: CostItem): Decimal => (c.wan ??= moneyInWan(c.ind) as Decimal);

/** "本单元格第 6 行" for a line of the same cell, else the cell address (and line). */
function where(first: SourceRef, second: SourceRef): string {
  const sameCell = first.sheet === second.sheet && first.row === second.row && first.col === second.col;
  if (sameCell && first.line !== undefined) return `本单元格第 ${first.line} 行`;
  const cell =
    first.sheet === second.sheet
      ? toA1(first.row, first.col)
      : `${first.sheet}!${toA1(first.row, first.col)}`;
  return first.line !== undefined ? `单元格 ${cell} 第 ${first.line} 行` : `单元格 ${cell}`;
}

export default defineRule({
  meta: {
    id: "indicator-duplicate",
    messages: {
      same: "「{{name}}」重复出现：「{{heading}}」下已有同名指标（{{where}}）。请删除重复的一条，或改写为不同的指标。",
      sameCost:
        "「{{name}}」（{{value}}）与「{{firstName}}」（{{firstValue}}，{{where}}）疑似同一项成本重复填写。请删除其中一条。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const { flags, start, indicators, compact, keyHash } = facts;
    const keyOf = (k: number) => keyOfCompacted(compact[k]);
    // A 三级 left empty reads as its 二级 label ("数量指标"): not a duplicate of anything.
    const skipped = (k: number) => {
      const key = keyOf(k);
      const ind = indicators[k];
      return key.length < 2 || key === nameKey(ind.level2) || key === nameKey(ind.level1);
    };
    // Each project's names by key hash, in open addressing (slot = k + 1, 0 empty): reused, never shrunk.
    let seen = new Int32Array(64);
    const costs: CostItem[] = [];
    ctx.table.projects.forEach((project, p) => {
      costs.length = 0;
      const first = start[p];
      const end = start[p + 1];
      let size = 64;
      while (size < 2 * (end - first)) size *= 2;
      if (seen.length < size) seen = new Int32Array(size);
      else seen.fill(0, 0, size);
      const mask = size - 1;
      for (let k = first; k < end; k++) {
        if ((flags[k] & KEY_UNUSUAL) !== 0 && skipped(k)) continue;
        const hash = keyHash[k];
        let slot = hash & mask;
        let same = -1;
        for (; seen[slot] !== 0; slot = (slot + 1) & mask) {
          const j = seen[slot] - 1;
          if (keyHash[j] === hash && keyOf(j) === keyOf(k)) {
            same = j;
            break;
          }
        }
        // 「资助标准 100%达标」 and 「资助标准 每生每年3000元」: one name, two measures (a rate of meeting
        // the standard, the standard itself) — a name to sharpen, not an indicator written twice.
        if (same >= 0 && ((flags[same] ^ flags[k]) & UNIT_PERCENT) !== 0) same = -1;
        if (same >= 0) {
          const ind = indicators[k];
          const firstInd = indicators[same];
          ctx.report({
            messageId: "same",
            project,
            indicator: ind,
            data: {
              name: ind.name,
              heading: firstInd.level2 || firstInd.level1 || "本项目",
              where: where(firstInd.source, ind.source),
            },
          });
          continue;
        }
        seen[slot] = k + 1;
        // An amount of money (not 定性) whose name is a cost.
        if (
          (flags[k] & (UNIT_MONEY | NUMBER | QUALITATIVE)) !== (UNIT_MONEY | NUMBER) ||
          !facts.is(k, NameKind.cost)
        )
          continue;
        const core = costCore(keyOf(k));
        // A core shorter than MIN_CORE never matches (sameCore), now or later.
        if (core.length < MIN_CORE) continue;
        const ind = indicators[k];
        const item: CostItem = { ind, core, wan: null };
        let twin: CostItem | null = null;
        for (const o of costs) {
          if (sameCore(o.core, core) && decimalEq(wanOf(o), wanOf(item))) {
            twin = o;
            break;
          }
        }
        if (twin) {
          ctx.report({
            messageId: "sameCost",
            project,
            indicator: ind,
            data: {
              name: ind.name,
              value: formatValue(ind),
              firstName: twin.ind.name,
              firstValue: formatValue(twin.ind),
              where: where(twin.ind.source, ind.source),
            },
          });
          continue;
        }
        costs.push(item);
      }
    });
  },
});

/** One core contains the other and the shorter keeps at least MIN_CORE characters. */
function sameCore(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_CORE && long.includes(short);
}
