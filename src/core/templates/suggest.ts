/**
 * One call for a project the user selected: recognise its type, prefill the parameters from its text,
 * check them and render the set (and the goal sentence). The pane shows the result and lets the user
 * change the type and every value before anything is written.
 */
import type Decimal from "decimal.js";
import type { Project } from "../model";
import { DEFAULT_STANDARDS, type Profile, type SpendingStandards } from "../settings";
import type { TemplateLibrary } from "./library";
import { missingCategories } from "./missing";
import { validateParams } from "./params";
import { prefillParams, recognizeType, type ProjectText, type TypeSuggestion } from "./recognize";
import { goalSentence, renderSet } from "./render";
import type { IndicatorSet, ParamProblem, ParamValues, Template } from "./types";

export interface ProjectSuggestion {
  /** Best first; the fallback template last. */
  types: TypeSuggestion[];
  template: Template;
  amount: Decimal | null;
  params: ParamValues;
  /** Where each value came from (绩效目标「每期20人」 / 默认值). */
  sources: Record<string, string>;
  /** Empty when the set is ready to insert. */
  problems: ParamProblem[];
  set: IndicatorSet | null;
  /** A goal sentence for an empty 绩效目标 cell ("" when the parameters are not valid yet). */
  goal: string;
  /**
   * For a project read from a table: the part of `set` it lacks (补全缺失类别; no groups when it lacks
   * nothing). null when the input was not a read project or the set is not ready.
   */
  missing: IndicatorSet | null;
}

export interface SuggestOptions {
  profile: Profile;
  standards?: SpendingStandards;
  /** Use this template instead of the recognised one (the user changed the type). */
  template?: Template;
}

export function suggestForProject(
  project: (ProjectText & { amount: Decimal | null }) | Project,
  library: TemplateLibrary,
  options: SuggestOptions,
): ProjectSuggestion | null {
  const standards = options.standards ?? DEFAULT_STANDARDS;
  const types = recognizeType(project, library);
  const template = options.template ?? types[0]?.template;
  if (!template) return null;
  const pre = prefillParams(template, project, standards);
  const base = {
    types,
    template,
    amount: pre.amount,
    params: pre.params,
    sources: pre.sources,
    set: null,
    goal: "",
    missing: null,
  };
  if (pre.problems.length > 0) return { ...base, problems: pre.problems };
  if (pre.amount === null)
    return { ...base, problems: [{ param: null, message: "项目没有金额，请先填写项目金额（万元）。" }] };
  const v = validateParams(template, pre.params, pre.amount, { standards, profile: options.profile });
  if (!v.ok) return { ...base, problems: v.problems };
  const r = renderSet(template, pre.params, pre.amount, { profile: options.profile, standards });
  if (!r.ok) return { ...base, problems: r.problems };
  const missing = isReadProject(project) ? missingCategories(project, options.profile, r.set) : null;
  return {
    ...base,
    problems: [],
    set: r.set,
    goal: goalSentence(template, pre.params, pre.amount, standards),
    missing,
  };
}

function isReadProject(p: object): p is Project {
  return Array.isArray((p as Project).indicators) && Array.isArray((p as Project).headings);
}
