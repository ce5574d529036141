/**
 * Find a table's header row(s) near the top of a region. A header may take two rows (绩效指标 merged over
 * 一级/二级/三级 below it, 项目名称 merged down over both); merges are resolved before matching.
 */
import type { ColumnRole } from "../model";
import { mayBeHeaderLabel, roleOfHeader, yearPriority, type HeaderRole } from "./header-aliases";
import type { SheetView } from "./sheet-view";

/** wide: tree in one cell; long: one row per indicator; grid: an indicator grid with no name column (form). */
export type HeaderKind = "wide" | "long" | "grid";

export interface HeaderMatch {
  /** First and last header rows (inclusive, absolute). */
  top: number;
  bottom: number;
  kind: HeaderKind;
  columns: Partial<Record<ColumnRole, number>>;
  /** Leftmost and rightmost non-empty header columns. */
  left: number;
  right: number;
  /** The unit written in the amount header ("金额(万元)"), if any. */
  amountUnit: "万元" | "元" | null;
}

/** How many rows of a region are searched for a header. */
export const HEADER_SCAN_ROWS = 50;
/** Header scanning ignores columns beyond this many (real tables are a few dozen wide). */
const MAX_HEADER_COLS = 200;

type RowRoles = Map<number, HeaderRole & { text: string }>;

/** Role matches of one row, merges resolved. */
function rowRoles(view: SheetView, row: number): RowRoles {
  const found: RowRoles = new Map();
  const end = Math.min(view.colEnd, view.colStart + MAX_HEADER_COLS);
  for (let c = view.colStart; c < end; c++) {
    const text = view.shownText(row, c);
    const role = roleOfHeader(text);
    if (role) found.set(c, { ...role, text });
  }
  return found;
}

function distinctRoles(roles: RowRoles): number {
  const set = new Set<ColumnRole>();
  for (const r of roles.values()) set.add(r.role);
  return set.size;
}

/** Two header rows read as one: the lower row's label wins; the upper one adds 年度/中期 context. */
function combine(upper: RowRoles, lower: RowRoles, upperTexts: Map<number, string>): RowRoles {
  const out: RowRoles = new Map(upper);
  for (const [c, r] of lower) {
    const context = upperTexts.get(c) ?? "";
    const bonus = r.priority === 0 && context !== r.text ? yearPriority(context) : 0;
    out.set(c, { ...r, priority: r.priority + bonus });
  }
  return out;
}

interface Resolved {
  kind: HeaderKind;
  columns: Partial<Record<ColumnRole, number>>;
  amountUnit: "万元" | "元" | null;
  score: number;
}

/** Choose one column per role (highest priority, then leftmost) and decide what kind of header it is. */
function resolve(roles: RowRoles): Resolved | null {
  const best = new Map<ColumnRole, { col: number; r: HeaderRole }>();
  const cols = [...roles.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    const r = roles.get(c)!;
    if (r.weak) continue;
    const prev = best.get(r.role);
    if (!prev || r.priority > prev.r.priority) best.set(r.role, { col: c, r });
  }
  // A bare "单位" is the indicator unit only right of the indicator columns (else it names the unit/单位).
  const lastIndicatorCol = Math.max(
    ...(["level2", "level3", "value", "operator"] as const).map((k) => best.get(k)?.col ?? -1),
  );
  if (!best.has("unit") && lastIndicatorCol >= 0) {
    const weak = cols.find((c) => roles.get(c)!.weak && c > lastIndicatorCol);
    if (weak !== undefined) best.set("unit", { col: weak, r: roles.get(weak)! });
  }
  const has = (k: ColumnRole) => best.has(k);
  const grid = has("level3") || ((has("level1") || has("level2")) && has("value"));
  let kind: HeaderKind;
  if (has("name") && grid) kind = "long";
  else if (has("name") && has("indicators")) kind = "wide";
  else if (!has("name") && grid) kind = "grid";
  else return null;
  if (kind !== "wide") best.delete("indicators");
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, b] of best) columns[role] = b.col;
  return { kind, columns, amountUnit: best.get("amount")?.r.amountUnit ?? null, score: best.size };
}

function textsOf(view: SheetView, row: number, cols: Iterable<number>): Map<number, string> {
  const m = new Map<number, string>();
  for (const c of cols) m.set(c, view.shownText(row, c));
  return m;
}

/**
 * The first header in rows [from, to): the first row that reads as a header, alone or together with the
 * row below (two-row headers). Returns null when none of the rows does.
 */
export function findHeader(view: SheetView, from: number, to: number): HeaderMatch | null {
  const cache = new Map<number, RowRoles>();
  const rolesAt = (r: number): RowRoles => {
    let v = cache.get(r);
    if (!v) cache.set(r, (v = r < view.rowEnd ? rowRoles(view, r) : new Map()));
    return v;
  };
  for (let r = from; r < to; r++) {
    const here = rolesAt(r);
    if (distinctRoles(here) < 2) continue;
    const below = rolesAt(r + 1);
    const single = resolve(here);
    let chosen: { top: number; bottom: number; res: Resolved } | null = single
      ? { top: r, bottom: r, res: single }
      : null;
    if (distinctRoles(below) >= 2 && onlyLabels(view, r)) {
      const both = combine(here, below, textsOf(view, r, below.keys()));
      const res = resolve(both);
      if (res && (!chosen || res.score >= chosen.res.score)) chosen = { top: r, bottom: r + 1, res };
    }
    if (!chosen) continue;
    return finish(view, chosen.top, chosen.bottom, chosen.res);
  }
  return null;
}

/** Every text in the row is a header label or a group label (年度目标, 绩效指标…): no data values. */
function onlyLabels(view: SheetView, row: number): boolean {
  const end = Math.min(view.colEnd, view.colStart + MAX_HEADER_COLS);
  for (let c = view.colStart; c < end; c++) {
    const t = view.text(row, c);
    if (t === "" || roleOfHeader(t)) continue;
    if (t.length <= 12 && GROUP_LABEL.test(t)) continue;
    return false;
  }
  return true;
}

const GROUP_LABEL = /年度|中期|指标|目标|预期|实际/;

function finish(view: SheetView, top: number, bottom: number, res: Resolved): HeaderMatch {
  let left = Infinity;
  let right = -Infinity;
  const end = Math.min(view.colEnd, view.colStart + MAX_HEADER_COLS);
  for (let r = top; r <= bottom; r++) {
    for (let c = view.colStart; c < end; c++) {
      if (view.shownText(r, c) === "") continue;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return { top, bottom, kind: res.kind, columns: res.columns, left, right, amountUnit: res.amountUnit };
}

/**
 * A row that starts another table: two or more header labels in its own cells. Called for every data
 * row, so header lookups are memoised by text (data texts repeat: 产出指标, 数量指标, %, ≥).
 */
export function headerRowTester(view: SheetView): (row: number) => boolean {
  const memo = new Map<string, ColumnRole | null>();
  const roleOf = (t: string): ColumnRole | null => {
    let r = memo.get(t);
    if (r === undefined) {
      const found = roleOfHeader(t.trim());
      r = found && !found.weak ? found.role : null;
      memo.set(t, r);
    }
    return r;
  };
  return (row) => {
    let first: ColumnRole | null = null;
    for (const cell of view.rowCells(row)) {
      if (!cell) continue;
      const t = cell.text || (typeof cell.value === "string" ? cell.value : "");
      if (t.length === 0 || t.length > 30 || !mayBeHeaderLabel(t)) continue;
      const r = roleOf(t);
      if (r === null) continue;
      if (first === null) first = r;
      else if (r !== first) return true;
    }
    return false;
  };
}
