import rule from "../../../src/core/rules/level2-missing";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

const table = (indicators: IndicatorSpec[], name = "测试项目") =>
  makeTable([makeProject({ name, indicators })]);
/** A project the 模板 tab recognises by its name and goal: the examples come from its type's set. */
const typed = (indicators: IndicatorSpec[], name: string, goal: string, amount: string | null) =>
  makeTable([makeProject({ name, goal, amount, indicators })]);
const TRAINING = ["政协委员培训工作经费", "举办两期委员培训班，每期20人，培训7天。", "17"] as const;
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
      name: "a training project is given training examples, with the numbers its goal states",
      table: typed(drop("数量指标", "成本指标"), ...TRAINING),
      findings: [
        { messageId: "quantity", data: { example: "，例如「培训期数 ≥2期」" } },
        { messageId: "cost", data: { example: "，例如「培训费综合定额（三类培训） ≤550元/人·天」" } },
      ],
    },
    {
      name: "an outsourcing project's 质量 and 时效 examples are about its service",
      table: typed(drop("质量指标", "时效指标"), "第三方代理", "委托会计师事务所代理记账。", "5"),
      findings: [
        { messageId: "quality", data: { example: "，例如「账务差错率 ≤1%」" } },
        { messageId: "timeliness", data: { example: "，例如「报表按期报送率 =100%」" } },
      ],
    },
    {
      name: "no type's keyword: the fallback set's example, with the project's amount",
      table: typed(drop("成本指标"), "专项工作经费", "保障机关日常业务工作。", "30"),
      findings: [{ messageId: "cost", data: { example: "，例如「项目经费总额 ≤30万元」" } }],
    },
    {
      name: "a meeting whose goal the meeting set cannot take (200 人 × 3 天 over 30 万元): the fallback's",
      table: typed(drop("成本指标"), "政协全会经费", "召开政协全会1次，参会200人，会期3天。", "30"),
      findings: [{ messageId: "cost", data: { example: "，例如「项目经费总额 ≤30万元」" } }],
    },
    {
      name: "no amount: no set, so no example",
      table: typed(drop("成本指标"), TRAINING[0], TRAINING[1], null),
      findings: [{ messageId: "cost", data: { example: "" } }],
    },
    {
      name: "效益 without 经济/社会/生态: the example says which 二级 it is",
      table: typed(drop("社会效益指标"), "公务接待费", "全年接待上级检查调研。", "4.25"),
      findings: [
        { messageId: "benefitNone", data: { example: "，例如社会效益指标「公务交流任务完成率 ≥95%」" } },
      ],
    },
    {
      name: "2021: an empty 成本指标 一级 gets the type's economic cost",
      table: typed(
        [{ l1: "成本指标", l2: "", name: "会议费总额", op: "<=", value: "10", unit: "万元" }, ...noCost],
        ...TRAINING,
      ),
      settings: { profile: "2021" },
      findings: [
        {
          messageId: "costNone",
          data: { example: "，例如经济成本指标「培训费综合定额（三类培训） ≤550元/人·天」" },
          messageIncludes: "至少要有一项）。请补充，例如经济成本指标「培训费综合定额",
        },
      ],
    },
    {
      name: "non-standard 一级 name is quoted as written",
      table: table(drop("数量指标").map((s) => (s.l1 === "产出指标" ? { ...s, l1: "项目完成指标" } : s))),
      findings: [{ messageId: "quantity", data: { level1: "项目完成指标" } }],
    },
  ],
});
