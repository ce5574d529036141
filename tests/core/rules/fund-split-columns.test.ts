import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
import rule from "../../../src/core/rules/fund-split-mismatch";
import { ruleTester } from "../../helpers/rule-tester";
import { merge } from "../detect/grid-helpers";

/**
 * Fund columns in the long layout (申报表, one row per indicator): the project's 资金总额 | 财政拨款 |
 * 其他资金 in columns B–D of its first row, either under one header row or under a group header
 * (「年度资金（万元）」 over the three) — `group`. Each project has two indicator rows; with `merged` the
 * project's cells are merged down its block. Projects start on Excel row 2 (3 with a group header).
 */
function longTable(
  projects: { name: string; funds: CellValue[] }[],
  opts: { group?: string; headers?: string[]; merged?: boolean } = {},
) {
  const funds = opts.headers ?? ["资金总额（万元）", "财政拨款", "其他资金"];
  const tail = ["年度目标", "一级指标", "二级指标", "三级指标", "指标值"];
  const header: CellValue[][] = opts.group
    ? [
        ["项目名称", opts.group, ...funds.slice(1).map(() => ""), ...tail],
        ["", ...funds, ...tail.map(() => "")],
      ]
    : [["项目名称", ...funds, ...tail]];
  const n = funds.length;
  const rows: CellValue[][] = [...header];
  const merges: string[] = [];
  const col = (i: number) => String.fromCharCode(65 + i);
  if (opts.group) {
    merges.push(`B1:${col(n)}1`, "A1:A2");
    for (let i = 0; i < tail.length; i++) merges.push(`${col(n + 1 + i)}1:${col(n + 1 + i)}2`);
  }
  for (const p of projects) {
    const top = rows.length + 1;
    rows.push([
      p.name,
      ...p.funds,
      `完成${p.name}任务，保障通行安全`,
      "产出指标",
      "数量指标",
      "养护里程",
      "≥120公里",
    ]);
    rows.push(["", ...p.funds.map(() => ""), "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]);
    if (opts.merged) for (let i = 0; i <= n + 1; i++) merges.push(`${col(i)}${top}:${col(i)}${top + 1}`);
  }
  const sheet = sheetFromValues("Sheet1", rows, merges.map(merge));
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "long") throw new Error("not read as one long table");
  return { table: tables[0], sheet };
}

const road = (funds: CellValue[]) => [{ name: "道路养护", funds }];

/** 中期 and 年度 fund sets under group headers, the 年度 total last: 中期 B–C, 年度 D–F. */
function periodSets(annual: CellValue[]) {
  const tail = ["年度目标", "一级指标", "二级指标", "三级指标", "指标值"];
  const rows: CellValue[][] = [
    ["项目名称", "中期资金（万元）", "", "年度资金（万元）", "", "", ...tail],
    ["", "财政拨款", "其他资金", "财政拨款", "其他资金", "资金总额", ...tail.map(() => "")],
    ["道路养护", 500, 400, ...annual, "完成养护", "产出指标", "数量指标", "养护里程", "≥120公里"],
  ];
  const merges = ["A1:A2", "B1:C1", "D1:F1", "G1:G2", "H1:H2", "I1:I2", "J1:J2", "K1:K2"].map(merge);
  const sheet = sheetFromValues("Sheet1", rows, merges);
  return { table: detectTables(sheet).tables[0], sheet };
}

ruleTester(rule, {
  valid: [
    { name: "columns: 财政拨款 + 其他资金 make the total", ...longTable(road([150, 120, 30])) },
    { name: "columns: an empty 其他资金 is 0", ...longTable(road([150, 150, ""])) },
    { name: "columns: no sources filled in", ...longTable(road([150, "", ""])) },
    {
      name: "columns: under a group header, merged down the block",
      ...longTable(road([150, 120, 30]), {
        group: "年度资金（万元）",
        headers: ["资金总额", "财政拨款", "其他资金"],
        merged: true,
      }),
    },
    {
      name: "columns: a column after the amount that is no fund line ends the run",
      ...longTable(road([150, 120, "某某", 99]), {
        headers: ["资金总额（万元）", "财政拨款", "资金用途", "其他资金"],
      }),
    },
    {
      name: "columns: bare amounts in a table that never states its unit are not checked",
      ...longTable(road([1500000, 1200000, 200000]), { headers: ["资金总额", "财政拨款", "其他资金"] }),
    },
    {
      name: "columns: 元 in the total's header, converted",
      ...longTable(road([1500000, 1200000, 300000]), {
        headers: ["资金总额（元）", "财政拨款（元）", "其他资金（元）"],
      }),
    },
    {
      name: "columns: the sources before the total add up",
      ...longTable(road([120, 30, 150]), { headers: ["财政拨款", "其他资金", "资金总额（万元）"] }),
    },
    {
      name: "columns: a 中期 set left of the 年度 total is not the total's sources",
      ...longTable(road([500, 400, 150]), {
        headers: ["中期财政拨款", "中期其他资金", "年度资金总额（万元）"],
      }),
    },
    { name: "columns: 年度 sources before the total, a 中期 set before them", ...periodSets([120, 30, 150]) },
  ],
  invalid: [
    {
      name: "columns: 年度 sources before the total not adding up; the 中期 set is not counted",
      ...periodSets([120, 20, 150]),
      findings: [
        {
          messageId: "split",
          cell: "F3",
          data: { sum: "140", parts: "财政拨款 120（D3） + 其他资金 20（E3）" },
        },
      ],
    },
    {
      name: "columns: the sources before the total, not adding up",
      ...longTable(road([120, 20, 150]), { headers: ["财政拨款", "其他资金", "资金总额（万元）"] }),
      findings: [
        {
          messageId: "split",
          cell: "D2",
          data: { total: "150", sum: "140", parts: "财政拨款 120（B2） + 其他资金 20（C2）" },
        },
      ],
    },
    {
      name: "columns: 财政拨款 + 其他资金 short of the total",
      ...longTable(road([150, 120, 20])),
      findings: [
        {
          messageId: "split",
          cell: "B2",
          data: { total: "150", sum: "140", parts: "财政拨款 120（C2） + 其他资金 20（D2）" },
        },
      ],
    },
    {
      name: "columns: under a group header, merged down the block, not adding up",
      ...longTable(road([150, 120, 40]), {
        group: "年度资金（万元）",
        headers: ["资金总额", "财政拨款", "其他资金"],
        merged: true,
      }),
      findings: [{ messageId: "split", cell: "B3", data: { sum: "160" } }],
    },
    {
      name: "columns: each project of an export on its own first row",
      ...longTable([
        { name: "道路养护", funds: [150, 120, 30] },
        { name: "桥梁检测", funds: [80, 50, 20] },
      ]),
      findings: [{ messageId: "split", cell: "B4", project: "桥梁检测", data: { total: "80", sum: "70" } }],
    },
    {
      name: "columns: 其中 in the header, exact decimals",
      ...longTable(road([0.3, 0.1, 0.2001]), { headers: ["资金总额（万元）", "其中：财政拨款", "其他资金"] }),
      findings: [{ messageId: "split", data: { sum: "0.3001" } }],
    },
    {
      name: "columns: 元 headers converted to 万元",
      ...longTable(road([1500000, 1200000, 200000]), {
        headers: ["资金总额（元）", "财政拨款（元）", "其他资金（元）"],
      }),
      findings: [{ messageId: "split", data: { total: "150", sum: "140" } }],
    },
  ],
});
