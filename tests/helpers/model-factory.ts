/**
 * Factories for model objects in tests: write only what the case is about.
 * Rows are assigned in order so every finding has a distinct, predictable cell.
 */
import Decimal from "decimal.js";
import type { Heading, Indicator, Operator, Project, Table, TotalRow } from "../../src/core/model";
import { level1KeyOf, level2KeyOf } from "../../src/core/vocab/categories";

export const SHEET = "Sheet1";

export interface IndicatorSpec {
  l1?: string;
  l2?: string;
  name: string;
  op?: Operator | null;
  value?: string | null;
  unit?: string | null;
  qualitative?: boolean;
  malformed?: string;
  /** What kind of text a 定性 value is, as the parser says (a date, a grade list, prose). */
  valueKind?: Indicator["valueKind"];
  /** The row's 三级 cell is empty: `name` is the heading it stands under. */
  nameFromHeading?: boolean;
  line?: number;
}

export function makeIndicator(spec: IndicatorSpec, row = 1, line = spec.line ?? 1): Indicator {
  const l1 = spec.l1 ?? "产出指标";
  const l2 = spec.l2 ?? "数量指标";
  const value = spec.value === undefined ? null : spec.value;
  const qualitative = spec.qualitative ?? (value !== null && !/^-?\d+(\.\d+)?$/.test(value));
  const ind: Indicator = {
    level1: l1,
    level1Key: level1KeyOf(l1),
    level2: l2,
    level2Key: level2KeyOf(l2),
    name: spec.name,
    operator: spec.op === undefined ? (qualitative || value === null ? null : "=") : spec.op,
    qualitative,
    value,
    number: value !== null && !qualitative ? new Decimal(value) : null,
    unit: spec.unit === undefined ? null : spec.unit,
    raw: `${spec.name} ${spec.op ?? ""}${value ?? ""}${spec.unit ?? ""}`,
    source: { sheet: SHEET, row, col: 4, line },
  };
  if (spec.malformed) ind.malformed = spec.malformed;
  if (spec.valueKind) ind.valueKind = spec.valueKind;
  if (spec.nameFromHeading) ind.nameFromHeading = true;
  return ind;
}

export interface ProjectSpec {
  name?: string;
  code?: string | null;
  amount?: string | null;
  amountProblem?: Project["amountProblem"];
  goal?: string;
  indicators?: IndicatorSpec[];
  /** Extra headings with no indicators under them (for category-empty). */
  emptyHeadings?: { level: 1 | 2; text: string; under?: string }[];
  row?: number;
}

/** A project whose headings are derived from its indicators (plus any empty headings). */
export function makeProject(spec: ProjectSpec = {}, row = spec.row ?? 1): Project {
  const indicators = (spec.indicators ?? []).map((s, i) => makeIndicator(s, row, s.line ?? i + 1));
  const headings: Heading[] = [];
  const seen = new Map<string, Heading>();
  for (const ind of indicators) {
    const k1 = `1|${ind.level1}`;
    if (!seen.has(k1)) {
      const h: Heading = {
        level: 1,
        text: ind.level1,
        key: ind.level1Key,
        indicatorCount: 0,
        source: { ...ind.source },
      };
      seen.set(k1, h);
      headings.push(h);
    }
    const k2 = `2|${ind.level1}|${ind.level2}`;
    if (!seen.has(k2)) {
      const h: Heading = {
        level: 2,
        text: ind.level2,
        key: ind.level2Key,
        level1Key: ind.level1Key,
        indicatorCount: 0,
        source: { ...ind.source },
      };
      seen.set(k2, h);
      headings.push(h);
    }
    seen.get(k1)!.indicatorCount++;
    seen.get(k2)!.indicatorCount++;
  }
  for (const h of spec.emptyHeadings ?? []) {
    const l1 = h.under ?? "产出指标";
    headings.push(
      h.level === 1
        ? {
            level: 1,
            text: h.text,
            key: level1KeyOf(h.text),
            indicatorCount: 0,
            source: { sheet: SHEET, row, col: 4, line: 99 },
          }
        : {
            level: 2,
            text: h.text,
            key: level2KeyOf(h.text),
            level1Key: level1KeyOf(l1),
            indicatorCount: 0,
            source: { sheet: SHEET, row, col: 4, line: 99 },
          },
    );
  }
  const amount = spec.amount === undefined ? "10" : spec.amount;
  const name = spec.name ?? "测试项目";
  return {
    key: `${SHEET}!${row}`,
    code: spec.code ?? null,
    name,
    rawName: name,
    amount: amount === null ? null : new Decimal(amount),
    amountText: amount ?? "",
    amountProblem: spec.amountProblem ?? (amount === null ? "missing" : null),
    goal: spec.goal ?? "按计划完成全年工作任务，保障单位正常运转。",
    indicators,
    headings,
    issues: [],
    cells: {
      name: { sheet: SHEET, row, col: 1 },
      amount: { sheet: SHEET, row, col: 2 },
      goal: { sheet: SHEET, row, col: 3 },
      indicators: { sheet: SHEET, row, col: 4 },
    },
  };
}

export function makeTable(projects: Project[], totals: TotalRow[] = []): Table {
  const bottom = Math.max(1, ...projects.map((p) => p.cells.name.row));
  return {
    sheet: SHEET,
    layout: "wide",
    range: { top: 0, left: 0, bottom, right: 4 },
    headerRow: 0,
    amountUnit: "万元",
    projects,
    totals,
    columns: { code: 0, name: 1, amount: 2, goal: 3, indicators: 4 },
  };
}

/** A complete, correct 2015-profile indicator set: a project built from it raises no error. */
export const COMPLETE_2015: IndicatorSpec[] = [
  { l1: "产出指标", l2: "数量指标", name: "召开会议次数", op: "=", value: "1", unit: "次" },
  { l1: "产出指标", l2: "质量指标", name: "议程完成率", op: "=", value: "100", unit: "%" },
  { l1: "产出指标", l2: "时效指标", name: "会议按时召开率", op: "=", value: "100", unit: "%" },
  { l1: "产出指标", l2: "成本指标", name: "会议费总额", op: "<=", value: "10", unit: "万元" },
  { l1: "效益指标", l2: "社会效益指标", name: "会议精神传达覆盖率", op: ">=", value: "95", unit: "%" },
  { l1: "效益指标", l2: "可持续影响指标", name: "会议管理制度健全性", value: "健全", qualitative: true },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "参会人员满意度", op: ">=", value: "90", unit: "%" },
];
