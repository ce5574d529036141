/**
 * Evaluating and checking template formulas. Values are exact decimals (decimal.js), text (a choice
 * parameter such as 会议类别 「三类」) or true/false (comparisons). Spending standards come from the
 * Settings table (settings/standards.ts), so a province's own quotas flow into every template.
 * Nothing throws out of here: a failed evaluation is a value with a Chinese message.
 */
import Decimal from "decimal.js";
import type { SpendingStandards } from "../../settings";
import { parseExpr, walkExpr, type Expr } from "./parse";

export type Value = Decimal | string | boolean;

export type EvalResult = { ok: true; value: Value } | { ok: false; error: string };

export interface EvalEnv {
  /** Parameter values by canonical id, and "amount" (万元). */
  vars: ReadonlyMap<string, Value>;
  standards: SpendingStandards;
}

type FunctionName = "min" | "max" | "round" | "floor" | "ceil" | "if" | "std";

/**
 * Function names as written → canonical name; Chinese names for accountants writing their own templates.
 * Maps, not object literals, wherever a name typed by a user is looked up ("constructor" is no function).
 */
const FUNCTION_ALIASES = new Map<string, FunctionName>([
  ["min", "min"],
  ["最小", "min"],
  ["最小值", "min"],
  ["max", "max"],
  ["最大", "max"],
  ["最大值", "max"],
  ["round", "round"],
  ["四舍五入", "round"],
  ["floor", "floor"],
  ["向下取整", "floor"],
  ["ceil", "ceil"],
  ["向上取整", "ceil"],
  ["if", "if"],
  ["如果", "if"],
  ["std", "std"],
  ["标准", "std"],
]);

/** [least, most] arguments. */
const ARITY: Record<FunctionName, [number, number]> = {
  min: [1, 20],
  max: [1, 20],
  round: [1, 2],
  floor: [1, 2],
  ceil: [1, 2],
  if: [3, 3],
  std: [1, 2],
};

type StdKind =
  "meeting" | "meetingLodging" | "meetingMeals" | "training" | "lectureFee" | "travelMeal" | "receptionMeal";

/** Standards a formula may look up: std("会议综合定额", 会议类别). English keys work too. */
export const STANDARD_NAMES = new Map<string, StdKind>([
  ["meeting", "meeting"],
  ["会议综合定额", "meeting"],
  ["meetingLodging", "meetingLodging"],
  ["会议住宿", "meetingLodging"],
  ["会议住宿费", "meetingLodging"],
  ["meetingMeals", "meetingMeals"],
  ["会议伙食", "meetingMeals"],
  ["会议伙食费", "meetingMeals"],
  ["training", "training"],
  ["培训综合定额", "training"],
  ["lectureFee", "lectureFee"],
  ["讲课费", "lectureFee"],
  ["travelMeal", "travelMeal"],
  ["差旅伙食补助", "travelMeal"],
  ["receptionMeal", "receptionMeal"],
  ["接待工作餐", "receptionMeal"],
]);

const STANDARD_CLASSES: Record<StdKind, readonly string[] | null> = {
  meeting: ["一类", "二类", "三类", "四类"],
  meetingLodging: ["一类", "二类", "三类", "四类"],
  meetingMeals: ["一类", "二类", "三类", "四类"],
  training: ["一类", "二类", "三类"],
  lectureFee: ["副高", "正高", "院士"],
  travelMeal: null,
  receptionMeal: null,
};

export type CompileResult = { ok: true; expr: Expr } | { ok: false; error: string };

/**
 * Parse a formula and check it against a template: every name must resolve to a parameter (resolve
 * returns its canonical id, or null), every function must exist with the right number of arguments,
 * and a standard named in quotes must be one we know.
 */
