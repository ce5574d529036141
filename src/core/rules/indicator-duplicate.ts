/**
 * indicator-duplicate: the same indicator twice in one project.
 * - Same name once punctuation and spaces are ignored: seed project 4 has "业务培训任务完成率" under
 *   质量指标 and again under 时效指标.
 * - Near-same cost: one name contains the other once the cost word is dropped, with the same amount:
 *   seed project 9 "文稿打印、扫描成本 ≤1万元" and "打印、扫描费1万元".
 * Reported on the second occurrence, saying where the first is.
 */
import { toA1 } from "../grid";
import type { Indicator, SourceRef } from "../model";
import { compactName, isCostName } from "./util/cost-items";
import { formatValue, moneyInWan } from "./util/cost-money";
import { defineRule } from "./rule";

const COST_WORD = /(成本|费用|经费|费|金额|资金|支出|开支)$/;
/** The shorter name must keep this many characters to count as the same item ("打印扫描"). */
const MIN_CORE = 3;

function nameKey(name: string): string {
  return compactName(name)
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

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
    for (const project of ctx.table.projects) {
      const byName = new Map<string, Indicator>();
      const costByAmount = new Map<string, Indicator[]>();
      for (const ind of project.indicators) {
        const key = nameKey(ind.name);
        if (key.length < 2 || key === nameKey(ind.level2) || key === nameKey(ind.level1)) continue;
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
        const wan = isCostName(ind.name) ? moneyInWan(ind) : null;
        if (wan === null) continue;
        const bucket = costByAmount.get(wan.toFixed()) ?? [];
        const core = costCore(ind.name);
        const twin =
          core.length >= MIN_CORE
            ? bucket.find((o) => {
                const other = costCore(o.name);
                const [short, long] = other.length <= core.length ? [other, core] : [core, other];
                return short.length >= MIN_CORE && long.includes(short);
              })
            : undefined;
        if (twin) {
          ctx.report({
            messageId: "sameCost",
            project,
            indicator: ind,
            data: {
              name: ind.name,
              value: formatValue(ind),
              firstName: twin.name,
              firstValue: formatValue(twin),
              where: where(twin.source, ind.source),
            },
          });
          continue;
        }
        bucket.push(ind);
        costByAmount.set(wan.toFixed(), bucket);
      }
    }
  },
});
