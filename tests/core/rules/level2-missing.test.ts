import rule from "../../../src/core/rules/level2-missing";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

const table = (indicators: IndicatorSpec[], name = "测试项目") =>
  makeTable([makeProject({ name, indicators })]);
const drop = (...l2: string[]) => COMPLETE_2015.filter((s) => !l2.includes(s.l2 ?? ""));
const noCost = drop("成本指标");
const COMPLETE_2021: IndicatorSpec[] = [
  { l1: "成本指标", l2: "经济成本指标", name: "会议费总额", op: "<=", value: "10", unit: "万元" },
  ...noCost,
];

ruleTester(rule, {
  valid: [
    { name: "2015 complete", table: table(COMPLETE_2015) },
    { name: "2021 complete", table: table(COMPLETE_2021), settings: { profile: "2021" } },
    {
      name: "2015 table, cost filed 2021-style as its own 一级",
      table: table(COMPLETE_2021),
      settings: { profile: "2015" },
    },
    {
      name: "2015 table with a stray 社会成本指标 beside the usual 成本指标",
      table: table([
        ...COMPLETE_2015,
        { l1: "成本指标", l2: "社会成本指标", name: "对周边群众的影响", value: "无" },
      ]),
    },
    {
      name: "satisfaction under 效益 beside 社会效益",
      table: table([
        ...COMPLETE_2015.filter((s) => s.l1 !== "满意度指标"),
        {
          l1: "效益指标",
          l2: "服务对象满意度指标",
          name: "参会人员满意度",
          op: ">=",
          value: "90",
          unit: "%",
        },
      ]),
    },
    {
      name: "non-standard 二级 labels (数量指标(必填硬性指标))",
      table: table(
        COMPLETE_2015.map((s) => (s.l2 === "数量指标" ? { ...s, l2: "数量指标(必填硬性指标)" } : s)),
      ),
    },
    {
      name: "a missing 一级 is level1-missing's case",
      table: table(COMPLETE_2015.filter((s) => s.l1 !== "产出指标")),
    },
  ],
  invalid: [
    {
      name: "2015: no 时效指标 under 产出",
      table: table(drop("时效指标")),
      findings: [{ messageId: "timeliness", cell: "E2", line: 1, data: { level1: "产出指标" } }],
    },
    {
      name: "a 一级 heading typed one character a line is quoted without the breaks",
      table: table(drop("时效指标").map((s) => (s.l1 === "产出指标" ? { ...s, l1: "产\n出\n指\n标" } : s))),
      findings: [{ messageId: "timeliness", data: { level1: "产出指标" } }],
    },
    {
      name: "2015: 质量 and 成本 both missing",
      table: table(drop("质量指标", "成本指标")),
      findings: [
        { messageId: "quality", line: 1 },
        { messageId: "cost", line: 1 },
      ],
    },
    {
      name: "效益 with only 可持续影响",
      table: table(drop("社会效益指标")),
      findings: [{ messageId: "benefitNone", line: 5, data: { level1: "效益指标" } }],
    },
    {
      name: "2021: 一级 成本指标 with no 二级 under it",
      table: table([
        { l1: "成本指标", l2: "", name: "会议费总额", op: "<=", value: "10", unit: "万元" },
        ...noCost,
      ]),
      settings: { profile: "2021" },
      findings: [{ messageId: "costNone", line: 1, data: { level1: "成本指标" } }],
    },
    {
      name: "non-standard 一级 name is quoted as written",
      table: table(drop("数量指标").map((s) => (s.l1 === "产出指标" ? { ...s, l1: "项目完成指标" } : s))),
      findings: [{ messageId: "quantity", data: { level1: "项目完成指标" } }],
    },
  ],
});
