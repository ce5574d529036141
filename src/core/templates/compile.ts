/**
 * Template data (built-in or a unit's JSON) → a compiled Template, or Chinese errors that say which
 * template, which field and what is wrong. This is the schema: every built-in template passes through it
 * too, so the library and a unit's file obey the same rules. Never throws.
 */
import type { Profile } from "../settings";
import { TEMPLATE_OPERATOR_OF } from "../vocab/operators";
import { CATEGORY_LABEL, categoryKeyOf, REQUIRED_CATEGORIES } from "./categories";
import { AMOUNT_NAMES, compileParams, orderDefaults } from "./compile-params";
import { compileExpr } from "./expr/evaluate";
import { walkExpr, type Expr } from "./expr/parse";
import { compileText, type TextPart } from "./expr/text";
import {
  Errors,
  finiteNumber,
  isNonEmpty,
  isObject,
  isString,
  MAX_KEYWORD_CHARS,
  MAX_KEYWORDS,
  show,
  stringList,
} from "./schema-util";
import type { Template, TemplateConstraint, TemplateDef, TemplateIndicator } from "./types";

export type CompileTemplateResult = { ok: true; template: Template } | { ok: false; errors: string[] };

const TEMPLATE_KEYS = new Set([
  "id",
  "name",
  "aliases",
  "description",
  "keywords",
  "fallback",
  "params",
  "goal",
  "indicators",
  "constraints",
]);
const INDICATOR_KEYS = new Set(["category", "name", "op", "value", "unit", "decimals", "when", "profiles"]);
const CONSTRAINT_KEYS = new Set(["when", "check", "param", "message"]);
const TEMPLATE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const PROFILES: readonly Profile[] = ["2015", "2021"];

interface Names {
  resolve(name: string): string | null;
}

