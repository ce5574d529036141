/** 编外聘用 (聘用、编外、公益性岗位、临聘): 聘用人数 × 人均年经费 ≤ 金额（docs/domain.md）. */
import type { TemplateDef } from "../types";

export const staffing: TemplateDef = {
  id: "staffing",
  name: "编外聘用",
  aliases: ["编外", "聘用", "编外人员", "公益性岗位"],
  description: "编外长期聘用人员、公益性岗位人员的工资、社会保险等经费。",
  keywords: ["聘用", "编外", "公益性岗位", "临聘", "雇员", "劳务派遣"],
  params: [
    {
      id: "staff",
      label: "聘用人数",
      unit: "人",
      integer: true,
      min: 1,
      max: 1000,
      default: 1,
      prefill: [{ goal: ["人", "名"], per: null }],
    },
    {
      id: "perPerson",
      label: "人均年经费",
      unit: "万元",
      min: 0.01,
      default: "floor(amount / staff, 2)",
      defaultHelp: "项目金额 ÷ 聘用人数",
      help: "每人每年的工资、社会保险等合计。",
    },
  ],
  goal: "聘用编外人员{staff}名，人均年经费不超过{perPerson}万元，按月足额发放工资、缴纳社会保险，保障单位日常工作正常运转，经费总额控制在{amount}万元以内。",
  indicators: [
    { category: "数量", name: "聘用人数", op: "=", value: "staff", unit: "人" },
    { category: "质量", name: "聘用人员考核合格率", op: "≥", value: 90, unit: "%" },
    { category: "时效", name: "工资按月发放率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "人均年经费", op: "≤", value: "perPerson", unit: "万元/人·年" },
    { category: "成本", name: "编外聘用经费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "保障单位日常工作正常运转", op: "定性", value: "有效" },
    { category: "可持续影响", name: "编外用工管理规范性", op: "定性", value: "规范" },
    { category: "满意度", name: "聘用人员满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: "staff * perPerson <= amount",
      param: "perPerson",
      message:
        "{staff}人 × 人均 {perPerson}万元 = {round(staff * perPerson, 2)}万元，超过项目金额 {amount}万元。请降低人均年经费或聘用人数，或核实项目金额。",
    },
  ],
};
