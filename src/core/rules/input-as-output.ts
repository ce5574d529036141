/**
 * input-as-output — a 产出/数量 indicator that counts what goes in (资金投入 50万元, 拨付资金, 投入人员
 * 5人) instead of what comes out. Provincial review rules say it plainly: 投入数量不能作为绩效目标 —
 * the quantity indicators must say what the money achieves (工程完成多少, 服务多少人次). Rates
 * (资金到位率, 拨付及时率) measure how the money moved and are left alone.
 */
import type { Indicator } from "../model";
import { clip, displayName, formatTarget } from "./util/indicator-text";
import { defineRule } from "./rule";

const MONEY_INPUT =
  /资金投入|投入(?:的)?(?:资金|经费|金额)|经费投入|(?:拨付|下达|到位|安排|投入)(?:的)?(?:资金|经费|金额)(?:额|数|总额)?$|资金(?:拨付|下达|到位)(?:额|数|金额|总额)?$|投资(?:额|金额|总额)|总投资|项目总投入/;
const PEOPLE_INPUT =
  /投入(?:的)?(?:人员|人力|人数|工作人员|技术人员|专业人员|劳动力|力量)|(?:人员|人力)投入|投入.{0,6}人员/;
const THING_INPUT = /投入(?:的)?(?:设备|车辆|机械|机具)/;
const RATE = /率|比例|占比|百分比/;

type Kind = "money" | "people" | "things";

function inputKind(ind: Indicator): Kind | null {
  const name = ind.name.replace(/[\s\u3000]/g, "");
  if (name === "" || RATE.test(name) || ind.unit === "%") return null;
  if (MONEY_INPUT.test(name)) return "money";
  if (PEOPLE_INPUT.test(name)) return "people";
  if (THING_INPUT.test(name)) return "things";
  return null;
}

function isOutputQuantity(ind: Indicator): boolean {
  return ind.level2Key === "quantity" || (ind.level2Key === null && ind.level1Key === "output");
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
    for (const project of ctx.table.projects) {
      for (const ind of project.indicators) {
        if (!isOutputQuantity(ind)) continue;
        const kind = inputKind(ind);
        if (kind === null) continue;
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
