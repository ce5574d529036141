/**
 * fund-split-mismatch — 年度资金总额 must equal the sum of its sources (其中：财政拨款, 其他资金, 上年结转 …)
 * as the 项目支出绩效目标申报表 lays it out (财预〔2015〕88号; the budget system adds them the same way),
 * each 小计 the sum of its group's lines, and the 中期资金总额 cannot be below the 年度 one (a year is
 * part of the period). The block is read in the shapes of rules/util/fund-block.ts: flat, numbered,
 * nested (a 财政拨款 line and its parts), grouped with 小计 lines; under the total in a form, across
 * its row (「年度资金总额 | 150 | 其中：财政拨款 | 120」, 「其他资金 | 30」 on the next row), in the columns
 * after the amount column of a 申报表 (资金总额 | 财政拨款 | 其他资金 on the project's row), or on the
 * lines of the amount cell itself (「总额10606.7522万元\n财政拨款:6923.3552万元(其中:…)\n其他:3683.3970万元」).
 *
 * Exact decimals in 万元, 元 converted. Figures written in one unit must add up exactly; where a figure
 * in 万元 stands beside figures in 元, it is taken as rounded to the places it shows (12.35 万元 for
 * 123456 元 is right), and the message says so. Silent: sources all empty, a single source line not
 * above the total (the others may be left out), a line that is not a fund source (the block is not
 * ours to judge), an amount the reader was not sure of, and any reading of the lines that adds up
 * (all lines, or only the top-level ones, or only the 小计 lines).
 */
import type Decimal from "decimal.js";
import { toA1, type Sheet } from "../grid";
import type { Project, SourceRef, Table } from "../model";
import {
  figures,
  linesAcross,
  linesInColumns,
  linesBelow,
  linesInCell,
  splitsOf,
  totalFigure,
  within,
  type BlockLine,
  type Figure,
} from "./util/fund-block";
import { gridCell } from "./util/grid-column";
import { midtermTotal } from "./util/midterm";
import { defineRule, type RuleContext } from "./rule";

type Messages = "split" | "subtotal" | "midBelow";

function wan(d: Decimal): string {
  return d.toDecimalPlaces(6).toString();
}

function lineName(l: BlockLine): string {
  if (l.kind !== "subtotal") return l.name;
  return l.group ? l.name : `${l.groupLabel ?? ""}小计`;
}

function partsText(parts: readonly BlockLine[]): string {
  return parts
    .filter((p) => p.figure !== null)
    .map(
      (p) => `${lineName(p)} ${wan(p.figure!.amount)}${p.cell ? `（${toA1(p.cell.row, p.cell.col)}）` : ""}`,
    )
    .join(" + ");
}

function checkBlock(
  ctx: RuleContext<Messages>,
  project: Project,
  period: string,
  whole: Figure,
  at: SourceRef,
  lines: readonly BlockLine[] | null,
): void {
  if (!lines) return;
  for (const split of splitsOf(whole, at, lines)) {
    const parts = figures(split.parts);
    if (parts.length === 0) continue;
    const result = within(split.whole, parts);
    if (parts.length === 1 && !result.sum.greaterThan(split.whole.amount)) continue;
    if (result.ok) continue;
    if (split.alternatives.some((alt) => figures(alt).length > 0 && within(split.whole, figures(alt)).ok))
      continue;
    const rounding = result.slack.isZero()
      ? ""
      : `（元与万元换算已按所写小数位允许 ${wan(result.slack)} 万元以内的四舍五入尾差）`;
    const data = {
      period,
      total: wan(split.whole.amount),
      parts: partsText(split.parts),
      sum: wan(result.sum),
      rounding,
    };
    if (split.of === "total") ctx.report({ messageId: "split", data, project, at: split.at });
    else {
      const group = split.of.group ? `「${split.of.group}」` : "";
      ctx.report({ messageId: "subtotal", data: { ...data, group }, project, at: split.at });
    }
  }
}

/** A form's block: across the total's row when pairs follow the total there, else under the total. */
function blockOf(sheet: Sheet, table: Table, total: SourceRef): BlockLine[] | null {
  const across = linesAcross(sheet, table, total);
  return across !== null && across.length > 0 ? across : linesBelow(sheet, table, total);
}

export default defineRule<Messages>({
  meta: {
    id: "fund-split-mismatch",
    messages: {
      split:
        "{{period}}资金总额 {{total}} 万元，不等于其中各项资金之和：{{parts}} = {{sum}} 万元{{rounding}}。申报表要求资金总额等于财政拨款与其他资金之和，审核时会退回。请核对总额或各项来源。",
      subtotal:
        "{{period}}资金的{{group}}小计 {{total}} 万元，不等于其下各项之和：{{parts}} = {{sum}} 万元{{rounding}}。小计应等于其下各项资金之和，审核时会退回。请核对小计或各项金额。",
      midBelow:
        "中期资金总额 {{mid}} 万元小于年度资金总额 {{annual}} 万元。年度资金是中期资金的一部分，不能超过中期总额，审核时会退回。请核对两处金额。",
    },
  },
  check(ctx) {
    const { table, sheet } = ctx;
    for (const project of table.projects) {
      const annual = project.amount;
      if (annual === null || project.reading?.amount.status === "uncertain") continue;
      const at = project.cells.amount;
      const inCell = linesInCell(project.amountText, table.amountUnit);
      const lines =
        inCell === null || inCell.length > 0
          ? inCell
          : sheet && table.layout === "form"
            ? blockOf(sheet, table, at)
            : sheet
              ? linesInColumns(sheet, table, at)
              : null;
      if (lines && lines.length > 0) {
        // The total's figure only when there are lines to add up (most projects of a 公开表 have none).
        const amountCell = sheet
          ? gridCell(sheet, at.row, at.col).cell
          : { value: project.amountText, text: project.amountText };
        checkBlock(ctx, project, "年度", totalFigure(amountCell, annual, table.amountUnit), at, lines);
      }
      if (!sheet || table.layout !== "form") continue;
      const mid = midtermTotal(sheet, table, at);
      if (!mid) continue;
      const midCell = gridCell(sheet, mid.cell.row, mid.cell.col).cell;
      const midWhole = totalFigure(midCell, mid.amount, table.amountUnit);
      checkBlock(ctx, project, "中期", midWhole, mid.cell, blockOf(sheet, table, mid.cell));
      if (mid.amount.lessThan(annual)) {
        ctx.report({
          messageId: "midBelow",
          data: { mid: wan(mid.amount), annual: wan(annual) },
          project,
          at: mid.cell,
        });
      }
    }
  },
});
