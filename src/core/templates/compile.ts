/**
 * Template data (built-in or a unit's JSON) → a compiled Template, or Chinese errors that say which
 * template, which field and what is wrong. This is the schema: every built-in template passes through it
 * too, so the library and a unit's file obey the same rules. Never throws.
 */
import Decimal from "decimal.js";
import type { Profile } from "../settings";
import { CATEGORY_LABEL, categoryKeyOf, REQUIRED_CATEGORIES } from "./categories";
import { compileExpr } from "./expr/evaluate";
import { walkExpr, type Expr } from "./expr/parse";
import { compileText, type TextPart } from "./expr/text";
import type {
  CompiledPrefill,
  Template,
  TemplateConstraint,
  TemplateDef,
  TemplateIndicator,
  TemplateOperator,
  TemplateParam,
} from "./types";

export type CompileTemplateResult = { ok: true; template: Template } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isNonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const show = (v: unknown): string => {
  if (typeof v === "string") return `“${v}”`;
  if (v === undefined) return "空";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

const TEMPLATE_KEYS = new Set(["id", "name", "aliases", "description", "keywords", "fallback", "params", "goal", "indicators", "constraints"]);
const PARAM_KEYS = new Set(["id", "label", "type", "unit", "min", "max", "integer", "choices", "default", "defaultHelp", "prefill", "help"]);
const INDICATOR_KEYS = new Set(["category", "name", "op", "value", "unit", "decimals", "when", "profiles"]);
const CONSTRAINT_KEYS = new Set(["when", "check", "param", "message"]);
const TEMPLATE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const PARAM_ID = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
const AMOUNT_NAMES = new Set(["amount", "金额"]);
const PROFILES: readonly Profile[] = ["2015", "2021"];

const OPERATOR_WORDS = new Map<string, TemplateOperator>([
  ["≥", "≥"], [">=", "≥"], ["≧", "≥"], [">", ">"], ["＞", ">"], ["=", "="], ["＝", "="],
  ["<", "<"], ["＜", "<"], ["≤", "≤"], ["<=", "≤"], ["≦", "≤"], ["定性", "定性"],
]);

/** Collects errors under a prefix ("模板“会议”：参数“people”："). */
class Errors {
  readonly list: string[] = [];
  constructor(private readonly prefix: string) {}
  add(where: string, message: string): void {
    this.list.push(`${this.prefix}${where ? `${where}：` : ""}${message}`);
  }
  unknownKeys(o: Obj, known: Set<string>, where: string): void {
    for (const k of Object.keys(o)) if (!known.has(k)) this.add(where, `未知的字段“${k}”`);
  }
}

function stringList(v: unknown, where: string, field: string, errors: Errors, allowEmpty = true): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isNonEmpty)) {
    errors.add(where, `“${field}”应为一组文字，如 ["会议", "全会"]，收到 ${show(v)}`);
    return [];
  }
  if (!allowEmpty && v.length === 0) errors.add(where, `“${field}”至少要有一项`);
  return v.map((s) => s.trim());
}

function finiteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function compileRegex(source: string, where: string, errors: Errors): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    errors.add(where, `匹配规则 ${show(source)} 不是有效的正则表达式`);
    return null;
  }
}

interface Names {
  resolve(name: string): string | null;
}

