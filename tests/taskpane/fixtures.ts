/**
 * A fake WorkbookGateway and canned check results for the task-pane tests. The findings are real: they
 * come from the core engine (runRules) running small rules over tables built with the model factory.
 */
import type { CheckResult } from "../../src/core/check";
import { runRules } from "../../src/core/engine/run-rules";
import type { ReadingCorrection } from "../../src/core/model";
import type { Finding } from "../../src/core/finding";
import type { RuleInfo } from "../../src/core/rules/catalog";
import { defineRule, type Rule } from "../../src/core/rules/rule";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import type {
  Capabilities,
  ClearSummary,
  InsertSummary,
  LastInsertion,
  MarkSummary,
  Outcome,
  StoredState,
  StoredUnitTemplates,
  UndoSummary,
  WorkbookGateway,
} from "../../src/host/gateway";
import type { InsertionPlan, InsertionTarget } from "../../src/host/insert";
import { checkUnitTemplatesText, readUnitTemplates } from "../../src/host/unit-templates";
import { sheetFromValues } from "../../src/core/grid";
import { makeProject, makeTable } from "../helpers/model-factory";

const valueMissing = defineRule({
  meta: {
    id: "value-missing",
    category: "completeness",
    defaultSeverity: "error",
    description: "指标没有填写指标值",
    messages: { missing: "「{{name}}」没有填写指标值。" },
  },
  check(ctx) {
    for (const p of ctx.table.projects)
      for (const ind of p.indicators)
        if (ind.value === null)
          ctx.report({ messageId: "missing", data: { name: ind.name }, project: p, indicator: ind });
  },
});

const unitMismatch = defineRule({
  meta: {
    id: "unit-mismatch",
    category: "values",
    defaultSeverity: "warning",
    description: "计量单位与指标名称不符",
    messages: { countInPercent: "「{{name}}」是次数，单位却是 %。" },
  },
  check(ctx) {
    for (const p of ctx.table.projects)
      for (const ind of p.indicators)
        if (ind.name.includes("次数") && ind.unit === "%")
          ctx.report({ messageId: "countInPercent", data: { name: ind.name }, project: p, indicator: ind });
  },
});

const operatorMissing = defineRule({
  meta: {
    id: "operator-missing",
    category: "completeness",
    defaultSeverity: "info",
    description: "数量指标没有写符号（按「=」理解）",
    messages: { bare: "「{{name}}」没有写 ≥、≤ 等符号，按「=」理解。" },
  },
  check(ctx) {
    for (const p of ctx.table.projects)
      for (const ind of p.indicators)
        if (ind.operator === null && !ind.qualitative && ind.value !== null)
          ctx.report({ messageId: "bare", data: { name: ind.name }, project: p, indicator: ind });
  },
});

export const TEST_RULES: readonly Rule[] = [operatorMissing, unitMismatch, valueMissing];
export const TEST_RULE_META: readonly RuleInfo[] = TEST_RULES.map((r) => r.meta);

export const SCRIPT_TEXT = "<script>alert(1)</script>";

/** Three projects on Sheet1 (rows 4–6): 2 errors, 1 warning, 2 infos. */
export function sampleResult(settings: Settings = DEFAULT_SETTINGS): CheckResult {
  const projects = [
    makeProject(
      {
        name: "政协十七届四次会议工作经费",
        indicators: [
          { name: "会议异常事故发生次数", op: "=", value: "0", unit: "%" },
          { name: "政协委员参会率", op: null, value: "95", unit: "%" },
        ],
      },
      3,
    ),
    makeProject(
      {
        name: "公务接待费",
        indicators: [
          { l2: "时效指标", name: "工作完成及时率", value: null },
          { name: "接待人数", op: null, value: "210", unit: "次" },
        ],
      },
      4,
    ),
    makeProject({ name: `${SCRIPT_TEXT}项目`, indicators: [{ name: "<b>粗体</b>指标", value: null }] }, 5),
  ];
  const tables = [makeTable(projects)];
  return { tables, findings: runRules(tables, settings, TEST_RULES), problems: [] };
}

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed(message: string): Outcome<never> {
  return { ok: false, message };
}