export function compileExpr(source: string, resolve: (name: string) => string | null): CompileResult {
  const parsed = parseExpr(source);
  if (!parsed.ok) return parsed;
  let error: string | null = null;
  walkExpr(parsed.expr, (node) => {
    if (error) return;
    if (node.k === "var") {
      const id = resolve(node.name);
      if (id === null) error = `「${node.name}」不是本模板的参数`;
      else node.name = id;
    } else if (node.k === "call") {
      const fn = FUNCTION_ALIASES.get(node.fn);
      if (!fn) {
        error = `没有名为「${node.fn}」的函数（可用：min、max、round、floor、ceil、if、std）`;
        return;
      }
      node.fn = fn;
      const [least, most] = ARITY[fn];
      if (node.args.length < least || node.args.length > most) {
        error =
          least === most ? `函数 ${fn} 需要 ${least} 个参数` : `函数 ${fn} 需要 ${least}～${most} 个参数`;
        return;
      }
      if (fn === "std") {
        const first = node.args[0];
        if (first.k !== "str")
          error = 'std 的第一个参数应为加引号的标准名称，如 std("会议综合定额", 会议类别)';
        else if (!STANDARD_NAMES.has(first.v))
          error = `没有名为「${first.v}」的开支标准（可用：${[...STANDARD_NAMES.keys()].filter((k) => [...k].some((c) => c.charCodeAt(0) > 0x7f)).join("、")}）`;
        else {
          const kind = STANDARD_NAMES.get(first.v)!;
          const needsClass = STANDARD_CLASSES[kind] !== null;
          if (needsClass && node.args.length !== 2)
            error = `开支标准「${first.v}」需要注明类别，如 std("${first.v}", 类别)`;
          if (!needsClass && node.args.length !== 1) error = `开支标准「${first.v}」不分类别，只需一个参数`;
        }
      }
    }
  });
  return error ? { ok: false, error } : parsed;
}

class EvalProblem {
  constructor(readonly message: string) {}
}

function num(v: Value, what: string): Decimal {
  if (v instanceof Decimal) return v;
  throw new EvalProblem(`${what}应为数值，却是${typeof v === "string" ? `文字「${v}」` : "比较结果"}`);
}

function bool(v: Value, what: string): boolean {
  if (typeof v === "boolean") return v;
  throw new EvalProblem(
    `${what}应为比较（如 a ≤ b），却是${typeof v === "string" ? `文字「${v}」` : `数值 ${v.toFixed()}`}`,
  );
}

function digits(args: Value[], fn: string): number {
  if (args.length < 2) return 0;
  const d = num(args[1], `${fn} 的小数位数`);
  if (!d.isInteger() || d.lt(0) || d.gt(10)) throw new EvalProblem(`${fn} 的小数位数应为 0～10 的整数`);
  return d.toNumber();
}

function lookupStandard(kind: StdKind, cls: Value | undefined, s: SpendingStandards): Decimal {
  const classes = STANDARD_CLASSES[kind];
  let key = "";
  if (classes) {
    key = typeof cls === "string" ? cls : cls instanceof Decimal ? cls.toFixed() : "";
    if (!classes.includes(key))
      throw new EvalProblem(`开支标准的类别「${key}」无效，应为${classes.join("、")}之一`);
  }
  switch (kind) {
    case "meeting":
      return new Decimal(s.meeting[key as keyof SpendingStandards["meeting"]].total);
    case "meetingLodging":
      return new Decimal(s.meeting[key as keyof SpendingStandards["meeting"]].lodging);
    case "meetingMeals":
      return new Decimal(s.meeting[key as keyof SpendingStandards["meeting"]].meals);
    case "training":
      return new Decimal(s.training[key as keyof SpendingStandards["training"]]);
    case "lectureFee":
      return new Decimal(s.lectureFee[key as keyof SpendingStandards["lectureFee"]]);
    case "travelMeal":
      return new Decimal(s.travelMeal);
    case "receptionMeal":
      return new Decimal(s.receptionMeal);
  }
}

function same(a: Value, b: Value): boolean {
  if (a instanceof Decimal && b instanceof Decimal) return a.eq(b);
  if (a instanceof Decimal || b instanceof Decimal) return false;
  return a === b;
}