/** Compile a template from data. `label` says which one in messages ("第 2 个模板"). */
export function compileTemplate(input: unknown, source: Template["source"], label = "模板"): CompileTemplateResult {
  if (!isObject(input)) return { ok: false, errors: [`${label}应为一组“字段: 值”，收到 ${show(input)}`] };
  const named = isNonEmpty(input.name) ? `${label}“${input.name}”：` : `${label}：`;
  const errors = new Errors(named);
  errors.unknownKeys(input, TEMPLATE_KEYS, "");

  const id = input.id;
  if (!isString(id) || !TEMPLATE_ID.test(id)) errors.add("", `“id”应为英文标识（字母开头，可含数字、-、_），如 meeting，收到 ${show(id)}`);
  if (!isNonEmpty(input.name)) errors.add("", `缺少“name”（模板的中文名称，如 会议）`);
  const aliases = stringList(input.aliases, "", "aliases", errors);
  if (input.description !== undefined && !isString(input.description)) errors.add("", "“description”应为文字");
  const fallback = input.fallback === true;
  if (input.fallback !== undefined && typeof input.fallback !== "boolean") errors.add("", "“fallback”应为 true 或 false");
  const keywords = stringList(input.keywords, "", "keywords", errors, fallback);
  if (input.keywords === undefined && !fallback) errors.add("", "缺少“keywords”（识别项目类型的关键词，如 [\"会议\", \"全会\"]）");

  const params = compileParams(input.params, errors);
  const ids = new Set(params.map((p) => p.id));
  const byLabel = new Map(params.map((p) => [p.label, p.id] as const));
  const names: Names = {
    resolve: (n) => (AMOUNT_NAMES.has(n) ? "amount" : ids.has(n) ? n : byLabel.get(n) ?? null),
  };
  const paramList = () => [...params.map((p) => `${p.id}（${p.label}）`), "amount（金额，万元）"].join("、");
  const formula = (src: unknown, where: string, field: string): Expr | null => {
    const text = typeof src === "number" && Number.isFinite(src) ? String(src) : src;
    if (!isNonEmpty(text)) {
      errors.add(where, `“${field}”应为公式或数字，收到 ${show(src)}`);
      return null;
    }
    const r = compileExpr(text, names.resolve);
    if (r.ok) return r.expr;
    errors.add(where, `“${field}”的公式 ${show(text)} 有误：${r.error}${/不是本模板的参数/.test(r.error) ? `（可用：${paramList()}）` : ""}`);
    return null;
  };
  const text = (src: unknown, where: string, field: string, required: boolean): TextPart[] => {
    if (src === undefined && !required) return [];
    if (!isString(src) || (required && src.trim() === "")) {
      errors.add(where, `“${field}”应为文字，收到 ${show(src)}`);
      return [];
    }
    const r = compileText(src, names.resolve);
    if (r.ok) return r.parts;
    errors.add(where, `“${field}”中的公式有误：${r.error}${/不是本模板的参数/.test(r.error) ? `（可用：${paramList()}）` : ""}`);
    return [];
  };

  const defaultDeps = new Map<string, string[]>();
  for (const p of params) {
    const where = `参数“${p.raw.id ?? p.label}”`;
    if (p.type === "choice") continue;
    const d = p.raw.default;
    if (d === undefined) continue;
    const expr = formula(d, where, "default");
    if (!expr) continue;
    p.compiled.default = expr;
    const deps = new Set<string>();
    walkExpr(expr, (n) => {
      if (n.k === "var" && n.name !== "amount") deps.add(n.name);
    });
    if (deps.has(p.id)) errors.add(where, "默认值公式不能用到它自己");
    defaultDeps.set(p.id, [...deps].filter((d2) => d2 !== p.id));
    p.compiled.dependsOn = defaultDeps.get(p.id)!;
  }
  const defaultOrder = orderDefaults(params.map((p) => p.id), defaultDeps, errors);

  const goal = compileGoal(input.goal, errors, formula, text);
  const indicators = compileIndicators(input.indicators, errors, formula, text);
  const constraints = compileConstraints(input.constraints, errors, formula, text, names);
  checkCoverage(indicators, errors);

  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  const template: Template = {
    id: id as string,
    name: (input.name as string).trim(),
    aliases,
    description: isString(input.description) ? input.description : "",
    keywords,
    fallback,
    source,
    params: params.map((p) => p.compiled),
    defaultOrder,
    goal,
    indicators,
    constraints,
    def: input as unknown as TemplateDef,
  };
  return { ok: true, template };
}

interface ParamDraft {
  id: string;
  label: string;
  type: "number" | "choice";
  raw: Obj;
  compiled: TemplateParam;
}

