import rule from "../../../src/core/rules/goal-indicator-mismatch";
import { makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject, type FullSeedProject } from "./_support/arith-seed";

const cost = (name: string, value: string, unit = "元", op: IndicatorSpec["op"] = "<="): IndicatorSpec => ({
  l1: "产出指标",
  l2: "成本指标",
  name,
  op,
  value,
  unit,
});
const count = (name: string, value: string, unit = "次", op: IndicatorSpec["op"] = ">="): IndicatorSpec => ({
  name,
  op,
  value,
  unit,
});
const project = (goal: string, indicators: IndicatorSpec[], amount = "17.00") =>
  makeTable([makeProject({ name: "政协委员培训工作经费", goal, amount, indicators })]);
const seed = (no: number, change: Partial<FullSeedProject> = {}) =>
  makeTable([seedProject({ ...seedByNo(no), ...change })]);
const SEED5_GOAL = seedByNo(5).goal;

const MEETING_GOAL =
  "召开县政协专题协商会议1次，会期2天，参会委员及列席人员120人，围绕中心工作开展专题协商。";
const meeting = (amount: string, costs: IndicatorSpec[]) =>
  makeTable([makeProject({ name: "县政协专题协商会议经费", goal: MEETING_GOAL, amount, indicators: costs })]);

ruleTester(rule, {
  valid: [
    {
      name: "120人 × 综合定额 550元/人·天 × 2天 = the amount; the 伙食标准 beside it is part of the quota",
      table: meeting("13.20", [cost("综合定额", "550", "元/人·天"), cost("伙食标准", "130", "元/人·天")]),
    },
    { name: "seed project 7: 常委会议4次 and 召开常委会次数 ≥4次 agree", table: seed(7) },
    { name: "seed project 8: 30次以上 against ≥ targets", table: seed(8) },
    { name: "seed project 1: 届/次 in the goal are ordinals, not counts", table: seed(1) },
    { name: "seed project 9: 百年 is not a number", table: seed(9) },
    {
      name: "seed project 5 with an amount that covers 2期 × 20人 × 7110元",
      table: seed(5, { amount: "28.44" }),
    },
    {
      name: "two indicators fit the goal equally and one agrees with it",
      table: project("拟在省外举办两期委员培训班", [
        count("举办政协委员省外培训班次数", "2"),
        count("本县举办政协委员培训班次数", "3"),
      ]),
    },
    {
      name: "a per-quarter target is not the year's number",
      table: project("每季度开展一次常委会", [count("召开常委会次数", "4")]),
    },
    {
      name: "two equally likely indicators that split the goal's number between them",
      table: project("全年召开会议4次", [
        count("召开常委会议次数", "2", "次", "="),
        count("召开主席会议次数", "2", "次", "="),
      ]),
    },
    {
      name: "a bare-元 cost larger than every 人均 amount is not read per person",
      table: project(
        "举办两期培训班，每期20人",
        [cost("人均培训成本", "1000"), cost("场地租赁费", "8000")],
        "5",
      ),
    },
    { name: "a goal with no numbers", table: project("提高委员履职能力", [count("举办培训班次数", "2")]) },
    {
      name: "per-person costs but a headcount that is unclear (two totals)",
      table: project("培训委员40人、干部20人", [cost("人均培训成本", "4300")], "1"),
    },
  ],
  invalid: [
    {
      name: "seed project 5: 2期 × 20人 × 7110元 = 28.44万元 > 17.00万元",
      table: seed(5),
      findings: [
        {
          messageId: "impliedCost",
          cell: "D11",
          project: "政协委员培训工作经费",
          messageIncludes:
            "按绩效目标估算：2期 × 20人 × 7110元（人均培训成本 4300元 + 人均差旅成本 2600元 + 培训教材成本 210元）= 28.44万元，超过项目金额 17.00万元。",
        },
      ],
    },
    {
      name: "goal 两期 against 省外培训班次数 =3次",
      table: project(SEED5_GOAL, [count("举办政协委员省外培训班次数", "3", "次", "=")], "30"),
      findings: [
        {
          messageId: "contradiction",
          cell: "E2",
          line: 1,
          indicator: "举办政协委员省外培训班次数",
          data: { clause: "拟在省外举办两期委员培训班", goalValue: "两期", target: "=3次" },
        },
      ],
    },
    {
      name: "goal 4次 against a floor of 6",
      table: project("年内共召开政协常委会议4次", [count("召开常委会次数", "6")]),
      findings: [
        {
          messageId: "contradiction",
          indicator: "召开常委会次数",
          data: { goalValue: "4次", target: "≥6次" },
        },
      ],
    },
    {
      name: "two equally likely indicators whose sum still misses the goal",
      table: project("全年召开会议4次", [
        count("召开常委会议次数", "3", "次", "="),
        count("召开主席会议次数", "3", "次", "="),
      ]),
      findings: [
        {
          messageId: "contradiction",
          indicator: "召开常委会议次数",
          data: { goalValue: "4次", target: "=3次" },
        },
      ],
    },
    {
      name: "goal 7天 against a capped training length",
      table: project("培训7天", [count("培训天数", "5", "天", "<=")]),
      findings: [{ messageId: "contradiction", indicator: "培训天数", data: { target: "≤5天" } }],
    },
    {
      name: "综合定额 alone × the goal's people and days above the amount",
      table: meeting("10", [cost("综合定额", "550", "元/人·天")]),
      findings: [
        {
          messageId: "impliedCost",
          cell: "D2",
          messageIncludes: "120人 × 1100元（综合定额 550元/人·天 × 2天）= 13.20万元，超过项目金额 10.00万元",
        },
      ],
    },
    {
      name: "住宿 and 伙食 standards without a 综合定额 are added",
      table: meeting("10", [cost("住宿标准", "340", "元/人·天"), cost("伙食标准", "130", "元/人·天")]),
      findings: [
        {
          messageId: "impliedCost",
          cell: "D2",
          messageIncludes:
            "120人 × 940元（住宿标准 340元/人·天 × 2天 + 伙食标准 130元/人·天 × 2天）= 11.28万元",
        },
      ],
    },
    {
      name: "a single 人数 and a per-person-day price times the goal's days",
      table: project(
        "举办委员培训班一期，培训委员50人，培训5天",
        [cost("培训住宿费", "400", "元/人·天"), cost("人均资料费", "100")],
        "5",
      ),
      findings: [
        {
          messageId: "impliedCost",
          cell: "D2",
          messageIncludes:
            "50人 × 2100元（人均资料费 100元 + 培训住宿费 400元/人·天 × 5天）= 10.50万元，超过项目金额 5.00万元",
        },
      ],
    },
  ],
});
