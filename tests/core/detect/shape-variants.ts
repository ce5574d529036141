/**
 * Small performance-target tables built from one description in each layout the reader supports (wide,
 * long, form), and the changes a real publisher makes to such a table that must not change what is read:
 * title and note rows, blank rows and columns, a two-row header, columns in another order, 元 instead of
 * 万元, spaces and full-width marks in labels, a 序号 column, merged or repeated 一级/二级 cells, a 合计 row.
 * The metamorphic tests render a table with and without each change and compare the readings.
 */
import Decimal from "decimal.js";
import type { CellRange, CellValue } from "../../../src/core/grid";
import type { Table } from "../../../src/core/model";

export interface SpecIndicator {
  l1: string;
  l2: string;
  name: string;
  value: string;
}

export interface SpecProject {
  name: string;
  /** 万元, as a decimal string. */
  amount: string;
  goal: string;
  indicators: SpecIndicator[];
}

export type Layout = "wide" | "long" | "form";

/** How 一级/二级 (and, in the long layout, the project's cells) continue down their block. */
export type Continuation = "merged" | "repeated" | "blank";

export interface Variant {
  /** Title, 单位 and 填报单位 lines above; a note and a signature line below. */
  framed?: boolean;
  /** An empty column inserted inside the table (before this 0-based column of the plain rendering). */
  blankColumnAt?: number;
  /** An empty row between the projects (wide, long) or between the labels and the grid (form). */
  blankRow?: boolean;
  /** The header over two rows: a group label merged across the indicator columns, the rest merged down. */
  splitHeader?: boolean;
  /** Columns in another order (long: goal and amount after the indicators; wide: amount last). */
  reordered?: boolean;
  /** Amounts in 元 with 「（元）」 in the header or label. */
  yuan?: boolean;
  /** Spaces, full-width spaces and colons and half-width brackets inside the labels. */
  spacedLabels?: boolean;
  /** A leading 序号 column. */
  serial?: boolean;
  continuation?: Continuation;
  /** A 合计 row after the last project (wide, long). */
  totalRow?: boolean;
  /** The 合计 row above the first project instead (wide, long). */
  totalFirst?: boolean;
  /** Amounts typed as text with two decimals ("12.50"). */
  amountAsText?: boolean;
  /** Project names numbered as in a list ("1. 政策宣讲活动经费"). */
  numberedNames?: boolean;
  /** Labels end in a colon (「项目名称：」). */
  colonLabels?: boolean;
  /** The money unit only in a 「单位：…」 line above the table, not in the header. */
  unitLineOnly?: boolean;
  /** Form: 主管部门 and its value beside the project name in the same row. */
  pairedLabels?: boolean;
  /** Form: 其中：财政拨款 and 其他资金 lines under the amount. */
  fundLines?: boolean;
  /** Form: each label above its value instead of beside it. */
  valuesBelow?: boolean;
  /** How the money unit is written in the amount header: on a line of its own, or as 「（单位：万元）」. */
  unitInHeader?: "newline" | "words";
  /** Amounts as text: with thousands separators (「125,000.00」), or in 万元 with the unit written after. */
  amountStyle?: "thousands" | "wan";
  /** Digits in amounts and indicator values typed full-width (「１２.５」「≥１２场」). */
  fullWidth?: boolean;
  /** The 一级 names written vertically, one character per line (long, form). */
  verticalLevel1?: boolean;
  /** The 二级 column two columns wide: header and cells merged across both (long, form). */
  wideLevel2?: boolean;
  /** Non-breaking spaces inside labels and values, a leading apostrophe in the amount text. */
  webSpaces?: boolean;
  /** A 小计 row under each 一级 block and a 合计 row under the grid (long, form). */
  gridSubtotals?: boolean;
  /** The value split over columns of its own: 计量单位 after it, or 指标性质 before it too (long, form). */
  valueColumns?: "unit" | "operatorAndUnit";
  /** Line breaks inside the header labels (「三级\n指标」), as wrapped header cells are typed. */
  wrappedLabels?: boolean;
  /**
   * A page break: the header repeated inside the table (inside the first project of a long table or a
   * form's grid, between projects of a wide one), merges split at it, their text written again below.
   */
  pageBreak?: boolean;
}