function compileParams(v: unknown, errors: Errors): ParamDraft[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.add("", `“params”应为参数列表，收到 ${show(v)}`);
    return [];
  }
  const out: ParamDraft[] = [];
  const seen = new Set<string>();
  v.forEach((raw, i) => {
    const where = `第 ${i + 1} 个参数${isObject(raw) && isString(raw.id) ? `“${raw.id}”` : ""}`;
    if (!isObject(raw)) {
      errors.add(where, `应为一组“字段: 值”，收到 ${show(raw)}`);
      return;
    }
    errors.unknownKeys(raw, PARAM_KEYS, where);
    const id = raw.id;
    if (!isString(id) || !PARAM_ID.test(id)) {
      errors.add(where, `“id”应为英文标识（字母或 _ 开头，可含数字），如 people，收到 ${show(id)}`);
      return;
    }
    if (AMOUNT_NAMES.has(id)) errors.add(where, "“amount”是项目金额的保留名称，参数不能用");
    // Parameter values are kept in plain objects keyed by id: Object.prototype's names are reserved.
    if (id in Object.prototype) errors.add(where, `“${id}”是保留字，参数不能用，请换一个名称`);
    const label = isNonEmpty(raw.label) ? raw.label.trim() : "";
    if (!label) errors.add(where, "缺少“label”（参数的中文名称，如 参会人数）");
    if (AMOUNT_NAMES.has(label)) errors.add(where, "“金额”是项目金额的保留名称，参数不能用");
    for (const n of [id, label]) {
      if (n && seen.has(n)) errors.add(where, `参数名“${n}”重复`);
      if (n) seen.add(n);
    }
    const type = raw.type === undefined ? "number" : raw.type;
    if (type !== "number" && type !== "choice") {
      errors.add(where, `“type”应为 number（数值）或 choice（选项），收到 ${show(type)}`);
      return;
    }
    const compiled: TemplateParam = {
      id,
      label: label || id,
      type,
      unit: isString(raw.unit) ? raw.unit : "",
      min: null,
      max: null,
      integer: raw.integer === true,
      choices: [],
      default: "",
      dependsOn: [],
      prefill: [],
      help: isString(raw.help) ? raw.help : "",
    };
    if (raw.unit !== undefined && !isString(raw.unit)) errors.add(where, "“unit”应为文字");
    if (raw.help !== undefined && !isString(raw.help)) errors.add(where, "“help”应为文字");
    if (raw.defaultHelp !== undefined && !isString(raw.defaultHelp)) errors.add(where, "“defaultHelp”应为文字");
    if (raw.integer !== undefined && typeof raw.integer !== "boolean") errors.add(where, "“integer”应为 true 或 false");
    if (type === "number") {
      for (const k of ["min", "max"] as const) {
        if (raw[k] === undefined) continue;
        if (!finiteNumber(raw[k])) errors.add(where, `“${k}”应为数字，收到 ${show(raw[k])}`);
        else compiled[k] = new Decimal(raw[k] as number);
      }
      if (compiled.min && compiled.max && compiled.min.gt(compiled.max)) errors.add(where, "“min”大于“max”");
      if (raw.choices !== undefined) errors.add(where, "数值参数不应有“choices”（选项参数请写 \"type\": \"choice\"）");
      if (raw.default === undefined) errors.add(where, "缺少“default”（默认值：数字或公式）");
    } else {
      const choices = stringList(raw.choices, where, "choices", errors, false);
      if (raw.choices === undefined) errors.add(where, "选项参数需要“choices”（可选的值，如 [\"一类\", \"二类\"]）");
      compiled.choices = choices;
      if (!isString(raw.default) || !choices.includes(raw.default)) {
        errors.add(where, `“default”应为选项之一（${choices.join("、")}），收到 ${show(raw.default)}`);
      } else compiled.default = raw.default;
      for (const k of ["min", "max", "integer"] as const) if (raw[k] !== undefined) errors.add(where, `选项参数不应有“${k}”`);
    }
    compiled.prefill = compilePrefill(raw.prefill, type, compiled.choices, where, errors);
    out.push({ id, label: compiled.label, type, raw, compiled });
  });
  return out;
}

