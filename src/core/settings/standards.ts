/**
 * Spending standards (预算支出标准) the arithmetic rules compare against. Defaults are the central
 * standards (docs/domain.md, 支出标准); provinces publish their own, so the whole table is part of Settings.
 * All amounts in 元.
 */
export interface MeetingQuota {
  lodging: number; // 住宿
  meals: number; // 伙食
  other: number; // 其他
  total: number; // 综合定额 元/人·天
}

export interface SpendingStandards {
  /** 会议费综合定额 by class (一类/二类/三类/四类). */
  meeting: Record<"一类" | "二类" | "三类" | "四类", MeetingQuota>;
  /** 培训费综合定额 元/人·天 by class (excluding 讲课费). */
  training: Record<"一类" | "二类" | "三类", number>;
  /** 讲课费 元/学时 by lecturer grade. */
  lectureFee: Record<"副高" | "正高" | "院士", number>;
  /** 差旅伙食补助 元/人·天 (120 in 青海、西藏、新疆). */
  travelMeal: number;
  /** Upper cap for a reception working meal, 元/人. */
  receptionMeal: number;
  /** When no class is stated, the highest class is assumed so nothing is flagged by guesswork. */
  defaultMeetingClass: "一类" | "二类" | "三类" | "四类";
  defaultTrainingClass: "一类" | "二类" | "三类";
}

export const DEFAULT_STANDARDS: SpendingStandards = {
  meeting: {
    一类: { lodging: 500, meals: 150, other: 110, total: 760 },
    二类: { lodging: 400, meals: 150, other: 100, total: 650 },
    三类: { lodging: 340, meals: 130, other: 80, total: 550 },
    四类: { lodging: 340, meals: 130, other: 80, total: 550 },
  },
  training: { 一类: 760, 二类: 650, 三类: 550 },
  lectureFee: { 副高: 500, 正高: 1000, 院士: 1500 },
  travelMeal: 100,
  receptionMeal: 200,
  defaultMeetingClass: "一类",
  defaultTrainingClass: "一类",
};
