/**
 * A clean meeting project (docs/domain.md, 项目类型: 会议) for the single-project form example. The numbers agree:
 * 550 元/人·天 (三类 综合定额) × 120 人 × 2 天 = 13.20 万元 = the amount = 会议费总额; 伙食 130 ≤ 三类 cap;
 * 120 人 ≤ the 三类 headcount cap of 150; 2 天 ≤ the 三类 cap; the goal states the same 1 次 / 120 人 / 2 天.
 */

export interface FormIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 指标性质: ≥ ≤ = or 定性. */
  nature: "≥" | "≤" | "=" | "定性";
  value: number | string;
  unit: string;
}

export interface FormProject {
  year: string;
  name: string;
  department: string;
  implementer: string;
  /** 万元, as written in the form. */
  total: string;
  fiscal: string;
  other: string;
  goal: string;
  indicators: FormIndicator[];
}

export const MEETING_PROJECT: FormProject = {
  year: "2024",
  name: "县政协专题协商会议经费",
  department: "示例县政协办公室",
  implementer: "示例县政协办公室",
  total: "13.20",
  fiscal: "13.20",
  other: "0.00",
  goal:
    "召开县政协专题协商会议1次，会期2天，参会委员及列席人员120人，围绕县委县政府中心工作开展专题协商，" +
    "形成协商意见建议报送县委县政府；会议经费严格执行三类会议综合定额标准，确保会议各项议程顺利完成。",
  indicators: [
    { level1: "产出指标", level2: "数量指标", name: "召开会议次数", nature: "=", value: 1, unit: "次" },
    { level1: "产出指标", level2: "数量指标", name: "参会人数", nature: "≥", value: 120, unit: "人" },
    { level1: "产出指标", level2: "数量指标", name: "会期", nature: "≤", value: 2, unit: "天" },
    { level1: "产出指标", level2: "质量指标", name: "参会率", nature: "≥", value: 95, unit: "%" },
    { level1: "产出指标", level2: "质量指标", name: "议程完成率", nature: "=", value: 100, unit: "%" },
    { level1: "产出指标", level2: "时效指标", name: "会议按时召开率", nature: "=", value: 100, unit: "%" },
    { level1: "产出指标", level2: "成本指标", name: "会议费总额", nature: "≤", value: 13.2, unit: "万元" },
    { level1: "产出指标", level2: "成本指标", name: "综合定额", nature: "≤", value: 550, unit: "元/人·天" },
    { level1: "产出指标", level2: "成本指标", name: "伙食标准", nature: "≤", value: 130, unit: "元/人·天" },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "会议精神传达覆盖率",
      nature: "≥",
      value: 95,
      unit: "%",
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "协商意见建议办复率",
      nature: "≥",
      value: 95,
      unit: "%",
    },
    {
      level1: "效益指标",
      level2: "可持续影响指标",
      name: "会议管理制度健全性",
      nature: "定性",
      value: "健全",
      unit: "",
    },
    {
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      name: "参会人员满意度",
      nature: "≥",
      value: 90,
      unit: "%",
    },
  ],
};