function compilePrefill(v: unknown, type: "number" | "choice", choices: readonly string[], where: string, errors: Errors): CompiledPrefill[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.add(where, `“prefill”应为规则列表，收到 ${show(v)}`);
    return [];
  }
  const out: CompiledPrefill[] = [];
  v.forEach((rule, i) => {
    const at = `${where}的第 ${i + 1} 条预填规则`;
    if (!isObject(rule)) {
      errors.add(at, `应为 {"goal": [...]} 或 {"text": "...", "value": "..."}，收到 ${show(rule)}`);
      return;
    }
    if ("goal" in rule) {
      if (type !== "number") errors.add(at, "从目标中取数字的规则只适用于数值参数");
      for (const k of Object.keys(rule)) if (!["goal", "per", "clause"].includes(k)) errors.add(at, `未知的字段“${k}”`);
      const units = stringList(rule.goal, at, "goal", errors, false);
      if (rule.per !== undefined && rule.per !== null && !isNonEmpty(rule.per)) errors.add(at, "“per”应为量词（如 期）或 null");
      if (rule.clause !== undefined && !isNonEmpty(rule.clause)) errors.add(at, "“clause”应为正则表达式文字");
      const clause = isNonEmpty(rule.clause) ? compileRegex(rule.clause, at, errors) : null;
      const goal: CompiledPrefill["goal"] = { units, clause };
      if ("per" in rule) goal.per = rule.per as string | null;
      out.push({ goal });
    } else if ("text" in rule) {
      if (type !== "choice") errors.add(at, "按文字匹配的规则只适用于选项参数");
      for (const k of Object.keys(rule)) if (!["text", "value"].includes(k)) errors.add(at, `未知的字段“${k}”`);
      if (!isNonEmpty(rule.text)) {
        errors.add(at, "“text”应为正则表达式文字");
        return;
      }
      if (!isString(rule.value) || !choices.includes(rule.value)) {
        errors.add(at, `“value”应为选项之一（${choices.join("、")}），收到 ${show(rule.value)}`);
        return;
      }
      const re = compileRegex(rule.text, at, errors);
      if (re) out.push({ text: { re, value: rule.value } });
    } else {
      errors.add(at, `应有“goal”（从目标中取数字）或“text”（按文字匹配），收到 ${show(rule)}`);
    }
  });
  return out;
}

/** Parameter ids ordered so each default's dependencies come first; a cycle is an error. */
function orderDefaults(ids: string[], deps: Map<string, string[]>, errors: Errors): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]): void => {
    const s = state.get(id);
    if (s === "done") return;
    if (s === "visiting") {
      errors.add("", `参数默认值互相引用：${[...path, id].join(" → ")}`);
      return;
    }
    state.set(id, "visiting");
    for (const d of deps.get(id) ?? []) visit(d, [...path, id]);
    state.set(id, "done");
    order.push(id);
  };
  for (const id of ids) visit(id, []);
  return order;
}

type FormulaFn = (src: unknown, where: string, field: string) => Expr | null;
type TextFn = (src: unknown, where: string, field: string, required: boolean) => TextPart[];

function compileGoal(v: unknown, errors: Errors, formula: FormulaFn, text: TextFn): Template["goal"] {
  if (isString(v)) return [{ text: text(v, "绩效目标", "goal", true), when: null }];
  if (!Array.isArray(v) || v.length === 0) {
    errors.add("", `“goal”应为绩效目标句子（可含 {公式}），或 [{"text": ..., "when": ...}] 列表，收到 ${show(v)}`);
    return [];
  }
  return v.map((part, i) => {
    const where = `绩效目标第 ${i + 1} 段`;
    if (!isObject(part)) {
      errors.add(where, `应为 {"text": ..., "when": ...}，收到 ${show(part)}`);
      return { text: [], when: null };
    }
    for (const k of Object.keys(part)) if (k !== "text" && k !== "when") errors.add(where, `未知的字段“${k}”`);
    return { text: text(part.text, where, "text", true), when: part.when === undefined ? null : formula(part.when, where, "when") };
  });
}

