/**
 * Find a table's header row(s) near the top of a region. A header may take two rows (绩效指标 merged over
 * 一级/二级/三级 below it, 项目名称 merged down over both); merges are resolved before matching.
 */
import type { ColumnRole } from "../model";
import {
  headerKey,
  mayBeHeaderLabel,
  moneyUnitIn,
  roleOfHeader,
  yearPriority,
  type HeaderRole,
} from "../vocab/header-aliases";
import type { SheetView } from "./sheet-view";
import { level1KeyOf, level2KeyOf } from "../vocab/categories";
import { columnLetters } from "../grid";

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
  /** Why a column got its role when not by its own header text (for the reading). */
  evidence?: Partial<Record<ColumnRole, string>>;
  /** What else the reading should say about the header (Chinese sentences). */
  notes?: string[];
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

/**
 * Two header rows read as one: the lower row's label wins; the upper one adds 年度/中期 context (and the
 * money unit of a group such as 「年度资金（万元）」). A group label merged across columns that have
 * labels of their own below (财政拨款 | 其他资金 | 资金总额) names none of them.
 */
function combine(view: SheetView, row: number, upper: RowRoles, lower: RowRoles): RowRoles {
  const out: RowRoles = new Map(upper);
  for (const c of upper.keys()) {
    const merge = view.merges.mergeAt(row, c);
    if (merge && merge.right > merge.left && merge.bottom === row && view.text(row + 1, c) !== "")
      out.delete(c);
  }
  for (const [c, r] of lower) {
    const context = view.shownText(row, c);
    const bonus = r.priority === 0 && context !== r.text ? yearPriority(context) : 0;
    const found = { ...r, priority: r.priority + bonus };
    if (r.role === "amount" && !r.amountUnit) {
      const unit = moneyUnitIn(context);
      if (unit) found.amountUnit = unit;
    }
    out.set(c, found);
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
  // 「绩效指标分类 | 绩效指标 | 绩效指标描述 | 评价标准」: beside a category column, 绩效指标 names the indicator;
  // so it does in 「绩效指标 | 指标值」, where the categories are rows of their own in the same column.
  if (
    !has("name") &&
    !has("level3") &&
    has("indicators") &&
    (has("level1") || has("level2") || has("value"))
  ) {
    best.set("level3", { ...best.get("indicators")!, r: { ...best.get("indicators")!.r, role: "level3" } });
    best.delete("indicators");
  }
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
      const both = combine(view, r, here, below);
      const res = resolve(both);
      if (res && (!chosen || res.score >= chosen.res.score)) chosen = { top: r, bottom: r + 1, res };
    }
    if (!chosen) continue;
    const bottom = subHeaderRows(view, chosen.top, chosen.bottom, chosen.res.columns);
    return finish(view, chosen.top, bottom, chosen.res);
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
    if (t.length <= 8 && ROW_NUMBER_LABEL.test(headerKey(t))) continue;
    return false;
  }
  return true;
}

const GROUP_LABEL = /年度|中期|指标|目标|预期|实际/;
/** A column of row numbers has no role but is a header label all the same (序号 merged down two rows). */
const ROW_NUMBER_LABEL = /^(序号|行次|栏次|项次|编号|no)$/i;

/**
 * Rows right under a header that continue it: 优 | 良 | 中 | 差 under 评价标准, county names under 区域目标值.
 * Such a row has no text of its own in the name and category columns (they are merged down from the
 * header) and only short texts without digits elsewhere. At most two such rows.
 */
