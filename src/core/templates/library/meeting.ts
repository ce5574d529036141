/**
 * 会议 (全会、常委会、代表大会): 会议费按综合定额控制（财行〔2016〕214号，docs/domain.md）. The 伙食 standard
 * is a part of the 综合定额, not a cost on top of it: the cost constraint counts the quota only.
 */
import type { TemplateDef } from "../types";

const QUOTA = 'std("会议综合定额", class)';

/** "十三届三次会议", "届2次全体会议": a 届's numbered plenary session (keywords, not a pattern: data). */
const PLENARY_SESSIONS = [..."一二三四五六七八九十", ..."123456789", "10"].flatMap((n) => [
  `届${n}次会议`,
  `届${n}次全体会议`,
]);

export const meeting: TemplateDef = {
  id: "meeting",
  name: "会议",
  aliases: ["会议费", "会务"],
  description: "召开全会、常委会、代表大会等会议的经费；会议费按综合定额（元/人·天）控制。",
  keywords: ["会议", "全会", "常委会", "代表大会", "会务"],
  params: [
    {
      id: "meetings",
      label: "会议次数",
      unit: "次",
      integer: true,
      min: 1,
      max: 50,
      default: 1,
      prefill: [{ goal: ["次", "场"], per: null, clause: "会" }],
    },
    {
      id: "people",
      label: "参会人数",
      unit: "人",
      integer: true,
      min: 1,
      max: 3000,
      default: `min(50, floor(amount * 10000 / (meetings * days * ${QUOTA})))`,
      defaultHelp: "项目金额按综合定额可支付的人数，最多 50 人",
      help: "每次会议的参会人数（含工作人员）。",
      prefill: [{ goal: ["人", "名"], clause: "会|参" }],
    },
    {
      id: "days",
      label: "会期天数",
      unit: "天",
      integer: true,
      min: 1,
      max: 7,
      default: 'if(class = "一类", 3, 1)',
      defaultHelp: "一类会议 3 天，其他 1 天",
      help: "每次会议的会期。",
      prefill: [{ goal: ["天", "日"], clause: "会" }],
    },
    {
      id: "class",
      label: "会议类别",
      type: "choice",
      choices: ["一类", "二类", "三类", "四类"],
      default: "三类",
      help: "县级党代会、人代会、政协全会通常为一类，其他会议多为三类、四类。",
      prefill: [
        { text: "一类", value: "一类" },
        { text: "二类", value: "二类" },
        { text: "三类", value: "三类" },
        { text: "四类", value: "四类" },
        {
          text: ["全会", "全委会", "全体会议", "代表大会", "党代会", "人代会", ...PLENARY_SESSIONS],
          value: "一类",
        },
      ],
    },
  ],
  goal: [
    { text: "全年召开{class}会议{meetings}次" },
    { text: "，参会{people}人、会期{days}天", when: "meetings = 1" },
    { text: "，每次参会{people}人、会期{days}天", when: "meetings > 1" },
    {
      text: `，会议费按综合定额（{${QUOTA}}元/人·天）控制，会议费总额控制在{amount}万元以内，确保会议各项议程顺利完成，会议精神及时传达落实。`,
    },
  ],
  indicators: [
    { category: "数量", name: "召开会议次数", op: "=", value: "meetings", unit: "次" },
    { category: "数量", name: "参会人数", op: "≥", value: "people", unit: "人", when: "meetings = 1" },
    {
      category: "数量",
      name: "每次会议参会人数",
      op: "≥",
      value: "people",
      unit: "人",
      when: "meetings > 1",
    },
    { category: "数量", name: "会期", op: "≤", value: "days", unit: "天", when: "meetings = 1" },
    { category: "数量", name: "每次会议会期", op: "≤", value: "days", unit: "天", when: "meetings > 1" },
    { category: "质量", name: "参会率", op: "≥", value: 95, unit: "%" },
    { category: "质量", name: "会议议程完成率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "会议按时召开率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "会议费综合定额（{class}会议）", op: "≤", value: QUOTA, unit: "元/人·天" },
    {
      category: "成本",
      name: "会议伙食标准（{class}会议）",
      op: "≤",
      value: 'std("会议伙食", class)',
      unit: "元/人·天",
    },
    { category: "成本", name: "会议费总额", op: "≤", value: "amount", unit: "万元" },
    { category: "社会效益", name: "会议精神传达覆盖率", op: "≥", value: 95, unit: "%" },
    { category: "社会效益", name: "会议议定事项落实率", op: "≥", value: 95, unit: "%" },
    { category: "可持续影响", name: "会议管理制度健全性", op: "定性", value: "健全" },
    { category: "满意度", name: "参会人员满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      when: 'class != "一类"',
      check: "days <= 2",
      param: "days",
      message:
        "二类、三类、四类会议会期不得超过 2 天（财行〔2016〕214号），现为 {days} 天。请缩短会期或核实会议类别。",
    },
    {
      when: 'class = "二类"',
      check: "people <= 300",
      param: "people",
      message: "二类会议参会人员不得超过 300 人，现为 {people} 人。",
    },
    {
      when: 'class = "三类"',
      check: "people <= 150",
      param: "people",
      message: "三类会议参会人员不得超过 150 人，现为 {people} 人。",
    },
    {
      when: 'class = "四类"',
      check: "people <= 50",
      param: "people",
      message: "四类会议参会人员不得超过 50 人，现为 {people} 人。",
    },
    {
      check: `meetings * people * days * ${QUOTA} <= amount * 10000`,
      param: "people",
      message: `按{class}会议综合定额 {${QUOTA}}元/人·天计算：{meetings}次 × {people}人 × {days}天 × {${QUOTA}}元 = {round(meetings * people * days * ${QUOTA} / 10000, 2)}万元，超过项目金额 {amount}万元。请减少参会人数或会期天数，或核实会议类别和项目金额。`,
    },
  ],
};
