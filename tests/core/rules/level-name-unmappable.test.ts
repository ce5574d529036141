import rule from "../../../src/core/rules/level-name-unmappable";
import { ruleTester } from "../../helpers/rule-tester";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";

const renamed = (from: string, to: string): IndicatorSpec[] =>
  COMPLETE_2015.map((s) => ({ ...s, l1: s.l1 === from ? to : s.l1, l2: s.l2 === from ? to : s.l2 }));
const table = (specs: IndicatorSpec[]) => makeTable([makeProject({ indicators: specs })]);

ruleTester(rule, {
  valid: [
    { name: "the standard names", table: table(COMPLETE_2015) },
    {
      name: "an NDRC (中央预算内投资) tree: 实施效果指标 over 产出指标, 过程管理指标",
      table: table([
        { l1: "实施效果指标", l2: "产出指标", name: "新建仓储面积", op: ">=", value: "2000", unit: "平方米" },
        { l1: "实施效果指标", l2: "效益指标", name: "带动就业人数", op: ">=", value: "20", unit: "人" },
        { l1: "过程管理指标", l2: "资金到位", name: "资金到位率", op: "=", value: "100", unit: "%" },
      ]),
    },
    { name: "进度指标 is 时效", table: table(renamed("时效指标", "进度指标")) },
    { name: "环境效益指标 is 生态效益", table: table(renamed("社会效益指标", "环境效益指标")) },
    {
      name: "社会公众或服务对象满意度指标 (the 2015 template's own wording)",
      table: table(renamed("服务对象满意度指标", "社会公众或服务对象满意度指标")),
    },
    {
      name: "a note in brackets after the name",
      table: table(renamed("数量指标", "数量指标（必填硬性指标）")),
    },
    { name: "a required-field star", table: table(renamed("质量指标", "质量指标*")) },
    { name: "without 指标", table: table(renamed("产出指标", "产出")) },
    {
      name: "2021: 成本指标 as a 一级 and 经济成本指标",
      table: table(
        renamed("产出指标", "成本指标").map((s) => (s.l2 === "成本指标" ? { ...s, l2: "经济成本指标" } : s)),
      ),
    },
  ],
  invalid: [
    {
      name: "项目完成指标 (understood by the checker, unknown to the system)",
      table: table(renamed("产出指标", "项目完成指标")),
      findings: [
        {
          messageId: "suggest",
          cell: "E2",
          line: 1,
          data: { text: "项目完成指标", level: "一级", standard: "产出指标" },
        },
      ],
    },
    {
      name: "效果指标 and an unknown 二级 under it",
      table: table(
        renamed("效益指标", "效果指标").map((s) =>
          s.l2 === "社会效益指标" ? { ...s, l2: "社会影响指标" } : s,
        ),
      ),
      findings: [
        { messageId: "suggest", line: 5, data: { text: "效果指标", standard: "效益指标" } },
        { messageId: "unknown", line: 5, data: { text: "社会影响指标", level: "二级" } },
      ],
    },
    {
      name: "a 二级 the checker does not know either",
      table: table(renamed("可持续影响指标", "长效机制指标")),
      findings: [{ messageId: "unknown", line: 6, data: { text: "长效机制指标", level: "二级" } }],
    },
    {
      name: "the template's 「…」 row is reported here when placeholder-left is off",
      table: makeTable([
        makeProject({ indicators: COMPLETE_2015, emptyHeadings: [{ level: 2, text: "…" }] }),
      ]),
      settings: { disabledRules: ["placeholder-left"] },
      findings: [{ messageId: "unknown", line: 99, data: { text: "…" } }],
    },
  ],
});
