import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
import rule from "../../../src/core/rules/fund-split-mismatch";
import { ruleTester } from "../../helpers/rule-tester";
import { merge } from "../detect/grid-helpers";
import { columnGrid } from "./_support/column-grid";
import { fundForm } from "./_support/fund-form";

/**
 * A published form (the 亳州 气象局 shape): 中期资金总额 | value | 年度资金总额 | value on one row, the
 * 其中 lines of both under them, then the goals and the indicator grid. Excel rows: 年度资金总额 on row 3,
 * 财政拨款 row 4, 其他资金 row 5; the 中期 values in column C, the 年度 ones in column E.
 */
function form(opts: {
  mid?: CellValue;
  annual: CellValue;
  midParts?: CellValue[];
  parts: CellValue[];
  unit?: string;
}) {
  const mp = opts.midParts ?? ["", ""];
  const rows: CellValue[][] = [
    ["项目名称", "人工增雨飞机作业", "", "", ""],
    ["主管部门", "某市气象局", "", "", ""],
    [`项目资金（${opts.unit ?? "万元"}）`, "中期资金总额", opts.mid ?? "", "年度资金总额", opts.annual],
    ["", "其中：财政拨款", mp[0], "其中：财政拨款", opts.parts[0]],
    ["", "其他资金", mp[1], "其他资金", opts.parts[1]],
    ["总体目标", "中期目标", "", "年度目标", ""],
    ["", "三年完成增雨作业", "", "完成年度增雨作业任务", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "作业次数", "≥15次"],
    ["", "", "质量指标", "作业安全率", "100%"],
    ["", "效益指标", "社会效益指标", "减轻旱情", "有效缓解"],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const merges = ["A3:A5", "A6:A7", "A8:A12", "B9:B10", "B11:B11"].map(merge);
  const sheet = sheetFromValues("Sheet1", rows, merges);
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "form") throw new Error("not read as one form");
  return { table: tables[0], sheet };
}

/**
 * A form whose period total is written 项目资金总额 beside the 年度资金申请总额 (B–C and D–F on Excel
 * row 2), each with its own 其中 lines below; the 年度 side has a 上年结转资金 line more.
 */
