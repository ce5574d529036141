/**
 * The rule contract (modelled on ESLint's rule modules): each rule is one module exporting
 * `defineRule({ meta, check })`. Messages are Chinese templates keyed by id with {{placeholders}};
 * a rule reports through ctx.report(), which fills in project, cell and severity.
 */
import type { Severity } from "../finding";
import type { Sheet } from "../grid";
import type { Indicator, Project, SourceRef, Table } from "../model";
import type { Profile, Settings } from "../settings";
import { ruleInfo, type RuleId, type RuleInfo } from "./catalog";
import type { Ask, Where } from "./util/questions";

export type RuleCategory = "completeness" | "values" | "arithmetic" | "classification" | "import";

export const CATEGORY_LABEL: Record<RuleCategory, string> = {
  completeness: "完整性",
  values: "指标值",
  arithmetic: "算术",
  classification: "分类",
  import: "导入前检查",
};

/** The order in which categories are listed (docs, settings). */
export const RULE_CATEGORIES: readonly RuleCategory[] = [
  "completeness",
  "values",
  "arithmetic",
  "classification",
  "import",
];

export interface RuleMeta<M extends string> extends RuleInfo {
  /** Chinese message templates with {{placeholders}}. */
  messages: Record<M, string>;
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  project: Project;
  indicator?: Indicator;
  /** The cell to point at; defaults to the indicator's cell, else the project's indicator cell. */
  at?: SourceRef;
  /** Only for rules whose severity depends on the case (satisfaction-low); overrides still win. */
  severity?: Severity;
}

export interface RuleContext<M extends string> {
  table: Table;
  /** Every table of the workbook (for cross-project rules such as copy-paste-suspect). */
  tables: readonly Table[];
  settings: Settings;
  /** The profile in force for this table (detected when settings.profile is "auto"). */
  profile: Profile;
  /**
   * The grid the table was read from, for columns the model does not carry (权重, 取值依据, 上年实际值,
   * the fund block, the 中期 set); undefined when the rules run on a model alone (then they stay silent).
   */
  sheet?: Sheet;
  /**
   * Visit the table's indicators for which the domain questions of `where` hold (util/questions.ts:
   * satisfaction, rate, spendingStandard, number, text, money, measured…), in table order, with an
   * `ask` for further questions about the one visited (valid during the visit) and its index in the
   * table's facts (for rewriteAt).
   */
  indicators(where: Where, visit: (ind: Indicator, project: Project, ask: Ask, k: number) => void): void;
  report(r: Report<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}

/** A registered rule as its module writes it: the rest of its metadata is the catalog's (catalog.ts). */
export interface RegisteredRule<M extends string> {
  meta: { id: RuleId; messages: Record<M, string> };
  check(ctx: RuleContext<M>): void;
}

/**
 * Typed helper: a misspelt message id is a compile error. A registered rule gives its id and messages and
 * gets category, severity and description from the catalog; a rule outside the registry (a test's) gives
 * all of its metadata.
 */
export function defineRule<M extends string>(rule: RegisteredRule<M>): Rule<M>;
export function defineRule<M extends string>(rule: Rule<M>): Rule<M>;
export function defineRule<M extends string>(rule: RegisteredRule<M> | Rule<M>): Rule<M> {
  if ("description" in rule.meta) return rule as Rule<M>;
  const { id, messages } = rule.meta;
  return { meta: { ...ruleInfo(id), messages }, check: rule.check };
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Templates split once into text and placeholder names, alternating: ["「", "name", "」超过…"]. */
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** Fill {{name}} placeholders; an unknown placeholder is a programming error. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = compile(template)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    if (!(key in data)) throw new Error(`message placeholder {{${key}}} has no data`);
    out += String(data[key]) + parts[i + 1];
  }
  return out;
}
