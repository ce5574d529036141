/**
 * Building the parts of a reading (识别结果): small constructors so every layout words its evidence the
 * same way. See model/reading.ts for what each status means to the rules.
 */
import { toA1 } from "../grid";
import { isJsSpace } from "../text/space";
import type { ColumnMap } from "./row-kinds";
import type { ColumnReading, ReadPart, SourceRef, TableReading } from "../model";
import type { SheetView } from "./sheet-view";

const ROLE_NAME: Record<string, string> = {
  code: "编码",
  name: "项目名称",
  amount: "金额",
  goal: "绩效目标",
  indicators: "绩效指标（整棵指标树在一格）",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  operator: "指标性质/计算符号",
  value: "指标值",
  unit: "计量单位",
  explanation: "指标解释",
  weight: "权重/分值",
  remark: "备注",
  basis: "指标值设定依据",
  history: "上年实际值",
};

export function roleName(role: string): string {
  return ROLE_NAME[role] ?? role;
}

export function clipText(text: string, max = 24): string {
  const t = spacedOnce(text) ? text : text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * Whether every \s in the text is a lone " " between two other characters — folding runs of spaces
 * and trimming would change nothing (most names and goals): clipText then copies nothing.
 */
function spacedOnce(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c)) continue;
    if (c !== 0x20 || i === 0 || i === last || isJsSpace(text.charCodeAt(i + 1))) return false;
  }
  return true;
}

/** A part read from a column of a one-row-per-project (or per-indicator) table. */
export function columnPart(cell: SourceRef, text: string, header: string): ReadPart {
  const where = `「${clipText(header, 12)}」列的 ${toA1(cell.row, cell.col)}`;
  if (text === "") return { status: "empty", cell, text: "", evidence: `${where}是空的。` };
  return { status: "found", cell, text: clipText(text, 60), evidence: `取自${where}。` };
}

/** The grid's columns by role, each with its header text. */
export function columnReadings(
  view: SheetView,
  columns: ColumnMap,
  headerTop: number,
  headerBottom: number,
  chosenBy: Partial<Record<string, string>> = {},
): ColumnReading[] {
  const out: ColumnReading[] = [];
  for (const [role, col] of Object.entries(columns)) {
    if (col === undefined) continue;
    let header = "";
    for (let r = headerBottom; r >= headerTop && header === ""; r--) header = view.shownText(r, col);
    out.push({
      role: role as ColumnReading["role"],
      col,
      header,
      evidence: chosenBy[role] ?? `表头「${clipText(header, 16)}」是${roleName(role)}列。`,
    });
  }
  return out.sort((a, b) => a.col - b.col);
}

export function emptyTableReading(kind: string, top: number, bottom: number): TableReading {
  return { kind, header: { top, bottom }, columns: [], skipped: [], notes: [] };
}

export const LAYOUT_WORDS = {
  wide: "公开表（一行一个项目）",
  long: "申报表（一行一条指标）",
  form: "单项目表",
} as const;
