/**
 * Indicator templates: a standard indicator set per project type (docs/domain.md) as DATA — the built-in
 * library in library/*.ts and a unit's own templates in JSON have the same shape (TemplateDef) and go
 * through the same validation (compile.ts). Values, names, units and goal sentences may hold formulas
 * of the parameters, the amount and the spending standards (expr/).
 */
import type Decimal from "decimal.js";
import type { Level1Key, Level2Key } from "../model";
import type { Profile } from "../settings";
import type { Expr } from "./expr/parse";
import type { TextPart } from "./expr/text";

// ---------------------------------------------------------------------------------------------
// The data shape (built-in library and unit JSON files)
// ---------------------------------------------------------------------------------------------

/** Where a number for a parameter is found in the project name or goal (extractGoalNumbers). */
export interface GoalNumberRule {
  /** Measure words that qualify: ["期"], ["人", "名"]. */
  goal: string[];
  /** "期": only "每期20人"; null: only numbers that are not per anything; absent: either. */
  per?: string | null;
  /** Keywords, one of which the number's clause must contain: "会|常委" or ["会", "常委"]. */
  clause?: string | string[];
  /** Choice parameters only: the choice to take when the name or goal states such a number ("3台" → 台). */
  value?: string;
}

/**
 * A choice parameter's value when the name or goal contains one of the keywords ("三类" → 三类), written
 * "a|b" or ["a", "b"]. Keywords, not regular expressions: a pattern from a file can take exponential
 * time, and the templates travel inside workbooks to every colleague.
 */
export interface TextMatchRule {
  text: string | string[];
  value: string;
}

export type PrefillRule = GoalNumberRule | TextMatchRule;

export interface ParamDef {
  /** Identifier used in formulas and on the command line: "people" (ASCII letters, digits, _). */
  id: string;
  /** Chinese label shown to the user; also usable in formulas and --param: "参会人数". */
  label: string;
  /** number (default) or choice (one of `choices`). */
  type?: "number" | "choice";
  /** Unit shown next to the value: 人, 天, 元, 万元. */
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  choices?: string[];
  /** A number, a formula (number parameters) or one of the choices. Defaults are kept within min/max. */
  default: number | string;
  /** What a formula default does, in Chinese for the user: "按金额可支付的人数，最多 50 人". */
  defaultHelp?: string;
  prefill?: PrefillRule[];
  /** One Chinese line for the user. */
  help?: string;
}

/** 数量 质量 时效 成本 (2021: 经济成本) 社会成本 生态环境成本 经济效益 社会效益 生态效益 可持续影响 满意度. */
export type CategoryKey =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "socialCost"
  | "ecoCost"
  | "economic"
  | "social"
  | "ecological"
  | "sustainable"
  | "satisfaction";

/** As written in a template: the symbol, or 定性 for a text value. */
export type TemplateOperator = "≥" | ">" | "=" | "<" | "≤" | "定性";

export interface IndicatorDef {
  /** A CategoryKey, or its Chinese name (数量, 数量指标, 经济成本指标 …). */
  category: string;
  /** 三级指标 name; may hold {formula}. */
  name: string;
  /** ≥ > = < ≤ (>= <= accepted) or 定性. */
  op: string;
  /** A formula for a quantitative value; the text for 定性 (健全, 规范 …). */
  value: string | number;
  /** Required for a quantitative value, absent for 定性; may hold {formula}. */
  unit?: string;
  /** Decimal places shown (default 4: amounts in 万元 may be kept to the 元). ≤/< round down and ≥/> round up, so the target stays on the safe side. */
  decimals?: number;
  /** A formula: the indicator is included only when it is true. */
  when?: string;
  /** Only in these profiles (default: both). */
  profiles?: Profile[];
}

export interface ConstraintDef {
  /** A formula: the constraint applies only when it is true. */
  when?: string;
  /** A formula that must be true for the set to be consistent. */
  check: string;
  /** The parameter to change when it fails (id or label). */
  param: string;
  /** Chinese message with {formula} placeholders. */
  message: string;
}

export interface GoalPart {
  text: string;
  when?: string;
}