export interface Grid {
  rows: CellValue[][];
  merges: CellRange[];
  /** The first row under the header of the indicator grid (or of the wide table). */
  body: number;
}

export const PROJECTS: SpecProject[] = [
  {
    name: "政策宣讲活动经费",
    amount: "12.5",
    goal: "全年开展政策宣讲12场，群众满意度达到90%以上",
    indicators: [
      { l1: "产出指标", l2: "数量指标", name: "宣讲场次", value: "≥12场" },
      { l1: "产出指标", l2: "数量指标", name: "发放宣传资料", value: "≥3000份" },
      { l1: "产出指标", l2: "质量指标", name: "活动完成率", value: "≥95%" },
      { l1: "产出指标", l2: "时效指标", name: "按时完成率", value: "100%" },
      { l1: "效益指标", l2: "社会效益指标", name: "政策知晓率", value: "≥85%" },
      { l1: "满意度指标", l2: "服务对象满意度指标", name: "群众满意度", value: "≥90%" },
    ],
  },
  {
    name: "办公设备购置",
    amount: "6.8",
    goal: "购置办公电脑10台，保障日常办公",
    indicators: [
      { l1: "产出指标", l2: "数量指标", name: "购置电脑数量", value: "10台" },
      { l1: "产出指标", l2: "成本指标", name: "单台电脑价格", value: "≤6000元" },
      { l1: "效益指标", l2: "可持续影响指标", name: "设备使用年限", value: "≥6年" },
      { l1: "满意度指标", l2: "服务对象满意度指标", name: "使用人员满意度", value: "≥95%" },
    ],
  },
];

const CN_NUM = "一二三四五六七八九十";

/** The whole tree in one cell, as wide disclosure tables write it. */
export function indicatorText(indicators: readonly SpecIndicator[], v: Variant = {}): string {
  const lines: string[] = [];
  let l1 = "";
  let l2 = "";
  let n1 = 0;
  let n2 = 0;
  let n3 = 0;
  for (const i of indicators) {
    if (i.l1 !== l1) {
      l1 = i.l1;
      l2 = "";
      n2 = 0;
      lines.push(`${CN_NUM[n1++]}、${l1}`);
    }
    if (i.l2 !== l2) {
      l2 = i.l2;
      n3 = 0;
      lines.push(`（${CN_NUM[n2++]}）${l2}：`);
    }
    lines.push(`${++n3}. ${i.name} ${valueText(i.value, v)}`);
  }
  return lines.join("\n");
}

const m = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

/** Spaces and marks a publisher puts inside labels; the label's words stay the same. */
function label(text: string, v: Variant): string {
  let t = v.webSpaces ? text.replace(/^(.{2})(?=.)/, "$1\u00a0") : text;
  if (v.wrappedLabels) t = t.replace(/^(\S{2})(?=\S{2})/, "$1\n");
  if (v.spacedLabels) {
    t = t.length <= 4 ? Array.from(t).join(t.length === 4 ? " " : "\u3000") : t.replace(/^(.{2})/, "$1 ");
    t = t.replace(/（/g, "(").replace(/）/g, ")");
  }
  return v.colonLabels ? `${t}：` : t;
}

const FULL_DIGITS = "０１２３４５６７８９";
/** Every ASCII digit full-width. */
export const fullWidthDigits = (t: string) => t.replace(/[0-9]/g, (d) => FULL_DIGITS[Number(d)]);

function amountCell(p: SpecProject, v: Variant): CellValue {
  const n = v.yuan ? new Decimal(p.amount).times(10000) : new Decimal(p.amount);
  let text: string | null = v.amountAsText ? n.toFixed(2) : null;
  if (v.amountStyle === "thousands") text = thousands(n.toFixed(2));
  if (v.amountStyle === "wan") text = `${p.amount}万元`;
  if (v.fullWidth) text = fullWidthDigits(text ?? n.toString());
  if (v.webSpaces) text = `'${text ?? n.toString()}`;
  return text ?? n.toNumber();
}

