/** The 设置 panel's words in Chinese (settings-en.ts mirrors them). */
import { settingsProblemText, showGiven } from "../../core/settings/problem-text";
import type { SettingsProblem } from "../../core/settings/validate";

export interface SettingsStrings {
  sectionFramework: string;
  sectionSatisfaction: string;
  sectionStandards: string;
  sectionRules: string;
  indicatorCount: string;
  indicatorCountHint: string;
  minQuantitative: string;
  maxQualitativePercent: string;
  standardsHint: string;
  meetingQuota: string;
  meetingClass: (cls: string) => string;
  quota: Record<"lodging" | "meals" | "other" | "total", string>;
  meetingField: (cls: string, quota: string) => string;
  training: string;
  lectureFee: string;
  classField: (table: string, cls: string) => string;
  travelMeal: string;
  receptionMeal: string;
  defaultMeetingClass: string;
  defaultTrainingClass: string;
  ruleSearch: string;
  ruleSearchPlaceholder: string;
  ruleMatches: (n: number, total: number) => string;
  noRuleMatches: (query: string) => string;
  ruleTooltip: (description: string, id: string) => string;
  rulesOff: (n: number) => string;
  /** A problem shown under its own field (the label says which field). */
  fieldProblem: (p: SettingsProblem) => string;
  /** A problem of a setting without a field here. */
  otherProblem: (p: SettingsProblem) => string;
  /** For a field inside a table of fields: its name, then the problem. */
  namedProblem: (field: string, problem: string) => string;
  actionsLabel: string;
}

function fieldProblemZh(p: SettingsProblem): string {
  const given = showGiven(p.given);
  switch (p.code) {
    case "notPercent":
      return `应为 0 到 100 之间的数，收到 ${given}。`;
    case "notWholeNumber":
      return `应为不小于 0 的整数，收到 ${given}。`;
    case "notPositive":
      return `应为大于 0 的数（元），收到 ${given}。`;
    case "errorAboveWarn": {
      const g = p.given as { warnBelow: number; errorBelow: number };
      return `错误线 ${g.errorBelow} 高于警告线 ${g.warnBelow}，应不高于警告线。`;
    }
    default:
      return settingsProblemText(p, { fallback: false });
  }
}

export const settingsZhCN: SettingsStrings = {
  sectionFramework: "指标体系",
  sectionSatisfaction: "满意度",
  sectionStandards: "开支标准",
  sectionRules: "规则",
  indicatorCount: "指标数量要求（按本省审核规定）",
  indicatorCountHint:
    "两项都留空时不检查指标数量（默认）。填写后，「定量指标数量不足」规则按此检查每个项目。",
  minQuantitative: "定量指标至少（个）",
  maxQualitativePercent: "定性指标最多占（%）",
  standardsHint: "按本地区的开支标准填写，单位：元。用于成本指标的核算和模板的金额测算。",
  meetingQuota: "会议费综合定额（元/人·天）",
  meetingClass: (cls) => `${cls}会议`,
  quota: { lodging: "住宿", meals: "伙食", other: "其他", total: "综合定额" },
  meetingField: (cls, quota) => `${cls}会议${quota}（元/人·天）`,
  training: "培训费综合定额（元/人·天）",
  lectureFee: "讲课费（元/学时）",
  classField: (table, cls) => `${table.replace(/（.*$/, "")}（${cls}）`,
  travelMeal: "差旅伙食补助（元/人·天）",
  receptionMeal: "接待工作餐（元/人）",
  defaultMeetingClass: "会议未注明类别时按",
  defaultTrainingClass: "培训未注明类别时按",
  ruleSearch: "搜索规则",
  ruleSearchPlaceholder: "输入规则名称，如「计量单位」",
  ruleMatches: (n, total) => `找到 ${n} 条规则（共 ${total} 条）`,
  noRuleMatches: (query) => `没有名称或说明含「${query}」的规则。`,
  ruleTooltip: (description, id) => `${description}（规则编号：${id}）`,
  rulesOff: (n) => (n > 0 ? `已停用 ${n} 条` : "全部启用"),
  fieldProblem: fieldProblemZh,
  otherProblem: (p) => settingsProblemText(p, { fallback: false }),
  namedProblem: (field, problem) => `${field}：${problem}`,
  actionsLabel: "设置操作",
};
