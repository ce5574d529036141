/**
 * Where a template's category goes in each profile (docs/domain.md): in 2015 成本 is a 二级 under 产出; in
 * 2021 成本指标 is a 一级 placed first, with 经济/社会/生态环境成本指标 under it. The order of the
 * groups is the order budget systems print them.
 */
import type { Level1Key, Level2Key } from "../model";
import type { Profile } from "../settings";
import { LEVEL1_NAME, LEVEL2_NAME } from "../vocab/categories";
import type { CategoryKey } from "./types";

/** Chinese names accepted in a template's "category" field. */
const CATEGORY_NAMES = new Map<string, CategoryKey>([
  ["数量", "quantity"],
  ["质量", "quality"],
  ["时效", "timeliness"],
  ["成本", "cost"],
  ["经济成本", "cost"],
  ["社会成本", "socialCost"],
  ["生态环境成本", "ecoCost"],
  ["经济效益", "economic"],
  ["社会效益", "social"],
  ["生态效益", "ecological"],
  ["可持续影响", "sustainable"],
  ["满意度", "satisfaction"],
  ["服务对象满意度", "satisfaction"],
]);

export const CATEGORY_LABEL: Record<CategoryKey, string> = {
  quantity: "数量指标",
  quality: "质量指标",
  timeliness: "时效指标",
  cost: "成本指标",
  socialCost: "社会成本指标",
  ecoCost: "生态环境成本指标",
  economic: "经济效益指标",
  social: "社会效益指标",
  ecological: "生态效益指标",
  sustainable: "可持续影响指标",
  satisfaction: "满意度指标",
};

/** "数量" / "数量指标" / "quantity" → quantity; null when unknown. */
export function categoryKeyOf(text: string): CategoryKey | null {
  const t = String(text).replace(/\s+/g, "");
  if (Object.prototype.hasOwnProperty.call(CATEGORY_LABEL, t)) return t as CategoryKey;
  const stem = t.replace(/指标$/, "");
  return CATEGORY_NAMES.get(stem) ?? null;
}

export interface Placement {
  level1Key: Level1Key;
  level2Key: Level2Key;
}

const PLACEMENT_2015: Record<CategoryKey, Placement> = {
  quantity: { level1Key: "output", level2Key: "quantity" },
  quality: { level1Key: "output", level2Key: "quality" },
  timeliness: { level1Key: "output", level2Key: "timeliness" },
  // 2015 has one 成本指标 under 产出: social and ecological costs are filed there too.
  cost: { level1Key: "output", level2Key: "cost" },
  socialCost: { level1Key: "output", level2Key: "cost" },
  ecoCost: { level1Key: "output", level2Key: "cost" },
  economic: { level1Key: "benefit", level2Key: "economic" },
  social: { level1Key: "benefit", level2Key: "social" },
  ecological: { level1Key: "benefit", level2Key: "ecological" },
  sustainable: { level1Key: "benefit", level2Key: "sustainable" },
  satisfaction: { level1Key: "satisfaction", level2Key: "satisfaction" },
};

const PLACEMENT_2021: Record<CategoryKey, Placement> = {
  ...PLACEMENT_2015,
  cost: { level1Key: "cost", level2Key: "economicCost" },
  socialCost: { level1Key: "cost", level2Key: "socialCost" },
  ecoCost: { level1Key: "cost", level2Key: "ecoCost" },
};

export function placementOf(category: CategoryKey, profile: Profile): Placement {
  return (profile === "2021" ? PLACEMENT_2021 : PLACEMENT_2015)[category];
}

/** 一级 order per profile. */
export const LEVEL1_ORDER: Record<Profile, readonly Level1Key[]> = {
  "2015": ["output", "benefit", "satisfaction"],
  "2021": ["cost", "output", "benefit", "satisfaction"],
};

/** 二级 order (within its 一级). */
export const LEVEL2_ORDER: readonly Level2Key[] = [
  "economicCost",
  "socialCost",
  "ecoCost",
  "quantity",
  "quality",
  "timeliness",
  "cost",
  "economic",
  "social",
  "ecological",
  "sustainable",
  "satisfaction",
];

export const level1Name = (k: Level1Key): string => LEVEL1_NAME[k];
export const level2Name = (k: Level2Key): string => LEVEL2_NAME[k];

/** The categories every set must fill for the checker's completeness rules (level1-missing, level2-missing). */
export const REQUIRED_CATEGORIES: readonly { label: string; anyOf: readonly CategoryKey[] }[] = [
  { label: "数量指标", anyOf: ["quantity"] },
  { label: "质量指标", anyOf: ["quality"] },
  { label: "时效指标", anyOf: ["timeliness"] },
  { label: "成本指标", anyOf: ["cost", "socialCost", "ecoCost"] },
  { label: "经济、社会或生态效益指标", anyOf: ["economic", "social", "ecological"] },
  { label: "满意度指标", anyOf: ["satisfaction"] },
];
