/**
 * What the checker must report on the seed table (the defects a reviewer flags in it; docs/domain.md, 示例表), by project number.
 * `indicator` is a substring of the 三级指标 name the finding must name, when the finding is about one.
 */
export interface SeedExpectation {
  project: number;
  ruleId: string;
  indicator?: string;
  severity?: "error" | "warning" | "info";
}

export const SEED_EXPECTATIONS: SeedExpectation[] = [
  { project: 14, ruleId: "goal-missing" },
  { project: 13, ruleId: "goal-too-short" },
  { project: 9, ruleId: "level1-missing" },
  { project: 10, ruleId: "value-missing", indicator: "工作完成及时率" },
  { project: 10, ruleId: "value-missing", indicator: "工作人员工作完成率" },
  { project: 3, ruleId: "unit-missing", indicator: "开展委员培训及时率" },
  { project: 1, ruleId: "operator-missing", indicator: "政协委员参会率", severity: "info" },
  { project: 1, ruleId: "unit-mismatch", indicator: "会议异常事故发生次数" },
  { project: 8, ruleId: "unit-mismatch", indicator: "接待人数" },
  { project: 8, ruleId: "value-not-measurable", indicator: "接待成本节约率" },
  { project: 14, ruleId: "value-not-measurable", indicator: "编外人员工资支付标准" },
  { project: 5, ruleId: "value-malformed", indicator: "省外培训班次数" },
  { project: 6, ruleId: "value-malformed", indicator: "燃料费" },
  { project: 9, ruleId: "value-malformed", indicator: "印刷出版成本" },
  { project: 10, ruleId: "cost-operator", indicator: "服务中心工作经费" },
  { project: 7, ruleId: "cost-operator", indicator: "农牧民误工补贴" },
  { project: 14, ruleId: "direction-inverted", indicator: "预算成本控制率" },
  { project: 1, ruleId: "duration-uncapped", indicator: "会议时间", severity: "info" },
  { project: 9, ruleId: "cost-over-budget", severity: "error" },
  { project: 5, ruleId: "goal-indicator-mismatch", severity: "warning" },
  { project: 13, ruleId: "satisfaction-low", indicator: "服务单位满意度", severity: "error" },
  { project: 4, ruleId: "indicator-misplaced", indicator: "主任业务培训及时率" },
  { project: 4, ruleId: "indicator-duplicate", indicator: "业务培训任务完成率" },
  { project: 9, ruleId: "indicator-duplicate", indicator: "打印、扫描" },
  { project: 7, ruleId: "copy-paste-suspect", indicator: "专委会工作成本" },
  { project: 1, ruleId: "title-goal-mismatch", severity: "info" },
];
