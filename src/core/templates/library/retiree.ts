/** 离退休服务 (退休、离休、慰问): 服务人数 × 人均标准 ≤ 金额（docs/domain.md）. */
import type { TemplateDef } from "../types";

export const retiree: TemplateDef = {
  id: "retiree",
  name: "离退休服务",
  aliases: ["离退休", "退休", "老干部", "慰问"],
  description: "离退休人员服务、走访慰问经费。",
  keywords: ["退休", "离休", "慰问", "老干部"],
  params: [
    {
      id: "people",
      label: "服务人数",
      unit: "人",
      integer: true,
      min: 1,
      max: 10000,
      default: 10,
      prefill: [{ goal: ["人", "名"], per: null }],
    },
    {
      id: "perPerson",
      label: "人均慰问标准",
      unit: "元/人",
      min: 1,
      default: "floor(amount * 10000 / people, 0)",
      defaultHelp: "项目金额 ÷ 服务人数",
    },
  ],
  goal: "为{people}名离退休人员提供服务保障，按人均不超过{perPerson}元的标准开展走访慰问，落实老干部各项政策待遇，经费总额控制在{amount}万元以内。",
  indicators: [
    { category: "数量", name: "服务慰问离退休人员人数", op: "=", value: "people", unit: "人" },
    { category: "质量", name: "慰问金发放准确率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "慰问金按时发放率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "人均慰问标准", op: "≤", value: "perPerson", unit: "元/人" },
    { category: "成本", name: "离退休服务经费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "老干部政策落实率", op: "=", value: 100, unit: "%" },
    { category: "可持续影响", name: "离退休人员服务机制健全性", op: "定性", value: "健全" },
    { category: "满意度", name: "离退休人员满意度", op: "≥", value: 95, unit: "%" },
  ],
  constraints: [
    {
      check: "people * perPerson <= amount * 10000",
      param: "perPerson",
      message:
        "{people}人 × 人均 {perPerson}元 = {round(people * perPerson / 10000, 2)}万元，超过项目金额 {amount}万元。请降低人均标准或核实服务人数、项目金额。",
    },
  ],
};
