/**
 * The template formula language: a tiny, safe expression syntax evaluated with decimal.js (never eval or
 * Function). A formula names parameters (by id or Chinese label), the amount (amount / 金额, 万元) and
 * spending standards (std("会议综合定额", class)), with + - × ÷, comparisons, and/or, parentheses and a
 * few functions (min, max, round, floor, ceil, if, std). Full-width forms typed in Chinese input
 * (（）， ＜ ≤ × ÷ “”) are accepted. Parsing never throws: errors are values with a Chinese message.
 */
import Decimal from "decimal.js";

export type CompareOp = "<" | "<=" | ">" | ">=" | "=" | "!=";
export type ArithOp = "+" | "-" | "*" | "/";

export type Expr =
  | { k: "num"; v: Decimal }
  | { k: "str"; v: string }
  | { k: "var"; name: string; at: number }
  | { k: "neg"; e: Expr }
  | { k: "bin"; op: ArithOp; a: Expr; b: Expr }
  | { k: "cmp"; op: CompareOp; a: Expr; b: Expr }
  | { k: "logic"; op: "and" | "or"; a: Expr; b: Expr }
  | { k: "call"; fn: string; args: Expr[]; at: number };

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: string };

type Token =
  | { t: "num"; v: string; at: number }
  | { t: "str"; v: string; at: number }
  | { t: "id"; v: string; at: number }
  | { t: "op"; v: string; at: number }
  | { t: "end"; at: number };

class SyntaxProblem {
  constructor(
    readonly at: number,
    readonly what: string,
  ) {}
}

const FULL_WIDTH_DIGIT = /[０-９．]/g;
const ID_START = /[A-Za-z_\u4e00-\u9fff]/;
const ID_PART = /[A-Za-z0-9_\u4e00-\u9fff]/;
const DIGIT = /[0-9]/;
/** Two-character operators first. */
const OPERATORS: [string, string][] = [
  ["<=", "<="],
  [">=", ">="],
  ["==", "="],
  ["!=", "!="],
  ["<>", "!="],
  ["&&", "and"],
  ["||", "or"],
  ["≤", "<="],
  ["≥", ">="],
  ["≠", "!="],
  ["＜", "<"],
  ["＞", ">"],
  ["<", "<"],
  [">", ">"],
  ["=", "="],
  ["＝", "="],
  ["+", "+"],
  ["＋", "+"],
  ["-", "-"],
  ["－", "-"],
  ["*", "*"],
  ["×", "*"],
  ["/", "/"],
  ["÷", "/"],
  ["(", "("],
  ["（", "("],
  [")", ")"],
  ["）", ")"],
  [",", ","],
  ["，", ","],
  ["、", ","],
];
// Maps, not object literals: a name such as "constructor" must not find Object.prototype's members.
const QUOTES = new Map([
  ["'", "'"],
  ['"', '"'],
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
]);
const KEYWORDS = new Map([
  ["and", "and"],
  ["or", "or"],
  ["且", "and"],
  ["并且", "and"],
  ["或", "or"],
  ["或者", "or"],
]);

