/**
 * 补全缺失类别: the part of a rendered set a project lacks — the categories behind level1-missing,
 * level2-missing and category-empty, read the way those rules read them (cost counts wherever it is
 * filed, satisfaction filed as a 二级 under 效益 counts). Categories the project already fills are left
 * alone, so inserting the result never duplicates what is there.
 */
import Decimal from "decimal.js";
import type { Level1Key, Level2Key, Project } from "../model";
import type { Profile } from "../settings";
import { placementOf } from "./categories";
import type { CategoryKey, IndicatorSet, RenderedGroup } from "./types";

const COST_L2: ReadonlySet<Level2Key> = new Set<Level2Key>(["cost", "economicCost", "socialCost", "ecoCost"]);
const BENEFIT_ANY: ReadonlySet<Level2Key> = new Set<Level2Key>(["economic", "social", "ecological"]);
const BENEFIT_L2: ReadonlySet<Level2Key> = new Set<Level2Key>([
  "economic",
  "social",
  "ecological",
  "sustainable",
]);
const OUTPUT_L2: ReadonlySet<Level2Key> = new Set<Level2Key>(["quantity", "quality", "timeliness"]);

interface Filled {
  level2: Set<Level2Key>;
  /** 一级 that have at least one indicator (directly or through a 二级 that belongs to them). */
  level1: Set<Level1Key>;
  cost: boolean;
  satisfaction: boolean;
  /** 二级 keys of headings with nothing under them (category-empty). */
  emptyHeadings: Set<Level2Key>;
}

function parentOf(k: Level2Key): Level1Key {
  if (OUTPUT_L2.has(k) || k === "cost") return "output";
  if (BENEFIT_L2.has(k)) return "benefit";
  if (k === "satisfaction") return "satisfaction";
  return "cost";
}

function filledIn(project: Project): Filled {
  const f: Filled = {
    level2: new Set(),
    level1: new Set(),
    cost: false,
    satisfaction: false,
    emptyHeadings: new Set(),
  };
  for (const ind of project.indicators) {
    const l2 = ind.level2Key;
    const l1 = ind.level1Key ?? (l2 ? parentOf(l2) : null);
    if (l2) f.level2.add(l2);
    if (l1) f.level1.add(l1);
    if (l2 && BENEFIT_L2.has(l2)) f.level1.add("benefit");
    if (l1 === "cost" || (l2 && COST_L2.has(l2))) f.cost = true;
    if (l1 === "satisfaction" || l2 === "satisfaction") f.satisfaction = true;
  }
  for (const h of project.headings) {
    if (h.level === 2 && h.indicatorCount === 0 && h.key && !f.level2.has(h.key as Level2Key))
      f.emptyHeadings.add(h.key as Level2Key);
  }
  return f;
}

function needed(g: RenderedGroup, f: Filled): boolean {
  if (f.level2.has(g.level2Key)) return false;
  if (g.level1Key === "satisfaction" || g.level2Key === "satisfaction") return !f.satisfaction;
  if (COST_L2.has(g.level2Key)) return !f.cost;
  // A 一级 with nothing in it: level1-missing (or category-empty on its heading) — bring its whole block.
  if (!f.level1.has(g.level1Key)) return true;
  if (g.level1Key === "output") return OUTPUT_L2.has(g.level2Key) || f.emptyHeadings.has(g.level2Key);
  if (g.level1Key === "benefit") {
    if (BENEFIT_ANY.has(g.level2Key) && ![...BENEFIT_ANY].some((k) => f.level2.has(k))) return true;
    return f.emptyHeadings.has(g.level2Key);
  }
  return f.emptyHeadings.has(g.level2Key);
}

/**
 * The groups of `set` that the project lacks, as a set of their own (no groups: nothing to add). Render
 * `set` in the profile the project's table uses, so the added headings match the existing ones.
 */
export function missingCategories(project: Project, profile: Profile, set: IndicatorSet): IndicatorSet {
  const f = filledIn(project);
  return {
    ...set,
    profile,
    groups: set.groups.filter((g) => needed(g, f)).map((g) => ({ ...g, indicators: [...g.indicators] })),
  };
}

const ALL_CATEGORIES: readonly CategoryKey[] = [
  "quantity",
  "quality",
  "timeliness",
  "cost",
  "socialCost",
  "ecoCost",
  "economic",
  "social",
  "ecological",
  "sustainable",
  "satisfaction",
];

/**
 * Whether 补全缺失类别 would add anything to the project from a template that fills every category: the
 * 模板 tab offers 只补全缺失类别 as the default only then (on a complete project it would insert nothing).
 */
export function lacksCategories(project: Project, profile: Profile): boolean {
  const groups: RenderedGroup[] = ALL_CATEGORIES.map((k) => {
    const { level1Key, level2Key } = placementOf(k, profile);
    return { level1Key, level1: "", level2Key, level2: "", indicators: [] };
  });
  const probe: IndicatorSet = {
    templateId: "",
    templateName: "",
    profile,
    amount: new Decimal(0),
    params: {},
    groups,
  };
  return missingCategories(project, profile, probe).groups.length > 0;
}
