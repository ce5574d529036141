import rule from "../../../src/core/rules/indicator-misplaced";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const at = (
  l1: string,
  l2: string,
  name: string,
  value: string,
  unit: string | null = "%",
  op: IndicatorSpec["op"] = null,
): IndicatorSpec => ({
  l1,
  l2,
  name,
  op,
  value,
  unit,
});
const project = (...indicators: IndicatorSpec[]) =>
  makeTable([makeProject({ name: "专委会工作经费", indicators })]);

ruleTester(rule, {
  valid: [
    // 培训覆盖率 beside 培训及时率 under 时效: loose filing beside a real timeliness target
    {
      name: "seed project 5: 培训覆盖率 under 时效 beside 培训及时率 is not flagged",
      table: makeTable([seedProject(seedByNo(5))]),
    },
    { name: "a complete 2015 project", table: project(...COMPLETE_2015) },
    { name: "seed project 1: every indicator in its place", table: makeTable([seedProject(seedByNo(1))]) },
    {
      name: "money a subsidy project pays out, under 数量, is its output",
      table: project(at("产出指标", "数量指标", "资助金额", "160.77", "万元")),
    },
    {
      name: "a completion rate under 时效 is left alone: progress is often measured that way",
      table: project(at("产出指标", "时效指标", "任务完成率", "100", "%")),
    },
    {
      name: "2021 profile: cost items under 一级 成本指标 / 经济成本指标, satisfaction without a 二级",
      table: project(
        at("成本指标", "经济成本指标", "会议费总额", "10", "万元", "<="),
        at("成本指标", "社会成本指标", "预算成本控制率", "100", "%", "<="),
        at("成本指标", "", "人均培训成本", "550", "元/人·天", "<="),
        at("满意度指标", "", "参会人员满意度", "90", "%", ">="),
        at("效益指标", "社会效益指标", "会议精神传达覆盖率", "95"),
      ),
    },
    {
      name: "a cost-reduction rate is a legitimate economic benefit",
      table: project(at("效益指标", "经济效益指标", "生产成本降低率", "5")),
    },
    {
      name: "a count of regulations made is an output",
      table: project(at("产出指标", "数量指标", "制定管理制度", "3", "项", ">=")),
    },
    {
      name: "a 补贴人数 is a headcount, not a cost",
      table: project(at("产出指标", "数量指标", "补贴人数", "7", "名")),
    },
    {
      name: "a 完成率 under 时效 or 数量",
      table: project(
        at("产出指标", "时效指标", "政协讲堂完成率", "98"),
        at("产出指标", "数量指标", "任务完成率", "100"),
      ),
    },
    { name: "an indicator with no heading at all", table: project(at("", "", "主任业务培训及时率", "98")) },
    {
      name: "counts that measure quality stay under 质量: 验收, 投诉, 事故",
      table: project(
        at("产出指标", "质量指标", "一次验收通过项目", "3", "个", ">="),
        at("产出指标", "质量指标", "有效投诉", "0", "次", "<="),
        at("产出指标", "质量指标", "安全事故发生次数", "0", "次", "="),
      ),
    },
    {
      name: "a count under 数量 is in its place",
      table: project(at("产出指标", "数量指标", "仪器维修维护", "4", "次", ">=")),
    },
  ],
  invalid: [
    {
      name: "coverage and arrival rates as the only 时效 items: how far, not how soon (质量)",
      table: project(
        at("产出指标", "时效指标", "资助人数覆盖率", "100", "%"),
        at("产出指标", "时效指标", "补助资金到位率", "100", "%"),
      ),
      findings: [
        {
          messageId: "misplaced",
          indicator: "资助人数覆盖率",
          data: { kind: "质量类", heading: "时效指标", target: "质量指标" },
        },
      ],
    },
    {
      name: "a coverage rate in traditional characters, alone under 時效指標",
      table: project(at("產出指標", "時效指標", "資助人數覆蓋率", "100", "%")),
      findings: [{ messageId: "misplaced", data: { kind: "质量类", target: "质量指标" } }],
    },
    {
      name: "a plain count of work done under 质量 belongs under 数量",
      table: project(at("产出指标", "质量指标", "实验室仪器维修维护", "4", "次", ">=")),
      findings: [
        {
          messageId: "misplaced",
          indicator: "实验室仪器维修维护",
          data: { kind: "数量类", heading: "质量指标", target: "数量指标" },
        },
      ],
    },
    {
      name: "seed project 4: timeliness under 成本, costs under 社会效益, 满意度 under 可持续, 合理性 under 满意度",
      table: makeTable([seedProject(seedByNo(4))]),
      findings: [
        {
          messageId: "misplaced",
          line: 9,
          indicator: "主任业务培训及时率",
          data: { kind: "时效类", heading: "成本指标", target: "时效指标" },
        },
        { messageId: "misplaced", line: 10, indicator: "调研、视察及时率", data: { kind: "时效类" } },
        { messageId: "misplaced", line: 11, indicator: "政协讲堂及时率", data: { kind: "时效类" } },
        {
          messageId: "misplaced",
          line: 12,
          indicator: "专委会工作成本",
          data: { kind: "成本类", heading: "社会效益指标", target: "成本指标" },
        },
        { messageId: "misplaced", line: 13, indicator: "专委会工作成本增长率", data: { kind: "成本类" } },
        {
          messageId: "misplaced",
          line: 15,
          indicator: "培训委员满意度",
          data: { heading: "可持续影响指标", target: "满意度指标" },
        },
        {
          messageId: "misplaced",
          line: 16,
          indicator: "各专委会人员配置合理性",
          data: { kind: "可持续影响类", heading: "满意度指标" },
        },
      ],
    },
    {
      name: "seed project 13: 记账及时率 under 可持续影响",
      table: makeTable([seedProject(seedByNo(13))]),
      findings: [{ messageId: "misplaced", indicator: "记账及时率", data: { target: "时效指标" } }],
    },
    {
      name: "a money amount under 数量",
      table: project(at("产出指标", "数量指标", "印刷费", "2", "万元", "<=")),
      findings: [
        {
          messageId: "misplaced",
          indicator: "印刷费",
          data: { heading: "数量指标", target: "成本指标" },
        },
      ],
    },
    {
      name: "a 完成率 under 成本",
      table: project(at("产出指标", "成本指标", "业务培训任务完成率", "98")),
      findings: [
        {
          messageId: "misplaced",
          indicator: "业务培训任务完成率",
          data: { kind: "质量类", heading: "成本指标", target: "质量指标" },
        },
      ],
    },
    {
      name: "a 健全性 judged 健全 under 数量",
      table: project(at("产出指标", "数量指标", "会议管理制度健全性", "健全", null)),
      findings: [
        {
          messageId: "misplaced",
          indicator: "会议管理制度健全性",
          data: { target: "可持续影响指标" },
        },
      ],
    },
    {
      name: "a satisfaction filed under 社会效益",
      table: project(at("效益指标", "社会效益指标", "参训人员满意度", "95", "%", ">=")),
      findings: [{ messageId: "misplaced", indicator: "参训人员满意度", data: { target: "满意度指标" } }],
    },
  ],
});
