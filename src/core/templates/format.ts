/**
 * A rendered set as text for a wide-layout indicator cell (the seed's line style) and as rows for the
 * long / single-project-form layouts (one row per indicator).
 *
 *   一、产出指标
 *   （一）数量指标：
 *   1. 召开会议次数 =4次
 *   …
 *   1. 会议管理制度健全性 健全
 */
import type { IndicatorSet, RenderedIndicator, TemplateRow } from "./types";

const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1 → 一, 12 → 十二 (headings never go past a few dozen). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN_NUMERALS[n - 1];
  if (n < 20) return `十${CN_NUMERALS[n - 11]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN_NUMERALS[tens - 1]}十${ones === 0 ? "" : CN_NUMERALS[ones - 1]}`;
}

/** "召开会议次数 =4次", "会议管理制度健全性 健全". */
export function indicatorLine(ind: RenderedIndicator): string {
  return ind.operator === "定性"
    ? `${ind.name} ${ind.value}`
    : `${ind.name} ${ind.operator}${ind.value}${ind.unit}`;
}

export interface WideTextOptions {
  /** Number of the first 一级 heading (default 1): appending 满意度指标 after 一、二、 starts at 3. */
  level1Start?: number;
}

/** The set as one multi-line text cell; 二级 and item numbering restart under each heading. */
export function renderWideText(set: IndicatorSet, options: WideTextOptions = {}): string {
  const lines: string[] = [];
  let level1 = (options.level1Start ?? 1) - 1;
  let level2 = 0;
  let current1 = "";
  for (const g of set.groups) {
    if (g.level1Key !== current1) {
      current1 = g.level1Key;
      level1++;
      level2 = 0;
      lines.push(`${chineseOrdinal(level1)}、${g.level1}`);
    }
    level2++;
    lines.push(`（${chineseOrdinal(level2)}）${g.level2}：`);
    g.indicators.forEach((ind, i) => lines.push(`${i + 1}. ${indicatorLine(ind)}`));
  }
  return lines.join("\n");
}

/** One row per indicator, with its 一级/二级 written on every row (layouts merge them). */
export function renderRows(set: IndicatorSet): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const g of set.groups) {
    for (const ind of g.indicators) {
      rows.push({
        level1: g.level1,
        level2: g.level2,
        level3: ind.name,
        operator: ind.operator,
        value: ind.value,
        unit: ind.unit,
      });
    }
  }
  return rows;
}
