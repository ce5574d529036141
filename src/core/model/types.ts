/**
 * The domain model read from a table: projects, their indicator trees (一级 → 二级 → 三级) and the
 * amount totals. Detection builds it; rules read it. Every piece remembers the cell it came from.
 */
import type Decimal from "decimal.js";
import type { CellRange } from "../grid";
import type { ProjectReading, TableReading } from "./reading";

export type Layout = "wide" | "long" | "form";

/** ≥ > = < ≤ (budget-system codes 1–5). 定性 is not an operator: see Indicator.qualitative. */
export type Operator = ">=" | ">" | "=" | "<" | "<=";

/** Where something sits: 0-based absolute row/col on a sheet, and the 1-based line inside a multi-line cell. */
export interface SourceRef {
  sheet: string;
  row: number;
  col: number;
  line?: number;
}

/** Canonical 一级指标. */
export type Level1Key = "output" | "benefit" | "satisfaction" | "cost";

/** Canonical 二级指标. */
export type Level2Key =
  | "quantity" // 数量指标
  | "quality" // 质量指标
  | "timeliness" // 时效指标
  | "cost" // 成本指标 (2015: under 产出)
  | "economic" // 经济效益指标
  | "social" // 社会效益指标
  | "ecological" // 生态效益指标
  | "sustainable" // 可持续影响指标
  | "satisfaction" // 服务对象满意度指标
  | "economicCost" // 经济成本指标 (2021)
  | "socialCost" // 社会成本指标 (2021)
  | "ecoCost"; // 生态环境成本指标 (2021)

export interface Heading {
  level: 1 | 2;
  /** As written, cleaned of numbering and colons: "产出指标", "数量指标(必填硬性指标)". */
  text: string;
  key: Level1Key | Level2Key | null;
  /** For a 二级 heading: the 一级 it sits under (null when none came before it). */
  level1Key?: Level1Key | null;
  /** How many indicators sit directly under this heading (0 → category-empty). */
  indicatorCount: number;
  source: SourceRef;
}

export interface Indicator {
  /** 一级 as written ("产出指标") and its canonical key. Empty string when the tree has no 一级 heading. */
  level1: string;
  level1Key: Level1Key | null;
  level2: string;
  level2Key: Level2Key | null;
  /**
   * Set when the table has no 二级 column and level2Key was taken from the indicator's own name and
   * unit (「及时发放率」 → 时效); level2 stays empty, as written.
   */
  level2FromName?: true;
  /**
   * Set when the grid has a 三级 column and this row's cell there is empty: name is the 二级 (or 一级)
   * heading the row stands under, not a name of its own.
   */
  nameFromHeading?: true;
  /** 三级指标 name, cleaned of numbering: "举行政协全委会议". */
  name: string;
  /** null: no operator written (a bare value reads as "=", see operator-missing) or a 定性 value. */
  operator: Operator | null;
  /** 定性: the value is text (健全, 合理, 提高), not a number. */
  qualitative: boolean;
  /** The target value as written after normalisation ("95", "10.85", "健全"); null when there is none. */
  value: string | null;
  /** The numeric value of a quantitative target (exact decimal); null when not a number. */
  number: Decimal | null;
  /** Unit as written after normalisation ("%", "次", "万元", "元/人·天"); null when there is none. */
  unit: string | null;
  /** The line (wide layout) or the row's cells joined (long layout) as the user wrote it. */
  raw: string;
  /** Set when the value/unit could not be read cleanly; the reason in Chinese (→ value-malformed). */
  malformed?: string;
  /**
   * For a 定性 value, what kind of text it is: a date or period (「2025年12月」「1—12月」「年底前完成」, an
   * ordinary 时效 target), a grade list (「优/良/中/差」) or prose with numbers in it (not measurable).
   */
  valueKind?: "date" | "grades" | "prose";
  source: SourceRef;
  /**
   * Tables with a 指标值 column (long layout, form grid): the row's operator, value and unit cells as
   * written (trimmed, before normalisation) and the value cell, for the budget system's import checks.
   */
  written?: WrittenMeasure;
}

