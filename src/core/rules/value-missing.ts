/**
 * value-missing — an indicator has no target value (定性 indicators have a text value, so they pass).
 * Seed: project 10, "政协协商议政服务中心工作人员工作完成率" and "工作完成及时率" with nothing after them.
 * Lines the parser could not read are value-malformed's, not reported twice here.
 * The example fits the row: a 定性 row (指标性质 定性, e.g. 「促进社会和谐」) or a 效益 item the name does
 * not make a number of is offered a 定性 conclusion, not 「≥95%」.
 */
import type { Indicator } from "../model";
import { measurableExample } from "./util/indicator-hints";
import { displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

const SUSTAINABLE_EXAMPLE = "「健全」「规范」这样的结论";
const QUALITATIVE_EXAMPLE = "「显著」「有效」这样的结论";
/** measurableExample's answer when the name says nothing about the kind of number. */
const ANY_NUMBER = "「≥95%」这样的数值";

/** 定性 rows get a conclusion; a 效益 item with no hint of a number, a number or a conclusion. */
function exampleFor(ind: Indicator, sustainable: boolean): string {
  if (sustainable) return SUSTAINABLE_EXAMPLE;
  if (ind.qualitative) return QUALITATIVE_EXAMPLE;
  const example = measurableExample(ind);
  if (example === ANY_NUMBER && ind.level1Key === "benefit") return `具体数值或${QUALITATIVE_EXAMPLE}`;
  return example;
}

export default defineRule({
  meta: {
    id: "value-missing",
    messages: {
      missing: "「{{name}}」没有填写指标值，无法考核。请填写目标值，例如{{example}}。",
    },
  },
  check(ctx) {
    ctx.indicators({ are: ["noValue"], not: ["malformed"] }, (ind, project, ask) => {
      const sustainable = !ask("rate") && (ask("sustainable") || ind.level2Key === "sustainable");
      const example = exampleFor(ind, sustainable);
      ctx.report({
        messageId: "missing",
        data: { name: displayName(ind), example },
        project,
        indicator: ind,
      });
    });
  },
});
