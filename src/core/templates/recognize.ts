/**
 * Recognition and prefill: from a project's name and goal, which template fits (and why: the keyword
 * found), and the parameter values the text states — "两期委员培训班，每期20人，培训7天" → 培训期数 2,
 * 每期人数 20, 每期天数 7; "召开政协常委会议4次" → 会议次数 4. The user can change every value.
 */
import Decimal from "decimal.js";
import { DEFAULT_STANDARDS, type SpendingStandards } from "../settings";
import { extractGoalNumbers, type GoalNumber } from "../text/goal-numbers";
import type { TemplateLibrary } from "./library";
import { resolveParams } from "./params";
import type { ParamProblem, ParamValue, ParamValues, Template, TemplateParam } from "./types";

export interface ProjectText {
  name: string;
  goal?: string;
}

export interface TypeSuggestion {
  template: Template;
  /** The keyword that matched; null for the fallback. */
  keyword: string | null;
  where: "name" | "goal" | null;
  /** Chinese, for the user: 项目名称含「会议」. */
  reason: string;
}

const SPACES = /\s+/g;

interface Hit {
  template: Template;
  keyword: string;
  /** Name: where the keyword ends (the head of a Chinese compound is its end); goal: how often it occurs. */
  score: number;
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/**
 * Templates that fit the project, best first. A keyword in the name beats one in the goal; among name
 * hits the keyword nearest the end wins ("会议室设备购置" is a 设备购置 project); among goal hits the
 * most frequent. The fallback template (专项业务经费) comes last, always.
 */
export function recognizeType(project: ProjectText, library: TemplateLibrary): TypeSuggestion[] {
  const name = project.name.replace(SPACES, "");
  const goal = (project.goal ?? "").replace(SPACES, "");
  const inName: Hit[] = [];
  const inGoal: Hit[] = [];
  for (const t of library.templates) {
    if (t.fallback) continue;
    let bestName: Hit | null = null;
    let bestGoal: Hit | null = null;
    for (const k of t.keywords) {
      const at = name.lastIndexOf(k);
      if (at >= 0) {
        const end = at + k.length;
        if (
          !bestName ||
          end > bestName.score ||
          (end === bestName.score && k.length > bestName.keyword.length)
        ) {
          bestName = { template: t, keyword: k, score: end };
        }
      }
      const n = countOf(goal, k);
      if (n > 0 && (!bestGoal || n > bestGoal.score)) bestGoal = { template: t, keyword: k, score: n };
    }
    if (bestName) inName.push(bestName);
    else if (bestGoal) inGoal.push(bestGoal);
  }
  inName.sort((a, b) => b.score - a.score || b.keyword.length - a.keyword.length);
  inGoal.sort((a, b) => b.score - a.score);
  const out: TypeSuggestion[] = [
    ...inName.map((h) => ({
      template: h.template,
      keyword: h.keyword,
      where: "name" as const,
      reason: `项目名称含「${h.keyword}」`,
    })),
    ...inGoal.map((h) => ({
      template: h.template,
      keyword: h.keyword,
      where: "goal" as const,
      reason: `绩效目标含「${h.keyword}」${h.score > 1 ? `（${h.score} 处）` : ""}`,
    })),
  ];
  const fb = library.fallback;
  if (fb) {
    out.push({
      template: fb,
      keyword: null,
      where: null,
      reason:
        out.length === 0
          ? `项目名称和绩效目标中没有找到类型关键词，使用通用的「${fb.name}」模板`
          : `通用模板`,
    });
  }
  return out;
}

export interface PrefillResult {
  /** The project's amount (万元), or null when it has none (ask the user). */
  amount: Decimal | null;
  /** Every parameter, from the text where stated, else its default (computed with the amount). */
  params: ParamValues;
  /** Where each value came from, in Chinese: 绩效目标「每期20人」 / 项目名称含「三类」 / 默认值. */
  sources: Record<string, string>;
  /** Defaults that could not be computed (rare: the user fills them in). */
  problems: ParamProblem[];
}

function inRange(p: TemplateParam, v: number): boolean {
  if (p.integer && !Number.isInteger(v)) return false;
  if (p.min && p.min.gt(v)) return false;
  if (p.max && p.max.lt(v)) return false;
  return true;
}

/** The first stated number a rule of this parameter accepts (goal first, then name), not used before. */
function numberFor(
  p: TemplateParam,
  texts: { label: string; numbers: GoalNumber[] }[],
  used: Set<GoalNumber>,
): { n: GoalNumber; label: string } | null {
  for (const rule of p.prefill) {
    const g = rule.goal;
    if (!g) continue;
    for (const { label, numbers } of texts) {
      for (const n of numbers) {
        if (used.has(n) || n.kind !== "count" || !g.units.includes(n.unit)) continue;
        if (g.per !== undefined && n.per !== g.per) continue;
        if (g.clause && g.clause(n.clause) === null) continue;
        if (!inRange(p, n.value)) continue;
        return { n, label };
      }
    }
  }
  return null;
}

function choiceFor(
  p: TemplateParam,
  name: string,
  goal: string,
  numbers: { name: GoalNumber[]; goal: GoalNumber[] },
): { value: string; where: string; match: string } | null {
  const stated = (list: GoalNumber[], units: readonly string[]) =>
    list.find((n) => n.kind === "count" && units.includes(n.unit))?.text ?? null;
  for (const rule of p.prefill) {
    if (rule.count) {
      const inName = stated(numbers.name, rule.count.units);
      if (inName !== null) return { value: rule.count.value, where: "项目名称", match: inName };
      const inGoal = stated(numbers.goal, rule.count.units);
      if (inGoal !== null) return { value: rule.count.value, where: "绩效目标", match: inGoal };
    }
    const t = rule.text;
    if (!t) continue;
    const inName = t.find(name);
    if (inName !== null) return { value: t.value, where: "项目名称", match: inName };
    const inGoal = t.find(goal);
    if (inGoal !== null) return { value: t.value, where: "绩效目标", match: inGoal };
  }
  return null;
}

/** Parameter values for a project: the numbers and words its text states, defaults for the rest. */
export function prefillParams(
  template: Template,
  project: ProjectText & { amount: Decimal | null },
  standards: SpendingStandards = DEFAULT_STANDARDS,
): PrefillResult {
  const name = project.name.replace(SPACES, "");
  const goal = (project.goal ?? "").replace(SPACES, "");
  const numbers = { goal: extractGoalNumbers(goal), name: extractGoalNumbers(name) };
  const texts = [
    { label: "绩效目标", numbers: numbers.goal },
    { label: "项目名称", numbers: numbers.name },
  ];
  const used = new Set<GoalNumber>();
  const given: Record<string, ParamValue> = {};
  const sources: Record<string, string> = {};
  for (const p of template.params) {
    if (p.type === "choice") {
      const c = choiceFor(p, name, goal, numbers);
      if (c) {
        given[p.id] = c.value;
        sources[p.id] = `${c.where}含「${c.match}」`;
      }
      continue;
    }
    const hit = numberFor(p, texts, used);
    if (hit) {
      used.add(hit.n);
      given[p.id] = new Decimal(hit.n.value);
      sources[p.id] = `${hit.label}「${hit.n.per ? `每${hit.n.per}` : ""}${hit.n.text}」`;
    }
  }
  const amount = project.amount;
  const resolved = resolveParams(template, given, amount ?? new Decimal(0), standards);
  const params = resolved.ok ? resolved.params : given;
  for (const p of template.params) sources[p.id] ??= "默认值";
  return { amount, params, sources, problems: resolved.ok ? [] : resolved.problems };
}