/** Compile a template from data. `label` says which one in messages ("第 2 个模板"). */
export function compileTemplate(
  input: unknown,
  source: Template["source"],
  label = "模板",
): CompileTemplateResult {
  if (!isObject(input)) return { ok: false, errors: [`${label}应为一组「字段: 值」，收到 ${show(input)}`] };
  const named = isNonEmpty(input.name) ? `${label}「${input.name}」：` : `${label}：`;
  const errors = new Errors(named);
  errors.unknownKeys(input, TEMPLATE_KEYS, "");

  const id = input.id;
  if (!isString(id) || !TEMPLATE_ID.test(id))
    errors.add("", `「id」应为英文标识（字母开头，可含数字、-、_），如 meeting，收到 ${show(id)}`);
  if (!isNonEmpty(input.name)) errors.add("", `缺少「name」（模板的中文名称，如 会议）`);
  const aliases = stringList(input.aliases, "", "aliases", errors);
  if (input.description !== undefined && !isString(input.description))
    errors.add("", "「description」应为文字");
  const fallback = input.fallback === true;
  if (input.fallback !== undefined && typeof input.fallback !== "boolean")
    errors.add("", "「fallback」应为 true 或 false");
  const keywords = stringList(input.keywords, "", "keywords", errors, fallback);
  if (input.keywords === undefined && !fallback)
    errors.add("", '缺少「keywords」（识别项目类型的关键词，如 ["会议", "全会"]）');
  if (keywords.length > MAX_KEYWORDS)
    errors.add("", `「keywords」太多（${keywords.length} 个，最多 ${MAX_KEYWORDS} 个）`);
  for (const k of keywords)
    if (k.length > MAX_KEYWORD_CHARS)
      errors.add("", `关键词 ${show(k)} 太长（最多 ${MAX_KEYWORD_CHARS} 个字）`);

  const params = compileParams(input.params, errors);
  const ids = new Set(params.map((p) => p.id));
  const byLabel = new Map(params.map((p) => [p.label, p.id] as const));
  const names: Names = {
    resolve: (n) => (AMOUNT_NAMES.has(n) ? "amount" : ids.has(n) ? n : (byLabel.get(n) ?? null)),
  };
  const paramList = () => [...params.map((p) => `${p.id}（${p.label}）`), "amount（金额，万元）"].join("、");
  const formula = (src: unknown, where: string, field: string): Expr | null => {
    const text = typeof src === "number" && Number.isFinite(src) ? String(src) : src;
    if (!isNonEmpty(text)) {
      errors.add(where, `「${field}」应为公式或数字，收到 ${show(src)}`);
      return null;
    }
    const r = compileExpr(text, names.resolve);
    if (r.ok) return r.expr;
    errors.add(
      where,
      `「${field}」的公式 ${show(text.length > 60 ? `${text.slice(0, 60)}…` : text)} 有误：${r.error}${/不是本模板的参数/.test(r.error) ? `（可用：${paramList()}）` : ""}`,
    );
    return null;
  };
  const text = (src: unknown, where: string, field: string, required: boolean): TextPart[] => {
    if (src === undefined && !required) return [];
    if (!isString(src) || (required && src.trim() === "")) {
      errors.add(where, `「${field}」应为文字，收到 ${show(src)}`);
      return [];
    }
    const r = compileText(src, names.resolve);
    if (r.ok) return r.parts;
    errors.add(
      where,
      `「${field}」中的公式有误：${r.error}${/不是本模板的参数/.test(r.error) ? `（可用：${paramList()}）` : ""}`,
    );
    return [];
  };

  const defaultDeps = new Map<string, string[]>();
  for (const p of params) {
    const where = `参数「${p.raw.id ?? p.label}」`;
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
    defaultDeps.set(
      p.id,
      [...deps].filter((d2) => d2 !== p.id),
    );
    p.compiled.dependsOn = defaultDeps.get(p.id)!;
  }
  const defaultOrder = orderDefaults(
    params.map((p) => p.id),
    defaultDeps,
    errors,
  );

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

type FormulaFn = (src: unknown, where: string, field: string) => Expr | null;
type TextFn = (src: unknown, where: string, field: string, required: boolean) => TextPart[];

function compileGoal(v: unknown, errors: Errors, formula: FormulaFn, text: TextFn): Template["goal"] {
  if (isString(v)) return [{ text: text(v, "绩效目标", "goal", true), when: null }];
  if (!Array.isArray(v) || v.length === 0) {
    errors.add(
      "",
      `「goal」应为绩效目标句子（可含 {公式}），或 [{"text": ..., "when": ...}] 列表，收到 ${show(v)}`,
    );
    return [];
  }
  return v.map((part, i) => {
    const where = `绩效目标第 ${i + 1} 段`;
    if (!isObject(part)) {
      errors.add(where, `应为 {"text": ..., "when": ...}，收到 ${show(part)}`);
      return { text: [], when: null };
    }
    for (const k of Object.keys(part))
      if (k !== "text" && k !== "when") errors.add(where, `未知的字段「${k}」`);
    return {
      text: text(part.text, where, "text", true),
      when: part.when === undefined ? null : formula(part.when, where, "when"),
    };
  });
}

function compileIndicators(
  v: unknown,
  errors: Errors,
  formula: FormulaFn,
  text: TextFn,
): TemplateIndicator[] {
  if (!Array.isArray(v) || v.length === 0) {
    errors.add("", `「indicators」应为指标列表，收到 ${show(v)}`);
    return [];
  }
  const out: TemplateIndicator[] = [];
  v.forEach((raw, i) => {
    const where = `第 ${i + 1} 条指标${isObject(raw) && isString(raw.name) ? `「${raw.name}」` : ""}`;
    if (!isObject(raw)) {
      errors.add(where, `应为一组「字段: 值」，收到 ${show(raw)}`);
      return;
    }
    errors.unknownKeys(raw, INDICATOR_KEYS, where);
    const category = isString(raw.category) ? categoryKeyOf(raw.category) : null;
    if (!category)
      errors.add(
        where,
        `「category」应为 数量、质量、时效、成本、社会成本、生态环境成本、经济效益、社会效益、生态效益、可持续影响 或 满意度，收到 ${show(raw.category)}`,
      );
    const op = isString(raw.op) ? TEMPLATE_OPERATOR_OF.get(raw.op.trim()) : undefined;
    if (!op) errors.add(where, `「op」应为 ≥、>、=、<、≤ 或 定性，收到 ${show(raw.op)}`);
    const name = text(raw.name, where, "name", true);
    let value: Expr | string = "";
    let unit: TextPart[] = [];
    if (op === "定性") {
      if (!isNonEmpty(raw.value))
        errors.add(where, `定性指标的「value」应为文字（如 健全、规范），收到 ${show(raw.value)}`);
      else value = raw.value.trim();
      if (raw.unit !== undefined && raw.unit !== "") errors.add(where, "定性指标不应有计量单位（「unit」）");
    } else if (op) {
      value = formula(raw.value, where, "value") ?? "";
      if (!isNonEmpty(raw.unit))
        errors.add(where, `定量指标需要计量单位（「unit」，如 人、次、%、万元），收到 ${show(raw.unit)}`);
      else unit = text(raw.unit, where, "unit", true);
    }
    let decimals = 4;
    if (raw.decimals !== undefined) {
      if (
        !finiteNumber(raw.decimals) ||
        !Number.isInteger(raw.decimals) ||
        raw.decimals < 0 ||
        raw.decimals > 6
      ) {
        errors.add(where, `「decimals」应为 0～6 的整数，收到 ${show(raw.decimals)}`);
      } else decimals = raw.decimals;
    }
    let profiles: Profile[] = [...PROFILES];
    if (raw.profiles !== undefined) {
      if (
        !Array.isArray(raw.profiles) ||
        raw.profiles.length === 0 ||
        !raw.profiles.every((p) => (PROFILES as readonly unknown[]).includes(p))
      ) {
        errors.add(
          where,
          `「profiles」应为 ["2015"]、["2021"] 或 ["2015", "2021"]，收到 ${show(raw.profiles)}`,
        );
      } else profiles = raw.profiles as Profile[];
    }
    const when = raw.when === undefined ? null : formula(raw.when, where, "when");
    if (category && op) out.push({ category, name, op, value, unit, decimals, when, profiles });
  });
  return out;
}

function compileConstraints(
  v: unknown,
  errors: Errors,
  formula: FormulaFn,
  text: TextFn,
  names: Names,
): TemplateConstraint[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.add("", `「constraints」应为约束列表，收到 ${show(v)}`);
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
    if (param === null || param === "amount")
      errors.add(where, `「param」应为出问题时要修改的参数名，收到 ${show(raw.param)}`);
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
        errors.add(
          "",
          `${profile} 版指标体系下没有${req.label}（${req.anyOf.map((c) => CATEGORY_LABEL[c]).join("或")}），按此模板生成的指标不完整`,
        );
      }
    }
  }
}
