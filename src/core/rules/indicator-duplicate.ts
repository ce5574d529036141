/**
 * indicator-duplicate: the same indicator twice in one project.
 * - Same name once punctuation and spaces are ignored: seed project 4 has "业务培训任务完成率" under
 *   质量指标 and again under 时效指标.
 * - Near-same cost: one name contains the other once the cost word is dropped, with the same amount:
 *   seed project 9 "文稿打印、扫描成本 ≤1万元" and "打印、扫描费1万元".
 * Reported on the second occurrence, saying where the first is.
 */
import type Decimal from "decimal.js";
import { toA1 } from "../grid";
import type { Indicator, SourceRef } from "../model";
import { NameKind } from "../vocab/indicator-kind";
import { keyOfCompacted, nameKey } from "./util/compact-name";
import { formatValue, moneyInWan } from "./util/cost-money";
import { NUMBER, QUALITATIVE, tableFacts, UNIT_MONEY } from "./util/table-facts";
import { defineRule } from "./rule";

const COST_WORD = /(成本|费用|经费|费|金额|资金|支出|开支)$/;
/** The shorter name must keep this many characters to count as the same item ("打印扫描"). */
const MIN_CORE = 3;

function costCore(name: string): string {
  let n = nameKey(name);
  for (let i = 0; i < 2 && COST_WORD.test(n); i++) n = n.replace(COST_WORD, "");
  return n;
}

/** "本单元格第 6 行" for a line of the same cell, else the cell address (and line). */
function where(first: SourceRef, second: SourceRef): string {
  const sameCell = first.sheet === second.sheet && first.row === second.row && first.col === second.col;
  if (sameCell && first.line !== undefined) return `本单元格第 ${first.line} 行`;
  const cell = first.sheet === second.sheet ? toA1(first.row, first.col) : `${first.sheet}!${toA1(first.row, first.col)}`;
  return first.line !== undefined ? `单元格 ${cell} 第 ${first.line} 行` : `单元格 ${cell}`;
}

export default defineRule({
  meta: {
    id: "indicator-duplicate",
    category: "classification",
    defaultSeverity: "warning",
    description: "同一项目中出现相同或几乎相同的指标。",
    messages: {
      same: "“{{name}}”重复出现：“{{heading}}”下已有同名指标（{{where}}）。请删除重复的一条，或改写为不同的指标。",
      sameCost:
        "“{{name}}”（{{value}}）与“{{firstName}}”（{{firstValue}}，{{where}}）疑似同一项成本重复填写。请删除其中一条。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const { flags, start, indicators, compact } = facts;
    const byName = new Map<string, Indicator>(); // reused: cleared per project
    const costs: { ind: Indicator; wan: Decimal; core: string }[] = [];
    ctx.table.projects.forEach((project, p) => {
      byName.clear();
      costs.length = 0;
      const end = start[p + 1];
      for (let k = start[p]; k < end; k++) {
        const ind = indicators[k];
        const key = keyOfCompacted(compact[k]);
        // A 三级 left empty reads as its 二级 label ("数量指标"): not a duplicate of anything.
        if (key.length < 2 || (key.endsWith("指标") && (key === nameKey(ind.level2) || key === nameKey(ind.level1)))) continue;
        const first = byName.get(key);
        if (first) {
          ctx.report({
            messageId: "same",
            project,
            indicator: ind,
            data: { name: ind.name, heading: first.level2 || first.level1 || "本项目", where: where(first.source, ind.source) },
          });
          continue;
        }
        byName.set(key, ind);
        // An amount of money (not 定性) whose name is a cost.
        if ((flags[k] & (UNIT_MONEY | NUMBER | QUALITATIVE)) !== (UNIT_MONEY | NUMBER) || !facts.is(k, NameKind.cost)) continue;
        const wan = moneyInWan(ind) as Decimal;
        const core = costCore(ind.name);
        const twin = core.length >= MIN_CORE ? costs.find((o) => o.wan.eq(wan) && sameCore(o.core, core)) : undefined;
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
        costs.push({ ind, wan, core });
      }
    });
  },
});

/** One core contains the other and the shorter keeps at least MIN_CORE characters. */
function sameCore(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_CORE && long.includes(short);
}
