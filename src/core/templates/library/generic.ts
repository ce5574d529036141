/** 专项业务经费: the fallback when no type's keyword matches — a complete, generic set. */
import type { TemplateDef } from "../types";

export const generic: TemplateDef = {
  id: "generic",
  name: "专项业务经费",
  aliases: ["通用", "专项", "业务经费"],
  description: "没有专门模板的业务工作经费：按完成的重点工作任务设指标。",
  keywords: [],
  fallback: true,
  params: [
    {
      id: "tasks",
      label: "重点工作任务数",
      unit: "项",
      integer: true,
      min: 1,
      max: 100,
      default: 1,
      prefill: [{ goal: ["项"], per: null }],
    },
  ],
  goal: "全年完成{tasks}项重点工作任务，各项工作按时保质完成，项目经费总额控制在{amount}万元以内，提升履职服务保障水平。",
  indicators: [
    { category: "数量", name: "完成重点工作任务数", op: "≥", value: "tasks", unit: "项" },
    { category: "质量", name: "工作任务完成率", op: "≥", value: 95, unit: "%" },
    { category: "时效", name: "工作任务按时完成率", op: "≥", value: 95, unit: "%" },
    { category: "成本", name: "项目经费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "履职服务保障水平", op: "定性", value: "提升" },
    { category: "可持续影响", name: "项目管理制度健全性", op: "定性", value: "健全" },
    { category: "满意度", name: "服务对象满意度", op: "≥", value: 90, unit: "%" },
  ],
};
