/**
 * Which 一级/二级 categories a project's indicator tree contains, read from its headings and its
 * indicators. Old-fashioned trees count: satisfaction filed as a 二级 under 效益 counts as 满意度, a
 * 二级 without a recognised 一级 above it counts for the 一级 it belongs to, and cost counts wherever it
 * is filed (2015: 二级 under 产出; 2021: its own 一级).
 */
import type { Level1Key, Level2Key, Project, Table } from "../../model";
import {
  categoryLevel1,
  categoryLevel2,
  LEVEL1_KEYS as LEVEL1_KEYS_IN_ORDER,
  LEVEL2_KEYS as LEVEL2_KEYS_IN_ORDER,
} from "./indicator-flags";
import { tableFacts, type TableFacts } from "./table-facts";

/** The 一级 a 二级 belongs to when the tree does not say (no 一级 heading, or an unrecognised one). */
export const LEVEL1_OF_LEVEL2: Record<Level2Key, Level1Key> = {
  quantity: "output",
  quality: "output",
  timeliness: "output",
  cost: "output",
  economic: "benefit",
  social: "benefit",
  ecological: "benefit",
  sustainable: "benefit",
  satisfaction: "satisfaction",
  economicCost: "cost",
  socialCost: "cost",
  ecoCost: "cost",
};

const COST_LEVEL2: ReadonlySet<Level2Key> = new Set<Level2Key>([
  "cost",
  "economicCost",
  "socialCost",
  "ecoCost",
]);

export interface CategoryPresence {
  level1: Set<Level1Key>;
  /** 二级 keys found under each 一级 (a 二级 with no known 一级 is filed under the one it belongs to). */
  level2: Map<Level1Key, Set<Level2Key>>;
  /** Some cost category exists: 一级 成本指标, or a 成本/经济成本/社会成本/生态环境成本 二级 anywhere. */
  hasCost: boolean;
  /** Some satisfaction category exists: 一级 满意度指标, or 满意度 filed as a 二级 (e.g. under 效益). */
  hasSatisfaction: boolean;
  /** level1.has(key), without building the set. */
  hasLevel1(key: Level1Key): boolean;
  /** level2.get(level1)?.has(key), without building the sets. */
  hasLevel2(level1: Level1Key, key: Level2Key): boolean;
}

/** Each 一级 key's number (its bit is 1 << number), each 二级 key's bit. */
const L1_NUMBER = new Map<Level1Key, number>(
  LEVEL1_KEYS_IN_ORDER.flatMap((k, i) => (k ? [[k, i] as const] : [])),
);
const L2_BIT = new Map<Level2Key, number>(
  LEVEL2_KEYS_IN_ORDER.flatMap((k, i) => (k ? [[k, 1 << i] as const] : [])),
);

/**
 * Presence as bits (one per 一级, and per 一级 one per 二级): thousands of projects are checked, and the
 * sets the interface offers are built only when someone reads them. Headings can only add categories to
 * what the indicators show, so they are read only when a question is not already answered yes.
 */
class Presence implements CategoryPresence {
  private level1Bits = 0;
  /** 二级 bits under each 一级, by the 一级's number. */
  private readonly level2Bits = [0, 0, 0, 0, 0];
  private cost = false;
  private satisfaction = false;
  private headingsRead = false;

  constructor(private readonly project: Project) {}

  get hasCost(): boolean {
    if (!this.cost) this.readHeadings();
    return this.cost;
  }

  get hasSatisfaction(): boolean {
    if (!this.satisfaction) this.readHeadings();
    return this.satisfaction;
  }

  hasLevel1(key: Level1Key): boolean {
    const n = L1_NUMBER.get(key);
    if (n === undefined) return false;
    if ((this.level1Bits & (1 << n)) === 0) this.readHeadings();
    return (this.level1Bits & (1 << n)) !== 0;
  }

  hasLevel2(level1: Level1Key, key: Level2Key): boolean {
    const n = L1_NUMBER.get(level1);
    const bit = L2_BIT.get(key) ?? 0;
    if (n === undefined) return false;
    if ((this.level2Bits[n] & bit) === 0) this.readHeadings();
    return (this.level2Bits[n] & bit) !== 0;
  }

