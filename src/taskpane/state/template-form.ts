/**
 * The 模板 tab's form as plain data, and everything it shows computed from it without React: the
 * suggested type and prefilled values for the selected project, each field's problem (from the core's
 * parseParamValue / validateParams), the rendered set, the goal sentence and the insertion plan whose
 * preview is exactly what will be written.
 */
import Decimal from "decimal.js";
import type { Profile, SpendingStandards } from "../../core/settings";
import {
  checkParamValue,
  goalSentence,
  lacksCategories,
  missingCategories,
  parseParamValue,
  prefillParams,
  recognizeType,
  renderSet,
  showParam,
  validateParams,
  type IndicatorSet,
  type ParamValues,
  type Template,
  type TemplateLibrary,
  type TypeSuggestion,
} from "../../core/templates";
import { planInsertion, type InsertionPlan, type InsertionTarget } from "../../host/insert";

export interface TemplateForm {
  templateId: string;
  /** What the user typed, by parameter id. */
  values: Record<string, string>;
  /** 万元. */
  amount: string;
  into: "project" | "newSheet";
  mode: "replace" | "add";
  /** Fill an empty 绩效目标 cell with the goal sentence. */
  writeGoal: boolean;
  /** For a new sheet. */
  newName: string;
  newGoal: string;
}

export interface FormStart {
  form: TemplateForm;
  /** Best first (empty without a project). */
  suggestions: TypeSuggestion[];
  /** Where each prefilled value came from, by parameter id. */
  sources: Record<string, string>;
}

export interface Evaluation {
  /** By parameter id, or "amount" / "newName". */
  fieldErrors: Record<string, string>;
  /** Problems that are not one field's. */
  problems: string[];
  set: IndicatorSet | null;
  goal: string;
  plan: InsertionPlan | null;
  /** Why there is no plan (in Chinese), when the values are fine. */
  planError: string | null;
}

export const hasIndicators = (t: InsertionTarget | null): boolean =>
  !!t?.project && (t.project.indicators.length > 0 || t.project.headings.length > 0);

/** Values as the user sees them. */
function shownValues(template: Template, params: ParamValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of template.params) out[p.id] = params[p.id] === undefined ? "" : showParam(params[p.id]);
  return out;
}

/** Prefilled values for a template: from the project's text when there is one, else the defaults. */
export function prefillFor(
  template: Template,
  target: InsertionTarget | null,
  standards: SpendingStandards,
  amountText: string,
): { values: Record<string, string>; sources: Record<string, string> } {
  const project = target?.project;
  const amount = parseAmount(amountText);
  const blank = { name: "", goal: "", amount: amount.ok ? amount.value : null };
  try {
    const pre = prefillParams(template, project ? project : blank, standards);
    return { values: shownValues(template, pre.params), sources: pre.sources };
  } catch (err) {
    // Never an endless 正在读取: the defaults, and the reason beside every field.
    const pre = prefillParams(template, blank, standards);
    const why = `无法从项目文字预填（${err instanceof Error ? err.message : String(err)}），已用默认值`;
    const sources: Record<string, string> = {};
    for (const p of template.params) sources[p.id] = why;
    return { values: shownValues(template, pre.params), sources };
  }
}

/**
 * The default of 插入内容: 只补全缺失类别 when the project lacks a category (or the 补全 button asked for
 * it); 全部指标 otherwise — on a complete project 补全 would insert nothing. A table with a row per
 * indicator cannot replace its rows, so it keeps 补全 there.
 */
export function defaultMode(
  target: InsertionTarget | null,
  profile: Profile,
  preset: { mode: "add" } | null,
): TemplateForm["mode"] {
  if (!hasIndicators(target)) return "replace";
  if (preset?.mode === "add") return "add";
  if (target?.table && target.table.layout !== "wide") return "add";
  return lacksCategories(target!.project!, profile) ? "add" : "replace";
}

/**
 * The form for a freshly read target (preset "add": the 补全缺失类别 button). `keep`: the form before a
 * read that followed the user's own insertion or undo — the template, its values and the amount stay
 * as they were, so the tab shows what was just used rather than jumping to the suggestion.
 */
