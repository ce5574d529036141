/**
 * The line style of a wide table's indicator cells — "（一）数量指标：" or "(一) 数量指标:", "1. " or
 * "1、" — read from the table's other projects, so inserted text looks like its neighbours. The default
 * is the core's renderWideText style: with it, formatWide gives exactly renderWideText's text.
 */
import { chineseOrdinal } from "../../core/templates/format";
import { indicatorLine } from "../../core/templates";
import type { RenderedGroup } from "../../core/templates";

export interface WideStyle {
  /** 一、 */
  level1Sep: string;
  /** （ ） and what follows: a space or nothing, then the colon (or nothing). */
  level2Open: string;
  level2Close: string;
  level2Space: string;
  level2Colon: string;
  /** 1. / 1、 and the space after it. */
  itemSep: string;
  itemSpace: string;
}

export const DEFAULT_WIDE_STYLE: WideStyle = Object.freeze({
  level1Sep: "、",
  level2Open: "（",
  level2Close: "）",
  level2Space: "",
  level2Colon: "：",
  itemSep: ".",
  itemSpace: " ",
});

const CN = "一二三四五六七八九十";
const L1 = new RegExp(`^\\s*[${CN}]{1,3}\\s*([、.．])\\s*\\S`);
const L2 = new RegExp(`^\\s*([（(])\\s*[${CN}]{1,3}\\s*([）)])(\\s*)[^:：]*?\\S([:：]?)\\s*$`);
/** "1. " but not "1.5万元". */
const ITEM = /^\s*\d{1,2}\s*([.、．](?!\d))(\s*)\S/;
/** Lines looked at, at most (a big table says the same thing a thousand times). */
const MAX_LINES = 3000;

class Votes {
  private readonly counts = new Map<string, number>();
  add(v: string): void {
    this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
  }
  best(fallback: string): string {
    let best = fallback;
    let n = 0;
    for (const [v, c] of this.counts) if (c > n) [best, n] = [v, c];
    return best;
  }
}

/** The style most of these cells use (each member voted on separately); the default where they say nothing. */
export function wideStyleOf(texts: Iterable<string>): WideStyle {
  const v = {
    level1Sep: new Votes(),
    level2Open: new Votes(),
    level2Close: new Votes(),
    level2Space: new Votes(),
    level2Colon: new Votes(),
    itemSep: new Votes(),
    itemSpace: new Votes(),
  };
  let seen = 0;
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (++seen > MAX_LINES) break;
      let m = ITEM.exec(line);
      if (m) {
        v.itemSep.add(m[1]);
        v.itemSpace.add(m[2] === "" ? "" : " ");
        continue;
      }
      if ((m = L2.exec(line))) {
        v.level2Open.add(m[1]);
        v.level2Close.add(m[2]);
        v.level2Space.add(m[3] === "" ? "" : " ");
        v.level2Colon.add(m[4]);
        continue;
      }
      if ((m = L1.exec(line))) v.level1Sep.add(m[1]);
    }
    if (seen > MAX_LINES) break;
  }
  const d = DEFAULT_WIDE_STYLE;
  return {
    level1Sep: v.level1Sep.best(d.level1Sep),
    level2Open: v.level2Open.best(d.level2Open),
    level2Close: v.level2Close.best(d.level2Close),
    level2Space: v.level2Space.best(d.level2Space),
    level2Colon: v.level2Colon.best(d.level2Colon),
    itemSep: v.itemSep.best(d.itemSep),
    itemSpace: v.itemSpace.best(d.itemSpace),
  };
}

export const level1Line = (s: WideStyle, n: number, text: string): string =>
  `${chineseOrdinal(n)}${s.level1Sep}${text}`;
export const level2Line = (s: WideStyle, n: number, text: string): string =>
  `${s.level2Open}${chineseOrdinal(n)}${s.level2Close}${s.level2Space}${text}${s.level2Colon}`;

/** A 二级 group's heading and items. */
export function groupLines(s: WideStyle, level2Number: number, g: RenderedGroup): string[] {
  return [level2Line(s, level2Number, g.level2), ...itemLines(s, g)];
}

export function itemLines(s: WideStyle, g: RenderedGroup): string[] {
  return g.indicators.map((ind, i) => `${i + 1}${s.itemSep}${s.itemSpace}${indicatorLine(ind)}`);
}

/** Groups as a whole tree (renderWideText's layout in the given style); 一级 numbering from level1Start. */
export function formatWide(groups: readonly RenderedGroup[], s: WideStyle, level1Start = 1): string {
  const lines: string[] = [];
  let level1 = level1Start - 1;
  let level2 = 0;
  let current = "";
  for (const g of groups) {
    if (g.level1Key !== current) {
      current = g.level1Key;
      level1++;
      level2 = 0;
      lines.push(level1Line(s, level1, g.level1));
    }
    level2++;
    lines.push(...groupLines(s, level2, g));
  }
  return lines.join("\n");
}
