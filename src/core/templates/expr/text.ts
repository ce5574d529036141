/**
 * Text with formulas in braces: "全年召开{会议类别}会议{meetings}次" → "全年召开三类会议4次". Used for goal
 * sentences, indicator names, units and constraint messages. The text itself is data, never markup.
 */
import type { Expr } from "./parse";
import { compileExpr, evaluate, formatValue, type EvalEnv } from "./evaluate";

export type TextPart = { literal: string } | { expr: Expr; source: string };

export type TextCompileResult = { ok: true; parts: TextPart[] } | { ok: false; error: string };

export function compileText(text: string, resolve: (name: string) => string | null): TextCompileResult {
  const parts: TextPart[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) {
      parts.push({ literal: text.slice(i) });
      break;
    }
    if (open > i) parts.push({ literal: text.slice(i, open) });
    const close = text.indexOf("}", open + 1);
    if (close < 0) return { ok: false, error: `「{」没有对应的「}」（第 ${open + 1} 个字符）` };
    const source = text.slice(open + 1, close);
    const compiled = compileExpr(source, resolve);
    if (!compiled.ok) return { ok: false, error: `{${source}}：${compiled.error}` };
    parts.push({ expr: compiled.expr, source });
    i = close + 1;
  }
  return { ok: true, parts };
}

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

export function fillText(parts: readonly TextPart[], env: EvalEnv): TextResult {
  let out = "";
  for (const p of parts) {
    if ("literal" in p) {
      out += p.literal;
      continue;
    }
    const r = evaluate(p.expr, env);
    if (!r.ok) return { ok: false, error: `{${p.source}}：${r.error}` };
    out += formatValue(r.value);
  }
  return { ok: true, text: out };
}
