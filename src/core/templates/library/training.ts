/** 培训 (培训班、轮训、研修): 培训费按综合定额控制，讲课费另计（财行〔2016〕540号，docs/domain.md）. */
import type { TemplateDef } from "../types";

const QUOTA = 'std("培训综合定额", class)';
const LECTURE = 'std("讲课费", lecturer)';
const COST = `periods * perPeriod * days * ${QUOTA} + hours * ${LECTURE}`;

export const training: TemplateDef = {
  id: "training",
  name: "培训",
  aliases: ["培训费", "培训班"],
  description:
    "举办培训班、轮训、研修的经费；培训费按综合定额（元/人·天，不含讲课费）控制，讲课费按学时另计。",
  keywords: ["培训", "轮训", "研修", "学习班", "进修"],
  params: [
    {
      id: "periods",
      label: "培训期数",
      unit: "期",
      integer: true,
      min: 1,
      max: 50,
      default: 1,
      prefill: [{ goal: ["期"], per: null }],
    },
    {
      id: "perPeriod",
      label: "每期人数",
      unit: "人",
      integer: true,
      min: 1,
      max: 500,
      default: `min(30, floor(amount * 10000 / (periods * days * ${QUOTA})))`,
      defaultHelp: "项目金额按综合定额可支付的人数，最多 30 人",
      prefill: [
        { goal: ["人", "名"], per: "期" },
        { goal: ["人", "名"], per: null, clause: "训|学" },
      ],
    },
    {
      id: "days",
      label: "每期天数",
      unit: "天",
      integer: true,
      min: 1,
      max: 30,
      default: 3,
      help: "超过 30 天的培训请分期填写。",
      prefill: [{ goal: ["天", "日"], clause: "训|学|研修|期" }],
    },
    {
      id: "class",
      label: "培训类别",
      type: "choice",
      choices: ["一类", "二类", "三类"],
      default: "三类",
      help: "县级及以下干部、委员培训一般为三类。",
      prefill: [
        { text: "一类", value: "一类" },
        { text: "二类", value: "二类" },
        { text: "三类", value: "三类" },
      ],
    },
    {
      id: "hours",
      label: "授课学时",
      unit: "学时",
      integer: true,
      min: 0,
      max: 2000,
      default: `max(0, min(periods * days * 4, floor((amount * 10000 - periods * perPeriod * days * ${QUOTA}) / ${LECTURE})))`,
      defaultHelp: "每天 4 学时，以项目金额扣除培训费后够支付的为限",
      help: "全部培训的授课学时合计；不请外部讲课的填 0。",
      prefill: [{ goal: ["学时", "课时"] }],
    },
    {
      id: "lecturer",
      label: "授课教师职称",
      type: "choice",
      choices: ["副高", "正高", "院士"],
      default: "副高",
      help: "讲课费标准：副高级职称、正高级职称、院士或全国知名专家。",
      prefill: [
        { text: "院士|知名专家", value: "院士" },
        { text: "正高|教授", value: "正高" },
      ],
    },
  ],
  goal: [
    { text: "举办{class}培训班{periods}期，每期{perPeriod}人，每期培训{days}天" },
    { text: "，安排授课{hours}学时", when: "hours > 0" },
    {
      text: `，共培训{periods * perPeriod}人次，培训费按综合定额（{${QUOTA}}元/人·天）控制，培训费总额控制在{amount}万元以内，提升参训人员的履职能力和业务水平。`,
    },
  ],
  indicators: [
    { category: "数量", name: "培训期数", op: "≥", value: "periods", unit: "期" },
    { category: "数量", name: "参训人次", op: "≥", value: "periods * perPeriod", unit: "人次" },
    { category: "数量", name: "每期培训天数", op: "=", value: "days", unit: "天" },
    { category: "数量", name: "授课学时", op: "=", value: "hours", unit: "学时", when: "hours > 0" },
    { category: "质量", name: "参训人员出勤率", op: "≥", value: 95, unit: "%" },
    { category: "质量", name: "培训考核合格率", op: "≥", value: 95, unit: "%" },
    { category: "时效", name: "培训计划按期完成率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "培训费综合定额（{class}培训）", op: "≤", value: QUOTA, unit: "元/人·天" },
    {
      category: "成本",
      name: "讲课费标准（{lecturer}）",
      op: "≤",
      value: LECTURE,
      unit: "元/学时",
      when: "hours > 0",
    },
    { category: "成本", name: "培训费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "参训人员履职能力提升率", op: "≥", value: 90, unit: "%" },
    { category: "可持续影响", name: "培训管理机制健全性", op: "定性", value: "健全" },
    { category: "满意度", name: "参训人员满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: `${COST} <= amount * 10000`,
      param: "perPeriod",
      message: `按{class}培训综合定额 {${QUOTA}}元/人·天计算：{periods}期 × {perPeriod}人 × {days}天 × {${QUOTA}}元 + 讲课费 {hours}学时 × {${LECTURE}}元 = {round((${COST}) / 10000, 2)}万元，超过项目金额 {amount}万元。请减少每期人数、天数或学时，或核实培训类别和项目金额。`,
    },
  ],
};
