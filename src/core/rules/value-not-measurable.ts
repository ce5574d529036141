/**
 * value-not-measurable — a 定性 (text) value where a number is required: under 数量/质量/时效/成本
 * (and 2021's 经济成本), or on any …率 wherever it is filed. Seed: "接待成本节约率 逐年递减" (8),
 * "编外人员工资支付标准 按规定支付" (14), "服务退休人员及时率 及时" (12), "记账及时率 及时" (13).
 * Text is fine under 效益/可持续影响 ("会议管理制度健全性 健全") and under 社会/生态环境成本 (2021),
 * which are often qualitative. A date or period under 时效 (「2025年年底前」「1—12月」「年底前完成」) is an
 * ordinary 时效 target and is not reported — unless the name is a rate, which needs a percentage.
 */
import { LEVEL2_NAME } from "../vocab/categories";
import { measurableExample } from "./util/indicator-hints";
import { clip, displayName } from "./util/indicator-text";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "value-not-measurable",
    messages: {
      category:
        "「{{name}}」的指标值「{{value}}」是文字，无法考核。{{category}}要写成具体数字，例如{{example}}。",
      rate: "「{{name}}」是比率，指标值「{{value}}」却是文字，无法考核。请写成具体百分比，例如{{example}}。",
    },
  },
  check(ctx) {
    ctx.indicators(
      // a text value under 数量/质量/时效/成本, or for a rate
      { are: ["text"], not: ["malformed"], anyOf: ["measured", "rate"] },
      (ind, project, ask) => {
        const rate = ask("rate");
        if (!rate && ind.valueKind === "date" && ind.level2Key === "timeliness") return;
        const data = {
          name: displayName(ind),
          value: clip(ind.value ?? ""),
          example: measurableExample(ind),
        };
        if (rate) ctx.report({ messageId: "rate", data, project, indicator: ind });
        else
          ctx.report({
            messageId: "category",
            data: { ...data, category: LEVEL2_NAME[ind.level2Key!] },
            project,
            indicator: ind,
          });
      },
    );
  },
});
