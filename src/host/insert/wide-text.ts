/**
 * 补全 in a wide table's indicator cell: the missing groups go where they belong in the existing text —
 * items under an empty 二级 heading, a 二级 group at the end of its 一级 block, a missing 一级 block at
 * the end — numbered on from what is there. Every existing line is kept as it is.
 */
import type { Level1Key, Level2Key } from "../../core/model";
import { readNumbering } from "../../core/parse/numbering";
import type { RenderedGroup } from "../../core/templates";
import { normalizeText } from "../../core/text/normalize";
import { level1KeyOf, level2KeyOf } from "../../core/vocab/categories";
import { formatWide, groupLines, itemLines, level1Line, type WideStyle } from "./wide-style";

type Kind = "l1" | "l2" | "item" | "other" | "blank";

interface Line {
  kind: Kind;
  key: Level1Key | Level2Key | null;
}

const COLON = /[:：]\s*$/;
const LEVEL1_NAMES = /^(产出|效益|满意度|成本)指标$/;

function classify(raw: string): Line {
  const norm = normalizeText(raw).trim();
  if (norm === "") return { kind: "blank", key: null };
  const n = readNumbering(norm);
  const body = n.body.replace(COLON, "").trim();
  if (n.kind === "chinese") return { kind: "l1", key: level1KeyOf(body) };
  if (n.kind === "chineseParen") return { kind: "l2", key: level2KeyOf(body) };
  if (n.kind === "arabic") return { kind: "item", key: null };
  if (LEVEL1_NAMES.test(body)) return { kind: "l1", key: level1KeyOf(body) };
  if (/指标$/.test(body) && level2KeyOf(body)) return { kind: "l2", key: level2KeyOf(body) };
  return { kind: "other", key: null };
}

/** The existing text with the groups added; the groups alone when the text is empty. */
export function addToWideText(existing: string, groups: readonly RenderedGroup[], style: WideStyle): string {
  const lines = existing.split(/\r?\n/);
  const kinds = lines.map(classify);
  const lastLine = (): number => {
    let i = kinds.length - 1;
    while (i >= 0 && kinds[i].kind === "blank") i--;
    return i;
  };
  if (lastLine() < 0) return formatWide(groups, style);

  const inserts: { after: number; lines: string[] }[] = [];
  const filled = new Set<number>();
  const addedUnder = new Map<number, number>();
  let level1Count = kinds.filter((k) => k.kind === "l1").length;
  let newBlock: { key: Level1Key; level2: number; insert: { after: number; lines: string[] } } | null = null;

  for (const g of groups) {
    // Items under an empty 二级 heading of this category.
    const empty = kinds.findIndex(
      (k, i) => k.kind === "l2" && k.key === g.level2Key && !filled.has(i) && itemsAfter(kinds, i) === 0,
    );
    if (empty >= 0) {
      filled.add(empty);
      inserts.push({ after: empty, lines: itemLines(style, g) });
      continue;
    }
    // A 二级 group at the end of its 一级 block.
    const head = findLastIndex(kinds, (k) => k.kind === "l1" && k.key === g.level1Key);
    if (head >= 0) {
      let end = head;
      for (let i = head + 1; i < kinds.length && kinds[i].kind !== "l1"; i++)
        if (kinds[i].kind !== "blank") end = i;
      let level2 = 0;
      for (let i = head + 1; i <= end; i++) if (kinds[i].kind === "l2") level2++;
      const added = (addedUnder.get(head) ?? 0) + 1;
      addedUnder.set(head, added);
      inserts.push({ after: end, lines: groupLines(style, level2 + added, g) });
      continue;
    }
    // A new 一级 block at the end.
    if (!newBlock || newBlock.key !== g.level1Key) {
      level1Count++;
      newBlock = {
        key: g.level1Key,
        level2: 0,
        insert: { after: lastLine(), lines: [level1Line(style, level1Count, g.level1)] },
      };
      inserts.push(newBlock.insert);
    }
    newBlock.level2++;
    newBlock.insert.lines.push(...groupLines(style, newBlock.level2, g));
  }

  // From the bottom up, so earlier positions stay valid; inserts at one place keep their order.
  const out = [...lines];
  const byPlace = new Map<number, string[]>();
  for (const ins of inserts) byPlace.set(ins.after, [...(byPlace.get(ins.after) ?? []), ...ins.lines]);
  for (const after of [...byPlace.keys()].sort((a, b) => b - a))
    out.splice(after + 1, 0, ...byPlace.get(after)!);
  return out.join("\n");
}

/** Item lines directly under the heading at i (before the next heading). */
function itemsAfter(kinds: readonly Line[], i: number): number {
  let n = 0;
  for (let j = i + 1; j < kinds.length && kinds[j].kind !== "l1" && kinds[j].kind !== "l2"; j++)
    if (kinds[j].kind === "item" || kinds[j].kind === "other") n++;
  return n;
}

function findLastIndex<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
