/** 委托第三方/代理记账 (第三方、代理、委托、记账、审计): 合同金额不超过金额（docs/domain.md）. */
import type { TemplateDef } from "../types";

export const outsourcing: TemplateDef = {
  id: "outsourcing",
  name: "委托第三方/代理记账",
  aliases: ["代理记账", "第三方", "委托第三方", "委托服务"],
  description: "委托第三方机构代理记账、审计等服务的经费。",
  keywords: ["第三方", "代理", "委托", "记账", "审计"],
  params: [
    {
      id: "ledgers",
      label: "服务账套数",
      unit: "套",
      integer: true,
      min: 1,
      max: 100,
      default: 1,
      prefill: [{ goal: ["套"], per: null }],
    },
    {
      id: "reports",
      label: "报表期数",
      unit: "期",
      integer: true,
      min: 1,
      max: 12,
      default: 12,
      help: "全年编报的月度财务报表期数。",
      prefill: [{ goal: ["期"], per: null, clause: "报表" }],
    },
  ],
  goal: "委托第三方专业机构为本单位{ledgers}套账提供代理记账服务，按月编报财务报表{reports}期，做到账务处理准确、报表按期报送，委托服务费总额控制在{amount}万元以内，提高财务核算规范化水平。",
  indicators: [
    { category: "数量", name: "代理记账服务账套数", op: "=", value: "ledgers", unit: "套" },
    { category: "数量", name: "编报财务报表期数", op: "=", value: "reports", unit: "期" },
    { category: "质量", name: "账务差错率", op: "≤", value: 1, unit: "%" },
    { category: "质量", name: "报表一次审核通过率", op: "≥", value: 95, unit: "%" },
    { category: "时效", name: "报表按期报送率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "委托服务费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "单位财务核算规范化水平", op: "定性", value: "提高" },
    { category: "可持续影响", name: "委托服务管理制度健全性", op: "定性", value: "健全" },
    { category: "满意度", name: "委托单位满意度", op: "≥", value: 90, unit: "%" },
  ],
};
