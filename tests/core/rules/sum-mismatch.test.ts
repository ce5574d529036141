import Decimal from "decimal.js";
import type { TotalRow } from "../../../src/core/model";
import rule from "../../../src/core/rules/sum-mismatch";
import { makeProject, makeTable, SHEET } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

/** A total on row `row` (amount in column C) whose parts sit on the rows below it. */
function total(
  label: string,
  amount: string | null,
  parts: (string | null)[],
  row = 2,
  kind: TotalRow["kind"] = "grand",
): TotalRow {
  return {
    kind,
    code: kind === "unit" ? "402" : null,
    label,
    amount: amount === null ? null : new Decimal(amount),
    amountText: amount ?? "",
    source: { sheet: SHEET, row, col: 2 },
    parts: parts.map((a, i) => ({
      label: `项目${i + 1}`,
      amount: a === null ? null : new Decimal(a),
      source: { sheet: SHEET, row: row + 1 + i, col: 2 },
    })),
  };
}

// The seed's 14 project amounts: 92.79 in all.
const SEED_AMOUNTS = [
  "10.85",
  "6.80",
  "12.96",
  "4.25",
  "17.00",
  "4.25",
  "3.40",
  "4.25",
  "15.00",
  "2.50",
  "1.20",
  "0.21",
  "3.6",
  "6.52",
];
const table = (...totals: TotalRow[]) => makeTable([makeProject()], totals);

ruleTester(rule, {
  valid: [
    {
      name: "the seed's 合计 92.79 equals its 14 projects",
      table: table(total("合计", "92.79", SEED_AMOUNTS)),
    },
    {
      name: "合计 and unit subtotals that add up",
      table: table(
        total("合计", "92.79", ["92.79"], 1),
        total("门源县政协办", "92.79", SEED_AMOUNTS, 2, "unit"),
      ),
    },
    {
      name: "a difference of exactly 0.005 万元 is rounding",
      table: table(total("合计", "10.005", ["4.50", "5.50"])),
    },
    {
      name: "a part without an amount makes the sum unknown",
      table: table(total("合计", "99.00", ["10.85", null, "6.80"])),
    },
    {
      name: "a total without an amount is amount-missing's business",
      table: table(total("合计", null, ["1", "2"])),
    },
    { name: "a total with no parts has nothing to compare", table: table(total("合计", "5", [])) },
  ],
  invalid: [
    {
      name: "合计 93.00 over 14 projects adding to 92.79",
      table: table(total("合计", "93.00", SEED_AMOUNTS)),
      findings: [
        {
          messageId: "mismatch",
          cell: "C3",
          project: "合计",
          messageIncludes: "「合计」金额为 93.00万元，但其下 14 项金额之和为 92.79万元，相差 0.21万元",
        },
      ],
    },
    {
      name: "a unit subtotal below its projects",
      table: table(total("门源县政协办", "20.00", ["10.85", "6.80", "12.96"], 4, "unit")),
      findings: [
        {
          messageId: "mismatch",
          cell: "C5",
          project: "门源县政协办",
          messageIncludes: "之和为 30.61万元，相差 10.61万元",
        },
      ],
    },
    {
      name: "a difference of one cent (0.01 万元) is reported",
      table: table(total("合计", "10.01", ["4.50", "5.50"])),
      findings: [{ messageId: "mismatch", cell: "C3", messageIncludes: "相差 0.01万元" }],
    },
    {
      name: "each wrong total is reported on its own amount cell",
      table: table(
        total("合计", "1.00", ["2.00"], 1),
        total("门源县政协办", "3.00", ["1.00", "1.00"], 6, "unit"),
      ),
      findings: [
        {
          messageId: "mismatch",
          cell: "C2",
          messageIncludes: "「合计」金额为 1.00万元，但其下 1 项金额之和为 2.00万元",
        },
        { messageId: "mismatch", cell: "C7", messageIncludes: "「门源县政协办」金额为 3.00万元" },
      ],
    },
  ],
});
