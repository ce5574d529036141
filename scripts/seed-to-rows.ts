/**
 * Turns the OCR'd seed (门源县政协办公室 2024 绩效目标公开表, tab-separated text with HTML/LaTeX debris)
 * into the rows an accountant has in Excel: one string per cell, real line breaks, no markup.
 * The content itself is kept as written — OCR breaks inside names, missing values, odd units and all.
 */

export type SeedRowKind = "total" | "unit" | "subunit" | "project";

export interface SeedRow {
  kind: SeedRowKind;
  /** 单位编码 ("402", "402001"); "" for 合计 and project rows. */
  code: string;
  /** 单位及项目名称 as written, numbering included: "2. 政协委员 民主监督工 作经费". */
  name: string;
  /** 金额 (万元) as written: "10.85", "3.6". */
  amount: string;
  /** 绩效目标, one paragraph per line; "" when the cell is empty. */
  goal: string;
  /** 绩效指标, one heading or indicator per line; "" when the cell is empty. */
  indicators: string;
  /** 1-based line of the seed text the row came from. */
  sourceLine: number;
}

export interface SeedTable {
  title: string;
  header: string[];
  rows: SeedRow[];
  /** Lines that were neither blank, markdown rule, title, header nor a table row (Chinese). */
  problems: string[];
}

const COLUMNS = 5;
/** Markdown table rules left by the OCR tool: "--\t------\t---". */
const MARKDOWN_RULE = /^[\s|:-]*-{2,}[\s|:-]*$/;
const HEADER_FIRST_CELL = "单位编码";
const UNIT_CODE = /^\d{3}$/;
const SUBUNIT_CODE = /^\d{4,}$/;
/** Tags the OCR put around paragraphs and lists; anything inside `<ol …>` is a list without <li>. */
const TAG = /<\/?(p|ol|li|ul)\b[^>]*>/gi;
/** An item number inside a flattened list: " 2. " (not "6.8", hence no digit after the dot). */
const LIST_ITEM = /\s(\d{1,2})\.(?!\d)/g;
const LATEX_SPAN = /\$([^$]*)\$/g;
const LATEX_SYMBOLS: readonly [RegExp, string][] = [
  [/\\geq?(?![a-z])/gi, "≥"],
  [/\\leq?(?![a-z])/gi, "≤"],
  [/\\%/g, "%"],
  [/\\times(?![a-z])/gi, "×"],
];
const HTML_ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const HTML_ENTITY = /&(nbsp|lt|gt|amp);/g;

/** `$\geq 95\%$` → `≥95%`: symbols replaced, the spaces LaTeX needed dropped. */
export function replaceLatex(text: string): string {
  return text.replace(LATEX_SPAN, (_m, body: string) => {
    let out = body;
    for (const [re, symbol] of LATEX_SYMBOLS) out = out.replace(re, symbol);
    return out.replace(/\s+/g, "");
  });
}

/** " 1. 甲 ≥ 3次 2. 乙 98%" → ["1. 甲 ≥ 3次", "2. 乙 98%"]. Cuts only at the next expected number. */
export function splitListItems(text: string): string[] {
  const items: string[] = [];
  let start = 0;
  let next = /^\s*1\./.test(text) ? 2 : 1;
  for (const m of text.matchAll(LIST_ITEM)) {
    if (Number(m[1]) !== next || m.index === undefined) continue;
    items.push(text.slice(start, m.index));
    start = m.index;
    next++;
  }
  items.push(text.slice(start));
  return items.map((s) => s.trim()).filter((s) => s !== "");
}

/**
 * One cell of the seed → what Excel shows: `<p>` paragraphs and flattened `<ol>` items become lines,
 * LaTeX becomes symbols, entities are decoded. Text outside any tag is one line, as written.
 */
export function cleanCell(raw: string): string {
  const text = replaceLatex(raw).replace(HTML_ENTITY, (e) => HTML_ENTITIES[e] ?? e);
  const lines: string[] = [];
  let inList = false;
  let last = 0;
  const flush = (chunk: string): void => {
    if (chunk.trim() === "") return;
    if (inList) lines.push(...splitListItems(chunk));
    else lines.push(chunk.trim());
  };
  for (const m of text.matchAll(TAG)) {
    flush(text.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const tag = m[0].toLowerCase();
    if (tag.startsWith("<ol") || tag.startsWith("<ul")) inList = true;
    else if (tag.startsWith("</ol") || tag.startsWith("</ul") || tag === "<p>") inList = false;
  }
  flush(text.slice(last));
  return lines.join("\n");
}

function kindOf(code: string, name: string): SeedRowKind {
  if (name.trim() === "合计") return "total";
  if (UNIT_CODE.test(code)) return "unit";
  if (SUBUNIT_CODE.test(code)) return "subunit";
  return "project";
}

/** Parse the whole seed text. Never throws: what cannot be placed is listed in `problems`. */
export function seedToRows(text: string): SeedTable {
  const table: SeedTable = { title: "", header: [], rows: [], problems: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "" || MARKDOWN_RULE.test(line)) return;
    const fields = line.split("\t");
    if (fields.length === 1) {
      if (table.title === "" && table.header.length === 0) table.title = line.trim();
      else table.problems.push(`第${i + 1}行不是表格行，已跳过：${line.trim().slice(0, 40)}`);
      return;
    }
    if (fields[0].trim() === HEADER_FIRST_CELL) {
      table.header = fields.map((f) => f.trim()).slice(0, COLUMNS);
      return;
    }
    if (fields.length < 3) {
      table.problems.push(`第${i + 1}行只有${fields.length}列，已跳过：${line.trim().slice(0, 40)}`);
      return;
    }
    const [code = "", name = "", amount = "", goal = "", indicators = ""] = fields;
    table.rows.push({
      kind: kindOf(code.trim(), name),
      code: code.trim(),
      name: name.trim(),
      amount: amount.trim(),
      goal: cleanCell(goal),
      indicators: cleanCell(indicators),
      sourceLine: i + 1,
    });
  });
  if (table.title === "") table.problems.push("没有找到表头上方的标题行。");
  if (table.header.length === 0) table.problems.push("没有找到以“单位编码”开头的表头行。");
  return table;
}
