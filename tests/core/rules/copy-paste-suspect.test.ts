import type { Table } from "../../../src/core/model";
import { runRules } from "../../../src/core/engine/run-rules";
import rule from "../../../src/core/rules/copy-paste-suspect";
import { projectSubjects } from "../../../src/core/rules/util/copy-subjects";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { FULL_SEED, seedByNo, seedProject } from "./_support/arith-seed";

const cost = (name: string, value: string, unit = "万元"): IndicatorSpec => ({
  l1: "产出指标",
  l2: "成本指标",
  name,
  op: "<=",
  value,
  unit,
});
const qty = (name: string, value: string, unit = "次"): IndicatorSpec => ({ name, op: ">=", value, unit });
const seedTable = (...nos: number[]) => makeTable(nos.map((n) => seedProject(seedByNo(n))));
const two = (
  a: { name: string; goal?: string; indicators: IndicatorSpec[] },
  b: { name: string; goal?: string; indicators: IndicatorSpec[] },
) => makeTable([makeProject({ ...a, row: 1 }), makeProject({ ...b, row: 2 })]);

ruleTester(rule, {
  valid: [
    {
      name: "the seed without project 7",
      table: seedTable(...FULL_SEED.map((p) => p.no).filter((n) => n !== 7)),
    },
    { name: "project 7 alone: nothing to copy from", table: seedTable(7) },
    {
      name: "shared generic words (政协, 委员, 工作, 会议, 培训) are not subjects",
      table: two(
        { name: "政协委员培训工作经费", indicators: [qty("举办政协委员培训班次数", "2")] },
        {
          name: "政协委员活动工作经费",
          indicators: [qty("开展委员培训及时率", "98", "%"), qty("委员会议次数", "4")],
        },
      ),
    },
    {
      name: "a subject the project's own goal mentions",
      table: two(
        { name: "专委会工作经费", indicators: [cost("专委会工作成本", "4.25")] },
        {
          name: "政协常委会工作经费",
          goal: "召开常委会，听取各专委会工作汇报。",
          indicators: [cost("专委会汇报会议费", "1")],
        },
      ),
    },
    {
      name: "a subject shared by two project names is not distinctive",
      table: makeTable([
        makeProject({ name: "专委会工作经费", indicators: [cost("专委会工作成本", "4")], row: 1 }),
        makeProject({ name: "专委会调研经费", indicators: [cost("专委会调研成本", "2")], row: 2 }),
        makeProject({ name: "政协常委会工作经费", indicators: [cost("专委会工作成本", "3.4")], row: 3 }),
      ]),
    },
    {
      name: "identical blocks of fewer than three indicators",
      table: two(
        {
          name: "电信安全专线业务服务费",
          indicators: [qty("政策知晓率", "98", "%"), qty("工作完成及时率", "98", "%")],
        },
        {
          name: "退休人员公用经费",
          indicators: [qty("政策知晓率", "98", "%"), qty("工作完成及时率", "98", "%")],
        },
      ),
    },
  ],
  invalid: [
    {
      name: "seed: 专委会工作成本 in the 常委会 project (7)",
      table: seedTable(...FULL_SEED.map((p) => p.no)),
      findings: [
        {
          messageId: "otherSubject",
          cell: "E13",
          line: 8,
          project: "政协常委会工作经费",
          indicator: "专委会工作成本",
          data: { subject: "专委会", other: "专委会工作经费" },
        },
        {
          messageId: "otherSubject",
          line: 9,
          indicator: "专委会工作成本增长率",
          data: { subject: "专委会" },
        },
      ],
    },
    {
      name: "公务接待 named in a meeting project",
      table: two(
        { name: "公务接待费", indicators: [qty("接待省州次数", "25")] },
        { name: "政协全会经费", indicators: [cost("公务接待成本", "2")] },
      ),
      findings: [
        {
          messageId: "otherSubject",
          project: "政协全会经费",
          indicator: "公务接待成本",
          data: { other: "公务接待费" },
        },
      ],
    },
    {
      name: "a whole indicator block equal to another project's",
      table: two(
        { name: "政协全会经费", indicators: COMPLETE_2015 },
        { name: "政协常委会工作经费", indicators: COMPLETE_2015 },
      ),
      findings: [
        {
          messageId: "sameBlock",
          cell: "E3",
          project: "政协常委会工作经费",
          data: { count: 7, other: "政协全会经费", cell: "E2" },
        },
      ],
    },
    {
      name: "a copied block whose first line differs only in punctuation",
      table: two(
        {
          name: "政协全会经费",
          indicators: [{ ...COMPLETE_2015[0], name: "召开会议、次数" }, ...COMPLETE_2015.slice(1)],
        },
        { name: "政协常委会工作经费", indicators: COMPLETE_2015 },
      ),
      findings: [
        {
          messageId: "sameBlock",
          cell: "E3",
          project: "政协常委会工作经费",
          data: { other: "政协全会经费", cell: "E2" },
        },
      ],
    },
  ],
});

describe("copy-paste-suspect across sheets", () => {
  it("finds the other project's subject in another table of the workbook", () => {
    const first = makeTable([
      makeProject({ name: "专委会工作经费", indicators: [cost("专委会工作成本", "4.25")] }),
    ]);
    const second: Table = {
      ...makeTable([
        makeProject({ name: "政协常委会工作经费", indicators: [cost("专委会工作成本", "3.4")] }),
      ]),
      sheet: "常委会",
    };
    const found = runRules([first, second], DEFAULT_SETTINGS, [rule]);
    expect(found.map((f) => `${f.project} ${f.indicator}`)).toEqual(["政协常委会工作经费 专委会工作成本"]);
  });
});

describe("projectSubjects", () => {
  it("keeps the distinctive part of seed project names", () => {
    expect(projectSubjects("专委会工作经费")).toEqual(["专委会"]);
    expect(projectSubjects("政协常委会工作经费")).toEqual(["常委会"]);
    expect(projectSubjects("政协委员 民主监督工 作经费")).toEqual(["民主监督"]);
    expect(projectSubjects("公务接待费")).toEqual(["公务接待"]);
    expect(projectSubjects("退休人员公用经费(含慰问金)")).toEqual(["退休人员公用"]);
    expect(projectSubjects("第三方代理")).toEqual(["第三方代理"]);
  });

  it("drops short activity words and session numbers", () => {
    expect(projectSubjects("政协十七届四次会议工作经费")).toEqual([]);
    expect(projectSubjects("政协委员培训工作经费")).toEqual([]);
  });
});
