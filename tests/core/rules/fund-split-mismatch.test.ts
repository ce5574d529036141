import { detectTables } from "../../../src/core/detect";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
import rule from "../../../src/core/rules/fund-split-mismatch";
import { ruleTester } from "../../helpers/rule-tester";
import { merge } from "../detect/grid-helpers";
import { columnGrid } from "./_support/column-grid";

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
  ],
});
