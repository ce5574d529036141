/** 设备购置 (购置、设备、采购): 单价 × 数量 ≤ 金额（docs/domain.md）. */
import type { TemplateDef } from "../types";

export const equipment: TemplateDef = {
  id: "equipment",
  name: "设备购置",
  aliases: ["设备", "购置", "设备采购"],
  description: "购置办公设备、专用设备的经费；单价 × 数量不超过项目金额，单价不超过资产配置标准。",
  keywords: ["购置", "设备", "采购", "购买"],
  params: [
    {
      id: "quantity",
      label: "购置数量",
      integer: true,
      min: 1,
      max: 100000,
      default: 1,
      prefill: [{ goal: ["台", "套", "件", "个", "辆"], per: null }],
    },
    {
      id: "unitName",
      label: "计量单位",
      type: "choice",
      choices: ["台", "套", "件", "个", "辆"],
      default: "台",
      prefill: [
        { goal: ["台"], value: "台" },
        { goal: ["套"], value: "套" },
        { goal: ["件"], value: "件" },
        { goal: ["个"], value: "个" },
        { goal: ["辆"], value: "辆" },
      ],
    },
    {
      id: "unitPrice",
      label: "单价上限",
      unit: "元",
      min: 1,
      default: "floor(amount * 10000 / quantity, 0)",
      defaultHelp: "项目金额 ÷ 购置数量",
      help: "每台（套）的价格上限，不超过资产配置标准。",
    },
    { id: "months", label: "采购完成时间", unit: "个月", integer: true, min: 1, max: 12, default: 6 },
    { id: "life", label: "设备使用年限", unit: "年", integer: true, min: 1, max: 30, default: 6 },
  ],
  goal: "购置设备{quantity}{unitName}，单价不超过{unitPrice}元，{months}个月内完成采购并验收合格、投入使用，设备购置总额控制在{amount}万元以内，改善工作条件。",
  indicators: [
    { category: "数量", name: "设备购置数量", op: "=", value: "quantity", unit: "{unitName}" },
    { category: "质量", name: "设备验收合格率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "采购完成时间", op: "≤", value: "months", unit: "个月" },
    { category: "成本", name: "设备单价", op: "≤", value: "unitPrice", unit: "元/{unitName}" },
    { category: "成本", name: "设备购置总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "设备使用率", op: "≥", value: 90, unit: "%" },
    { category: "可持续影响", name: "设备使用年限", op: "≥", value: "life", unit: "年" },
    { category: "满意度", name: "使用人员满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: "quantity * unitPrice <= amount * 10000",
      param: "unitPrice",
      message:
        "{unitPrice}元 × {quantity}{unitName} = {round(quantity * unitPrice / 10000, 2)}万元，超过项目金额 {amount}万元。请降低单价或数量，或核实项目金额。",
    },
  ],
};