export interface FakeGateway extends WorkbookGateway {
  check: jest.Mock<
    Promise<Outcome<CheckResult>>,
    [Settings, ((f: number) => void)?, (readonly ReadingCorrection[])?]
  >;
  mark: jest.Mock<Promise<Outcome<MarkSummary>>, [readonly Finding[]]>;
  clearMarks: jest.Mock<Promise<Outcome<ClearSummary>>, []>;
  select: jest.Mock<Promise<Outcome<void>>, [string, string]>;
  activeCell: jest.Mock<Promise<Outcome<{ sheet: string; cell: string }>>, []>;
  loadState: jest.Mock<Promise<Outcome<StoredState>>, []>;
  saveState: jest.Mock<Promise<Outcome<void>>, [StoredState]>;
  capabilities: jest.Mock<Capabilities, []>;
  selectedProject: jest.Mock<Promise<Outcome<InsertionTarget>>, [Settings?]>;
  insertTemplate: jest.Mock<
    Promise<Outcome<InsertSummary>>,
    [InsertionPlan, { confirmedOverwrite: boolean }]
  >;
  undoInsertion: jest.Mock<Promise<Outcome<UndoSummary>>, []>;
  lastInsertion: jest.Mock<Promise<Outcome<LastInsertion | null>>, []>;
  loadUnitTemplates: jest.Mock<Promise<Outcome<StoredUnitTemplates>>, []>;
  saveUnitTemplates: jest.Mock<Promise<Outcome<StoredUnitTemplates>>, [string]>;
  removeUnitTemplates: jest.Mock<Promise<Outcome<void>>, []>;
  /** The unit templates' text the fake workbook holds (null: none). */
  unitText(): string | null;
}

/** A selection on a sheet without any table (the 模板 tab offers a new sheet). */
export function blankTarget(): InsertionTarget {
  return {
    sheet: sheetFromValues("Sheet1", []),
    cell: { row: 0, col: 0, address: "A1" },
    tables: [],
    table: null,
    project: null,
    profile: "2015",
    protected: false,
    sheetNames: ["Sheet1"],
  };
}

/**
 * `unitText`: the unit templates' JSON the fake workbook starts with. Saving and reading them go through
 * the adapter's own validation (src/host/unit-templates.ts), as the Excel gateway does.
 */
export function fakeGateway(
  overrides: Partial<Record<keyof WorkbookGateway, unknown>> = {},
  unitText: string | null = null,
): FakeGateway {
  let stored = unitText;
  const gateway: FakeGateway = {
    capabilities: jest.fn(() => ({ notes: true, comments: true, undoGroups: true, marks: true })),
    check: jest.fn(async (settings: Settings) => ok(sampleResult(settings))),
    mark: jest.fn(async (findings: readonly Finding[]) => ok({ marked: findings.length, skipped: [] })),
    clearMarks: jest.fn(async () => ok({ restored: 0, keptUserEdits: 0, skipped: [] })),
    select: jest.fn(async (_sheet: string, _cell: string): Promise<Outcome<void>> => ok(undefined)),
    activeCell: jest.fn(async () => ok({ sheet: "Sheet1", cell: "A1" })),
    loadState: jest.fn(async () => ok({ settings: DEFAULT_SETTINGS, ignored: [] })),
    saveState: jest.fn(async (_state: StoredState): Promise<Outcome<void>> => ok(undefined)),
    selectedProject: jest.fn(async (_settings?: Settings) => ok(blankTarget())),
    insertTemplate: jest.fn(async (plan: InsertionPlan, _o: { confirmedOverwrite: boolean }) =>
      ok({
        sheet: plan.sheet,
        summary: plan.summary,
        cells: plan.writes.length,
        insertedRows: plan.insertRows?.count ?? 0,
      }),
    ),
    undoInsertion: jest.fn(async () => ok({ summary: "已撤销", restored: 1 })),
    lastInsertion: jest.fn(async (): Promise<Outcome<LastInsertion | null>> => ok(null)),
    loadUnitTemplates: jest.fn(async () => ok(readUnitTemplates(stored))),
    saveUnitTemplates: jest.fn(async (text: string): Promise<Outcome<StoredUnitTemplates>> => {
      const checked = checkUnitTemplatesText(text, "模板文件");
      if (!checked.ok) return failed(checked.errors.join("\n"));
      stored = text;
      return ok({ text, templates: checked.templates });
    }),
    removeUnitTemplates: jest.fn(async (): Promise<Outcome<void>> => {
      stored = null;
      return ok(undefined);
    }),
    unitText: () => stored,
  };
  return Object.assign(gateway, overrides);
}
