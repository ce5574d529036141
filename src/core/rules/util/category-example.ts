/**
 * The example in a message about a missing category, fitted to the project. A reviewer who asks a
 * training project for its 成本指标 writes 「培训费总额 ≤17万元」, not a meeting's 「会议费总额 ≤10万元」:
 * the example is the line the 模板 tab would insert for this project — its recognised type (from name and
 * goal), the numbers its goal states, its amount. When no set can be made (no amount, numbers out of a
 * template's range), the fallback template (专项业务经费) is tried; when that fails too there is no example.
 */
import type { Level1Key, Level2Key, Project } from "../../model";
import type { Profile, SpendingStandards } from "../../settings";
import {
  createLibrary,
  indicatorLine,
  suggestForProject,
  type IndicatorSet,
  type RenderedGroup,
  type TemplateLibrary,
} from "../../templates";

let builtins: TemplateLibrary | undefined;
/**
 * Sets already made, per standards and per project text: a folder of submissions repeats its projects'
 * names and goals, and making a set costs about a millisecond. Bounded: emptied when it grows large.
 */
const made = new WeakMap<SpendingStandards, Map<string, IndicatorSet | null>>();
const MADE_LIMIT = 2000;

/** Which groups of a rendered set can give the example (a 一级, and optionally the 二级 under it). */
export interface ExampleWhere {
  level1: Level1Key;
  level2?: readonly Level2Key[];
  /** Say which 二级 the example is (when several would do): "，例如社会效益指标「…」". */
  named?: boolean;
}

function setFor(project: Project, profile: Profile, standards: SpendingStandards): IndicatorSet | null {
  let sets = made.get(standards);
  if (!sets) made.set(standards, (sets = new Map()));
  const key = [profile, project.name, project.goal, project.amount?.toString() ?? ""].join("\u0000");
  let set = sets.get(key);
  if (set === undefined) {
    if (sets.size >= MADE_LIMIT) sets.clear();
    set = makeSet(project, profile, standards);
    sets.set(key, set);
  }
  return set;
}

function makeSet(project: Project, profile: Profile, standards: SpendingStandards): IndicatorSet | null {
  const library = (builtins ??= createLibrary());
  const options = { profile, standards };
  const own = suggestForProject(project, library, options);
  if (own?.set) return own.set;
  const fallback = library.templates.find((t) => t.fallback);
  if (!fallback || own?.template === fallback) return null;
  return suggestForProject(project, library, { ...options, template: fallback })?.set ?? null;
}

/**
 * For one project: `example(where)` gives "，例如「…」" — the first indicator the project's set has there
 * — or "" when it has none (messages put it before their full stop). The set is made once, when first asked.
 */
export function categoryExamples(
  project: Project,
  profile: Profile,
  standards: SpendingStandards,
): (where: ExampleWhere) => string {
  let set: IndicatorSet | null | undefined;
  const fits = (g: RenderedGroup, w: ExampleWhere) =>
    g.level1Key === w.level1 && (!w.level2 || w.level2.includes(g.level2Key)) && g.indicators.length > 0;
  return (where) => {
    if (set === undefined) set = setFor(project, profile, standards);
    const group = set?.groups.find((g) => fits(g, where));
    if (!group) return "";
    return `，例如${where.named ? group.level2 : ""}「${indicatorLine(group.indicators[0])}」`;
  };
}
