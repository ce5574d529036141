/**
 * placeholder-left — a template placeholder was never filled in: 「服务人数≥**人」, 「覆盖率达XX%」,
 * 「×××」, 「实施面积（  ）亩」, a 「…」 row copied from the template. Real case: a 宁夏 water-conservation
 * forest table publishes 「苗木成活率(≥**%)」 and 「项目总投入(≥**万元)」 — the template's hint left in
 * the name beside the filled value. Names, values, units and the 一级/二级 headings are looked at.
 */
import type { Indicator } from "../model";
import type { Settings } from "../settings";
import { findPlaceholder, mayHoldPlaceholder, type Placeholder } from "../text/placeholder";
import { clip } from "./util/indicator-text";
import { tableFacts } from "./util/table-facts";
import { T_PLACEHOLDER } from "./util/text-chars";
import { defineRule } from "./rule";

/** Other rules leave placeholders to this one, unless it is switched off (--profile import). */
export function placeholderLeftOn(settings: Settings): boolean {
  return !settings.disabledRules.includes("placeholder-left");
}

/**
 * findPlaceholder for texts that repeat (names, values, units), remembered for one check: each distinct
 * text is searched once. `mayHold` is the quick test alone (placeholder.ts mayHoldPlaceholder).
 */
export class PlaceholderMemo {
  private readonly found = new Map<string, Placeholder | null>();
  private readonly candidates = new Map<string, boolean>();

  find(text: string): Placeholder | null {
    let hit = this.found.get(text);
    if (hit === undefined) this.found.set(text, (hit = findPlaceholder(text)));
    return hit;
  }

  mayHold(text: string): boolean {
    let may = this.candidates.get(text);
    if (may === undefined) this.candidates.set(text, (may = mayHoldPlaceholder(text)));
    return may;
  }
}

/** findPlaceholder of value + unit, without joining them when neither can hold one (nor "..." across). */
function placeholderInTarget(
  value: string,
  unit: string,
  memo: PlaceholderMemo | undefined,
): Placeholder | null {
  if (memo && !memo.mayHold(value) && !memo.mayHold(unit) && !(value.endsWith(".") && unit.startsWith(".")))
    return null;
  return findPlaceholder(`${value}${unit}`);
}

/**
 * The placeholder of an indicator, and whether it stands where the target should be. `memo` (one check's)
 * remembers what repeated texts hold.
 */
export function indicatorPlaceholder(
  ind: Indicator,
  memo?: PlaceholderMemo,
): { found: Placeholder; inTarget: boolean } | null {
  const inValue = placeholderInTarget(ind.value ?? "", ind.unit ?? "", memo);
  if (inValue) return { found: inValue, inTarget: true };
  if (ind.written) {
    const inCell = findPlaceholder(ind.written.value) ?? findPlaceholder(ind.written.operator);
    if (inCell) return { found: inCell, inTarget: true };
  }
  const inName = memo ? memo.find(ind.name) : findPlaceholder(ind.name);
  // With no value read, the parser kept the whole line ("服务人数≥**人") as the name.
  // …unless a number follows the placeholder: then it is a hint beside a written target
  // (「改造(≥**平方米)大于等于10157.6平方米」).
  if (inName) {
    const after = ind.name.slice(inName.index + inName.token.length);
    return { found: inName, inTarget: ind.value === null && !/\d/.test(after) };
  }
  return null;
}

const NUMBERING = /^\s*(?:[(（]?\s*[0-9０-９一二三四五六七八九十]+\s*[)）.．、]|[①-⑳])\s*/;

/** The indicator as written (name and target), to quote back. */
function asWritten(ind: Indicator): string {
  if (ind.written) {
    const w = ind.written;
    return clip(`${ind.name} ${w.operator}${w.value}${w.unit}`);
  }
  if (ind.value === null) return clip(ind.name);
  return clip(ind.raw.replace(NUMBERING, "")) || clip(ind.name);
}

export default defineRule({
  meta: {
    id: "placeholder-left",
    messages: {
      target:
        "「{{text}}」中的「{{token}}」是模板占位符，目标值还没有填写。这样的指标无法考核，审核时会被退回（预算管理一体化系统导入时也会拒绝含「*」的指标值）。请填写实际的目标值，例如把「≥**人」写成「≥120人」。",
      name: "指标名称「{{text}}」里留着模板的填写提示「{{token}}」。导入预算管理一体化系统或公开时会原样出现。请删去提示，只保留指标名称（指标值已另行填写）。",
      heading:
        "指标标题「{{text}}」是模板里的占位行，没有换成实际的指标类别。请删去这一行，或改为需要的指标。",
    },
  },
  check(ctx) {
    const memo = new PlaceholderMemo();
    const { projects, start, indicators, textChars } = tableFacts(ctx.table);
    for (let p = 0; p < projects.length; p++) {
      const project = projects[p];
      for (const h of project.headings) {
        const found = memo.find(h.text);
        if (found && found.token.length >= h.text.trim().length)
          ctx.report({ messageId: "heading", data: { text: clip(h.text) }, project, at: h.source });
      }
      for (let k = start[p]; k < start[p + 1]; k++) {
        // A placeholder needs one of its characters in the indicator's texts.
        if ((textChars[k] & T_PLACEHOLDER) === 0) continue;
        const ind = indicators[k];
        const hit = indicatorPlaceholder(ind, memo);
        if (!hit) continue;
        const text = hit.inTarget ? asWritten(ind) : clip(ind.name);
        ctx.report({
          messageId: hit.inTarget ? "target" : "name",
          data: { text, token: hit.found.token },
          project,
          indicator: ind,
        });
      }
    }
  },
});
