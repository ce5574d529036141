/**
 * Each rule's short Chinese name, as an accountant would say it: what the pane lists, the settings
 * show and the 「检查结果」 sheet prints. Rule ids stay for tooltips, reports and settings files.
 * Kept beside the registry rather than in each rule's meta so the words can be reviewed in one place;
 * tests check that every registered rule has a name.
 */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  "whitespace-in-field": "含空格或null字样",
  "yes-no-as-rate": "是否题填了百分比",
  "value-not-plain-number": "指标值栏不是纯数字",
  "placeholder-left": "模板占位符没有替换",
  "level-name-unmappable": "指标类别名称不标准",
  "input-as-output": "把投入写成产出",
  "import-rejected-chars": "含导入会拒绝的符号",
  "weight-total": "权重合计不符",
  "weight-nonpositive": "权重不是正数",
  "weight-category-mismatch": "权重与类别不符",
  "fund-split-mismatch": "资金来源合计不符",
  "target-below-history": "目标低于上年实际",
  "basis-missing": "缺少指标值设定依据",
  "midterm-value-missing": "中期或年度指标值空缺",
  "periods-identical": "中期与年度目标雷同",
  "indicator-count": "定量指标数量不足",
  "amount-missing": "缺少项目金额",
  "category-empty": "指标类别下没有指标",
  "copy-paste-suspect": "疑似照抄其他项目",
  "cost-operator": "成本指标符号用错",
  "cost-over-budget": "成本超过项目金额",
  "cost-total-mismatch": "总成本低于项目金额",
  "direction-inverted": "计算符号方向用反",
  "duration-uncapped": "会期天数没有上限",
  "goal-indicator-mismatch": "绩效目标与指标矛盾",
  "goal-missing": "缺少绩效目标",
  "goal-too-short": "绩效目标过于简单",
  "indicator-duplicate": "指标重复",
  "indicator-misplaced": "指标放错类别",
  "indicator-name-missing": "缺三级指标名称",
  "indicators-missing": "缺少绩效指标",
  "level1-missing": "缺少一级指标",
  "level2-missing": "缺少二级指标",
  "operator-missing": "没有计算符号",
  "percent-out-of-range": "百分比超出范围",
  "qualitative-with-unit": "定性指标填了单位",
  "reading-uncertain": "表格部分内容没能识别",
  "satisfaction-low": "满意度目标偏低",
  "standard-exceeded": "超过开支标准",
  "sum-mismatch": "合计与明细不符",
  "table-not-found": "没有找到绩效目标表",
  "title-goal-mismatch": "项目名称与目标不一致",
  "unit-mismatch": "计量单位与指标不符",
  "unit-missing": "缺少计量单位",
  "value-malformed": "指标值写法不规范",
  "value-missing": "缺少指标值",
  "value-not-measurable": "指标值应为数字",
};

/** The rule's Chinese name; an unknown id (a rule from a newer version) is shown as it is. */
export function ruleName(ruleId: string): string {
  return RULE_NAMES[ruleId] ?? ruleId;
}