function tokenize(src: string): Token[] {
  const s = src.replace(FULL_WIDTH_DIGIT, (c) =>
    c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\u3000") {
      i++;
      continue;
    }
    if (DIGIT.test(c) || (c === "." && DIGIT.test(s[i + 1] ?? ""))) {
      const start = i;
      while (i < s.length && DIGIT.test(s[i])) i++;
      if (s[i] === "." && DIGIT.test(s[i + 1] ?? "")) {
        i++;
        while (i < s.length && DIGIT.test(s[i])) i++;
      }
      out.push({ t: "num", v: s.slice(start, i), at: start });
      continue;
    }
    const close = QUOTES.get(c);
    if (close !== undefined) {
      const end = s.indexOf(close, i + 1);
      if (end < 0) throw new SyntaxProblem(i, "引号没有配对");
      out.push({ t: "str", v: s.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    if (ID_START.test(c)) {
      const start = i;
      while (i < s.length && ID_PART.test(s[i])) i++;
      const word = s.slice(start, i);
      const kw = KEYWORDS.get(word);
      out.push(kw ? { t: "op", v: kw, at: start } : { t: "id", v: word, at: start });
      continue;
    }
    const op = OPERATORS.find(([text]) => s.startsWith(text, i));
    if (!op) throw new SyntaxProblem(i, `不认识的符号「${c}」`);
    out.push({ t: "op", v: op[1], at: i });
    i += op[0].length;
  }
  out.push({ t: "end", at: s.length });
  return out;
}

const COMPARE: ReadonlySet<string> = new Set(["<", "<=", ">", ">=", "=", "!="]);

/** Recursive descent over the token list; precedence: or < and < comparison < + - < × ÷ < unary. */
class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === "op" && t.v === v;
  }

  private expectOp(v: string, what: string): void {
    if (!this.isOp(v)) throw new SyntaxProblem(this.peek().at, what);
    this.i++;
  }

  parseAll(): Expr {
    const e = this.or();
    const t = this.peek();
    if (t.t !== "end") throw new SyntaxProblem(t.at, `多余的内容「${t.v}」`);
    return e;
  }

  private or(): Expr {
    let a = this.and();
    while (this.isOp("or")) {
      this.i++;
      a = { k: "logic", op: "or", a, b: this.and() };
    }
    return a;
  }

  private and(): Expr {
    let a = this.compare();
    while (this.isOp("and")) {
      this.i++;
      a = { k: "logic", op: "and", a, b: this.compare() };
    }
    return a;
  }

  private compare(): Expr {
    const a = this.sum();
    const t = this.peek();
    if (t.t === "op" && COMPARE.has(t.v)) {
      this.i++;
      const b = this.sum();
      const next = this.peek();
      if (next.t === "op" && COMPARE.has(next.v))
        throw new SyntaxProblem(next.at, "一个比较中只能有一个比较符号（如 a ≤ b）");
      return { k: "cmp", op: t.v as CompareOp, a, b };
    }
    return a;
  }

  private sum(): Expr {
    let a = this.term();
    for (;;) {
      const t = this.peek();
      if (t.t !== "op" || (t.v !== "+" && t.v !== "-")) return a;
      this.i++;
      a = { k: "bin", op: t.v, a, b: this.term() };
    }
  }

  private term(): Expr {
    let a = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t !== "op" || (t.v !== "*" && t.v !== "/")) return a;
      this.i++;
      a = { k: "bin", op: t.v, a, b: this.unary() };
    }
  }

  private unary(): Expr {
    if (this.isOp("-")) {
      this.i++;
      return { k: "neg", e: this.unary() };
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.peek();
    switch (t.t) {
      case "num":
        this.i++;
        return { k: "num", v: new Decimal(t.v) };
      case "str":
        this.i++;
        return { k: "str", v: t.v };
      case "id": {
        this.i++;
        if (!this.isOp("(")) return { k: "var", name: t.v, at: t.at };
        this.i++;
        const args: Expr[] = [];
        if (!this.isOp(")")) {
          args.push(this.or());
          while (this.isOp(",")) {
            this.i++;
            args.push(this.or());
          }
        }
        this.expectOp(")", `函数 ${t.v} 的括号没有闭合`);
        return { k: "call", fn: t.v, args, at: t.at };
      }
      case "op":
        if (t.v === "(") {
          this.i++;
          const e = this.or();
          this.expectOp(")", "缺少右括号「)」");
          return e;
        }
        throw new SyntaxProblem(t.at, `此处应为数字、参数名或左括号，却是「${t.v}」`);
      case "end":
        throw new SyntaxProblem(t.at, "公式不完整");
    }
  }
}

/**
 * Limits on a formula. Formulas come from files that travel inside workbooks: a formula of 10,000 terms
 * made every recursive walk overflow the stack. Real formulas are under 200 characters and 10 levels.
 * The length bound also bounds the parser's own recursion (a few frames per character at most).
 */
export const MAX_FORMULA_CHARS = 500;
export const MAX_FORMULA_DEPTH = 40;

/** How deeply the formula nests (a + b + c is three levels: the chain is a left-leaning tree). */
function depthOf(root: Expr): number {
  let deepest = 0;
  const stack: [Expr, number][] = [[root, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [e, d] = top;
    if (d > deepest) deepest = d;
    if (e.k === "neg") stack.push([e.e, d + 1]);
    else if (e.k === "bin" || e.k === "cmp" || e.k === "logic") stack.push([e.a, d + 1], [e.b, d + 1]);
    else if (e.k === "call") for (const a of e.args) stack.push([a, d + 1]);
  }
  return deepest;
}

/** Parse a formula. Errors say where (1-based character) and what, in Chinese. */
export function parseExpr(source: string): ParseResult {
  const src = String(source ?? "");
  if (src.trim() === "") return { ok: false, error: "公式是空的" };
  if (src.length > MAX_FORMULA_CHARS)
    return {
      ok: false,
      error: `公式太长（${src.length} 个字符，最多 ${MAX_FORMULA_CHARS} 个），请把其中一部分写成单独的参数`,
    };
  try {
    const expr = new Parser(tokenize(src)).parseAll();
    if (depthOf(expr) > MAX_FORMULA_DEPTH)
      return {
        ok: false,
        error: `公式的运算和括号嵌套太多（超过 ${MAX_FORMULA_DEPTH} 层），请把其中一部分写成单独的参数`,
      };
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, error: `第 ${e.at + 1} 个字符处${e.what}` };
    return { ok: false, error: "公式无法读取" };
  }
}

/** Every variable name and function call in a formula, for checking names against the template. */
export function walkExpr(e: Expr, visit: (node: Expr) => void): void {
  visit(e);
  switch (e.k) {
    case "neg":
      walkExpr(e.e, visit);
      break;
    case "bin":
    case "cmp":
    case "logic":
      walkExpr(e.a, visit);
      walkExpr(e.b, visit);
      break;
    case "call":
      for (const a of e.args) walkExpr(a, visit);
      break;
    default:
      break;
  }
}
