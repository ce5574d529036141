import rule from "../../../src/core/rules/level1-missing";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

const table = (indicators: IndicatorSpec[], name = "测试项目") =>
  makeTable([makeProject({ name, indicators })]);
/** A project the 模板 tab recognises by its name and goal: the examples come from its type's set. */
const typed = (indicators: IndicatorSpec[], name: string, goal: string, amount: string | null) =>
  makeTable([makeProject({ name, goal, amount, indicators })]);
const without = (l1: string) => COMPLETE_2015.filter((s) => s.l1 !== l1);
const noCost = COMPLETE_2015.filter((s) => s.l2 !== "成本指标");
const COMPLETE_2021: IndicatorSpec[] = [
  { l1: "成本指标", l2: "经济成本指标", name: "会议费总额", op: "<=", value: "10", unit: "万元" },
  ...noCost,
];

ruleTester(rule, {
  valid: [
    { name: "2015: 产出, 效益, 满意度 present", table: table(COMPLETE_2015) },
    {
      name: "old template: satisfaction filed as a 二级 under 效益",
      table: table([
        ...without("满意度指标"),
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
      name: "non-standard 一级 names 项目完成指标 / 效果指标",
      table: table(
        COMPLETE_2015.map((s) => ({
          ...s,
          l1: s.l1 === "产出指标" ? "项目完成指标" : s.l1 === "效益指标" ? "效果指标" : s.l1,
        })),
      ),
    },
    { name: "2021: 成本 as its own 一级", table: table(COMPLETE_2021), settings: { profile: "2021" } },
    {
      name: "2021 table with cost filed the 2015 way (under 产出) is old-fashioned, not wrong",
      table: table(COMPLETE_2015),
      settings: { profile: "2021" },
    },
    {
      name: "2015 table with a stray 2021-style 社会成本指标",
      table: table([
        ...COMPLETE_2015,
        { l1: "成本指标", l2: "社会成本指标", name: "对周边群众的影响", value: "无" },
      ]),
    },
    { name: "a project with no indicators is indicators-missing's case", table: table([]) },
  ],
  invalid: [
    {
      name: "seed project 9: no 满意度指标",
      table: table(without("满意度指标"), "文史资料出版费"),
      findings: [
        {
          messageId: "satisfaction",
          cell: "E2",
          project: "文史资料出版费",
        },
      ],
    },
    {
      name: "no 效益指标",
      table: table(without("效益指标")),
      findings: [{ messageId: "benefit", cell: "E2" }],
    },
    {
      name: "only 满意度指标: 产出 and 效益 both missing",
      table: table(COMPLETE_2015.filter((s) => s.l1 === "满意度指标")),
      findings: [
        { messageId: "output", cell: "E2" },
        { messageId: "benefit", cell: "E2" },
      ],
    },
    {
      name: "2021: no cost anywhere",
      table: table(noCost),
      settings: { profile: "2021" },
      findings: [{ messageId: "cost", cell: "E2" }],
    },
    {
      name: "a publishing project's 满意度 example is its readers'",
      table: typed(without("满意度指标"), "文史资料出版费", "编辑出版文史资料两部。", "15"),
      findings: [{ messageId: "satisfaction", data: { example: "，例如「读者满意度 ≥90%」" } }],
    },
    {
      name: "2021: a reception project's cost example is the reception meal standard, not a meeting's",
      table: typed(noCost, "公务接待费", "全年接待上级检查调研。", "4.25"),
      settings: { profile: "2021" },
      findings: [
        {
          messageId: "cost",
          data: { example: "，例如「接待工作餐标准 ≤200元/人·餐」" },
          messageIncludes: "写明成本上限，例如「接待工作餐标准 ≤200元/人·餐」。",
        },
      ],
    },
    {
      name: "产出 and 效益 are said in words, without an example",
      table: typed(
        COMPLETE_2015.filter((s) => s.l1 === "满意度指标"),
        "公务接待费",
        "全年接待。",
        "4.25",
      ),
      findings: [
        { messageId: "output", data: { example: "" } },
        { messageId: "benefit", data: { example: "" } },
      ],
    },
  ],
});
