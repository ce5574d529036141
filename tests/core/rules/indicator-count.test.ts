import rule from "../../../src/core/rules/indicator-count";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid, type ColumnRow } from "./_support/column-grid";

/** 2 定量 and 3 定性 indicators (60 % 定性). */
const MIXED: ColumnRow[] = [
  ["产出指标", "数量指标", "培训人数", "≥", "120", "人"],
  ["", "质量指标", "培训合格率", "≥", "95", "%"],
  ["", "时效指标", "培训完成及时性", "定性", "及时", ""],
  ["效益指标", "社会效益指标", "干部能力", "定性", "有效提升", ""],
  ["满意度指标", "服务对象满意度指标", "参训满意度", "定性", "满意", ""],
];
const grid = () => columnGrid([], MIXED);

ruleTester(rule, {
  valid: [
    { name: "no thresholds set: off by default", ...grid() },
    { name: "enough 定量 indicators", ...grid(), settings: { indicatorCount: { minQuantitative: 2 } } },
    {
      name: "定性 share at the limit",
      ...grid(),
      settings: { indicatorCount: { maxQualitativePercent: 60 } },
    },
  ],
  invalid: [
    {
      name: "fewer 定量 indicators than required",
      ...grid(),
      settings: { indicatorCount: { minQuantitative: 3 } },
      findings: [{ messageId: "fewQuantitative", cell: "F2", data: { count: 2, min: 3 } }],
    },
    {
      name: "定性 share above the limit",
      ...grid(),
      settings: { indicatorCount: { maxQualitativePercent: 50 } },
      findings: [{ messageId: "tooQualitative", data: { qualitative: 3, total: 5, percent: 60, max: 50 } }],
    },
    {
      name: "both thresholds broken",
      ...grid(),
      settings: { indicatorCount: { minQuantitative: 4, maxQualitativePercent: 30 } },
      findings: [{ messageId: "fewQuantitative" }, { messageId: "tooQualitative" }],
    },
  ],
});
