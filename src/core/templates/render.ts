/**
 * A template + parameter values + amount → the indicator set for one profile (the tree in the order
 * budget systems print it), and the goal sentence for an empty 绩效目标 cell.
 */
import Decimal from "decimal.js";
import type { Level1Key, Level2Key } from "../model";
import { DEFAULT_STANDARDS, type Profile, type SpendingStandards } from "../settings";
import { LEVEL1_ORDER, LEVEL2_ORDER, level1Name, level2Name, placementOf } from "./categories";
import { templateEnv } from "./env";
import { evaluate, trimZeros } from "./expr/evaluate";
import { fillText } from "./expr/text";
import type {
  IndicatorSet,
  ParamProblem,
  ParamValues,
  RenderedGroup,
  Template,
  TemplateIndicator,
  TemplateOperator,
} from "./types";

export interface RenderOptions {
  profile: Profile;
  standards?: SpendingStandards;
}

export type RenderResult = { ok: true; set: IndicatorSet } | { ok: false; problems: ParamProblem[] };

/** ≤/< round down and ≥/> round up, so a rounded target never loosens what the formula demands. */
const ROUNDING: Record<Exclude<TemplateOperator, "定性">, Decimal.Rounding> = {
  "≤": Decimal.ROUND_FLOOR,
  "<": Decimal.ROUND_FLOOR,
  "≥": Decimal.ROUND_CEIL,
  ">": Decimal.ROUND_CEIL,
  "=": Decimal.ROUND_HALF_UP,
};

export function renderSet(
  template: Template,
  params: ParamValues,
  amount: Decimal,
  options: RenderOptions,
): RenderResult {
  const { profile } = options;
  const env = templateEnv(params, amount, options.standards ?? DEFAULT_STANDARDS);
  const problems: ParamProblem[] = [];
  const groups = new Map<string, RenderedGroup>();
  const fail = (ind: TemplateIndicator, what: string) =>
    problems.push({ param: null, message: `指标「${nameHint(ind)}」${what}` });

  for (const ind of template.indicators) {
    if (!ind.profiles.includes(profile)) continue;
    if (ind.when) {
      const w = evaluate(ind.when, env);
      if (!w.ok) {
        fail(ind, `的条件无法计算：${w.error}。`);
        continue;
      }
      if (w.value !== true) continue;
    }
    const name = fillText(ind.name, env);
    const unit = fillText(ind.unit, env);
    if (!name.ok || !unit.ok) {
      fail(ind, `的名称或单位无法生成：${!name.ok ? name.error : !unit.ok ? unit.error : ""}。`);
      continue;
    }
    let value: string;
    if (ind.op === "定性") value = ind.value as string;
    else {
      const r = evaluate(ind.value as Exclude<TemplateIndicator["value"], string>, env);
      if (!r.ok) {
        fail(ind, `的指标值无法计算：${r.error}。`);
        continue;
      }
      if (!(r.value instanceof Decimal) || !r.value.isFinite()) {
        fail(ind, "的指标值不是数值。");
        continue;
      }
      const d = r.value.toDecimalPlaces(ind.decimals, ROUNDING[ind.op]);
      if (d.isNegative()) {
        fail(ind, `的指标值为负数（${trimZeros(d)}），请检查参数。`);
        continue;
      }
      if (unit.text === "%" && d.gt(100)) {
        fail(ind, `的指标值 ${trimZeros(d)}% 超过 100%，请检查参数。`);
        continue;
      }
      value = trimZeros(d);
    }
    const place = placementOf(ind.category, profile);
    const key = `${place.level1Key}/${place.level2Key}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        level1Key: place.level1Key,
        level1: level1Name(place.level1Key),
        level2Key: place.level2Key,
        level2: level2Name(place.level2Key),
        indicators: [],
      };
      groups.set(key, g);
    }
    g.indicators.push({
      name: name.text.trim(),
      operator: ind.op,
      value,
      unit: ind.op === "定性" ? "" : unit.text.trim(),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    set: {
      templateId: template.id,
      templateName: template.name,
      profile,
      amount,
      params: { ...params },
      groups: sortGroups([...groups.values()], profile),
    },
  };
}

function sortGroups(groups: RenderedGroup[], profile: Profile): RenderedGroup[] {
  const l1 = (k: Level1Key) => LEVEL1_ORDER[profile].indexOf(k);
  const l2 = (k: Level2Key) => LEVEL2_ORDER.indexOf(k);
  return groups.sort((a, b) => l1(a.level1Key) - l1(b.level1Key) || l2(a.level2Key) - l2(b.level2Key));
}

function nameHint(ind: TemplateIndicator): string {
  return ind.name.map((p) => ("literal" in p ? p.literal : `{${p.source}}`)).join("");
}

/**
 * The goal sentence for an empty 绩效目标 cell, built from the parameters (parts whose condition is
 * false are left out). With values validateParams accepted it always succeeds; a part that cannot be
 * computed is left out rather than shown half-filled.
 */
export function goalSentence(
  template: Template,
  params: ParamValues,
  amount: Decimal,
  standards: SpendingStandards = DEFAULT_STANDARDS,
): string {
  const env = templateEnv(params, amount, standards);
  let out = "";
  for (const part of template.goal) {
    if (part.when) {
      const w = evaluate(part.when, env);
      if (!w.ok || w.value !== true) continue;
    }
    const t = fillText(part.text, env);
    if (t.ok) out += t.text;
  }
  return out.trim();
}