function subHeaderRows(
  view: SheetView,
  top: number,
  bottom: number,
  columns: Partial<Record<ColumnRole, number>>,
): number {
  const keyCols = (["name", "level1", "level2", "level3"] as const)
    .map((k) => columns[k])
    .filter((c): c is number => c !== undefined);
  if (keyCols.length === 0) return bottom;
  let b = bottom;
  for (let r = bottom + 1; r <= bottom + 2 && r < view.rowEnd; r++) {
    const continued = keyCols.every((c) => {
      if (!view.merges.isCovered(r, c)) return view.text(r, c) === "";
      return view.merges.anchorOf(r, c).row <= b;
    });
    if (!continued) break;
    let texts = 0;
    let ok = true;
    const end = Math.min(view.colEnd, view.colStart + MAX_HEADER_COLS);
    for (let c = view.colStart; c < end && ok; c++) {
      if (view.merges.isCovered(r, c)) continue;
      const t = view.text(r, c);
      if (t === "") continue;
      texts++;
      if (t.length > 8 || /\d/.test(t) || typeof view.cell(r, c).value === "number") ok = false;
    }
    if (!ok || texts === 0) break;
    b = r;
  }
  return b;
}

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
  const match: HeaderMatch = {
    top,
    bottom,
    kind: res.kind,
    columns: { ...res.columns },
    left,
    right,
    amountUnit: res.amountUnit,
    evidence: {},
    notes: [],
  };
  preferAnnualSet(view, match);
  pickInsideWideHeaders(view, match);
  shiftLevelsByContent(view, match);
  noteSubColumns(view, match);
  return match;
}

/** The roles a set can have twice: each set's own 权重 (分值) and 取值依据 columns move with it. */
const SET_ROLES = ["level1", "level2", "level3", "operator", "value", "unit", "weight", "basis"] as const;

/**
 * Where a row above the grid names both periods (「中期目标」 … 「年度目标」, or the fund block's 中期/年度
 * amounts), the sets follow the same order: 年度 on the right of 中期 means the rightmost set is the
 * year's. The labels' own columns need not line up with the sets' (a goal merged over E:H while the
 * sets are C:E and F:H), so only their order counts. Undefined when no row names both.
 */
function annualByOrder(view: SheetView, m: HeaderMatch, valueCols: number[]): number | undefined {
  const end = Math.min(view.colEnd, view.colStart + MAX_HEADER_COLS);
  for (let r = m.top - 1; r >= Math.max(view.rowStart, m.top - 4); r--) {
    let mid = -1;
    let year = -1;
    for (let c = view.colStart; c < end; c++) {
      if (view.merges.isCovered(r, c) && view.merges.anchorOf(r, c).col !== c) continue;
      const p = yearPriority(view.shownText(r, c));
      if (p < 0 && mid < 0) mid = c;
      else if (p > 0 && year < 0) year = c;
    }
    if (mid >= 0 && year >= 0) return year > mid ? Math.max(...valueCols) : Math.min(...valueCols);
  }
  return undefined;
}

/**
 * Two sets of indicator columns side by side (中期 | 年度: 二级 三级 指标值 | 二级 三级 指标值). The set under
 * a 年度 heading (in the header or up to four rows above it) is read; with no such heading, the left set,
 * and the reading says so.
 */
function preferAnnualSet(view: SheetView, m: HeaderMatch): void {
  const valueCols: number[] = [];
  const end = Math.min(view.colEnd, view.colStart + MAX_HEADER_COLS);
  for (let c = view.colStart; c < end; c++) {
    if (view.merges.isCovered(m.bottom, c) && view.merges.anchorOf(m.bottom, c).col !== c) continue;
    if (roleOfHeader(view.shownText(m.bottom, c))?.role === "value") valueCols.push(c);
  }
  if (valueCols.length < 2 || m.columns.value === undefined) return;
  const periodOf = (c: number) => {
    for (let r = m.bottom; r >= Math.max(view.rowStart, m.top - 4); r--) {
      const p = yearPriority(view.shownText(r, c));
      if (p !== 0) return p;
    }
    return 0;
  };
  const byOrder = annualByOrder(view, m, valueCols);
  const annual = byOrder ?? valueCols.find((c) => periodOf(c) > 0);
  const cols = valueCols.map((c) => columnLetters(c)).join("、");
  if (annual === undefined || annual === m.columns.value) {
    m.notes!.push(
      `有 ${valueCols.length} 个指标值列（${cols}），按「${view.shownText(m.bottom, m.columns.value)}」（${columnLetters(m.columns.value)}列）检查。`,
    );
    return;
  }
  // Move every role of the set by the distance between the two value columns.
  const shift = annual - m.columns.value;
  for (const role of SET_ROLES) {
    const c = m.columns[role];
    if (c === undefined) continue;
    const moved = c + shift;
    if (roleOfHeader(view.shownText(m.bottom, moved))?.role === role) m.columns[role] = moved;
  }
  m.evidence!.value =
    byOrder !== undefined
      ? `有 ${valueCols.length} 个指标值列（${cols}），上方中期、年度依次排列，${columnLetters(annual)}列所在的一组是本年度目标，按它检查。`
      : `有 ${valueCols.length} 个指标值列（${cols}），上方标明「年度」的一组是本年度目标，按它检查。`;
}

