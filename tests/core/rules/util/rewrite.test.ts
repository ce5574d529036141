import type { Operator } from "../../../../src/core/model";
import { operatorFor, rewriteAt } from "../../../../src/core/rules/util/rewrite";
import { tableFacts } from "../../../../src/core/rules/util/table-facts";
import { withIndicator } from "../_support/one-indicator";

/**
 * The rewrite a fix quotes keeps a span of time in its unit: 「检测及时率 ≤7工作日」 flipped or given an
 * operator stays in 工作日, never 7%. Values in other units still take the unit the unit rules ask for.
 */
const CASES: {
  name: string;
  op: Operator | null;
  value: string;
  unit: string | null;
  to: Operator;
  rewrite: string;
}[] = [
  { name: "检测及时率", op: "<=", value: "7", unit: "工作日", to: ">=", rewrite: "≥7工作日" },
  { name: "投诉处理及时率", op: null, value: "48", unit: "小时", to: "<=", rewrite: "≤48小时" },
  { name: "资金拨付及时率", op: ">=", value: "3", unit: "个月", to: "<=", rewrite: "≤3个月" },
  { name: "报告报送及时率", op: null, value: "10", unit: "天", to: "<=", rewrite: "≤10天" },
  { name: "维修响应及时率", op: null, value: "2", unit: "日", to: "<=", rewrite: "≤2日" },
  // not a span of time: the rate's unit as before
  { name: "政策知晓率", op: null, value: "98", unit: "人", to: ">=", rewrite: "≥98%" },
  { name: "任务完成率", op: "<=", value: "90", unit: "%", to: ">=", rewrite: "≥90%" },
];

describe("rewrite keeps the unit of a span of time", () => {
  test.each(CASES)("$name $value$unit → $rewrite", (c) => {
    const table = withIndicator({ l2: "时效指标", name: c.name, op: c.op, value: c.value, unit: c.unit });
    const ind = table.projects[0].indicators.find((i) => i.name === c.name)!;
    const facts = tableFacts(table);
    expect(rewriteAt(ind, facts, facts.indicators.indexOf(ind), c.to)).toBe(c.rewrite);
  });

  test.each([
    ["检测及时率", "7", "工作日", "<="],
    ["办结时限", "5", "个工作日", "<="],
    ["政策知晓率", "98", "人", ">="],
    ["任务完成率", "100", "%", "="],
  ])("operatorFor %s %s%s → %s", (name, value, unit, op) => {
    const table = withIndicator({ l2: "时效指标", name, op: null, value, unit });
    const ind = table.projects[0].indicators.find((i) => i.name === name)!;
    expect(operatorFor(ind)).toBe(op);
  });
});
