import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
import rule from "../../../src/core/rules/fund-split-mismatch";
import { ruleTester } from "../../helpers/rule-tester";
import { merge } from "../detect/grid-helpers";

/**
 * A fund block laid out across a row: the total, then label/value pairs side by side on its row
 * (「年度资金总额 | 150 | 其中：财政拨款 | 120」), the block going on in the rows below (「其他资金 | 30」)
 * under the pair (`under: "pair"`), under the total (`under: "total"`) or two pairs a row. The total
 * is on Excel row 3, its value in C.
 */
function across(opts: {
  total: CellValue;
  row: CellValue[];
  below?: CellValue[][];
  unit?: string;
  label?: string;
}) {
  const below = opts.below ?? [];
  const width = Math.max(5, 3 + opts.row.length, ...below.map((r) => r.length));
  const pad = (r: CellValue[]) => [...r, ...Array<CellValue>(width - r.length).fill("")];
  const rows: CellValue[][] = [
    pad(["项目名称", "乡村道路养护"]),
    pad(["主管部门", "某县交通运输局"]),
    pad([opts.label ?? `项目资金（${opts.unit ?? "万元"}）`, "年度资金总额", opts.total, ...opts.row]),
    ...below.map(pad),
    pad(["年度目标", "完成乡村道路日常养护，保障道路通行安全"]),
    pad(["一级指标", "二级指标", "三级指标", "指标值"]),
    pad(["产出指标", "数量指标", "养护里程", "≥120公里"]),
    pad(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]),
  ];
  const merges = below.length > 0 ? [merge(`A3:A${3 + below.length}`)] : [];
  const sheet = sheetFromValues("Sheet1", rows, merges);
  const { tables } = detectTables(sheet);
  if (tables.length !== 1 || tables[0].layout !== "form") throw new Error("not read as one form");
  return { table: tables[0], sheet };
}

ruleTester(rule, {
  valid: [
    {
      name: "across: 其中 pair beside the total, 其他资金 under the pair, adding up",
      ...across({ total: 150, row: ["其中：财政拨款", 120], below: [["", "", "", "其他资金", 30]] }),
    },
    {
      name: "across: 其他资金 under the total's own label, adding up",
      ...across({ total: 150, row: ["其中：财政拨款", 120], below: [["", "其他资金", 30]] }),
    },
    {
      name: "across: every pair on the total's row",
      ...across({ total: 150, row: ["财政拨款", 120, "其他资金", 30] }),
    },
    {
      name: "across: an empty 其他资金 value is 0",
      ...across({ total: 150, row: ["其中：财政拨款", 150], below: [["", "", "", "其他资金", ""]] }),
    },
    {
      name: "across: a pair that is not a fund line is not ours to judge",
      ...across({ total: 150, row: ["其中：财政拨款", 120], below: [["", "", "", "某某专项", 10]] }),
    },
    {
      name: "across: a bare amount in a table that never states its unit is not checked",
      ...across({
        total: 1500000,
        row: ["其中：财政拨款", 1200000],
        below: [["", "", "", "其他资金", 200000]],
        label: "项目资金",
      }),
    },
    {
      name: "across: 元 converted, adding up",
      ...across({
        total: "1500000元",
        row: ["其中：财政拨款", "120万元"],
        below: [["", "", "", "其他资金", "300000元"]],
      }),
    },
  ],
  invalid: [
    {
      name: "across: 财政拨款 + 其他资金 (next row) short of the total",
      ...across({ total: 150, row: ["其中：财政拨款", 120], below: [["", "", "", "其他资金", 20]] }),
      findings: [
        {
          messageId: "split",
          cell: "C3",
          data: { total: "150", sum: "140", parts: "财政拨款 120（E3） + 其他资金 20（E4）" },
        },
      ],
    },
    {
      name: "across: 其他资金 under the total's label, not adding up",
      ...across({ total: 150, row: ["其中：财政拨款", 120], below: [["", "其他资金", 40]] }),
      findings: [{ messageId: "split", data: { sum: "160" } }],
    },
    {
      name: "across: both pairs on the total's row, exact decimals",
      ...across({ total: 0.3, row: ["财政拨款", 0.1, "其他资金", 0.2001] }),
      findings: [{ messageId: "split", data: { sum: "0.3001" } }],
    },
    {
      name: "across: 元 stated in the label, converted to 万元",
      ...across({
        total: 1500000,
        row: ["其中：财政拨款", 1200000],
        below: [["", "", "", "其他资金", 200000]],
        unit: "元",
      }),
      findings: [{ messageId: "split", data: { total: "150", sum: "140" } }],
    },
  ],
});