/** How many cells below the header, in column c, name a category of the kind. */
function categoryCells(view: SheetView, m: HeaderMatch, c: number, keyOf: (t: string) => unknown): number {
  let n = 0;
  for (let r = m.bottom + 1; r < Math.min(view.rowEnd, m.bottom + 40); r++) {
    if (view.merges.isCovered(r, c) && view.merges.anchorOf(r, c).row !== r) continue;
    const t = view.text(r, c);
    if (t !== "" && keyOf(t) !== null) n++;
  }
  return n;
}

/**
 * A 一级/二级 header merged over two columns (「一级指标」 over A:B) whose first column holds a tall
 * label (「绩效指标」 down the side) and whose second holds the categories: read the categories' column.
 */
function pickInsideWideHeaders(view: SheetView, m: HeaderMatch): void {
  const kinds = [
    ["level1", level1KeyOf, "一级指标"],
    ["level2", level2KeyOf, "二级指标"],
  ] as const;
  for (const [role, keyOf, words] of kinds) {
    const c = m.columns[role];
    if (c === undefined) continue;
    const merge = view.merges.mergeAt(m.bottom, c) ?? view.merges.mergeAt(m.top, c);
    if (!merge || merge.right === merge.left) continue;
    if (categoryCells(view, m, c, keyOf) > 0) continue;
    for (let k = merge.left; k <= merge.right; k++) {
      if (k === c || Object.values(m.columns).includes(k)) continue;
      if (categoryCells(view, m, k, keyOf) === 0) continue;
      m.columns[role] = k;
      m.evidence![role] =
        `表头「${view.shownText(m.bottom, c)}」跨 ${columnLetters(merge.left)}–${columnLetters(merge.right)} 两列，${columnLetters(k)} 列的内容才是${words}，按它读；${columnLetters(c)} 列只是竖排的标题。`;
      break;
    }
  }
}

/**
 * The content of a category column decides what it is: a column headed 一级指标 whose cells are
 * 数量指标 / 质量指标 holds 二级 names, and the column headed 二级指标 beside it then holds the indicators.
 */
function shiftLevelsByContent(view: SheetView, m: HeaderMatch): void {
  const c1 = m.columns.level1;
  if (c1 === undefined) return;
  let l1 = 0;
  let l2 = 0;
  for (let r = m.bottom + 1; r < Math.min(view.rowEnd, m.bottom + 40); r++) {
    if (view.merges.isCovered(r, c1)) continue;
    const t = view.text(r, c1);
    if (t === "") continue;
    if (level1KeyOf(t) !== null && !/^成本/.test(t)) l1++;
    else if (level2KeyOf(t) !== null) l2++;
  }
  if (l1 > 0 || l2 < 2) return;
  const was = view.shownText(m.bottom, c1);
  if (m.columns.level3 === undefined && m.columns.level2 !== undefined) {
    m.columns.level3 = m.columns.level2;
    m.evidence!.level3 = `表头写「${view.shownText(m.bottom, m.columns.level2)}」，但左边一列已是二级指标，这一列是三级指标（指标名称）。`;
  }
  m.columns.level2 = c1;
  delete m.columns.level1;
  m.evidence!.level2 = `表头写「${was}」，但这一列的内容是「数量指标」「质量指标」等二级指标，按二级指标读。`;
}

/** A value header over several sub-columns (区域目标值 over one column per county, 评价标准 over 优/良/中/差). */
function noteSubColumns(view: SheetView, m: HeaderMatch): void {
  const c = m.columns.value;
  if (c === undefined) return;
  for (let r = m.top; r <= m.bottom; r++) {
    const merge = view.merges.mergeAt(r, c);
    if (!merge || merge.right === merge.left || m.bottom <= r) continue;
    const subs: string[] = [];
    for (let k = merge.left; k <= merge.right; k++) subs.push(view.shownText(m.bottom, k));
    m.notes!.push(
      `「${view.shownText(r, c)}」下有 ${subs.length} 列（${subs.join("、")}），按第一列「${subs[0]}」检查指标值。`,
    );
    return;
  }
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
