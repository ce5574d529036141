/**
 * Template parameters: reading what the user typed (参会人数=60, class=三类), filling defaults (numbers or
 * formulas of other parameters and the amount), and checking that a set built from them is consistent —
 * ranges, the template's constraints (per-person-day × people × days ≤ amount …, the arithmetic the
 * checker will do) and a rendered set that fills every required category. Every problem is in Chinese
 * and names the parameter to change when one is to blame.
 */
import Decimal from "decimal.js";
import type { Level2Key } from "../model";
import { DEFAULT_STANDARDS, type Profile, type SpendingStandards } from "../settings";
import { parseChineseNumeral } from "../text/chinese-numerals";
import { templateEnv } from "./env";
import { evaluate, formatValue } from "./expr/evaluate";
import { fillText } from "./expr/text";
import { renderSet } from "./render";
import type { ParamProblem, ParamValue, ParamValues, Template, TemplateParam } from "./types";

export type ResolveResult = { ok: true; params: ParamValues } | { ok: false; problems: ParamProblem[] };
export type ValidateResult = { ok: true } | { ok: false; problems: ParamProblem[] };

/** A parameter by id or Chinese label. */
export function findParam(template: Template, name: string): TemplateParam | undefined {
  const n = name.trim();
  return template.params.find((p) => p.id === n || p.label === n);
}

const FULL_WIDTH_DIGITS = /[０-９．，]/g;
const NUMBER_TEXT = /^[-+]?\d+(\.\d+)?$/;
const DIGIT_TO_CLASS: Record<string, string> = { "1": "一", "2": "二", "3": "三", "4": "四" };

function describe(p: TemplateParam): string {
  return `${p.label}（${p.id}）`;
}

