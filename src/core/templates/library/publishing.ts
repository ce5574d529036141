/** 出版印刷 (出版、印刷、编纂、文史): 印制成本 × 册数 + 编审费 ≤ 金额（PRIMER §5，门源表项目 9）. */
import type { TemplateDef } from "../types";

export const publishing: TemplateDef = {
  id: "publishing",
  name: "出版印刷",
  aliases: ["出版", "印刷", "文史资料", "编纂"],
  description: "编纂、出版、印刷资料的经费；单册印制成本 × 册数 + 编审费不超过项目金额。",
  keywords: ["出版", "印刷", "编纂", "文史", "编印", "志书"],
  params: [
    { id: "titles", label: "出版种数", unit: "种", integer: true, min: 1, max: 50, default: 1, prefill: [{ goal: ["种", "部"], per: null }] },
    { id: "copies", label: "印制册数", unit: "册", integer: true, min: 1, max: 1000000, default: 500, help: "各种资料合计印制的册数。", prefill: [{ goal: ["册", "本"], per: null }] },
    { id: "articles", label: "收录文稿篇数", unit: "篇", integer: true, min: 0, max: 100000, default: 0, help: "不收录文稿的填 0。", prefill: [{ goal: ["篇"], per: null }] },
    { id: "editFee", label: "编审费", unit: "万元", min: 0, default: "floor(amount * 0.3, 2)", defaultHelp: "项目金额的 30%", help: "组稿、编辑、审稿费用合计；没有的填 0。" },
    { id: "unitCost", label: "单册印制成本", unit: "元/册", min: 0.01, default: "floor((amount - editFee) * 10000 / copies, 2)", defaultHelp: "（项目金额 − 编审费）÷ 印制册数" },
  ],
  goal: [
    { text: "编辑出版资料{titles}种" },
    { text: "，收录文稿{articles}篇", when: "articles > 0" },
    { text: "，印制{copies}册，单册印制成本不超过{unitCost}元" },
    { text: "，编审费不超过{editFee}万元", when: "editFee > 0" },
    { text: "，按期出版并发放到有关单位，出版印刷费总额控制在{amount}万元以内。" },
  ],
  indicators: [
    { category: "数量", name: "出版种数", op: "=", value: "titles", unit: "种" },
    { category: "数量", name: "印制册数", op: "≥", value: "copies", unit: "册" },
    { category: "数量", name: "收录文稿篇数", op: "≥", value: "articles", unit: "篇", when: "articles > 0" },
    { category: "质量", name: "编校差错率", op: "≤", value: 0.01, unit: "%" },
    { category: "质量", name: "审校通过率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "按期出版率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "单册印制成本", op: "≤", value: "unitCost", unit: "元/册" },
    { category: "成本", name: "编审费", op: "≤", value: "editFee", unit: "万元", when: "editFee > 0" },
    { category: "成本", name: "出版印刷费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "资料发放覆盖率", op: "≥", value: 90, unit: "%" },
    { category: "可持续影响", name: "资料保存年限", op: "≥", value: 10, unit: "年" },
    { category: "满意度", name: "读者满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    { check: "editFee < amount", param: "editFee", message: "编审费 {editFee}万元不能达到或超过项目金额 {amount}万元（还要留出印制费用）。" },
    {
      check: "copies * unitCost / 10000 + editFee <= amount",
      param: "unitCost",
      message: "{unitCost}元/册 × {copies}册 + 编审费 {editFee}万元 = {round(copies * unitCost / 10000 + editFee, 2)}万元，超过项目金额 {amount}万元。请降低单册印制成本、册数或编审费，或核实项目金额。",
    },
  ],
};