/** The operator / value / unit cells of one grid row as the user typed them. */
export interface WrittenMeasure {
  operator: string;
  value: string;
  unit: string;
  /** The 指标值 cell. */
  valueCell: SourceRef;
  /** The 指标值 cell holds a number (not text): it is a plain number whatever its format shows. */
  valueIsNumber: boolean;
}

/** A line of an indicator cell that the parser could not read as a heading or an indicator. */
export interface ParseIssue {
  text: string;
  /** Chinese reason shown to the user. */
  reason: string;
  source: SourceRef;
}

export interface Project {
  /** Unique within the workbook: "sheet!row". */
  key: string;
  /** 单位编码/项目编码 when the table has one. */
  code: string | null;
  /** The name as written, without its leading number ("10." / "1、"). */
  name: string;
  /** The name cell's full text. */
  rawName: string;
  /** Amount in 万元 (元 converted), exact; null when missing, not a number or an error value. */
  amount: Decimal | null;
  /** What the amount cell shows. */
  amountText: string;
  amountProblem: null | "missing" | "error" | "not-numeric";
  /** 年度绩效目标 text, OCR debris removed, line breaks kept; "" when empty. */
  goal: string;
  indicators: Indicator[];
  headings: Heading[];
  issues: ParseIssue[];
  cells: {
    name: SourceRef;
    amount: SourceRef;
    goal: SourceRef;
    /** The indicator cell (wide) or the first indicator row's 三级 cell (long/form). */
    indicators: SourceRef;
  };
  /** Code of the unit (单位) row this project sits under, when the table has unit rows. */
  unitCode?: string | null;
  /** What the reader understood of this project and why (识别结果). */
  reading?: ProjectReading;
}

/** An amount that other amounts should add up to: 合计 or a unit/sub-unit subtotal row. */
export interface TotalRow {
  kind: "grand" | "unit";
  code: string | null;
  label: string;
  amount: Decimal | null;
  amountText: string;
  /** The amount cell. */
  source: SourceRef;
  /** The amounts that should add up to it (projects or sub-units), with their cells. */
  parts: { label: string; amount: Decimal | null; source: SourceRef }[];
  /** The project whose own breakdown this is (a cost build-up inside a form), when it is one. */
  project?: Project;
}

export interface Table {
  sheet: string;
  layout: Layout;
  /** The table's extent, 0-based absolute, header included. */
  range: CellRange;
  headerRow: number;
  /** The unit the amounts were written in; the model's amounts are always 万元. */
  amountUnit: "万元" | "元";
  projects: Project[];
  totals: TotalRow[];
  /** Column of each recognised header role (absolute index). */
  columns: Partial<Record<ColumnRole, number>>;
  /** What the reader understood of the table and why (识别结果). */
  reading?: TableReading;
}

export type ColumnRole =
  | "code"
  | "name"
  | "amount"
  | "goal"
  | "indicators" // wide: the whole tree in one cell
  | "level1"
  | "level2"
  | "level3"
  | "operator"
  | "value"
  | "unit"
  | "explanation"
  | "weight"
  | "remark"
  /** 指标值设定依据 / 取值依据 / 评价标准确定依据. */
  | "basis"
  /** Last year's actual value (上年实际完成值), beside the target. */
  | "history";

/** Something about a sheet that is not a rule finding: no table found, header only, … (Chinese text). */
export interface SheetProblem {
  sheet: string;
  message: string;
  /**
   * "empty" and "no-table" describe sheets that simply hold no table (an instructions sheet, Sheet2);
   * they matter only when the workbook has no table at all. "hidden": a sheet the user hid holds a
   * table that was not checked. Other problems are always shown.
   */
  kind?: "empty" | "no-table" | "hidden";
}

export interface Detection {
  tables: Table[];
  problems: SheetProblem[];
}
