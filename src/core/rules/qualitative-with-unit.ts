/**
 * qualitative-with-unit — a 定性 value (健全, 提高, 逐年递减) carries a unit ("健全 %"). A 定性 row has no
 * unit; a unit there usually means a number was meant and words were typed instead, or a column slipped.
 */
import { clip, displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "qualitative-with-unit",
    messages: {
      withUnit:
        "「{{name}}」的指标值「{{value}}」是文字（定性指标），却填了计量单位「{{unit}}」。请删去单位；如果要考核数量，请把指标值改为数字。",
    },
  },
  check(ctx) {
    ctx.indicators(
      // a text value with a unit that is not blank
      { are: ["text"], not: ["noUnit", "blankUnit", "malformed"] },
      (ind, project) => {
        ctx.report({
          messageId: "withUnit",
          data: { name: displayName(ind), value: clip(ind.value ?? ""), unit: ind.unit! },
          project,
          indicator: ind,
        });
      },
    );
  },
});