export function startForm(
  target: InsertionTarget | null,
  library: TemplateLibrary,
  standards: SpendingStandards,
  preset: { mode: "add" } | null,
  profile: Profile = target?.profile ?? "2015",
  keep?: TemplateForm,
): FormStart {
  const project = target?.project ?? null;
  let suggestions: TypeSuggestion[] = [];
  try {
    suggestions = project ? recognizeType(project, library) : [];
  } catch {
    suggestions = []; // no suggestion: the fallback template, and the user picks
  }
  const kept = keep ? library.templates.find((t) => t.id === keep.templateId) : undefined;
  const template = kept || suggestions[0]?.template || library.fallback || library.templates[0];
  const amount = kept ? keep!.amount : project?.amount ? project.amount.toFixed() : "";
  const pre = prefillFor(template, target, standards, amount);
  return {
    suggestions,
    sources: pre.sources,
    form: {
      templateId: template.id,
      values: kept ? keep!.values : pre.values,
      amount,
      into: project ? "project" : "newSheet",
      mode: defaultMode(target, profile, preset),
      writeGoal: !!project && project.goal.trim() === "",
      newName: kept && !project ? keep!.newName : "",
      newGoal: kept && !project ? keep!.newGoal : "",
    },
  };
}

/** Types in the order the picker lists them: those the project's name or goal points to first. */
export function orderedTemplates(
  templates: readonly Template[],
  suggestions: readonly TypeSuggestion[],
): { template: Template; suggested: boolean }[] {
  const hinted = suggestions.filter((x) => x.keyword !== null).map((x) => x.template);
  return [
    ...hinted.map((template) => ({ template, suggested: true })),
    ...templates.filter((t) => !hinted.includes(t)).map((template) => ({ template, suggested: false })),
  ];
}

/** Only the problems of fields the user has touched: nothing is red before anyone typed. */
export function shownErrors(
  fieldErrors: Record<string, string>,
  touched: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors)) if (touched.has(k)) out[k] = v;
  return out;
}

const FULL_WIDTH = /[０-９．]/g;
const AMOUNT = /^\d+(\.\d+)?$/;

function parseAmount(text: string): { ok: true; value: Decimal } | { ok: false; message: string } {
  const t = text
    .trim()
    .replace(FULL_WIDTH, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/万元$/, "");
  if (t === "") return { ok: false, message: "请填写项目金额（万元）。" };
  if (!AMOUNT.test(t)) return { ok: false, message: `项目金额应为数字（万元），收到「${text}」。` };
  return { ok: true, value: new Decimal(t) };
}

export function evaluateForm(
  form: TemplateForm,
  template: Template,
  target: InsertionTarget | null,
  profile: Profile,
  standards: SpendingStandards,
): Evaluation {
  const fieldErrors: Record<string, string> = {};
  const problems: string[] = [];
  const none = (): Evaluation => ({
    fieldErrors,
    problems,
    set: null,
    goal: "",
    plan: null,
    planError: null,
  });

  const amount = parseAmount(form.amount);
  if (!amount.ok) fieldErrors.amount = amount.message;
  const params: ParamValues = {};
  for (const p of template.params) {
    const r = parseParamValue(p, form.values[p.id] ?? "");
    if (!r.ok) {
      fieldErrors[p.id] = (form.values[p.id] ?? "").trim() === "" ? `请填写${p.label}。` : r.message;
      continue;
    }
    const range = checkParamValue(p, r.value);
    if (range) fieldErrors[p.id] = range;
    else params[p.id] = r.value;
  }
  if (form.into === "newSheet" && form.newName.trim() === "") fieldErrors.newName = "请填写项目名称。";
  if (Object.keys(fieldErrors).length > 0 || !amount.ok) return none();

  const v = validateParams(template, params, amount.value, { standards, profile });
  if (!v.ok) {
    for (const p of v.problems) {
      if (p.param && !fieldErrors[p.param]) fieldErrors[p.param] = p.message;
      else problems.push(p.message);
    }
    return none();
  }
  const r = renderSet(template, params, amount.value, { profile, standards });
  if (!r.ok) {
    problems.push(...r.problems.map((p) => p.message));
    return none();
  }
  const goal = goalSentence(template, params, amount.value, standards);
  const adding = form.into === "project" && form.mode === "add" && !!target?.project;
  const set = adding ? missingCategories(target!.project!, profile, r.set) : r.set;
  const planned = planInsertion(target, set, {
    into: form.into,
    mode: adding ? "add" : "replace",
    goal: form.writeGoal ? goal : "",
    newProject: { name: form.newName, amount: amount.value, goal: form.newGoal.trim() || goal },
  });
  return {
    fieldErrors,
    problems,
    set,
    goal,
    plan: planned.ok ? planned.value : null,
    planError: planned.ok ? null : planned.message,
  };
}
