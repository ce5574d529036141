import rule from "../../../src/core/rules/cost-total-mismatch";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const cost = (name: string, value: string, unit = "万元", op: IndicatorSpec["op"] = "<="): IndicatorSpec => ({
  l1: "产出指标",
  l2: "成本指标",
  name,
  op,
  value,
  unit,
});
const project = (amount: string | null, indicators: IndicatorSpec[]) =>
  makeTable([makeProject({ name: "政协十七届四次会议工作经费", amount, indicators })]);

/** As the parser reads "经费控制在6万元以内": name 经费, ≤ 6 万元; 控制在/以内 are left only in the raw line. */
function controlledWithin(amount: string, name: string, value: string, unit: string) {
  const t = project(amount, [cost(name, value, unit)]);
  t.projects[0].indicators[0].raw = `${name}控制在${value}${unit}以内`;
  return t;
}

ruleTester(rule, {
  valid: [
    {
      name: "seed project 1: 会议筹办总成本 ≤10.85万元 equals the amount",
      table: makeTable([seedProject(seedByNo(1))]),
    },
    { name: "a complete project (会议费总额 10 = amount 10)", table: project("10", COMPLETE_2015) },
    {
      name: "a total in 元 equal to the amount in 万元",
      table: project("10.85", [cost("会议费总额", "108500", "元")]),
    },
    { name: "a gap of 0.005 万元 is rounding", table: project("10.855", [cost("会议筹办总成本", "10.85")]) },
    {
      name: "an ordinary cost item below the amount is not a total",
      table: project("10", [cost("印刷费", "3")]),
    },
    {
      name: "a total above the amount is cost-over-budget's error",
      table: project("10", [cost("经费总额", "12")]),
    },
    { name: "no amount", table: project(null, [cost("经费总额", "12")]) },
    {
      name: "a per-person cap written 控制在…以内 is not the project's total",
      table: controlledWithin("6.80", "人均经费", "500", "元"),
    },
  ],
  invalid: [
    {
      name: "会议筹办总成本 below the amount",
      table: project("10.85", [cost("会议筹办总成本", "10")]),
      findings: [
        {
          messageId: "totalBelow",
          cell: "E2",
          line: 1,
          indicator: "会议筹办总成本",
          messageIncludes: "总成本指标「会议筹办总成本」为 10万元，比项目金额 10.85万元少 0.85万元",
        },
      ],
    },
    {
      name: "a total in 元 converted before comparing",
      table: project("10.85", [cost("会议费总额", "80000", "元")]),
      findings: [
        {
          messageId: "totalBelow",
          indicator: "会议费总额",
          messageIncludes: "为 80000元，比项目金额 10.85万元少 2.85万元",
        },
      ],
    },
    {
      name: "控制在…内 is a total too",
      table: project("6.80", [cost("民主监督经费控制在预算内", "6")]),
      findings: [
        { messageId: "totalBelow", indicator: "民主监督经费控制在预算内", messageIncludes: "少 0.80万元" },
      ],
    },
    {
      name: "经费控制在…以内, read from the raw line",
      table: controlledWithin("6.80", "经费", "6", "万元"),
      findings: [
        {
          messageId: "totalBelow",
          indicator: "经费",
          messageIncludes: "总成本指标「经费」为 6万元，比项目金额 6.80万元少 0.80万元",
        },
      ],
    },
    {
      name: "each total below the amount is reported",
      table: project("20", [cost("会议费总额", "10"), cost("培训费总额", "5")]),
      findings: [
        { messageId: "totalBelow", line: 1, messageIncludes: "少 10.00万元" },
        { messageId: "totalBelow", line: 2, messageIncludes: "少 15.00万元" },
      ],
    },
  ],
});
