/**
 * fund-split-mismatch — 年度资金总额 must equal the sum of its sources (其中：财政拨款, 其他资金, 上年结转 …)
 * as the unit filling instructions require, and the 中期资金总额 cannot be below the 年度 one (a year is part
 * of the period). The sources are read where a table writes them: on the rows under the amount in a
 * single-project form (「其中：财政拨款 | 189.8」), or on the lines of the amount cell itself
 * (「总额10606.7522万元\n财政拨款:6923.3552万元(其中:…)\n其他:3683.3970万元」). Exact decimals in 万元,
 * 元 converted. Sources that are all empty, a single source line (the others may be left out), or an
 * amount the reader was not sure of: silent.
 */
import Decimal from "decimal.js";
import type { Sheet } from "../grid";
import type { Project, SourceRef, Table } from "../model";
import { parseAmount, parseAmountText } from "../parse/amount";
import { toHalfWidth } from "../text/normalize";
import { gridCell } from "./util/grid-column";
import { midtermTotal } from "./util/midterm";
import { defineRule, type RuleContext } from "./rule";

/** Top-level fund sources (their own sub-sources, 中央/省级/本级, are not added again). */
const SOURCE = String.raw`财政拨款|财政资金|财政补助资金|财政补助|一般公共预算|政府性基金|其他资金|其他|自有资金|自筹资金|单位自筹|单位资金|上年结转|结转资金|社会资金|专项债券`;
const SOURCE_LABEL = new RegExp(
  String.raw`^(?:其中)?[:：]?(?:${SOURCE})(?:资金)?(?:\((?:万元|元)\))?[:：]?$`,
);
const SOURCE_LINE = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]+、|\d+[.、])?(?:其中)?:?(${SOURCE})(?:资金)?:?(.*)$`,
);

interface Source {
  label: string;
  amount: Decimal;
}

type Messages = "split" | "midBelow";

function wan(d: Decimal): string {
  return d.toDecimalPlaces(6).toString();
}

/** The source rows under a total in a form: label cell to the left of the value column, value below the total. */
function sourcesBelow(sheet: Sheet, table: Table, total: SourceRef): Source[] | null {
  const out: Source[] = [];
  let filled = 0;
  for (let r = total.row + 1; r <= total.row + 6; r++) {
    const value = gridCell(sheet, r, total.col);
    if (value.ref.row !== r) break; // the total's own merged cell, or a block spanning rows
    const label = total.col > 0 ? gridCell(sheet, r, value.ref.col - 1) : null;
    const text = label ? toHalfWidth(label.text).replace(/\s+/g, "") : "";
    if (!SOURCE_LABEL.test(text)) break;
    if (value.text === "") {
      out.push({ label: text.replace(/^其中:?/, "").replace(/:$/, ""), amount: new Decimal(0) });
      continue;
    }
    const p = parseAmount(value.cell, table.amountUnit);
    if (p.amount === null || p.confidence !== "sure") return null;
    filled++;
    out.push({ label: text.replace(/^其中:?/, "").replace(/:$/, ""), amount: p.amount });
  }
  return filled > 0 ? out : null;
}

/** Source lines written in the amount cell after the total (bracketed sub-sources dropped). */
function sourcesInCell(text: string, unit: "万元" | "元"): Source[] {
  const lines = toHalfWidth(text)
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/\([^()]*\)/g, "").replace(/[\s\u00a0\u3000]+/g, ""))
    .filter((l) => l !== "");
  if (lines.length < 3) return [];
  const out: Source[] = [];
  for (const line of lines.slice(1)) {
    const m = SOURCE_LINE.exec(line);
    if (!m) return []; // a line we do not understand: the breakdown is not ours to judge
    const p = parseAmountText(m[2].replace(/[;；。,，]+$/, ""), unit);
    if (p.amount === null || p.confidence !== "sure") return [];
    out.push({ label: m[1], amount: p.amount });
  }
  return out;
}

function checkSplit(
  ctx: RuleContext<Messages>,
  project: Project,
  period: string,
  total: Decimal,
  sources: Source[],
  at: SourceRef,
): void {
  if (sources.length === 0) return;
  const sum = sources.reduce((s, x) => s.plus(x.amount), new Decimal(0));
  if (sources.length === 1 && !sum.greaterThan(total)) return;
  if (sum.equals(total)) return;
  ctx.report({
    messageId: "split",
    data: {
      period,
      total: wan(total),
      parts: sources.map((s) => `${s.label} ${wan(s.amount)}`).join(" + "),
      sum: wan(sum),
    },
    project,
    at,
  });
}

export default defineRule<Messages>({
  meta: {
    id: "fund-split-mismatch",
    category: "arithmetic",
    defaultSeverity: "error",
    description:
      "资金总额应等于财政拨款、其他资金等各来源之和，中期资金总额不应小于年度资金总额。（依据：项目支出绩效目标表填报说明）",
    messages: {
      split:
        "{{period}}资金总额 {{total}} 万元，不等于其中各项资金之和：{{parts}} = {{sum}} 万元。填报说明要求资金总额等于财政拨款与其他资金之和，审核时会退回。请核对总额或各项来源。",
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
      const inCell = sourcesInCell(project.amountText, table.amountUnit);
      if (inCell.length > 0) checkSplit(ctx, project, "年度", annual, inCell, at);
      else if (sheet && table.layout === "form") {
        checkSplit(ctx, project, "年度", annual, sourcesBelow(sheet, table, at) ?? [], at);
      }
      if (!sheet || table.layout !== "form") continue;
      const mid = midtermTotal(sheet, table, at);
      if (!mid) continue;
      checkSplit(ctx, project, "中期", mid.amount, sourcesBelow(sheet, table, mid.cell) ?? [], mid.cell);
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
