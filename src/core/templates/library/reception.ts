/** 公务接待: 公函接待，工作餐按本地标准（docs/domain.md）. */
import type { TemplateDef } from "../types";

const MEAL_CAP = 'std("接待工作餐")';

export const reception: TemplateDef = {
  id: "reception",
  name: "公务接待",
  aliases: ["接待", "公务接待费", "接待费"],
  description: "公务接待经费；凭公函接待，工作餐每人每餐不超过本地标准。",
  keywords: ["接待"],
  params: [
    {
      id: "batches",
      label: "接待批次",
      unit: "批次",
      integer: true,
      min: 1,
      max: 1000,
      default: 20,
      prefill: [{ goal: ["批次", "批", "次"], per: null, clause: "接待|来访" }],
    },
    {
      id: "visitors",
      label: "接待人次",
      unit: "人次",
      integer: true,
      min: 1,
      max: 50000,
      default: "batches * 5",
      defaultHelp: "接待批次 × 5",
      prefill: [{ goal: ["人次", "人"], per: null, clause: "接待|来访|人员" }],
    },
    {
      id: "meal",
      label: "工作餐标准",
      unit: "元/人",
      min: 1,
      default: MEAL_CAP,
      defaultHelp: "设置中的公务接待工作餐标准",
      help: "每人每餐上限，不超过本地公务接待工作餐标准。",
    },
  ],
  goal: "全年接待公务来访{batches}批次、{visitors}人次，严格执行公函接待制度，工作餐每人每餐不超过{meal}元，接待费总额控制在{amount}万元以内，保障公务交流任务顺利完成。",
  indicators: [
    { category: "数量", name: "接待批次", op: "≥", value: "batches", unit: "批次" },
    { category: "数量", name: "接待人次", op: "≥", value: "visitors", unit: "人次" },
    { category: "质量", name: "公函接待率", op: "=", value: 100, unit: "%" },
    { category: "质量", name: "接待标准合规率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "接待安排及时率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "接待工作餐标准", op: "≤", value: "meal", unit: "元/人·餐" },
    { category: "成本", name: "公务接待费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "公务交流任务完成率", op: "≥", value: 95, unit: "%" },
    { category: "可持续影响", name: "公务接待制度执行规范性", op: "定性", value: "规范" },
    { category: "满意度", name: "接待对象满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: `meal <= ${MEAL_CAP}`,
      param: "meal",
      message: `工作餐标准 {meal}元/人超过本地公务接待工作餐标准 {${MEAL_CAP}}元/人（可在设置的开支标准中调整）。`,
    },
    {
      check: "visitors * meal <= amount * 10000",
      param: "visitors",
      message:
        "仅工作餐一项：{visitors}人次 × {meal}元 = {round(visitors * meal / 10000, 2)}万元，已超过项目金额 {amount}万元。请减少接待人次或工作餐标准，或核实项目金额。",
    },
  ],
};