function compileIndicators(v: unknown, errors: Errors, formula: FormulaFn, text: TextFn): TemplateIndicator[] {
  if (!Array.isArray(v) || v.length === 0) {
    errors.add("", `“indicators”应为指标列表，收到 ${show(v)}`);
    return [];
  }
  const out: TemplateIndicator[] = [];
  v.forEach((raw, i) => {
    const where = `第 ${i + 1} 条指标${isObject(raw) && isString(raw.name) ? `“${raw.name}”` : ""}`;
    if (!isObject(raw)) {
      errors.add(where, `应为一组“字段: 值”，收到 ${show(raw)}`);
      return;
    }
    errors.unknownKeys(raw, INDICATOR_KEYS, where);
    const category = isString(raw.category) ? categoryKeyOf(raw.category) : null;
    if (!category) errors.add(where, `“category”应为 数量、质量、时效、成本、社会成本、生态环境成本、经济效益、社会效益、生态效益、可持续影响 或 满意度，收到 ${show(raw.category)}`);
    const op = isString(raw.op) ? OPERATOR_WORDS.get(raw.op.trim()) : undefined;
    if (!op) errors.add(where, `“op”应为 ≥、>、=、<、≤ 或 定性，收到 ${show(raw.op)}`);
    const name = text(raw.name, where, "name", true);
    let value: Expr | string = "";
    let unit: TextPart[] = [];
    if (op === "定性") {
      if (!isNonEmpty(raw.value)) errors.add(where, `定性指标的“value”应为文字（如 健全、规范），收到 ${show(raw.value)}`);
      else value = raw.value.trim();
      if (raw.unit !== undefined && raw.unit !== "") errors.add(where, "定性指标不应有计量单位（“unit”）");
    } else if (op) {
      value = formula(raw.value, where, "value") ?? "";
      if (!isNonEmpty(raw.unit)) errors.add(where, `定量指标需要计量单位（“unit”，如 人、次、%、万元），收到 ${show(raw.unit)}`);
      else unit = text(raw.unit, where, "unit", true);
    }
    let decimals = 2;
    if (raw.decimals !== undefined) {
      if (!finiteNumber(raw.decimals) || !Number.isInteger(raw.decimals) || raw.decimals < 0 || raw.decimals > 6) {
        errors.add(where, `“decimals”应为 0～6 的整数，收到 ${show(raw.decimals)}`);
      } else decimals = raw.decimals;
    }
    let profiles: Profile[] = [...PROFILES];
    if (raw.profiles !== undefined) {
      if (!Array.isArray(raw.profiles) || raw.profiles.length === 0 || !raw.profiles.every((p) => (PROFILES as readonly unknown[]).includes(p))) {
        errors.add(where, `“profiles”应为 ["2015"]、["2021"] 或 ["2015", "2021"]，收到 ${show(raw.profiles)}`);
      } else profiles = raw.profiles as Profile[];
    }
    const when = raw.when === undefined ? null : formula(raw.when, where, "when");
    if (category && op) out.push({ category, name, op, value, unit, decimals, when, profiles });
  });
  return out;
}

function compileConstraints(v: unknown, errors: Errors, formula: FormulaFn, text: TextFn, names: Names): TemplateConstraint[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.add("", `“constraints”应为约束列表，收到 ${show(v)}`);
    return [];
  }
  const out: TemplateConstraint[] = [];
  v.forEach((raw, i) => {
    const where = `第 ${i + 1} 条约束`;
    if (!isObject(raw)) {
      errors.add(where, `应为 {"check": ..., "param": ..., "message": ...}，收到 ${show(raw)}`);
      return;
    }
    errors.unknownKeys(raw, CONSTRAINT_KEYS, where);
    const check = formula(raw.check, where, "check");
    const when = raw.when === undefined ? null : formula(raw.when, where, "when");
    const param = isString(raw.param) ? names.resolve(raw.param) : null;
    if (param === null || param === "amount") errors.add(where, `“param”应为出问题时要修改的参数名，收到 ${show(raw.param)}`);
    const message = text(raw.message, where, "message", true);
    if (check && param && param !== "amount") out.push({ when, check, param, message });
  });
  return out;
}

/** Every profile's set must be able to fill the categories the completeness rules require. */
function checkCoverage(indicators: TemplateIndicator[], errors: Errors): void {
  if (indicators.length === 0) return;
  for (const profile of PROFILES) {
    const present = new Set(indicators.filter((i) => i.profiles.includes(profile)).map((i) => i.category));
    for (const req of REQUIRED_CATEGORIES) {
      if (!req.anyOf.some((c) => present.has(c))) {
        errors.add("", `${profile} 版指标体系下没有${req.label}（${req.anyOf.map((c) => CATEGORY_LABEL[c]).join("或")}），按此模板生成的指标不完整`);
      }
    }
  }
}