/** 「125000.00」 → 「125,000.00」. */
function thousands(fixed: string): string {
  const [whole, frac] = fixed.split(".");
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ",")}.${frac}`;
}

function amountHeader(v: Variant, word: string): string {
  if (v.unitLineOnly) return label(word, v);
  const unit = v.yuan ? "元" : "万元";
  if (v.unitInHeader === "newline") return label(`${word}\n（${unit}）`, v);
  if (v.unitInHeader === "words") return label(`${word}（单位：${unit}）`, v);
  return label(`${word}（${unit}）`, v);
}

/** An indicator value as the variant writes it. */
function valueText(value: string, v: Variant): string {
  let t = v.fullWidth ? fullWidthDigits(value) : value;
  if (v.webSpaces) t = t.replace(/^([≥≤]?)/, "$1\u00a0");
  return t;
}

/** A 一级 name as the variant writes it. */
function level1Text(text: string, v: Variant): string {
  return v.verticalLevel1 ? Array.from(text).join("\n") : text;
}

function projectName(p: SpecProject, k: number, v: Variant): string {
  return v.numberedNames ? `${k + 1}. ${p.name}` : p.name;
}

/**
 * Fill the cells below the first row of a block per the continuation: merged (a merge over the block),
 * repeated (the text on every row) or blank (only the first row).
 */
function continueDown(
  g: Grid,
  col: number,
  from: number,
  to: number,
  text: CellValue,
  c: Continuation,
): void {
  g.rows[from][col] = text;
  if (to <= from) return;
  if (c === "merged") g.merges.push(m(from, col, to, col));
  for (let r = from + 1; r <= to; r++) g.rows[r][col] = c === "repeated" ? text : "";
}

function blockEnds<T>(items: readonly T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || key(items[i]) !== key(items[start])) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

/** Write the 一级/二级/三级/指标值 cells of a project's rows from `top`, columns given. */
function writeTree(
  g: Grid,
  top: number,
  inds: readonly SpecIndicator[],
  cols: { l1: number; l2: number; l3: number; value: number },
  c: Continuation,
  v: Variant,
): void {
  inds.forEach((i, k) => {
    g.rows[top + k][cols.l3] = i.name;
    g.rows[top + k][cols.value] = valueText(i.value, v);
  });
  for (const [a, b] of blockEnds(inds, (i) => i.l1))
    continueDown(g, cols.l1, top + a, top + b, level1Text(inds[a].l1, v), c);
  for (const [a, b] of blockEnds(inds, (i) => `${i.l1}/${i.l2}`))
    continueDown(g, cols.l2, top + a, top + b, inds[a].l2, c);
}

const emptyRows = (n: number, width: number): CellValue[][] =>
  Array.from({ length: n }, () => Array<CellValue>(width).fill(""));

/** The header rows of a grid: one row, or two with `group` merged over `groupCols` and the rest merged down. */
function writeHeader(
  g: Grid,
  top: number,
  labels: readonly string[],
  split: boolean,
  group?: { text: string; from: number; to: number },
): number {
  if (!split || !group) {
    labels.forEach((t, c) => (g.rows[top][c] = t));
    return top + 1;
  }
  labels.forEach((t, c) => {
    if (c >= group.from && c <= group.to) g.rows[top + 1][c] = t;
    else {
      g.rows[top][c] = t;
      g.merges.push(m(top, c, top + 1, c));
    }
  });
  g.rows[top][group.from] = group.text;
  g.merges.push(m(top, group.from, top, group.to));
  return top + 2;
}

function render(layout: Layout, projects: readonly SpecProject[], v: Variant): Grid {
  switch (layout) {
    case "wide":
      return renderWide(projects, v);
    case "long":
      return renderLong(projects, v);
    case "form":
      return renderForm(projects[0], v);
  }
}

function renderWide(projects: readonly SpecProject[], v: Variant): Grid {
  const order = v.reordered
    ? ["name", "goal", "indicators", "amount"]
    : ["name", "amount", "goal", "indicators"];
  const head: Record<string, string> = {
    name: label("项目名称", v),
    amount: amountHeader(v, "金额"),
    goal: label("绩效目标", v),
    indicators: label("绩效指标", v),
  };
  const width = order.length;
  const headRows = v.splitHeader ? 2 : 1;
  const g: Grid = {
    rows: emptyRows(headRows + projects.length + (v.blankRow ? 1 : 0), width),
    merges: [],
    body: headRows,
  };
  if (v.splitHeader) {
    // 项目信息 over name and amount, the rest merged down.
    order.forEach((k, c) => {
      if (k === "name" || k === "amount") g.rows[1][c] = head[k];
      else {
        g.rows[0][c] = head[k];
        g.merges.push(m(0, c, 1, c));
      }
    });
    const cols = order.map((k, c) => (k === "name" || k === "amount" ? c : -1)).filter((c) => c >= 0);
    if (cols[1] === cols[0] + 1) {
      g.rows[0][cols[0]] = "项目信息";
      g.merges.push(m(0, cols[0], 0, cols[1]));
    } else {
      for (const c of cols) g.merges.push(m(0, c, 0, c));
      for (const c of cols) {
        g.rows[0][c] = g.rows[1][c];
        g.rows[1][c] = "";
        g.merges.push(m(0, c, 1, c));
      }
    }
    g.merges = g.merges.filter((r) => r.bottom > r.top || r.right > r.left);
  } else order.forEach((k, c) => (g.rows[0][c] = head[k]));
  let r = headRows;
  projects.forEach((p, k) => {
    if (k > 0 && v.blankRow) r++;
    const cells: Record<string, CellValue> = {
      name: projectName(p, k, v),
      amount: amountCell(p, v),
      goal: p.goal,
      indicators: indicatorText(p.indicators, v),
    };
    order.forEach((key, c) => (g.rows[r][c] = cells[key]));
    r++;
  });
  if (v.totalRow || v.totalFirst) appendTotal(g, order.indexOf("name"), order.indexOf("amount"), projects, v);
  return g;
}

function appendTotal(
  g: Grid,
  nameCol: number,
  amountCol: number,
  projects: readonly SpecProject[],
  v: Variant,
) {
  const row = Array<CellValue>(g.rows[0].length).fill("");
  row[nameCol] = "合计";
  const sum = projects.reduce((s, p) => s.plus(p.amount), new Decimal(0));
  row[amountCol] = v.yuan ? sum.times(10000).toNumber() : sum.toNumber();
  if (!v.totalFirst) g.rows.push(row);
  else {
    const moved = insertRows(g, g.body, [row]);
    g.rows = moved.rows;
    g.merges = moved.merges;
  }
}

function renderLong(projects: readonly SpecProject[], v: Variant): Grid {
  const c = v.continuation ?? "merged";
  const order = v.reordered
    ? ["name", "l1", "l2", "l3", "value", "goal", "amount"]
    : ["name", "amount", "goal", "l1", "l2", "l3", "value"];
  const head: Record<string, string> = {
    name: label("项目名称", v),
    amount: amountHeader(v, "项目金额"),
    goal: label("年度绩效目标", v),
    l1: label("一级指标", v),
    l2: label("二级指标", v),
    l3: label("三级指标", v),
    value: label("指标值", v),
  };
  const col = Object.fromEntries(order.map((k, i) => [k, i])) as Record<string, number>;
  const headRows = v.splitHeader ? 2 : 1;
  const bodyRows =
    projects.reduce((n, p) => n + p.indicators.length, 0) + (v.blankRow ? projects.length - 1 : 0);
  const g: Grid = { rows: emptyRows(headRows + bodyRows, order.length), merges: [], body: headRows };
  writeHeader(
    g,
    0,
    order.map((k) => head[k]),
    !!v.splitHeader,
    { text: label("绩效指标", v), from: col.l1, to: col.value },
  );
  let r = headRows;
  const ends: number[] = [];
  projects.forEach((p, k) => {
    if (k > 0 && v.blankRow) r++;
    const last = r + p.indicators.length - 1;
    continueDown(g, col.name, r, last, projectName(p, k, v), c);
    continueDown(g, col.amount, r, last, amountCell(p, v), c);
    continueDown(g, col.goal, r, last, p.goal, c);
    writeTree(g, r, p.indicators, { l1: col.l1, l2: col.l2, l3: col.l3, value: col.value }, c, v);
    for (const [, b] of blockEnds(p.indicators, (i) => i.l1)) ends.push(r + b);
    r = last + 1;
  });
  let out = v.gridSubtotals ? addSubtotals(g, col.l2, ends) : g;
  if (v.totalRow || v.totalFirst) appendTotal(out, col.name, col.amount, projects, v);
  if (v.wideLevel2) out = widenColumn(out, col.l2, 0);
  return out;
}

/** A 小计 row (in the 二级 column) under each 一级 block ending at the rows given. */
function addSubtotals(g: Grid, l2: number, ends: readonly number[]): Grid {
  let out = g;
  for (const end of [...ends].sort((a, b) => b - a)) {
    const row = Array<CellValue>(g.rows[0].length).fill("");
    row[l2] = "小计";
    out = insertRows(out, end + 1, [row]);
  }
  return out;
}

/** Column `col` made two columns wide from row `from` down: every text of it merged across both. */
function widenColumn(g: Grid, col: number, from: number): Grid {
  const out = insertColumn(g, col + 1);
  const merges = out.merges.map((r) =>
    r.left === col && r.right === col && r.top >= from ? { ...r, right: col + 1 } : r,
  );
  const covered = (row: number) =>
    merges.some((r) => r.top <= row && row <= r.bottom && r.left <= col && col <= r.right);
  out.rows.forEach((cells, row) => {
    if (row >= from && (cells[col] ?? "") !== "" && !covered(row)) merges.push(m(row, col, row, col + 1));
  });
  return { ...out, merges };
}

function renderForm(p: SpecProject, v: Variant): Grid {
  const c = v.continuation ?? "merged";
  const width = 4;
  const labels: [string, CellValue][] = [
    [label("项目名称", v), p.name],
    [amountHeader(v, "资金总额"), amountCell(p, v)],
    [label("年度绩效目标", v), p.goal],
  ];
  if (v.reordered) labels.reverse();
  const headRows = v.splitHeader ? 2 : 1;
  const fund = v.fundLines ? 2 : 0;
  const labelRows = v.valuesBelow ? 2 * labels.length : labels.length + fund;
  const g: Grid = {
    rows: emptyRows(labelRows + (v.blankRow ? 1 : 0) + headRows + p.indicators.length, width),
    merges: [],
    body: labelRows + (v.blankRow ? 1 : 0) + headRows,
  };
  let r = 0;
  for (const [l, value] of labels) {
    g.rows[r][0] = l;
    if (v.valuesBelow) {
      g.merges.push(m(r, 0, r, width - 1), m(r + 1, 0, r + 1, width - 1));
      g.rows[r + 1][0] = value;
      r += 2;
      continue;
    }
    g.rows[r][1] = value;
    if (v.pairedLabels && value === p.name) {
      g.rows[r][2] = label("主管部门", v);
      g.rows[r][3] = "某县宣传部";
    } else if (v.fundLines && value === amountCell(p, v)) {
      const whole = new Decimal(p.amount);
      const part = (x: Decimal) => (v.yuan ? x.times(10000) : x).toNumber();
      g.rows[r + 1][1] = label("其中：财政拨款", v);
      g.rows[r + 1][2] = part(whole.minus(1));
      g.rows[r + 2][1] = label("其他资金", v);
      g.rows[r + 2][2] = part(new Decimal(1));
      g.merges.push(m(r, 0, r + 2, 0));
      g.rows[r][1] = label("资金总额", v);
      g.rows[r][2] = value;
      g.rows[r][0] = v.yuan ? "项目资金（元）" : "项目资金（万元）";
      r += 3;
      continue;
    } else g.merges.push(m(r, 1, r, width - 1));
    r++;
  }
  const top = labelRows + (v.blankRow ? 1 : 0);
  const heads = ["一级指标", "二级指标", "三级指标", "指标值"].map((t) => label(t, v));
  const body = writeHeader(g, top, heads, !!v.splitHeader, { text: label("绩效指标", v), from: 0, to: 2 });
  writeTree(g, body, p.indicators, { l1: 0, l2: 1, l3: 2, value: 3 }, c, v);
  let out = g;
  if (v.gridSubtotals) {
    const ends = blockEnds(p.indicators, (i) => i.l1).map(([, b]) => body + b);
    out = addSubtotals(out, 1, ends);
    const total = Array<CellValue>(width).fill("");
    total[0] = "合计";
    out.rows.push(total);
    out.merges.push(m(out.rows.length - 1, 0, out.rows.length - 1, 2));
  }
  if (v.wideLevel2) out = widenColumn(out, 1, top);
  return out;
}

/** Insert empty rows before `at`, moving merges below. */
export function insertRows(g: Grid, at: number, rows: CellValue[][]): Grid {
  const n = rows.length;
  return {
    rows: [...g.rows.slice(0, at), ...rows, ...g.rows.slice(at)],
    body: g.body >= at ? g.body + n : g.body,
    merges: g.merges.map((r) =>
      r.top >= at
        ? { ...r, top: r.top + n, bottom: r.bottom + n }
        : r.bottom >= at
          ? { ...r, bottom: r.bottom + n }
          : r,
    ),
  };
}

/** Insert one column before `at` (cells from `fill`, by row, else empty); merges across it widen. */
export function insertColumn(g: Grid, at: number, fill: (row: number) => CellValue = () => ""): Grid {
  return {
    body: g.body,
    rows: g.rows.map((row, r) => {
      const padded = row.length < at ? [...row, ...Array<CellValue>(at - row.length).fill("")] : row;
      return [...padded.slice(0, at), fill(r), ...padded.slice(at)];
    }),
    merges: g.merges.map((r) =>
      r.left >= at
        ? { ...r, left: r.left + 1, right: r.right + 1 }
        : r.right >= at
          ? { ...r, right: r.right + 1 }
          : r,
    ),
  };
}

/** A table in one layout with the given changes applied. */
export function build(layout: Layout, v: Variant, projects: readonly SpecProject[] = PROJECTS): Grid {
  let g = render(layout, projects, v);
  if (v.valueColumns && layout !== "wide") g = splitValues(g, v);
  if (v.serial) {
    const first = g.body;
    const headTop = first - (v.splitHeader ? 2 : 1);
    let n = 0;
    const numbered = (r: number) =>
      r >= first && !g.rows[r].includes("合计") && !g.rows[r].includes("小计") && !isBlankRow(g.rows[r]);
    g = insertColumn(g, 0, (r) => (r === headTop ? "序号" : numbered(r) ? ++n : ""));
    if (v.splitHeader) g.merges.push(m(headTop, 0, headTop + 1, 0));
  }
  if (v.blankColumnAt !== undefined) g = insertColumn(g, v.blankColumnAt + (v.serial ? 1 : 0));
  if (v.pageBreak) {
    // after the first project (wide) or its second indicator (long, form); a leading 合计 row is skipped
    const at = g.body + (layout === "wide" ? 1 : 2) + (v.totalFirst && layout !== "form" ? 1 : 0);
    g = repeatHeader(g, v.splitHeader ? 2 : 1, at);
  }
  if (v.unitLineOnly && !v.framed) {
    const width = Math.max(...g.rows.map((r) => r.length));
    g = insertRows(g, 0, [[...Array<CellValue>(width - 1).fill(""), v.yuan ? "单位：元" : "单位：万元"]]);
  }
  if (v.framed) {
    const width = Math.max(...g.rows.map((r) => r.length));
    g = insertRows(g, 0, [
      ["2024年度项目支出绩效目标表"],
      [`填报单位：某县宣传部`, ...Array<CellValue>(width - 2).fill(""), v.yuan ? "单位：元" : "单位：万元"],
    ]);
    g.merges.push(m(0, 0, 0, width - 1));
    g.rows.push([]);
    g.rows.push(["注：本表由项目单位填报，绩效目标经主管部门审核。"]);
    g.rows.push(["填表人：张三", "", "联系电话：0000-1234567"]);
  }
  return g;
}

const VALUE_PARTS = /^([≥≤]?)\s*([\d０-９.]+)(.*)$/u;

/** The 指标值 column's operator and unit moved to columns of their own (计量单位 after, 指标性质 before). */
function splitValues(grid: Grid, v: Variant): Grid {
  const headRow = grid.body - 1;
  const top = v.splitHeader ? grid.body - 2 : headRow;
  const valueLabel = label("指标值", v);
  const valueCol = Math.max(grid.rows[headRow].indexOf(valueLabel), grid.rows[top].indexOf(valueLabel));
  const parts = (r: number) => {
    const t = grid.rows[r][valueCol];
    return r >= grid.body && typeof t === "string" ? VALUE_PARTS.exec(t) : null;
  };
  const header = (text: string) => (r: number) => (r === top ? label(text, v) : "");
  const unitHeader = header("计量单位");
  let g = insertColumn(grid, valueCol + 1, (r) => parts(r)?.[3] ?? unitHeader(r));
  if (top < headRow) g.merges.push(m(top, valueCol + 1, headRow, valueCol + 1));
  if (v.valueColumns === "operatorAndUnit") {
    const opHeader = header("指标性质");
    g = insertColumn(g, valueCol, (r) => parts(r)?.[1] ?? opHeader(r));
    if (top < headRow) g.merges.push(m(top, valueCol, headRow, valueCol));
  }
  const at = v.valueColumns === "operatorAndUnit" ? valueCol + 1 : valueCol;
  g.rows.forEach((row, r) => {
    const p = parts(r);
    if (p) row[at] = v.valueColumns === "operatorAndUnit" ? p[2] : `${p[1]}${p[2]}`;
  });
  return g;
}

/** The header's rows (the `n` rows above the body) copied before row `at`; merges across `at` split there. */
function repeatHeader(grid: Grid, n: number, at: number): Grid {
  const head = grid.rows.slice(grid.body - n, grid.body).map((r) => [...r]);
  const headMerges = grid.merges
    .filter((x) => x.top >= grid.body - n && x.bottom < grid.body)
    .map((x) => ({ ...x, top: x.top - grid.body + n + at, bottom: x.bottom - grid.body + n + at }));
  const g = insertRows(grid, at, head);
  const merges: CellRange[] = [...headMerges];
  for (const x of g.merges) {
    if (!(x.top < at && x.bottom >= at + n)) {
      merges.push(x);
      continue;
    }
    merges.push({ ...x, bottom: at - 1 }, { ...x, top: at + n });
    g.rows[at + n][x.left] = g.rows[x.top][x.left];
  }
  return { ...g, merges: merges.filter((x) => x.bottom > x.top || x.right > x.left) };
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((c) => c === "" || c === null);
}

/** What the reader understood of each project, in a form that must not change with the table's shape. */
export function readingOf(tables: readonly Table[]) {
  return tables.flatMap((t) =>
    t.projects.map((p) => ({
      name: p.name,
      amount: p.amount === null ? null : p.amount.toFixed(4),
      goal: p.goal,
      indicators: p.indicators.map((i) =>
        [i.level1Key, i.level2Key, i.name, i.operator ?? "", i.value ?? "", i.unit ?? ""].join("|"),
      ),
    })),
  );
}

/** Two tables side by side on one sheet, an empty column between them; `b`'s merges move right. */
export function sideBySide(a: Grid, b: Grid): Grid {
  const width = Math.max(...a.rows.map((r) => r.length));
  const rows: CellValue[][] = [];
  for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
    const left = [...(a.rows[r] ?? [])];
    while (left.length < width) left.push("");
    rows.push([...left, "", ...(b.rows[r] ?? [])]);
  }
  const shift = width + 1;
  const merges = [
    ...a.merges,
    ...b.merges.map((x) => ({ ...x, left: x.left + shift, right: x.right + shift })),
  ];
  return { rows, merges, body: a.body };
}
