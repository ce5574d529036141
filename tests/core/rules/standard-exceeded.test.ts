import rule from "../../../src/core/rules/standard-exceeded";
import { DEFAULT_STANDARDS } from "../../../src/core/settings";
import { makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const cost = (
  name: string,
  value: string,
  unit = "元/人·天",
  op: IndicatorSpec["op"] = "<=",
): IndicatorSpec => ({
  l1: "产出指标",
  l2: "成本指标",
  name,
  op,
  value,
  unit,
});
const project = (name: string, indicators: IndicatorSpec[], goal?: string) =>
  makeTable([makeProject({ name, indicators, goal })]);
const qinghai = { standards: { ...DEFAULT_STANDARDS, travelMeal: 120 } };

ruleTester(rule, {
  valid: [
    // 住宿 140 ≤ 500 and 伙食 150 ≤ 150 (class not stated → 一类)
    {
      name: "seed project 1: lodging and meals within the 一类 meeting caps",
      table: makeTable([seedProject(seedByNo(1))]),
    },
    // 接待标准 is per person-day but not a working meal: no reception standard applies
    {
      name: "seed project 8: 接待标准 150元/人/天 is not a working-meal price",
      table: makeTable([seedProject(seedByNo(8))]),
    },
    // 农牧民误工补贴 ≥120元/天 is per day, not per person-day
    { name: "seed project 7: a per-day allowance", table: makeTable([seedProject(seedByNo(7))]) },
    {
      name: "a 760 综合定额 in an unclassed meeting",
      table: project("政协全会经费", [cost("会议费综合定额", "760")]),
    },
    {
      name: "training at 650 in a 二类 training",
      table: project("干部培训经费", [cost("培训费综合定额", "650")], "举办二类培训班两期"),
    },
    {
      name: "a travel meal allowance within the provincial 120",
      table: project("委员视察经费", [cost("伙食补助", "120")]),
      settings: qinghai,
    },
    {
      name: "a working meal within the cap",
      table: project("公务接待费", [cost("工作餐标准", "120", "元/人·餐")]),
    },
    {
      name: "a per-person-day cost in a project of no known kind",
      table: project("信息化运维", [cost("驻场服务费", "900")]),
    },
  ],
  invalid: [
    {
      name: "meals above the 三类 meeting cap",
      table: project(
        "政协常委会工作经费",
        [cost("参会人员伙食标准", "150", "元/天·人", null)],
        "召开三类会议4次",
      ),
      findings: [
        {
          messageId: "exceeded",
          indicator: "参会人员伙食标准",
          messageIncludes: "「参会人员伙食标准」为 150元/天·人，超过会议伙食费标准 130元/人·天（三类会议）",
        },
      ],
    },
    {
      name: "a 综合定额 above even the highest (一类) meeting quota",
      table: project("政协十七届四次会议工作经费", [cost("会议费综合定额", "800")]),
      findings: [
        {
          messageId: "exceeded",
          messageIncludes: "超过会议费综合定额 760元/人·天（未注明会议类别，按一类会议计）",
        },
      ],
    },
    {
      name: "lodging above the 二类 cap, class stated in the name",
      table: project("会议经费", [cost("二类会议住宿标准", "450", "元/人/天")]),
      findings: [{ messageId: "exceeded", messageIncludes: "超过会议住宿费标准 400元/人·天（二类会议）" }],
    },
    {
      name: "training above the 三类 quota",
      table: project("政协委员培训工作经费", [cost("人均培训费", "600")], "举办三类培训班"),
      findings: [
        {
          messageId: "exceeded",
          messageIncludes: "「人均培训费」为 600元/人·天，超过培训费综合定额 550元/人·天（三类培训）",
        },
      ],
    },
    {
      name: "a travel meal allowance above the national 100",
      table: project("委员视察经费", [cost("视察伙食补助", "120")]),
      findings: [{ messageId: "exceeded", messageIncludes: "超过差旅伙食补助标准 100元/人·天" }],
    },
    {
      name: "a working meal above the reception cap",
      table: project("公务接待费", [cost("接待工作餐标准", "260", "元/人")]),
      findings: [
        {
          messageId: "exceeded",
          messageIncludes: "「接待工作餐标准」为 260元/人，超过公务接待工作餐标准 200元/人",
        },
      ],
    },
    {
      name: "a province's own lower quota from the settings",
      table: project("会议经费", [cost("会议费综合定额", "700")]),
      settings: {
        standards: {
          ...DEFAULT_STANDARDS,
          meeting: {
            ...DEFAULT_STANDARDS.meeting,
            一类: { lodging: 450, meals: 140, other: 90, total: 680 },
          },
        },
      },
      findings: [{ messageId: "exceeded", messageIncludes: "超过会议费综合定额 680元/人·天" }],
    },
  ],
});
