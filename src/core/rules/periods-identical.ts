/**
 * periods-identical — a form whose 中期 and 年度 indicator sets are the same, row for row, or whose
 * 中期目标 and 年度目标 texts are the same, while the 中期 and 年度 amounts differ. 财预〔2015〕88号 asks
 * that targets match the money (相应匹配): a three-year budget and a one-year budget cannot buy the same
 * outputs. Seen in published forms (亳州 人工增雨: 449.8 万 over three years, 189.8 万 this year, identical
 * indicator columns). Forms without a 中期 side, or without both amounts, are not judged.
 */
import { gridCell } from "./util/grid-column";
import { midtermGoal, midtermTotal, otherIndicatorSet, sameText } from "./util/midterm";
import { defineRule } from "./rule";

const MIN_GOAL_CHARS = 8;

export default defineRule<"setsSame" | "goalsSame">({
  meta: {
    id: "periods-identical",
    messages: {
      setsSame:
        "「{{project}}」的中期指标和年度指标逐行完全相同（{{count}} 条），可中期资金 {{mid}} 万元、年度资金 {{annual}} 万元并不相同。财预〔2015〕88号要求绩效目标与资金量相应匹配，审核时会退回。请按年度资金分解出本年度的指标值。",
      goalsSame:
        "「{{project}}」的中期目标和年度目标文字完全相同，可中期资金 {{mid}} 万元、年度资金 {{annual}} 万元并不相同。财预〔2015〕88号要求绩效目标与资金量相应匹配，审核时会退回。请写出本年度要完成的部分。",
    },
  },
  check(ctx) {
    const { table, sheet } = ctx;
    if (!sheet || table.layout !== "form") return;
    const { level3, value } = table.columns;
    for (const project of table.projects) {
      const annual = project.amount;
      if (annual === null || project.reading?.amount.status === "uncertain") continue;
      const mid = midtermTotal(sheet, table, project.cells.amount);
      if (!mid || mid.amount.equals(annual)) continue;
      const data = { project: project.name, mid: mid.amount.toString(), annual: annual.toString() };

      const goal = midtermGoal(sheet, project);
      const annualGoal = gridCell(sheet, project.cells.goal.row, project.cells.goal.col).text;
      if (goal && annualGoal.length >= MIN_GOAL_CHARS && sameText(goal.text, annualGoal))
        ctx.report({ messageId: "goalsSame", data, project, at: goal.cell });

      const set = otherIndicatorSet(sheet, table);
      if (!set || level3 === undefined || value === undefined) continue;
      const rows = project.indicators.filter((i) => i.source.line === undefined).map((i) => i.source.row);
      if (rows.length < 2) continue;
      const same = rows.every((r) => {
        const pairs: [number, number][] = [
          [level3, set.level3],
          [value, set.value],
        ];
        return pairs.every(([a, b]) => {
          const x = gridCell(sheet, r, a).text;
          return x !== "" && sameText(x, gridCell(sheet, r, b).text);
        });
      });
      if (same)
        ctx.report({
          messageId: "setsSame",
          data: { ...data, count: rows.length },
          project,
          at: gridCell(sheet, rows[0], set.level3).ref,
        });
    }
  },
});