  get level1(): Set<Level1Key> {
    this.readHeadings();
    return new Set([...L1_NUMBER.keys()].filter((k) => this.hasLevel1(k)));
  }

  get level2(): Map<Level1Key, Set<Level2Key>> {
    this.readHeadings();
    const map = new Map<Level1Key, Set<Level2Key>>();
    for (const l1 of L1_NUMBER.keys()) {
      const keys = [...L2_BIT.keys()].filter((k) => this.hasLevel2(l1, k));
      if (keys.length > 0) map.set(l1, new Set(keys));
    }
    return map;
  }

  add(l1: Level1Key | null | undefined, l2: Level2Key | null | undefined): void {
    const parent = l1 ?? (l2 ? LEVEL1_OF_LEVEL2[l2] : null);
    const n = parent ? L1_NUMBER.get(parent) : undefined;
    if (!parent || n === undefined) return;
    this.level1Bits |= 1 << n;
    if (parent === "cost") this.cost = true;
    if (parent === "satisfaction") this.satisfaction = true;
    if (!l2) return;
    this.level2Bits[n] |= L2_BIT.get(l2) ?? 0;
    if (COST_LEVEL2.has(l2)) this.cost = true;
    if (l2 === "satisfaction") this.satisfaction = true;
  }

  private readHeadings(): void {
    if (this.headingsRead) return;
    this.headingsRead = true;
    for (const h of this.project.headings) {
      if (h.level === 1) this.add(asLevel1(h.key), null);
      else this.add(h.level1Key, asLevel2(h.key));
    }
  }
}

const LEVEL1_KEYS: ReadonlySet<string> = new Set<Level1Key>(["output", "benefit", "satisfaction", "cost"]);
const asLevel1 = (k: string | null | undefined): Level1Key | null =>
  k && LEVEL1_KEYS.has(k) ? (k as Level1Key) : null;
const asLevel2 = (k: string | null | undefined): Level2Key | null =>
  k && Object.prototype.hasOwnProperty.call(LEVEL1_OF_LEVEL2, k) ? (k as Level2Key) : null;

/** Computed once per project: several rules ask, and the model does not change while rules run. */
const cache = new WeakMap<Project, CategoryPresence>();

export function categoryPresence(project: Project): CategoryPresence {
  let found = cache.get(project);
  if (!found) cache.set(project, (found = computePresence(project, null, 0)));
  return found;
}

const tableCache = new WeakMap<TableFacts, CategoryPresence[]>();

/**
 * The same for every project of a table, by project index, reading the indicators' categories from the
 * table's facts (rules/util/table-facts.ts) rather than from each indicator.
 */
export function categoryPresences(table: Table): (p: number) => CategoryPresence {
  const facts = tableFacts(table);
  let found = tableCache.get(facts);
  if (!found) tableCache.set(facts, (found = new Array<CategoryPresence>(facts.projects.length)));
  const all = found;
  return (p) => (all[p] ??= computePresence(facts.projects[p], facts, facts.start[p]));
}

/** From the facts when given (the project's first indicator is number `first` there), else from the indicators. */
function computePresence(project: Project, facts: TableFacts | null, first: number): CategoryPresence {
  const found = new Presence(project);
  // Indicators come in runs under one heading: each run adds its categories once (headings: see Presence).
  if (facts) {
    let previous = -1;
    const end = first + project.indicators.length;
    for (let k = first; k < end; k++) {
      const c = facts.category[k];
      if (c === previous) continue;
      previous = c;
      found.add(categoryLevel1(c), categoryLevel2(c));
    }
  } else {
    let l1: Level1Key | null | undefined;
    let l2: Level2Key | null | undefined;
    for (const ind of project.indicators) {
      if (ind.level1Key === l1 && ind.level2Key === l2) continue;
      l1 = ind.level1Key;
      l2 = ind.level2Key;
      found.add(l1, l2);
    }
  }
  return found;
}
