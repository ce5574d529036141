import rule from "../../../src/core/rules/cost-over-budget";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const cost = (name: string, op: IndicatorSpec["op"], value: string, unit: string): IndicatorSpec => ({
  l1: "产出指标",
  l2: "成本指标",
  name,
  op,
  value,
  unit,
});
const qty = (name: string, value: string, unit: string, op: IndicatorSpec["op"] = ">="): IndicatorSpec => ({
  name,
  op,
  value,
  unit,
});
const project = (amount: string | null, indicators: IndicatorSpec[], name = "文史资料出版费") =>
  makeTable([makeProject({ name, amount, indicators })]);

const seed9 = seedByNo(9);

/** Seed project 9 as the parser may also read it: "≤150/本" with no unit split off, only the raw line. */
function seed9UnsplitUnit() {
  const p = seedProject(seed9);
  const ind = p.indicators.find((i) => i.name.endsWith("印刷出版成本"))!;
  ind.unit = null;
  ind.malformed = "单位缺少金额（应为元/本）";
  ind.raw = "6. 《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本 ≤150/本。";
  return makeTable([p]);
}

/** The clean meeting of examples/single-project-form.xlsx: 550元/人·天 × 120人 × 2天 = 13.20万元. */
const meeting = (amount: string, costs: IndicatorSpec[]) =>
  project(
    amount,
    [qty("参会人数", "120", "人"), qty("会期", "2", "天", "<="), ...costs],
    "县政协专题协商会议经费",
  );

/** "经费控制在10万元以内" as the parser reads it: name 经费, ≤ 10 万元, the words kept only in the raw line. */
function controlledWithin(amount: string, name: string, value: string, unit: string) {
  const t = project(amount, [cost(name, "<=", value, unit)], "民主监督工作经费");
  t.projects[0].indicators[0].raw = `1. ${name}控制在${value}${unit}以内`;
  return t;
}

