/** 视察调研 (视察、调研、考察、监督): 差旅伙食补助按标准（docs/domain.md）. */
import type { TemplateDef } from "../types";

const MEAL = 'std("差旅伙食补助")';

export const inspection: TemplateDef = {
  id: "inspection",
  name: "视察调研",
  aliases: ["视察", "调研", "考察", "民主监督"],
  description: "组织视察、调研、考察、监督活动的经费；差旅伙食补助按每人每天标准控制。",
  keywords: ["视察", "调研", "考察", "监督", "督查"],
  params: [
    {
      id: "trips",
      label: "视察调研次数",
      unit: "次",
      integer: true,
      min: 1,
      max: 200,
      default: 4,
      prefill: [{ goal: ["次"], per: null, clause: "视察|调研|考察|监督|督查" }],
    },
    {
      id: "reports",
      label: "调研报告篇数",
      unit: "篇",
      integer: true,
      min: 0,
      max: 200,
      default: "trips",
      defaultHelp: "与视察调研次数相同",
      help: "不形成报告的填 0。",
      prefill: [{ goal: ["篇", "份"], per: null }],
    },
    {
      id: "people",
      label: "每次参加人数",
      unit: "人",
      integer: true,
      min: 1,
      max: 200,
      default: 8,
      prefill: [{ goal: ["人", "名"], per: "次" }],
    },
    {
      id: "days",
      label: "每次天数",
      unit: "天",
      integer: true,
      min: 1,
      max: 30,
      default: 2,
      prefill: [{ goal: ["天", "日"], clause: "视察|调研|考察" }],
    },
  ],
  goal: [
    { text: "全年组织视察调研{trips}次，每次{people}人、{days}天" },
    { text: "，形成调研报告{reports}篇", when: "reports > 0" },
    {
      text: `，差旅伙食补助按每人每天{${MEAL}}元执行，经费总额控制在{amount}万元以内，推动发现问题整改落实，为党委、政府决策提供参考。`,
    },
  ],
  indicators: [
    { category: "数量", name: "视察调研次数", op: "≥", value: "trips", unit: "次" },
    {
      category: "数量",
      name: "形成调研报告篇数",
      op: "≥",
      value: "reports",
      unit: "篇",
      when: "reports > 0",
    },
    { category: "质量", name: "视察调研计划完成率", op: "=", value: 100, unit: "%" },
    { category: "质量", name: "调研报告合格率", op: "=", value: 100, unit: "%", when: "reports > 0" },
    { category: "时效", name: "调研报告按期报送率", op: "=", value: 100, unit: "%", when: "reports > 0" },
    { category: "时效", name: "视察调研按时完成率", op: "=", value: 100, unit: "%", when: "reports = 0" },
    { category: "成本", name: "差旅伙食补助标准", op: "≤", value: MEAL, unit: "元/人·天" },
    { category: "成本", name: "视察调研经费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "意见建议采纳率", op: "≥", value: 60, unit: "%" },
    { category: "社会效益", name: "发现问题整改率", op: "≥", value: 80, unit: "%" },
    { category: "可持续影响", name: "调研成果转化机制健全性", op: "定性", value: "健全" },
    { category: "满意度", name: "被视察调研单位满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: `trips * people * days * ${MEAL} <= amount * 10000`,
      param: "people",
      message: `仅差旅伙食补助一项：{trips}次 × {people}人 × {days}天 × {${MEAL}}元 = {round(trips * people * days * ${MEAL} / 10000, 2)}万元，已超过项目金额 {amount}万元。请减少次数、人数或天数，或核实项目金额。`,
    },
  ],
};
