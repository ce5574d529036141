/**
 * input-as-output — a 产出/数量 indicator that counts what goes in (资金投入 50万元, 拨付资金, 投入人员
 * 5人) instead of what comes out. Provincial review rules say it plainly: 投入数量不能作为绩效目标 —
 * the quantity indicators must say what the money achieves (工程完成多少, 服务多少人次). Rates
 * (资金到位率, 拨付及时率) measure how the money moved and are left alone.
 */
import { categoryLevel1, categoryLevel2 } from "./util/indicator-flags";
import { clip, displayName, formatTarget } from "./util/indicator-text";
import { tableFacts } from "./util/table-facts";
import { defineRule } from "./rule";

const MONEY_INPUT =
  /资金投入|投入(?:的)?(?:资金|经费|金额)|经费投入|(?:拨付|下达|到位|安排|投入)(?:的)?(?:资金|经费|金额)(?:额|数|总额)?$|资金(?:拨付|下达|到位)(?:额|数|金额|总额)?$|投资(?:额|金额|总额)|总投资|项目总投入/;
const PEOPLE_INPUT =
  /投入(?:的)?(?:人员|人力|人数|工作人员|技术人员|专业人员|劳动力|力量)|(?:人员|人力)投入|投入.{0,6}人员/;
const THING_INPUT = /投入(?:的)?(?:设备|车辆|机械|机具)/;
const RATE = /率|比例|占比|百分比/;

type Kind = "money" | "people" | "things";

/** What the name counts as input; null for a rate or no input. */
function nameKind(written: string): Kind | null {
  const name = written.replace(/[\s\u3000]/g, "");
  if (name === "" || RATE.test(name)) return null;
  if (MONEY_INPUT.test(name)) return "money";
  if (PEOPLE_INPUT.test(name)) return "people";
  if (THING_INPUT.test(name)) return "things";
  return null;
}

/** 数量指标, or an indicator right under 产出指标 (category numbers of the table facts). */
function isOutputQuantity(category: number): boolean {
  const level2 = categoryLevel2(category);
  return level2 === "quantity" || (level2 === null && categoryLevel1(category) === "output");
}

export default defineRule({
  meta: {
    id: "input-as-output",
    messages: {
      money:
        "「{{name}}」（{{target}}）计的是投入的资金，不是产出。审核要求「投入数量不能作为绩效目标」，会被退回修改。请把数量指标改为这笔钱做成了什么（如完成多少工程、服务多少人次）；资金额放到成本指标。",
      people:
        "「{{name}}」（{{target}}）计的是投入的人员，不是产出。审核要求「投入数量不能作为绩效目标」，会被退回修改。请改为这些人员完成的工作量（如检查多少户、服务多少人次）。",
      things:
        "「{{name}}」（{{target}}）计的是投入的设备或车辆，不是产出。审核要求「投入数量不能作为绩效目标」，会被退回修改。请改为用它们完成的工作量。",
    },
  },
  check(ctx) {
    const facts = tableFacts(ctx.table);
    const { projects, start, indicators, category, nameOf } = facts;
    // Names repeat over the table: each is read once (by its number in the facts).
    const kinds = new Array<Kind | null | undefined>(facts.nameCount);
    for (let p = 0; p < projects.length; p++) {
      const project = projects[p];
      for (let k = start[p]; k < start[p + 1]; k++) {
        if (!isOutputQuantity(category[k])) continue;
        let kind = kinds[nameOf[k]];
        if (kind === undefined) kinds[nameOf[k]] = kind = nameKind(indicators[k].name);
        if (kind === null) continue;
        const ind = indicators[k];
        if (ind.unit === "%") continue;
        ctx.report({
          messageId: kind,
          data: { name: displayName(ind), target: clip(formatTarget(ind)) || "未填写指标值" },
          project,
          indicator: ind,
        });
      }
    }
  },
});