ruleTester(rule, {
  valid: [
    {
      name: "综合定额 × 人 × 天 equal to the amount, with the 伙食标准 it already covers",
      table: meeting("13.20", [
        cost("会议费总额", "<=", "13.2", "万元"),
        cost("综合定额", "<=", "550", "元/人·天"),
        cost("伙食标准", "<=", "130", "元/人·天"),
      ]),
    },
    {
      name: "a 住宿费 lump sum beside a multiplied 综合定额 is part of it",
      table: meeting("13.20", [
        cost("会议费综合定额", "<=", "550", "元/人·天"),
        cost("会议住宿费", "<=", "8", "万元"),
      ]),
    },
    { name: "经费控制在…以内 within the amount", table: controlledWithin("12", "经费", "10", "万元") },
    { name: "a complete project whose 会议费总额 equals the amount", table: project("10", COMPLETE_2015) },
    // 住宿/伙食 per person-day: two people counts (162名 委员, 58名 列席) and neither names 住宿/伙食 → no guess
    {
      name: "seed project 1: per-person-day standards with two candidate headcounts",
      table: makeTable([seedProject(seedByNo(1))]),
    },
    // 人均培训成本 ≤4300元 has no count here; 培训教材成本 210元 beside it is per person too
    {
      name: "seed project 5: per-person costs without a count are not multiplied",
      table: makeTable([seedProject(seedByNo(5))]),
    },
    {
      name: "seed project 9 with an amount of 16.60 万元",
      table: makeTable([seedProject({ ...seed9, amount: "16.60" })]),
    },
    {
      name: "a unit price with two quantities in its unit, neither naming what it pays for",
      table: project("10", [
        qty("编辑出版《实录》数量", "800", "本"),
        qty("采购参考书", "500", "本"),
        cost("装订成本", "<=", "150", "元/本"),
      ]),
    },
    {
      name: "costs within the amount, 元 converted to 万元",
      table: project("5", [cost("资料费", "<=", "20000", "元"), cost("印刷费", "<=", "3", "万元")]),
    },
    {
      name: "the whole cost written without 总 beside its breakdown is not added to its parts",
      table: project("10", [
        cost("会议费", "<=", "10", "万元"),
        cost("住宿费", "<=", "6", "万元"),
        cost("伙食费", "<=", "4", "万元"),
      ]),
    },
    {
      name: "no amount: amount-missing reports it",
      table: project(null, [cost("会议费总额", "<=", "20", "万元")]),
    },
    {
      name: "a growth rate of cost is not an amount",
      table: project("1", [cost("民主监督工作成本增长率", "<=", "0", "%")]),
    },
  ],
  invalid: [
    {
      name: "seed project 9: 150元/本 × 800本 + 1万元 + 3.6万元 = 16.60万元 > 15.00万元",
      table: makeTable([seedProject(seed9)]),
      findings: [
        {
          messageId: "sumOver",
          cell: "C15",
          project: "文史资料出版费",
          messageIncludes:
            "成本指标合计：150元/本 × 800本 + 1万元 + 3.6万元 = 16.60万元，超过项目金额 15.00万元。",
        },
      ],
    },
    {
      name: "seed project 9 says which equal amounts were counted once and which 元 item was left out",
      table: makeTable([seedProject(seed9)]),
      findings: [
        {
          messageId: "sumOver",
          cell: "C15",
          messageIncludes:
            "其中金额相同的「文稿打印、扫描成本」与「打印、扫描费」、「合稿定稿成本」与「组稿、修改、审稿费」各按一项计。「征编成本」（500元）可能是单价，未计入。请核减成本指标或调整金额。",
        },
      ],
    },
    {
      name: "seed project 9 with 150/本 left unsplit in the raw line",
      table: seed9UnsplitUnit(),
      findings: [
        {
          messageId: "sumOver",
          cell: "C15",
          messageIncludes: "150元/本 × 800本 + 1万元 + 3.6万元 = 16.60万元",
        },
      ],
    },
    {
      name: "a total-cost indicator above the amount",
      table: project("10.85", [cost("会议筹办总成本", "<=", "12", "万元")], "政协十七届四次会议工作经费"),
      findings: [
        {
          messageId: "totalOver",
          cell: "E2",
          line: 1,
          indicator: "会议筹办总成本",
          messageIncludes: "总成本指标「会议筹办总成本」为 12万元，超过项目金额 10.85万元（多出 1.15万元）",
        },
      ],
    },
    {
      name: "元/人·天 × 人 × 天 when the headcount names what the standard pays for",
      table: project(
        "10",
        [
          qty("住宿人数", "100", "人", "="),
          qty("参会人数", "160", "人"),
          qty("会期", "3", "天", "<="),
          cost("住宿标准", "<=", "400", "元/人·天"),
        ],
        "政协全会经费",
      ),
      findings: [
        {
          messageId: "sumOver",
          cell: "C2",
          messageIncludes: "400元/人·天 × 100人 × 3天 = 12.00万元，超过项目金额 10.00万元",
        },
      ],
    },
    {
      name: "a unit price in 万元 converted to 元",
      table: project("3", [qty("印数", "1000", "册"), cost("单册印制成本", "<=", "0.005", "万元/本")]),
      findings: [
        { messageId: "sumOver", messageIncludes: "50元/本 × 1000册 = 5.00万元，超过项目金额 3.00万元" },
      ],
    },
    {
      name: "lump sums in 元 and 万元 added exactly",
      table: project("10", [
        cost("资料费", "<=", "50000", "元"),
        cost("印刷费", "<=", "6", "万元"),
        cost("审稿费", "=", "0.01", "万元"),
      ]),
      findings: [
        {
          messageId: "sumOver",
          messageIncludes: "50000元 + 6万元 + 0.01万元 = 11.01万元，超过项目金额 10.00万元",
        },
      ],
    },
    {
      name: "a breakdown above the amount beside the whole cost",
      table: project("10", [
        cost("会议费", "<=", "10", "万元"),
        cost("住宿费", "<=", "7", "万元"),
        cost("伙食费", "<=", "4", "万元"),
      ]),
      findings: [
        {
          messageId: "sumOver",
          cell: "C2",
          messageIncludes:
            "7万元 + 4万元 = 11.00万元，超过项目金额 10.00万元。「会议费」（10万元）与项目金额相同，视为总额，未计入。",
        },
      ],
    },
    {
      name: "综合定额 alone × 人 × 天 above the amount",
      table: meeting("10", [cost("综合定额", "<=", "550", "元/人·天")]),
      findings: [
        {
          messageId: "sumOver",
          cell: "C2",
          messageIncludes: "550元/人·天 × 120人 × 2天 = 13.20万元，超过项目金额 10.00万元",
        },
      ],
    },
    {
      name: "综合定额 above the amount says the 伙食标准 inside it was not added again",
      table: meeting("10", [
        cost("综合定额", "<=", "550", "元/人·天"),
        cost("伙食标准", "<=", "130", "元/人·天"),
      ]),
      findings: [
        {
          messageId: "sumOver",
          cell: "C2",
          messageIncludes:
            "550元/人·天 × 120人 × 2天 = 13.20万元，超过项目金额 10.00万元。「伙食标准」（130元/人·天）已含在综合定额内，未重复计入。",
        },
      ],
    },
    {
      name: "without a 综合定额, 住宿 and 伙食 standards are added",
      table: meeting("10", [
        cost("住宿标准", "<=", "340", "元/人·天"),
        cost("伙食标准", "<=", "130", "元/人·天"),
      ]),
      findings: [
        {
          messageId: "sumOver",
          cell: "C2",
          messageIncludes: "340元/人·天 × 120人 × 2天 + 130元/人·天 × 120人 × 2天 = 11.28万元",
        },
      ],
    },
    {
      name: "经费控制在…以内 is a total-cost indicator (the parser keeps 控制在 only in the raw line)",
      table: controlledWithin("8", "经费", "10", "万元"),
      findings: [
        {
          messageId: "totalOver",
          indicator: "经费",
          messageIncludes: "总成本指标「经费」为 10万元，超过项目金额 8.00万元",
        },
      ],
    },
    {
      name: "both a total above the amount and components above it",
      table: project("2", [cost("经费总额", "<=", "3", "万元"), cost("印刷费", "=", "2.5", "万元")]),
      findings: [
        { messageId: "sumOver", cell: "C2", messageIncludes: "2.5万元 = 2.50万元，超过项目金额 2.00万元" },
        { messageId: "totalOver", cell: "E2", indicator: "经费总额", messageIncludes: "多出 1.00万元" },
      ],
    },
  ],
});
