/**
 * Render a template for a project, lay it out as a one-project table (wide text cell or long rows),
 * build the grid with sheetFromValues and run the whole checker on it — the path `jixiao template new`
 * and the pane's insertion take.
 */
import Decimal from "decimal.js";
import { checkWorkbook, type CheckResult } from "../../../../src/core/check";
import type { Finding } from "../../../../src/core/finding";
import { sheetFromValues } from "../../../../src/core/grid";
import { DEFAULT_SETTINGS, type Profile, type Settings } from "../../../../src/core/settings";
import {
  goalSentence,
  layoutFor,
  renderSet,
  type IndicatorSet,
  type ParamValues,
  type Template,
  type TemplateLayout,
} from "../../../../src/core/templates";

/** A realistic project name per built-in type. */
export const PROJECT_NAMES: Record<string, string> = {
  meeting: "政协常委会议工作经费",
  training: "政协委员培训工作经费",
  inspection: "政协委员视察调研工作经费",
  reception: "公务接待费",
  publishing: "文史资料出版费",
  "it-ops": "电信安全专线业务服务费",
  staffing: "编外长期聘用人员经费",
  retiree: "退休人员公用经费（含慰问金）",
  outsourcing: "第三方代理记账服务费",
  equipment: "办公设备购置经费",
  generic: "协商议政服务中心工作经费",
};

export interface Checked {
  set: IndicatorSet;
  goal: string;
  result: CheckResult;
  /** Errors and warnings (what must be zero). */
  serious: Finding[];
}

export function renderOrThrow(
  template: Template,
  params: ParamValues,
  amount: Decimal,
  profile: Profile,
  settings: Settings = DEFAULT_SETTINGS,
): IndicatorSet {
  const r = renderSet(template, params, amount, { profile, standards: settings.standards });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.set;
}

export function checkSet(
  set: IndicatorSet,
  project: { name: string; goal: string; amount: Decimal },
  layout: TemplateLayout,
  settings: Settings = DEFAULT_SETTINGS,
): CheckResult {
  const l = layoutFor(layout, set, project);
  return checkWorkbook(
    { name: "模板.xlsx", sheets: [sheetFromValues(l.sheetName, l.rows, l.merges)] },
    settings,
  );
}

export function renderAndCheck(
  template: Template,
  params: ParamValues,
  amount: Decimal,
  profile: Profile,
  layout: TemplateLayout,
  settings: Settings = DEFAULT_SETTINGS,
): Checked {
  const set = renderOrThrow(template, params, amount, profile, settings);
  const goal = goalSentence(template, params, amount, settings.standards);
  const result = checkSet(
    set,
    { name: PROJECT_NAMES[template.id] ?? `${template.name}经费`, goal, amount },
    layout,
    settings,
  );
  return { set, goal, result, serious: result.findings.filter((f) => f.severity !== "info") };
}

export const describeFindings = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.severity} ${f.ruleId} ${f.indicator ?? ""}：${f.message}`).join("\n");