/** Read one value as typed: "60", "６０", "1,200", "两" for numbers; "三类", "三", "3" for a choice. */
export function parseParamValue(
  p: TemplateParam,
  raw: string | number | Decimal,
): { ok: true; value: ParamValue } | { ok: false; message: string } {
  if (p.type === "choice") {
    const t = String(raw)
      .trim()
      .replace(/^[1-4]/, (d) => DIGIT_TO_CLASS[d]);
    const hit = p.choices.find((c) => c === t || c === `${t}类` || c === `${t}级`);
    if (hit) return { ok: true, value: hit };
    return {
      ok: false,
      message: `${describe(p)}应为${p.choices.map((c) => `「${c}」`).join("、")}之一，收到「${String(raw)}」。`,
    };
  }
  if (raw instanceof Decimal) return { ok: true, value: raw };
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { ok: true, value: new Decimal(raw) }
      : { ok: false, message: `${describe(p)}应为数字。` };
  }
  const t = raw
    .trim()
    .replace(FULL_WIDTH_DIGITS, (c) =>
      c === "．" ? "." : c === "，" ? "," : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/(\d),(?=\d{3})/g, "$1")
    .replace(new RegExp(`${escapeRe(p.unit)}$`), "");
  if (NUMBER_TEXT.test(t)) return { ok: true, value: new Decimal(t) };
  const cn = parseChineseNumeral(t);
  if (cn !== null && t !== "") return { ok: true, value: new Decimal(cn) };
  return {
    ok: false,
    message: `${describe(p)}应为数字${p.unit ? `（单位：${p.unit}）` : ""}，收到「${raw}」。`,
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A parameter value's problem (type, range, whole number), or null. */
export function checkParamValue(p: TemplateParam, v: ParamValue | undefined): string | null {
  if (v === undefined) return `缺少${describe(p)}。`;
  if (p.type === "choice") {
    return typeof v === "string" && p.choices.includes(v)
      ? null
      : `${describe(p)}应为${p.choices.map((c) => `「${c}」`).join("、")}之一。`;
  }
  if (!(v instanceof Decimal) || !v.isFinite()) return `${describe(p)}应为数字。`;
  const unit = p.unit;
  if (p.integer && !v.isInteger()) return `${describe(p)}应为整数，收到 ${v.toFixed()}${unit}。`;
  if (p.min && v.lt(p.min))
    return `${describe(p)}不能小于 ${p.min.toFixed()}${unit}，收到 ${v.toFixed()}${unit}。`;
  if (p.max && v.gt(p.max))
    return `${describe(p)}不能大于 ${p.max.toFixed()}${unit}，收到 ${v.toFixed()}${unit}。`;
  return null;
}

/** A default kept within the parameter's range (and whole when it must be). */
function clampDefault(p: TemplateParam, v: Decimal): Decimal {
  let d = p.integer ? v.floor() : v;
  if (p.max && d.gt(p.max)) d = p.max;
  if (p.min && d.lt(p.min)) d = p.min;
  return d;
}

/**
 * Parameter values from what the user gave (by id or label, as text or numbers) plus defaults for the
 * rest. Unknown names and unreadable values are problems; ranges and constraints are validateParams'.
 */
export function resolveParams(
  template: Template,
  given: Readonly<Record<string, string | number | Decimal>>,
  amount: Decimal,
  standards: SpendingStandards = DEFAULT_STANDARDS,
): ResolveResult {
  const problems: ParamProblem[] = [];
  const values: ParamValues = {};
  for (const [name, raw] of Object.entries(given)) {
    const p = findParam(template, name);
    if (!p) {
      problems.push({
        param: null,
        message: `模板「${template.name}」没有参数「${name}」。可用的参数：${template.params.map(describe).join("、") || "（无）"}。`,
      });
      continue;
    }
    if (p.id in values) {
      problems.push({ param: p.id, message: `${describe(p)}给了两次。` });
      continue;
    }
    const r = parseParamValue(p, raw);
    if (r.ok) values[p.id] = r.value;
    else problems.push({ param: p.id, message: r.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  for (const id of template.defaultOrder) {
    if (id in values) continue;
    const p = template.params.find((x) => x.id === id)!;
    if (typeof p.default === "string") {
      values[id] = p.default;
      continue;
    }
    const r = evaluate(p.default, templateEnv(values, amount, standards));
    if (!r.ok || !(r.value instanceof Decimal)) {
      problems.push({
        param: id,
        message: `${describe(p)}的默认值无法计算${r.ok ? "（结果不是数值）" : `：${r.error}`}，请直接填写。`,
      });
      continue;
    }
    values[id] = clampDefault(p, r.value);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, params: values };
}

export interface ValidateOptions {
  standards?: SpendingStandards;
  /** The profile the set will be rendered in; both when absent. */
  profile?: Profile;
}

/**
 * Is a set built from these values consistent? Checks the amount, each parameter's range and then the
 * template's constraints (the cost arithmetic the checker will do). The first failing constraint per
 * parameter is reported, with the numbers, before anything is written.
 */
export function validateParams(
  template: Template,
  params: ParamValues,
  amount: Decimal,
  options: ValidateOptions = {},
): ValidateResult {
  const standards = options.standards ?? DEFAULT_STANDARDS;
  const problems: ParamProblem[] = [];
  if (!amount.isFinite() || amount.lte(0))
    problems.push({ param: null, message: `项目金额应大于 0（万元），收到 ${amount.toFixed()}。` });
  for (const p of template.params) {
    const m = checkParamValue(p, params[p.id]);
    if (m) problems.push({ param: p.id, message: m });
  }
  for (const name of Object.keys(params)) {
    if (!template.params.some((p) => p.id === name))
      problems.push({ param: null, message: `模板「${template.name}」没有参数「${name}」。` });
  }
  if (problems.length > 0) return { ok: false, problems };

  const env = templateEnv(params, amount, standards);
  const reported = new Set<string>();
  for (const c of template.constraints) {
    if (reported.has(c.param)) continue;
    if (c.when) {
      const w = evaluate(c.when, env);
      if (!w.ok) {
        problems.push({ param: c.param, message: `约束条件无法计算：${w.error}。` });
        continue;
      }
      if (w.value !== true) continue;
    }
    const r = evaluate(c.check, env);
    if (r.ok && r.value === true) continue;
    reported.add(c.param);
    if (!r.ok) {
      problems.push({ param: c.param, message: `参数检查无法计算：${r.error}。` });
      continue;
    }
    const msg = fillText(c.message, env);
    problems.push({ param: c.param, message: msg.ok ? msg.text : `参数「${c.param}」不满足模板的要求。` });
  }
  if (problems.length > 0) return { ok: false, problems };
  for (const profile of options.profile ? [options.profile] : PROFILES) {
    const r = renderSet(template, params, amount, { profile, standards });
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const present = new Set(r.set.groups.map((g) => g.level2Key));
    for (const req of REQUIRED_LEVEL2[profile]) {
      if (!req.anyOf.some((k) => present.has(k))) {
        problems.push({
          param: null,
          message: `按当前参数，${profile} 版指标中没有${req.label}，生成的指标不完整。请调整参数。`,
        });
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true };
}

const PROFILES: readonly Profile[] = ["2015", "2021"];

/** The 二级 categories the completeness rules require per profile (level1-missing, level2-missing). */
const REQUIRED_LEVEL2: Record<Profile, readonly { label: string; anyOf: readonly Level2Key[] }[]> = {
  "2015": [
    { label: "数量指标", anyOf: ["quantity"] },
    { label: "质量指标", anyOf: ["quality"] },
    { label: "时效指标", anyOf: ["timeliness"] },
    { label: "成本指标", anyOf: ["cost"] },
    { label: "经济、社会或生态效益指标", anyOf: ["economic", "social", "ecological"] },
    { label: "满意度指标", anyOf: ["satisfaction"] },
  ],
  "2021": [
    { label: "经济、社会或生态环境成本指标", anyOf: ["economicCost", "socialCost", "ecoCost"] },
    { label: "数量指标", anyOf: ["quantity"] },
    { label: "质量指标", anyOf: ["quality"] },
    { label: "时效指标", anyOf: ["timeliness"] },
    { label: "经济、社会或生态效益指标", anyOf: ["economic", "social", "ecological"] },
    { label: "满意度指标", anyOf: ["satisfaction"] },
  ],
};

/** A parameter value as shown to the user: "60", "三类". */
export function showParam(v: ParamValue): string {
  return formatValue(v, 4);
}
