import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
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

/** Any grid read as one table by the real reader, with the grid. */
function read(rows: CellValue[][]) {
  const sheet = sheetFromValues("Sheet1", rows);
  const { tables } = detectTables(sheet);
  if (tables.length !== 1) throw new Error("not read as one table");
  return { table: tables[0], sheet };
}

/**
 * A township's export (several projects, 金额单位：元, 权重 and 指标方向性 columns after the unit): each
 * project's weights are added on their own. The second project's rows start on Excel row 7.
 */
function townExport(second: [number, number, number]) {
  const head = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标"];
  return read([
    ["部门预算项目绩效目标申报表"],
    ["金额单位：元"],
    [...head, "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
    [
      "某镇人民政府",
      "村干部报酬",
      300000,
      "按时发放村干部报酬",
      "产出指标",
      "数量指标",
      "发放人数",
      "≥",
      230,
      "人",
      30,
      "正向指标",
    ],
    ["", "", "", "", "产出指标", "时效指标", "按月发放", "=", 12, "次", 30, "正向指标"],
    ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 30, "正向指标"],
    [
      "",
      "办公经费",
      60000,
      "保障村社区运转",
      "产出指标",
      "数量指标",
      "行政村数量",
      "=",
      11,
      "个",
      second[0],
      "正向指标",
    ],
    ["", "", "", "", "效益指标", "社会效益指标", "保障运转", "≥", 95, "%", second[1], "正向指标"],
    ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", second[2], "正向指标"],
  ]);
}

/** A form whose grid is 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, no category columns; weights from Excel row 7. */
function weightedForm(w: [number, number, number, number]) {
  return read([
    ["编制单位：", "某镇", "", "", "单位：万元"],
    ["专项资金名称", "村干部补助"],
    ["业务主管部门", "某镇"],
    ["当年预算", 9.31],
    ["当年绩效目标", "按月足额发放村干部补助"],
    ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
    ["", "按月发放", w[0], "次", "=", 12],
    ["", "领取补助人数", w[1], "人", "≥", 100],
    ["", "促进经济发展", w[2], "", "定性", "有效促进"],
    ["", "村干部满意度", w[3], "%", "≥", 95],
  ]);
}

/** A scoring table: 分值 per indicator and a 总分 row that is not an indicator. */
function scoringTable(total: number) {
  return read([
    ["某县高中助学金项目绩效评价指标表"],
    ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"],
    ["产出", "数量指标", "享受资助人数", "达到预计值", 2100, 30, ""],
    ["", "质量指标", "资助对象覆盖率", "达到目标值", "100%", 30, ""],
    ["", "时效指标", "及时发放率", "达到目标值", "100%", 20, ""],
    ["满意度", "服务对象满意度指标", "资助对象满意度", "达到目标值", "95%", 10, ""],
    ["总分", "", "", "", "", total, ""],
  ]);
}

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
    { name: "a township export: each project's weights total 90", ...townExport([40, 40, 10]) },
    { name: "a form with 指标权重 and no category columns, total 90", ...weightedForm([20, 30, 30, 10]) },
    { name: "a scoring table: the 总分 row is not an indicator", ...scoringTable(90) },
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
    {
      name: "a township export: only the project that is off",
      ...townExport([40, 40, 0]),
      findings: [{ messageId: "total", cell: "K7", project: "办公经费", data: { sum: "80" } }],
    },
    {
      name: "a form with 指标权重 and no category columns, total 80",
      ...weightedForm([20, 30, 20, 10]),
      findings: [{ messageId: "total", cell: "C7", data: { sum: "80", set: "" } }],
    },
  ],
});