function evalNode(e: Expr, env: EvalEnv): Value {
  switch (e.k) {
    case "num":
      return e.v;
    case "str":
      return e.v;
    case "var": {
      const v = env.vars.get(e.name);
      if (v === undefined) throw new EvalProblem(`参数「${e.name}」还没有取值`);
      return v;
    }
    case "neg":
      return num(evalNode(e.e, env), "负号后").neg();
    case "bin": {
      const a = num(evalNode(e.a, env), "运算的左边");
      const b = num(evalNode(e.b, env), "运算的右边");
      switch (e.op) {
        case "+":
          return a.plus(b);
        case "-":
          return a.minus(b);
        case "*":
          return a.times(b);
        case "/":
          if (b.isZero()) throw new EvalProblem("除数为 0");
          return a.dividedBy(b);
      }
      break;
    }
    case "cmp": {
      const a = evalNode(e.a, env);
      const b = evalNode(e.b, env);
      if (e.op === "=") return same(a, b);
      if (e.op === "!=") return !same(a, b);
      const x = num(a, "比较的左边");
      const y = num(b, "比较的右边");
      if (e.op === "<") return x.lt(y);
      if (e.op === "<=") return x.lte(y);
      if (e.op === ">") return x.gt(y);
      return x.gte(y);
    }
    case "logic": {
      const a = bool(evalNode(e.a, env), e.op === "and" ? "「且」的左边" : "「或」的左边");
      if (e.op === "and" && !a) return false;
      if (e.op === "or" && a) return true;
      return bool(evalNode(e.b, env), e.op === "and" ? "「且」的右边" : "「或」的右边");
    }
    case "call":
      return call(e.fn, e.args, env);
  }
  throw new EvalProblem("公式无法计算");
}

function call(fn: string, argExprs: Expr[], env: EvalEnv): Value {
  if (fn === "if") {
    // Lazy: the branch not taken is not evaluated (it may divide by a zero the condition excludes).
    return bool(evalNode(argExprs[0], env), "if 的条件")
      ? evalNode(argExprs[1], env)
      : evalNode(argExprs[2], env);
  }
  if (fn === "std") {
    const kind = STANDARD_NAMES.get((argExprs[0] as { v: string }).v)!;
    return lookupStandard(kind, argExprs[1] ? evalNode(argExprs[1], env) : undefined, env.standards);
  }
  const args = argExprs.map((a) => evalNode(a, env));
  switch (fn) {
    case "min":
      return Decimal.min(...args.map((a) => num(a, "min 的参数")));
    case "max":
      return Decimal.max(...args.map((a) => num(a, "max 的参数")));
    case "round":
      return num(args[0], "round 的参数").toDecimalPlaces(digits(args, "round"), Decimal.ROUND_HALF_UP);
    case "floor":
      return num(args[0], "floor 的参数").toDecimalPlaces(digits(args, "floor"), Decimal.ROUND_FLOOR);
    case "ceil":
      return num(args[0], "ceil 的参数").toDecimalPlaces(digits(args, "ceil"), Decimal.ROUND_CEIL);
  }
  throw new EvalProblem(`没有名为「${fn}」的函数`);
}

/** Evaluate a compiled formula. */
export function evaluate(expr: Expr, env: EvalEnv): EvalResult {
  try {
    return { ok: true, value: evalNode(expr, env) };
  } catch (e) {
    if (e instanceof EvalProblem) return { ok: false, error: e.message };
    return { ok: false, error: "公式无法计算" };
  }
}

/** A value as text: numbers without exponent, at most `places` decimals (half up), no trailing zeros. */
export function formatValue(v: Value, places = 2): string {
  if (v instanceof Decimal) return trimZeros(v.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
  if (typeof v === "boolean") return v ? "是" : "否";
  return v;
}

export function trimZeros(d: Decimal): string {
  // toFixed() never uses exponent notation; Decimal keeps no trailing zeros of its own.
  return d.isZero() ? "0" : d.toFixed();
}
