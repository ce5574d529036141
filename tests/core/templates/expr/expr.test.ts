import Decimal from "decimal.js";
import { DEFAULT_STANDARDS, type SpendingStandards } from "../../../../src/core/settings";
import { compileExpr, evaluate, formatValue, type Value } from "../../../../src/core/templates/expr/evaluate";
import { parseExpr } from "../../../../src/core/templates/expr/parse";
import { compileText, fillText } from "../../../../src/core/templates/expr/text";

const NAMES: Record<string, string> = {
  people: "people",
  参会人数: "people",
  days: "days",
  class: "class",
  会议类别: "class",
  amount: "amount",
  金额: "amount",
};
const resolve = (n: string) => (Object.prototype.hasOwnProperty.call(NAMES, n) ? NAMES[n] : null);
const VARS: Record<string, Value> = {
  people: new Decimal(60),
  days: new Decimal(2),
  class: "三类",
  amount: new Decimal("10.85"),
};

function run(src: string, standards: SpendingStandards = DEFAULT_STANDARDS): Value | string {
  const c = compileExpr(src, resolve);
  if (!c.ok) return `编译错误：${c.error}`;
  const r = evaluate(c.expr, { vars: new Map(Object.entries(VARS)), standards });
  return r.ok ? r.value : `计算错误：${r.error}`;
}
const show = (v: Value | string) => (v instanceof Decimal ? v.toFixed() : v);

describe("template formulas", () => {
  it.each([
    ["1 + 2 * 3", "7"],
    ["(1 + 2) * 3", "9"],
    ["-people + 100", "40"],
    ["0.1 + 0.2", "0.3"], // exact decimal, not 0.30000000000000004
    ["people × days ÷ 4", "30"],
    ["amount * 10000 / 3", "36166.666666666666667"],
    ["参会人数 * 2", "120"],
    ["金额", "10.85"],
    ["（参会人数 － 10）× 2", "100"],
    ["６０ + 1", "61"],
    ["min(people, 50, 70)", "50"],
    ["max(1, floor(amount / 3, 2))", "3.61"],
    ["round(2.345, 2)", "2.35"],
    ["floor(2.349, 2)", "2.34"],
    ["ceil(2.341, 2)", "2.35"],
    ["floor(7.9)", "7"],
    ['std("会议综合定额", class)', "550"],
    ['std("meeting", "一类")', "760"],
    ['std("会议伙食", "二类")', "150"],
    ['std("培训综合定额", "二类")', "650"],
    ['std("讲课费", "正高")', "1000"],
    ['std("差旅伙食补助")', "100"],
    ['std("接待工作餐")', "200"],
    ['if(class = "三类", 1, 2)', "1"],
    ["if(people > 100, 1 / 0, 5)", "5"], // lazy: the branch not taken is never computed
  ])("%s = %s", (src, expected) => {
    expect(show(run(src))).toBe(expected);
  });

  it.each([
    ["people <= 60", true],
    ["people < 60", false],
    ["people ≥ 61", false],
    ['class != "一类"', true],
    ["class = '三类' and days <= 2", true],
    ["people > 100 or days = 2", true],
    ["people > 100 或 days = 3", false],
  ])("%s is %s", (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it("looks standards up in the settings' table (a province's own quotas)", () => {
    const qinghai: SpendingStandards = {
      ...DEFAULT_STANDARDS,
      travelMeal: 120,
      meeting: { ...DEFAULT_STANDARDS.meeting, 三类: { lodging: 300, meals: 120, other: 80, total: 500 } },
    };
    expect(show(run('std("差旅伙食补助")', qinghai))).toBe("120");
    expect(show(run('std("会议综合定额", class)', qinghai))).toBe("500");
  });

  it.each([
    ["people +", "编译错误：第 9 个字符处公式不完整"],
    ["(people + 1", "编译错误：第 12 个字符处缺少右括号「)」"],
    ["people $ 2", "编译错误：第 8 个字符处不认识的符号「$」"],
    ["人数 * 2", "编译错误：「人数」不是本模板的参数"],
    ["constructor", "编译错误：「constructor」不是本模板的参数"],
    ["__proto__ + 1", "编译错误：「__proto__」不是本模板的参数"],
    ["eval(1)", "编译错误：没有名为「eval」的函数（可用：min、max、round、floor、ceil、if、std）"],
    ["round()", "编译错误：函数 round 需要 1～2 个参数"],
    ["1 < 2 < 3", "编译错误：第 7 个字符处一个比较中只能有一个比较符号（如 a ≤ b）"],
    [
      'std("住宿标准", class)',
      "编译错误：没有名为「住宿标准」的开支标准（可用：会议综合定额、会议住宿、会议住宿费、会议伙食、会议伙食费、培训综合定额、讲课费、差旅伙食补助、接待工作餐）",
    ],
    ['std("会议综合定额")', '编译错误：开支标准「会议综合定额」需要注明类别，如 std("会议综合定额", 类别)'],
    ["std(class)", '编译错误：std 的第一个参数应为加引号的标准名称，如 std("会议综合定额", 会议类别)'],
    ["1 / (people - 60)", "计算错误：除数为 0"],
    ["class * 2", "计算错误：运算的左边应为数值，却是文字「三类」"],
    ["if(people, 1, 2)", "计算错误：if 的条件应为比较（如 a ≤ b），却是数值 60"],
    ['std("会议综合定额", "五类")', "计算错误：开支标准的类别「五类」无效，应为一类、二类、三类、四类之一"],
    ["round(1.5, 11)", "计算错误：round 的小数位数应为 0～10 的整数"],
    ["", "编译错误：公式是空的"],
    ["'未闭合", "编译错误：第 1 个字符处引号没有配对"],
  ])("%s → %s", (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it("never executes JavaScript: a formula is only ever data for the evaluator", () => {
    const src = 'process.exit(1) + require("fs")';
    expect(parseExpr(src).ok).toBe(false);
    expect(run("globalThis")).toBe("编译错误：「globalThis」不是本模板的参数");
  });

  it("formats values without exponent or trailing zeros", () => {
    expect(formatValue(new Decimal("1e-7"), 8)).toBe("0.0000001");
    expect(formatValue(new Decimal("12.50"))).toBe("12.5");
    expect(formatValue(new Decimal("2.345"))).toBe("2.35");
    expect(formatValue("三类")).toBe("三类");
  });
});

describe("text with formulas", () => {
  it("fills {formula} placeholders", () => {
    const c = compileText("全年召开{class}会议，每次{people}人、{days}天，共{people * days}人天。", resolve);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const r = fillText(c.parts, { vars: new Map(Object.entries(VARS)), standards: DEFAULT_STANDARDS });
    expect(r).toEqual({ ok: true, text: "全年召开三类会议，每次60人、2天，共120人天。" });
  });

  it("reports an unclosed brace and a bad formula", () => {
    expect(compileText("每次{people人", resolve)).toEqual({
      ok: false,
      error: "「{」没有对应的「}」（第 3 个字符）",
    });
    expect(compileText("每次{人数}人", resolve)).toEqual({
      ok: false,
      error: "{人数}：「人数」不是本模板的参数",
    });
  });
});
