/**
 * The "params" part of a template: ids, labels, types, ranges, choices, defaults and prefill rules.
 * Formula defaults are compiled by compile.ts once every parameter's name is known.
 */
import Decimal from "decimal.js";
import type { CompiledPrefill, TemplateParam } from "./types";
import {
  compileKeywords,
  type Errors,
  finiteNumber,
  isNonEmpty,
  isObject,
  isString,
  type Obj,
  show,
  stringList,
} from "./schema-util";

const PARAM_KEYS = new Set([
  "id",
  "label",
  "type",
  "unit",
  "min",
  "max",
  "integer",
  "choices",
  "default",
  "defaultHelp",
  "prefill",
  "help",
]);
const PARAM_ID = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
export const AMOUNT_NAMES = new Set(["amount", "金额"]);

export interface ParamDraft {
  id: string;
  label: string;
  type: "number" | "choice";
  raw: Obj;
  compiled: TemplateParam;
}

export function compileParams(v: unknown, errors: Errors): ParamDraft[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.add("", `「params」应为参数列表，收到 ${show(v)}`);
    return [];
  }
  const out: ParamDraft[] = [];
  const seen = new Set<string>();
  v.forEach((raw, i) => {
    const where = `第 ${i + 1} 个参数${isObject(raw) && isString(raw.id) ? `「${raw.id}」` : ""}`;
    if (!isObject(raw)) {
      errors.add(where, `应为一组「字段: 值」，收到 ${show(raw)}`);
      return;
    }
    errors.unknownKeys(raw, PARAM_KEYS, where);
    const id = raw.id;
    if (!isString(id) || !PARAM_ID.test(id)) {
      errors.add(where, `「id」应为英文标识（字母或 _ 开头，可含数字），如 people，收到 ${show(id)}`);
      return;
    }
    if (AMOUNT_NAMES.has(id)) errors.add(where, "「amount」是项目金额的保留名称，参数不能用");
    // Parameter values are kept in plain objects keyed by id: Object.prototype's names are reserved.
    if (id in Object.prototype) errors.add(where, `「${id}」是保留字，参数不能用，请换一个名称`);
    const label = isNonEmpty(raw.label) ? raw.label.trim() : "";
    if (!label) errors.add(where, "缺少「label」（参数的中文名称，如 参会人数）");
    if (AMOUNT_NAMES.has(label)) errors.add(where, "「金额」是项目金额的保留名称，参数不能用");
    for (const n of [id, label]) {
      if (n && seen.has(n)) errors.add(where, `参数名「${n}」重复`);
      if (n) seen.add(n);
    }
    const type = raw.type === undefined ? "number" : raw.type;
    if (type !== "number" && type !== "choice") {
      errors.add(where, `「type」应为 number（数值）或 choice（选项），收到 ${show(type)}`);
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
    if (raw.unit !== undefined && !isString(raw.unit)) errors.add(where, "「unit」应为文字");
    if (raw.help !== undefined && !isString(raw.help)) errors.add(where, "「help」应为文字");
    if (raw.defaultHelp !== undefined && !isString(raw.defaultHelp))
      errors.add(where, "「defaultHelp」应为文字");
    if (raw.integer !== undefined && typeof raw.integer !== "boolean")
      errors.add(where, "「integer」应为 true 或 false");
    if (type === "number") {
      for (const k of ["min", "max"] as const) {
        if (raw[k] === undefined) continue;
        if (!finiteNumber(raw[k])) errors.add(where, `「${k}」应为数字，收到 ${show(raw[k])}`);
        else compiled[k] = new Decimal(raw[k] as number);
      }
      if (compiled.min && compiled.max && compiled.min.gt(compiled.max))
        errors.add(where, "「min」大于「max」");
      if (raw.choices !== undefined)
        errors.add(where, '数值参数不应有「choices」（选项参数请写 "type": "choice"）');
      if (raw.default === undefined) errors.add(where, "缺少「default」（默认值：数字或公式）");
    } else {
      const choices = stringList(raw.choices, where, "choices", errors, false);
      if (raw.choices === undefined)
        errors.add(where, '选项参数需要「choices」（可选的值，如 ["一类", "二类"]）');
      compiled.choices = choices;
      if (!isString(raw.default) || !choices.includes(raw.default)) {
        errors.add(where, `「default」应为选项之一（${choices.join("、")}），收到 ${show(raw.default)}`);
      } else compiled.default = raw.default;
      for (const k of ["min", "max", "integer"] as const)
        if (raw[k] !== undefined) errors.add(where, `选项参数不应有「${k}」`);
    }
    compiled.prefill = compilePrefill(raw.prefill, type, compiled.choices, where, errors);
    out.push({ id, label: compiled.label, type, raw, compiled });
  });
  return out;
}

function compilePrefill(
  v: unknown,
  type: "number" | "choice",
  choices: readonly string[],
  where: string,
  errors: Errors,
): CompiledPrefill[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.add(where, `「prefill」应为规则列表，收到 ${show(v)}`);
    return [];
  }
  const out: CompiledPrefill[] = [];
  v.forEach((rule, i) => {
    const at = `${where}的第 ${i + 1} 条预填规则`;
    if (!isObject(rule)) {
      errors.add(at, `应为 {"goal": [...]} 或 {"text": "...", "value": "..."}，收到 ${show(rule)}`);
      return;
    }
    if ("goal" in rule && type === "choice") {
      // {"goal": ["台"], "value": "台"}: the choice when the text states a number in 台.
      for (const k of Object.keys(rule))
        if (!["goal", "value"].includes(k)) errors.add(at, `未知的字段「${k}」`);
      const units = stringList(rule.goal, at, "goal", errors, false);
      if (!isString(rule.value) || !choices.includes(rule.value)) {
        errors.add(at, `「value」应为选项之一（${choices.join("、")}），收到 ${show(rule.value)}`);
        return;
      }
      out.push({ count: { units, value: rule.value } });
    } else if ("goal" in rule) {
      for (const k of Object.keys(rule))
        if (!["goal", "per", "clause"].includes(k)) errors.add(at, `未知的字段「${k}」`);
      const units = stringList(rule.goal, at, "goal", errors, false);
      if (rule.per !== undefined && rule.per !== null && !isNonEmpty(rule.per))
        errors.add(at, "「per」应为量词（如 期）或 null");
      const clause = rule.clause === undefined ? null : compileKeywords(rule.clause, "clause", at, errors);
      const goal: CompiledPrefill["goal"] = { units, clause };
      if ("per" in rule) goal.per = rule.per as string | null;
      out.push({ goal });
    } else if ("text" in rule) {
      if (type !== "choice") errors.add(at, "按文字匹配的规则只适用于选项参数");
      for (const k of Object.keys(rule))
        if (!["text", "value"].includes(k)) errors.add(at, `未知的字段「${k}」`);
      if (!isString(rule.value) || !choices.includes(rule.value)) {
        errors.add(at, `「value」应为选项之一（${choices.join("、")}），收到 ${show(rule.value)}`);
        return;
      }
      const find = compileKeywords(rule.text, "text", at, errors);
      if (find) out.push({ text: { find, value: rule.value } });
    } else {
      errors.add(at, `应有「goal」（从目标中取数字）或「text」（按文字匹配），收到 ${show(rule)}`);
    }
  });
  return out;
}

/** Parameter ids ordered so each default's dependencies come first; a cycle is an error. */
export function orderDefaults(ids: string[], deps: Map<string, string[]>, errors: Errors): string[] {
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