export interface TemplateDef {
  /** Stable identifier (ASCII): meeting, training … */
  id: string;
  /** Chinese name: 会议, 培训 … */
  name: string;
  aliases?: string[];
  description?: string;
  /** Words that recognise the type in a project name or goal. */
  keywords: string[];
  /** The template used when no type's keyword matches (专项业务经费). */
  fallback?: boolean;
  params: ParamDef[];
  /** The goal sentence for an empty 绩效目标 cell: text with {formula}s, or parts with conditions. */
  goal: string | GoalPart[];
  indicators: IndicatorDef[];
  constraints?: ConstraintDef[];
}

// ---------------------------------------------------------------------------------------------
// Compiled templates
// ---------------------------------------------------------------------------------------------

export type ParamValue = Decimal | string;
/** Parameter values by id. */
export type ParamValues = Record<string, ParamValue>;

/** The first match in a text (what the user is shown as the reason), or null when there is none. */
export type TextFinder = (text: string) => string | null;

export interface CompiledPrefill {
  goal?: { units: readonly string[]; per?: string | null; clause: TextFinder | null };
  text?: { find: TextFinder; value: string };
  /** A choice taken when the text states a number in one of the units. */
  count?: { units: readonly string[]; value: string };
}

export interface TemplateParam {
  id: string;
  label: string;
  type: "number" | "choice";
  unit: string;
  min: Decimal | null;
  max: Decimal | null;
  integer: boolean;
  choices: readonly string[];
  /** A compiled formula (number) or a choice value. */
  default: Expr | string;
  /** Ids of the parameters the default formula uses (resolved first). */
  dependsOn: readonly string[];
  prefill: readonly CompiledPrefill[];
  help: string;
}

export interface TemplateIndicator {
  category: CategoryKey;
  name: readonly TextPart[];
  op: TemplateOperator;
  /** Formula (quantitative) or text (定性). */
  value: Expr | string;
  unit: readonly TextPart[];
  decimals: number;
  when: Expr | null;
  profiles: readonly Profile[];
}

export interface TemplateConstraint {
  when: Expr | null;
  check: Expr;
  param: string;
  message: readonly TextPart[];
}

export interface Template {
  id: string;
  name: string;
  aliases: readonly string[];
  description: string;
  keywords: readonly string[];
  fallback: boolean;
  /** built-in, or added by the unit (JSON file / workbook). */
  source: "builtin" | "unit";
  params: readonly TemplateParam[];
  /** Parameter ids in an order where every default's dependencies come first. */
  defaultOrder: readonly string[];
  goal: readonly { text: readonly TextPart[]; when: Expr | null }[];
  indicators: readonly TemplateIndicator[];
  constraints: readonly TemplateConstraint[];
  /** The data it was compiled from (for saving a unit's templates back). */
  def: TemplateDef;
}

// ---------------------------------------------------------------------------------------------
// Rendered sets
// ---------------------------------------------------------------------------------------------

export interface RenderedIndicator {
  name: string;
  operator: TemplateOperator;
  /** "60", "95", "10.85"; the text for 定性. */
  value: string;
  /** "" for 定性. */
  unit: string;
}

export interface RenderedGroup {
  level1Key: Level1Key;
  /** 一级指标 as written: 产出指标. */
  level1: string;
  level2Key: Level2Key;
  /** 二级指标 as written: 数量指标. */
  level2: string;
  indicators: RenderedIndicator[];
}

/** A template rendered for one project: the indicator tree in the profile's order. */
export interface IndicatorSet {
  templateId: string;
  templateName: string;
  profile: Profile;
  /** 万元. */
  amount: Decimal;
  params: ParamValues;
  groups: RenderedGroup[];
}

/** One indicator as a row of a long / form layout (计算符号 as written: ≥ … 定性). */
export interface TemplateRow {
  level1: string;
  level2: string;
  level3: string;
  operator: string;
  value: string;
  unit: string;
}

/** A problem with the parameters, in Chinese; `param` is the id to change (null: not one parameter). */
export interface ParamProblem {
  param: string | null;
  message: string;
}
