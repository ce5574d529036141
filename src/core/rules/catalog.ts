/**
 * What every registered rule is, apart from its code: category, default severity and the one sentence
 * that says what it checks — in registry order (alphabetical by id). The rule modules take these from
 * here (defineRule fills them in by id), so each fact is written once; the task pane imports this module
 * alone for its filters, settings and ignored list, and loads the rules' code only when it checks.
 * Messages stay in the rule modules: only the engine formats them.
 */
import type { Severity } from "../finding";
import type { RuleCategory } from "./rule";

/** A rule as the pane lists it: everything but its messages and its code. */
export interface RuleInfo {
  /** The stable rule id (listed in released-ids.json; never renamed). */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** One Chinese sentence: what the rule checks. */
  description: string;
}

const BY_ID = {
  "amount-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "每个项目都必须填写可读的金额（数字）。",
  },
  "basis-missing": {
    category: "completeness",
    defaultSeverity: "info",
    description:
      "表中有指标值设定依据（取值依据）栏时，每个指标都应写明依据。（依据：财预〔2021〕101号 指标值应写明设定依据：计划标准、行业标准、历史标准等）",
  },
  "category-empty": {
    category: "completeness",
    defaultSeverity: "error",
    description: "一级、二级指标标题下必须有具体指标。",
  },
  "copy-paste-suspect": {
    category: "classification",
    defaultSeverity: "warning",
    description: "指标提到其他项目的内容，或整套指标与其他项目完全相同，疑似复制后未修改。",
  },
  "cost-operator": {
    category: "values",
    defaultSeverity: "warning",
    description: "成本和开支标准只能设上限（≤ 或 <），不能用 ≥ 或 >。",
  },
  "cost-over-budget": {
    category: "arithmetic",
    defaultSeverity: "error",
    description: "成本指标算出的金额超过项目金额（总成本指标，或各项成本及单价×数量之和）。",
  },
  "cost-total-mismatch": {
    category: "arithmetic",
    defaultSeverity: "info",
    description: "总成本指标低于项目金额。",
  },
  "direction-inverted": {
    category: "values",
    defaultSeverity: "warning",
    description: "计算符号方向用反了：越高越好的比率用了≤，控制率≤0%，成本增长率用了≥等。",
  },
  "duration-uncapped": {
    category: "values",
    defaultSeverity: "info",
    description: "会期、培训天数有上限规定，不宜用「≥」。",
  },
  "fund-split-mismatch": {
    category: "arithmetic",
    defaultSeverity: "error",
    description:
      "资金总额应等于财政拨款、其他资金等各来源之和（有小计行时等于各小计之和，小计等于其下各项之和），中期资金总额不应小于年度资金总额。金额按万元精确计算；元与万元混写时按万元数所写的小数位（至多两位）允许四舍五入尾差。（依据：财预〔2015〕88号 项目支出绩效目标申报表「项目资金」栏；预算管理一体化系统导入校验）",
  },
  "goal-indicator-mismatch": {
    category: "arithmetic",
    defaultSeverity: "warning",
    description: "绩效目标中的数字（期数、人数、天数、次数）与指标矛盾，或按目标估算的成本超过项目金额。",
  },
  "goal-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "每个项目都必须填写年度绩效目标。",
  },
  "goal-too-short": {
    category: "completeness",
    defaultSeverity: "warning",
    description: "绩效目标只有几个字或没有说明要做什么时提醒补充。",
  },
  "import-rejected-chars": {
    category: "import",
    defaultSeverity: "error",
    description:
      "指标值含有「*」「_」或只有「-」，或指标名称只由这些符号组成：预算管理一体化系统导入时会拒绝。（依据：预算管理一体化系统导入校验）",
  },
  "indicator-count": {
    category: "completeness",
    defaultSeverity: "warning",
    description:
      "定量指标少于规定个数、或定性指标占比超过规定比例时提醒（默认不检查：在设置 indicatorCount 中填写本省的个数和比例后生效）。（依据：各省项目支出绩效目标审核规则）",
  },
  "indicator-duplicate": {
    category: "classification",
    defaultSeverity: "warning",
    description: "同一项目中出现相同或几乎相同的指标。",
  },
  "indicator-misplaced": {
    category: "classification",
    defaultSeverity: "warning",
    description: "指标名称表明它属于另一类指标（如及时率填在成本指标下）。",
  },
  "indicator-name-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "填了指标值的行必须有三级指标名称（指标内容），不能只写在二级指标下。",
  },
  "indicators-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "每个项目都必须填写绩效指标。",
  },
  "input-as-output": {
    category: "classification",
    defaultSeverity: "warning",
    description:
      "产出指标中的数量指标应写产出（完成多少工作、服务多少对象），不能写投入的资金、人员或设备。（依据：财预〔2015〕88号 产出指标是对预期产出的描述；各省审核要点「投入数量不能作为绩效目标」）",
  },
  "level-name-unmappable": {
    category: "import",
    defaultSeverity: "warning",
    description:
      "一级、二级指标的名称不是指标体系里的标准名称：预算管理一体化系统导入时认不出，会把其下的指标丢掉。（依据：预算管理一体化系统导入校验）",
  },
  "level1-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "绩效指标必须包含规定的一级指标（产出、效益、满意度；2021版还有成本）。",
  },
  "level2-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description:
      "一级指标下必须有规定的二级指标（产出：数量、质量、时效、成本；效益：经济、社会、生态效益至少一项）。",
  },
  "midterm-value-missing": {
    category: "import",
    defaultSeverity: "error",
    description:
      "同时填写中期和年度指标的表中，每一行的中期和年度指标值都必须填写。（依据：预算管理一体化系统导入校验）",
  },
  "operator-missing": {
    category: "completeness",
    defaultSeverity: "info",
    description: "数值型指标没有写计算符号（≥、≤、=等）时提示，系统会按「=」理解。",
  },
  "percent-out-of-range": {
    category: "values",
    defaultSeverity: "error",
    description: "百分比指标值必须在0%到100%之间（增长率等变化率除外）。",
  },
  "periods-identical": {
    category: "classification",
    defaultSeverity: "warning",
    description:
      "中期和年度的绩效指标（或中期目标和年度目标）完全相同、而中期和年度金额不同时提醒。（依据：财预〔2015〕88号 绩效目标与预算资金量相应匹配）",
  },
  "placeholder-left": {
    category: "values",
    defaultSeverity: "error",
    description:
      "模板中的占位符（**、XX、×××、□、（  ）、…）没有换成实际内容，这样的指标无法考核，预算管理一体化系统也不接受含「*」的指标值。",
  },
  "qualitative-with-unit": {
    category: "values",
    defaultSeverity: "warning",
    description: "定性指标（文字指标值）不应填写计量单位。",
  },
  "reading-uncertain": {
    category: "completeness",
    defaultSeverity: "warning",
    description: "表格的某一部分（项目名称、金额、绩效目标）没能确定地识别出来，相关检查暂不进行。",
  },
  "satisfaction-low": {
    category: "arithmetic",
    defaultSeverity: "warning",
    description: "满意度目标值偏低（低于 90% 为警告，低于 80% 为错误，可在设置中调整）。",
  },
  "standard-exceeded": {
    category: "arithmetic",
    defaultSeverity: "warning",
    description: "人均每天费用超过会议、培训、差旅或接待的开支标准。",
  },
  "sum-mismatch": {
    category: "arithmetic",
    defaultSeverity: "error",
    description: "合计或单位小计与其下各项金额之和不一致。",
  },
  "table-not-found": {
    category: "completeness",
    defaultSeverity: "error",
    description: "工作簿中没有识别出绩效目标表时报告，而不是当作「没有问题」。",
  },
  "target-below-history": {
    category: "values",
    defaultSeverity: "warning",
    description:
      "表中有上年实际完成值时，正向指标的目标值不应低于上年实际值，反向指标不应高于上年实际值。（依据：财预〔2020〕10号 绩效评价标准中的历史标准）",
  },
  "title-goal-mismatch": {
    category: "classification",
    defaultSeverity: "info",
    description: "项目名称与绩效目标中的届次、会议次数或年度不一致。",
  },
  "unit-mismatch": {
    category: "values",
    defaultSeverity: "warning",
    description: "计量单位与指标名称不符（次数用了%、人数用了次、比率不用%、金额不用元）。",
  },
  "unit-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "数值型指标必须填写计量单位。",
  },
  "value-malformed": {
    category: "values",
    defaultSeverity: "warning",
    description: "指标值或计量单位写法不规范、无法准确读取。",
  },
  "value-missing": {
    category: "completeness",
    defaultSeverity: "error",
    description: "每个指标都必须填写指标值。",
  },
  "value-not-measurable": {
    category: "values",
    defaultSeverity: "warning",
    description: "数量、质量、时效、成本指标和各类比率必须用数字表示，不能只写文字。",
  },
  "value-not-plain-number": {
    category: "import",
    defaultSeverity: "error",
    description:
      "计算符号、指标值、计量单位分栏填写的表中，定量指标的指标值一栏只能是不带符号和单位的非负数字，否则预算管理一体化系统导入时会拒绝。（依据：预算管理一体化系统导入校验）",
  },
  "weight-category-mismatch": {
    category: "import",
    defaultSeverity: "error",
    description:
      "一级、二级指标标题写有权重时，其下各指标的权重之和应等于标题的权重；中期、年度两组指标都查。（依据：预算管理一体化系统导入校验）",
  },
  "weight-nonpositive": {
    category: "import",
    defaultSeverity: "error",
    description:
      "有权重（分值）栏的表中，每个三级指标的权重都必须大于 0；中期、年度两组指标都查。（依据：预算管理一体化系统导入校验）",
  },
  "weight-total": {
    category: "import",
    defaultSeverity: "error",
    description:
      "有权重（分值）栏的表中，一个项目三级指标的权重合计应为 100（预算执行率另计 10 分时为 90）；中期、年度两组指标各有权重栏时分别计算。（依据：预算管理一体化系统导入校验；财预〔2020〕10号 单位自评指标权重：预算执行率 10 分）",
  },
  "whitespace-in-field": {
    category: "import",
    defaultSeverity: "warning",
    description:
      "指标名称、指标值或绩效目标中有空格或「null」字样：不少省份的预算管理一体化系统导入时会拒绝（各省不同，可在设置中关闭）。（依据：预算管理一体化系统导入校验）",
  },
  "yes-no-as-rate": {
    category: "values",
    defaultSeverity: "warning",
    description: "名称是「是否…」的指标只能回答是或否，指标值不应是百分比；要考核比率，名称应写成「…率」。",
  },
} satisfies Record<string, Omit<RuleInfo, "id">>;

/** The id of a registered rule: a misspelt id in a rule module is a compile error. */
export type RuleId = keyof typeof BY_ID;

export const RULE_CATALOG: readonly RuleInfo[] = Object.entries(BY_ID).map(([id, info]) => ({ id, ...info }));

/** The catalog's entry for a registered rule's id. */
export function ruleInfo(id: RuleId): RuleInfo {
  return { id, ...BY_ID[id] };
}
