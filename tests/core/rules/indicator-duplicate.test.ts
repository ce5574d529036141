import rule from "../../../src/core/rules/indicator-duplicate";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const ind = (
  l2: string,
  name: string,
  value: string,
  unit: string | null = "%",
  op: IndicatorSpec["op"] = null,
): IndicatorSpec => ({
  l1:
    l2 === "成本指标" || l2 === "数量指标" || l2 === "质量指标" || l2 === "时效指标"
      ? "产出指标"
      : "效益指标",
  l2,
  name,
  op,
  value,
  unit,
});
const project = (...indicators: IndicatorSpec[]) =>
  makeTable([makeProject({ name: "文史资料出版费", indicators })]);

/** One indicator per row in column G (rows 5 and 10), as in a declaration-layout table. */
function longLayout(...indicators: IndicatorSpec[]) {
  const p = makeProject({ name: "政协全会经费", indicators });
  p.indicators.forEach((ind, i) => {
    ind.source = { sheet: "Sheet1", row: 4 + 5 * i, col: 6 };
  });
  return makeTable([p]);
}

ruleTester(rule, {
  valid: [
    { name: "a complete project", table: project(...COMPLETE_2015) },
    {
      name: "one name, two measures: the rate of meeting a standard and the standard itself",
      table: project(
        ind("质量指标", "资助标准", "100", "%", ">="),
        ind("成本指标", "资助标准", "3000", "元"),
      ),
    },
    { name: "seed project 2: similar but different names", table: makeTable([seedProject(seedByNo(2))]) },
    {
      name: "the same name in two different projects",
      table: makeTable([
        makeProject({
          name: "电信安全专线业务服务费",
          indicators: [ind("时效指标", "工作完成及时率", "98")],
          row: 1,
        }),
        makeProject({
          name: "退休人员公用经费",
          indicators: [ind("时效指标", "工作完成及时率", "98")],
          row: 2,
        }),
      ]),
    },
    {
      name: "equal cost amounts with unrelated names (合稿定稿 / 组稿、修改、审稿)",
      table: project(
        ind("成本指标", "合稿定稿成本", "3.6", "万元", "<="),
        ind("成本指标", "组稿、修改、审稿费", "3.6", "万元"),
      ),
    },
    {
      name: "related cost names with different amounts",
      table: project(
        ind("成本指标", "文稿打印、扫描成本", "1", "万元", "<="),
        ind("成本指标", "打印、扫描费", "2", "万元"),
      ),
    },
    {
      name: "a two-character core is too short to call two costs the same (资料印刷费 / 印刷费)",
      table: project(ind("成本指标", "资料印刷费", "10000", "元"), ind("成本指标", "印刷费", "1", "万元")),
    },
    {
      name: "rates whose names contain one another are not merged",
      table: project(ind("时效指标", "会议接待及时率", "100"), ind("时效指标", "接待及时率", "100")),
    },
  ],
  invalid: [
    {
      name: "seed project 4: the same 完成率 under 质量 and 时效",
      table: makeTable([seedProject(seedByNo(4))]),
      findings: [
        {
          messageId: "same",
          cell: "E10",
          line: 6,
          indicator: "业务培训任务完成率",
          data: { heading: "质量指标", where: "本单元格第 4 行" },
        },
        {
          messageId: "same",
          line: 7,
          indicator: "调研、视察任务完成率",
          data: { where: "本单元格第 5 行" },
        },
      ],
    },
    {
      name: "seed project 9: 打印、扫描 twice with the same 1万元",
      table: makeTable([seedProject(seedByNo(9))]),
      findings: [
        {
          messageId: "sameCost",
          line: 13,
          indicator: "打印、扫描费",
          data: {
            value: "1万元",
            firstName: "文稿打印、扫描成本",
            firstValue: "1万元",
            where: "本单元格第 11 行",
          },
        },
      ],
    },
    {
      name: "names that differ only in punctuation, spaces and width",
      table: project(
        ind("质量指标", "调研、视察任务完成率", "98"),
        ind("质量指标", "调研,视察 任务完成率", "98"),
      ),
      findings: [
        {
          messageId: "same",
          line: 2,
          indicator: "调研,视察 任务完成率",
          data: { heading: "质量指标" },
        },
      ],
    },
    {
      name: "a near-same cost in 元 and 万元",
      table: project(
        ind("成本指标", "文稿打印扫描费", "10000", "元"),
        ind("成本指标", "打印、扫描成本", "1", "万元"),
      ),
      findings: [
        {
          messageId: "sameCost",
          line: 2,
          data: {
            name: "打印、扫描成本",
            value: "1万元",
            firstName: "文稿打印扫描费",
            firstValue: "10000元",
          },
        },
      ],
    },
    {
      name: "a duplicate in another row (long layout) names the cell",
      table: longLayout(ind("质量指标", "会议议程完成率", "100"), ind("时效指标", "会议议程完成率", "100")),
      findings: [{ messageId: "same", cell: "G10", data: { where: "单元格 G5" } }],
    },
  ],
});
