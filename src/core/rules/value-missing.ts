/**
 * value-missing — an indicator has no target value (定性 indicators have a text value, so they pass).
 * Seed: project 10, "政协协商议政服务中心工作人员工作完成率" and "工作完成及时率" with nothing after them.
 * Lines the parser could not read are value-malformed's, not reported twice here.
 */
import { measurableExample } from "./util/indicator-hints";
import { displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "value-missing",
    messages: {
      missing: "「{{name}}」没有填写指标值，无法考核。请填写目标值，例如{{example}}。",
    },
  },
  check(ctx) {
    ctx.indicators({ are: ["noValue"], not: ["malformed"] }, (ind, project, ask) => {
      const example =
        !ask("rate") && (ask("sustainable") || ind.level2Key === "sustainable")
          ? "「健全」「规范」这样的结论"
          : measurableExample(ind);
      ctx.report({
        messageId: "missing",
        data: { name: displayName(ind), example },
        project,
        indicator: ind,
      });
    });
  },
});