function projectTotalForm(
  total: CellValue,
  totalParts: CellValue,
  annual: CellValue,
  annualParts: CellValue,
) {
  const rows: CellValue[][] = [
    ["项目名称", "保鲜库建设", "", "", "", ""],
    ["资金情况（万元）", "项目资金总额：", total, "年度资金申请总额", annual, ""],
    ["", "其中：财政资金", totalParts, "其中：当年财政拨款", annualParts, ""],
    ["", "", "", "上年结转资金", "", ""],
    ["", "其他资金", "", "其他资金", "", ""],
    ["项目绩效目标", "项目总目标", "", "年度总体目标", "", ""],
    ["", "建成保鲜库一座及配套消防水池", "", "本年完成保鲜库主体和水池土建", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", ""],
    ["", "产出指标", "数量指标", "新建保鲜库数量", "1座", ""],
    ["", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", ""],
  ];
  const merges = ["A2:A5", "E2:F2", "E3:F3", "E4:F4", "E5:F5", "A6:A7", "B6:C6", "D6:F6", "B7:C7", "D7:F7"];
  const sheet = sheetFromValues("Sheet1", rows, merges.map(merge));
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "form") throw new Error("not read as one form");
  return { table: tables[0], sheet };
}

ruleTester(rule, {
  valid: [
    { name: "sources add up", ...form({ annual: 189.8, parts: [189.8, 0] }) },
    { name: "an empty 其他资金 is 0", ...form({ annual: 189.8, parts: [189.8, ""] }) },
    { name: "no sources filled in", ...form({ annual: 189.8, parts: ["", ""] }) },
    { name: "sources in 万 text", ...form({ annual: "189.8万", parts: ["150万", "39.8万"] }) },
    {
      name: "中期 above 年度, both split",
      ...form({ mid: 449.8, midParts: [449.8, 0], annual: 189.8, parts: [189.8, 0] }),
    },
    { name: "no grid: the form rows cannot be read", table: form({ annual: 189.8, parts: [100, 0] }).table },
    {
      name: "an amount cell with its sources that add up (bracketed sub-sources not added)",
      ...columnGrid([], [["产出指标", "数量指标", "作业次数", "≥", "15", "次"]], {
        amount:
          "总额10606.7522万元\n财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)\n二、自有资金:0万元\n三、其他:3683.3970万元",
      }),
    },
    {
      name: "an amount cell with one source line only",
      ...columnGrid([], [["产出指标", "数量指标", "作业次数", "≥", "15", "次"]], {
        amount: "50万元\n其中：财政拨款30万元",
      }),
    },
    {
      name: "小计 groups with a group column: the total is the sum of the 小计 lines",
      ...fundForm(100, [
        ["财政拨款", "小计", 80],
        ["财政拨款", "一般公共预算", 60],
        ["财政拨款", "政府性基金", 20],
        ["其他资金", "小计", 20],
        ["其他资金", "单位自有资金", 20],
      ]),
    },
    {
      name: "小计 groups in one column, each named (财政拨款小计)",
      ...fundForm(100, [
        ["其中：财政拨款小计", 80],
        ["一般公共预算", 60],
        ["政府性基金", 20],
        ["其他资金小计", 20],
        ["单位自筹", 20],
      ]),
    },
    {
      name: "a named 小计 followed by its lines and then a source of its own (其他资金, no 小计)",
      ...fundForm(100, [
        ["财政拨款小计", 80],
        ["一般公共预算", 60],
        ["政府性基金", 20],
        ["其他资金", 20],
      ]),
    },
    {
      name: "a bare 小计 closing its lines",
      ...fundForm(100, [
        ["一般公共预算", 60],
        ["政府性基金", 20],
        ["小计", 80],
        ["其他资金", 20],
      ]),
    },
    {
      name: "a group with one line and no 小计 counts as that line",
      ...fundForm(100, [
        ["财政拨款", "小计", 80],
        ["财政拨款", "一般公共预算", 80],
        ["其他资金", "其他资金", 20],
      ]),
    },
    {
      name: "nested 其中 lines under 财政拨款 are not added again",
      ...fundForm(100, [
        ["其中：财政拨款", 80],
        ["其中：一般公共预算", 60],
        ["政府性基金预算", 20],
        ["其他资金", 20],
      ]),
    },
    {
      name: "其中 lines under 其他资金 that its amount holds, the second one a source word of its own",
      ...fundForm(100, [
        ["财政拨款", 80],
        ["其他资金", 20],
        ["其中：单位自筹", 10],
        ["上年结转", 10],
      ]),
    },
    {
      name: "public-money parts under 财政拨款 without 其中",
      ...fundForm(100, [
        ["财政拨款", 80],
        ["中央补助资金", 50],
        ["本级财政", 30],
        ["其他资金", 20],
      ]),
    },
    {
      name: "numbered levels of government as the total's own lines",
      ...fundForm(153.5184, [
        ["其中：1.中央资金", ""],
        ["2.市级资金", 153.5184],
        ["3.区级资金", ""],
        ["4.其他资金", ""],
      ]),
    },
    {
      name: "rounding: 12.35 万元 over parts in 元 (123456 元)",
      ...fundForm("12.35万元", [
        ["其中：财政拨款", "100000元"],
        ["其他资金", "23456元"],
      ]),
    },
    {
      name: "rounding: a total in 元 over parts rounded to 万元",
      ...fundForm(
        123456,
        [
          ["其中：财政拨款", "10万元"],
          ["其他资金", "2.35万元"],
        ],
        { unit: "元" },
      ),
    },
    {
      name: "a block line the vocabulary does not know: not judged",
      ...fundForm(100, [
        ["其中：财政拨款", 80],
        ["某某专项", 50],
      ]),
    },
    {
      name: "an amount cell with a 财政拨款 line and its parts",
      ...columnGrid([], [["产出指标", "数量指标", "作业次数", "≥", "15", "次"]], {
        amount: "总额100万元\n财政拨款:80万元\n一般公共预算:60万元\n政府性基金:20万元\n其他资金:20万元",
      }),
    },
    {
      name: "项目资金总额 beside the 年度 amount, both split right",
      ...projectTotalForm(1500, 1500, 1500, 1500),
    },
  ],
  invalid: [
    {
      name: "财政拨款 + 其他资金 short of the total",
      ...form({ annual: 189.8, parts: [150, 30] }),
      findings: [{ messageId: "split", cell: "E3", data: { period: "年度", total: "189.8", sum: "180" } }],
    },
    {
      name: "exact decimals: 0.1 + 0.2 is 0.3",
      ...form({ annual: 0.3, parts: [0.1, 0.2001] }),
      findings: [{ messageId: "split", data: { sum: "0.3001" } }],
    },
    {
      name: "a single source above the total",
      ...form({ annual: 100, parts: [120, ""] }),
      findings: [{ messageId: "split", data: { sum: "120" } }],
    },
    {
      name: "中期 total below the 年度 total",
      ...form({ mid: 150, annual: 189.8, parts: [189.8, 0] }),
      findings: [{ messageId: "midBelow", cell: "C3", data: { mid: "150", annual: "189.8" } }],
    },
    {
      name: "中期 sources that do not add up",
      ...form({ mid: 449.8, midParts: [400, 40], annual: 189.8, parts: [189.8, 0] }),
      findings: [{ messageId: "split", cell: "C3", data: { period: "中期", sum: "440" } }],
    },
    {
      name: "a form in 元: converted to 万元",
      ...form({ annual: 1898000, parts: [1500000, 300000], unit: "元" }),
      findings: [{ messageId: "split", data: { total: "189.8", sum: "180" } }],
    },
    {
      name: "an amount cell whose source lines do not add up",
      ...columnGrid([], [["产出指标", "数量指标", "作业次数", "≥", "15", "次"]], {
        amount: "总额120万元\n其中：财政拨款100万元\n其他资金10万元",
      }),
      findings: [{ messageId: "split", cell: "B2", data: { total: "120", sum: "110" } }],
    },
    {
      name: "小计 lines that do not make the total",
      ...fundForm(110, [
        ["财政拨款", "小计", 80],
        ["财政拨款", "一般公共预算", 60],
        ["财政拨款", "政府性基金", 20],
        ["其他资金", "小计", 20],
        ["其他资金", "单位自有资金", 20],
      ]),
      findings: [
        {
          messageId: "split",
          cell: "D3",
          data: { total: "110", sum: "100", parts: "财政拨款小计 80（D4） + 其他资金小计 20（D7）" },
        },
      ],
    },
    {
      name: "a 小计 that is not the sum of its group's lines",
      ...fundForm(100, [
        ["财政拨款", "小计", 80],
        ["财政拨款", "一般公共预算", 60],
        ["财政拨款", "政府性基金", 30],
        ["其他资金", "小计", 20],
        ["其他资金", "单位自有资金", 20],
      ]),
      findings: [
        { messageId: "subtotal", cell: "D4", data: { group: "「财政拨款」", total: "80", sum: "90" } },
      ],
    },
    {
      name: "a named 小计 in one column short of its lines",
      ...fundForm(100, [
        ["财政拨款小计", 80],
        ["一般公共预算", 60],
        ["政府性基金", 10],
        ["其他资金小计", 20],
      ]),
      findings: [{ messageId: "subtotal", cell: "D4", data: { group: "「财政拨款」", sum: "70" } }],
    },
    {
      name: "nested parts do not rescue a wrong top level",
      ...fundForm(100, [
        ["其中：财政拨款", 70],
        ["其中：一般公共预算", 70],
        ["其他资金", 20],
      ]),
      findings: [{ messageId: "split", data: { total: "100", sum: "90" } }],
    },
    {
      name: "levels of government as siblings (中央补助 + 地方资金)",
      ...fundForm(397, [
        ["其中：中央补助（万元）", 300],
        ["地方资金（万元）", 90],
      ]),
      findings: [{ messageId: "split", data: { total: "397", sum: "390" } }],
    },
    {
      name: "rounding: 12.34 万元 is not what 123456 元 rounds to, and the message says what was allowed",
      ...fundForm("12.34万元", [
        ["其中：财政拨款", "100000元"],
        ["其他资金", "23456元"],
      ]),
      findings: [
        {
          messageId: "split",
          data: {
            total: "12.34",
            sum: "12.3456",
            rounding: "（元与万元换算已按所写小数位允许 0.005 万元以内的四舍五入尾差）",
          },
        },
      ],
    },
    {
      name: "one unit, two places: rounded parts must still add up to the cent",
      ...fundForm(14.82, [
        ["其中：财政拨款", 12.34],
        ["其他资金", 2.47],
      ]),
      findings: [{ messageId: "split", data: { total: "14.82", sum: "14.81", rounding: "" } }],
    },
    {
      name: "项目资金总额 (the period's total) below the 年度 amount",
      ...projectTotalForm(1000, 1000, 1500, 1500),
      findings: [{ messageId: "midBelow", cell: "C2", data: { mid: "1000", annual: "1500" } }],
    },
    {
      name: "项目资金总额 below its own 其中 line",
      ...projectTotalForm(1600, 1700, 1500, 1500),
      findings: [{ messageId: "split", cell: "C2", data: { period: "中期", total: "1600", sum: "1700" } }],
    },
    {
      name: "a bare 小计 short of the lines it closes: the message names no group",
      ...fundForm(100, [
        ["一般公共预算", 60],
        ["政府性基金", 30],
        ["小计", 80],
        ["其他资金", 20],
      ]),
      findings: [
        {
          messageId: "subtotal",
          cell: "D6",
          data: { group: "", total: "80", sum: "90" },
          messageIncludes:
            "年度资金的小计 80 万元，不等于其下各项之和：一般公共预算 60（D4） + 政府性基金 30（D5）",
        },
      ],
    },
  ],
});
