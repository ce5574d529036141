import rule from "../../../src/core/rules/weight-total";
import { ruleTester } from "../../helpers/rule-tester";
import { columnGrid, type ColumnRow } from "./_support/column-grid";
import { weightedSets, type SetsRow } from "./_support/weighted-sets";

/** A clean set with weights in column J: 20 + 20 + 10 + 10 + 20 + 10 + 10 = 100. */
function weighted(weights: (string | number)[]): ColumnRow[] {
  const rows: ColumnRow[] = [
    ["产出指标", "数量指标", "召开会议次数", "=", "1", "次"],
    ["", "质量指标", "议程完成率", "≥", "95", "%"],
    ["", "时效指标", "按时召开率", "=", 100, "%"],
    ["", "成本指标", "会议费总额", "≤", "10", "万元"],
    ["效益指标", "社会效益指标", "会议精神传达覆盖率", "≥", "95", "%"],
    ["", "可持续影响指标", "会议管理制度健全性", "定性", "健全", ""],
    ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", "90", "%"],
  ];
  return rows.map((r, i) => [...r, weights[i]]);
}

const grid = (weights: (string | number)[]) => columnGrid(["权重"], weighted(weights));
const RATE: ColumnRow = ["产出指标", "时效指标", "预算执行率", "≥", "90", "%"];

/** Two sets (中期 C–F, 年度 G–J), each weighted: [中期权重, 年度权重] per indicator. */
function twoSets(w: [number, number][], labelled = true) {
  const names: [string, string, string, string][] = [
    ["产出指标", "数量指标", "作业次数", "≥45次"],
    ["", "质量指标", "作业安全率", "100%"],
    ["效益指标", "社会效益指标", "减轻旱情", "有效缓解"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const rows: SetsRow[] = names.map(([l1, l2, n, v], i) => [l1, l2, n, v, w[i][0], v, w[i][1]]);
  return weightedSets(rows, { labelled });
}

ruleTester(rule, {
  valid: [
    { name: "weights total 100", ...grid([20, 20, 10, 10, 20, 10, 10]) },
    { name: "weights written as text with 分", ...grid(["20分", "20", "10", "10", "20", "10", "10"]) },
    { name: "90 with 预算执行率 scored outside", ...grid([20, 10, 10, 10, 20, 10, 10]) },
    {
      name: "decimal weights total 100 exactly",
      ...grid([20.5, 19.5, 10, 10, 20, 10, 10]),
    },
    { name: "a missing weight: the total is unknown", ...grid([20, 20, 10, "", 20, 10, 10]) },
    { name: "a weight that is not a number", ...grid([20, 20, 10, "较高", 20, 10, 10]) },
    {
      name: "no weight column",
      ...columnGrid(["备注"], weighted(["", "", "", "", "", "", ""])),
    },
    {
      name: "no grid to read the column from",
      table: grid([1, 1, 1, 1, 1, 1, 1]).table,
    },
    {
      name: "预算执行率 listed, total 100",
      ...columnGrid(["权重"], [...weighted([20, 10, 10, 10, 20, 10, 10]), [...RATE, 10]]),
    },
    {
      name: "中期 and 年度 sets each total 100",
      ...twoSets([
        [40, 30],
        [20, 30],
        [30, 30],
        [10, 10],
      ]),
    },
    {
      name: "中期 and 年度 sets each total 90 (预算执行率 scored outside)",
      ...twoSets([
        [30, 30],
        [20, 20],
        [30, 30],
        [10, 10],
      ]),
    },
  ],
  invalid: [
    {
      name: "weights total 95",
      ...grid([20, 20, 10, 10, 15, 10, 10]),
      findings: [{ messageId: "total", cell: "J2", project: "会议经费", data: { sum: "95" } }],
    },
    {
      name: "weights total 110",
      ...grid([30, 20, 10, 10, 20, 10, 10]),
      findings: [{ messageId: "total", data: { sum: "110" } }],
    },
    {
      name: "预算执行率 listed, total 90 is short",
      ...columnGrid(["权重"], [...weighted([20, 10, 10, 10, 20, 10, 0]), [...RATE, 10]]),
      findings: [{ messageId: "total", data: { sum: "90", expected: "100" } }],
    },
    {
      name: "the 中期 set is off, the 年度 set adds up: the finding names 中期",
      ...twoSets([
        [40, 30],
        [20, 30],
        [30, 30],
        [5, 10],
      ]),
      findings: [
        {
          messageId: "total",
          cell: "F6",
          data: { set: "（中期指标）", sum: "95" },
          messageIncludes: "「人工增雨飞机作业」各三级指标（中期指标）的权重合计为 95",
        },
      ],
    },
    {
      name: "the 年度 set is off: the finding names 年度",
      ...twoSets([
        [40, 30],
        [20, 30],
        [30, 30],
        [10, 5],
      ]),
      findings: [{ messageId: "total", cell: "J6", data: { set: "（年度指标）", sum: "95" } }],
    },
    {
      name: "both sets off, no label says which is which: named by column",
      ...twoSets(
        [
          [40, 30],
          [20, 30],
          [30, 30],
          [5, 5],
        ],
        false,
      ),
      findings: [
        { messageId: "total", cell: "F5", data: { set: "（E列一组指标）", sum: "95" } },
        { messageId: "total", cell: "J5", data: { set: "（I列一组指标）", sum: "95" } },
      ],
    },
  ],
});
