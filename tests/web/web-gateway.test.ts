/**
 * The web edition's gateway (src/web/web-gateway.ts): the pane's port backed by a workbook read in the
 * browser. Checked against the CLI's reading of the same example; the grid, downloads and clipboard are
 * a recording fake host.
 */
import path from "path";
import { loadExcelJS } from "../../src/cli/exceljs";
import { readXlsx } from "../../src/cli/read-xlsx";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/finding";
import { sheetFromValues } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  BUILTIN_TEMPLATE_DEFS,
  TEMPLATE_SHEET_NAME,
  templateSheetRows,
  templatesFromSheet,
} from "../../src/core/templates";
import type { InsertionPlan } from "../../src/host/insert/types";
import type { WebDocument } from "../../src/web/documents";
import { createWebGateway, type WebHost, type WebSession } from "../../src/web/web-gateway";
import { layoutWorkbook } from "../../src/xlsx/layout-workbook";

const EXAMPLE = path.join(__dirname, "../../examples/menyuan-cppcc-2024-wide.xlsx");

async function exampleDoc(): Promise<WebDocument> {
  const read = await readXlsx(EXAMPLE);
  if (!read.ok) throw new Error(read.message);
  return { id: 1, name: "menyuan.xlsx", bytes: new Uint8Array(), workbook: read.workbook, result: null };
}

function fakeHost(overrides: Partial<WebHost> = {}) {
  const calls = {
    marks: [] as (readonly Finding[] | null)[],
    selected: [] as [string, number, number][],
    downloads: [] as [string, Uint8Array][],
    copied: [] as string[],
    checked: 0,
  };
  let active: { sheet: string; row: number; col: number } | null = null;
  const host: WebHost = {
    showMarks: (f) => void calls.marks.push(f),
    select: (sheet, row, col) => {
      calls.selected.push([sheet, row, col]);
      active = { sheet, row, col };
      return sheet !== "没有这张表";
    },
    activeCell: () => active,
    checked: () => void calls.checked++,
    download: (name, bytes) => void calls.downloads.push([name, bytes]),
    copy: async (text) => {
      calls.copied.push(text);
      return true;
    },
    layoutBytes: async () => new Uint8Array([1, 2, 3]),
    ...overrides,
  };
  return { host, calls, setActive: (a: typeof active) => (active = a) };
}

const session = (): WebSession => ({
  state: { settings: DEFAULT_SETTINGS, ignored: [] },
  unitTemplates: null,
});

test("check gives the core's result for the file, and the file list hears of it", async () => {
  const doc = await exampleDoc();
  const { host, calls } = fakeHost();
  const gateway = createWebGateway(doc, session(), host);
  const progress: number[] = [];
  const out = await gateway.check(DEFAULT_SETTINGS, (f) => progress.push(f));
  expect(out.ok).toBe(true);
  const expected = checkWorkbook(doc.workbook!, DEFAULT_SETTINGS);
  expect(out.ok && out.value.findings).toEqual(expected.findings);
  expect(out.ok && out.value.findings.length).toBeGreaterThan(10);
  expect(doc.result?.findings).toEqual(expected.findings);
  expect(calls.checked).toBe(1);
  expect(progress[progress.length - 1]).toBe(1);
});

test("a finding's cell is selected in the grid; an unknown sheet is a message", async () => {
  const doc = await exampleDoc();
  const { host, calls } = fakeHost();
  const gateway = createWebGateway(doc, session(), host);
  expect(await gateway.select(doc.workbook!.sheets[0].name, "E15")).toEqual({ ok: true, value: undefined });
  expect(calls.selected).toEqual([[doc.workbook!.sheets[0].name, 14, 4]]);
  const missing = await gateway.select("没有这张表", "A1");
  expect(missing).toEqual({ ok: false, message: "找不到工作表「没有这张表」。" });
});

test("marks are drawn on the page and cleared again, counted per cell", async () => {
  const doc = await exampleDoc();
  const { host, calls } = fakeHost();
  const gateway = createWebGateway(doc, session(), host);
  const out = await gateway.check(DEFAULT_SETTINGS);
  const findings = out.ok ? out.value.findings : [];
  const cells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`)).size;
  expect(await gateway.mark(findings)).toEqual({ ok: true, value: { marked: cells, skipped: [] } });
  expect(calls.marks[calls.marks.length - 1]).toBe(findings);
  expect(await gateway.clearMarks()).toEqual({
    ok: true,
    value: { restored: cells, keptUserEdits: 0, skipped: [] },
  });
  expect(calls.marks[calls.marks.length - 1]).toBeNull();
});

test("settings and ignored findings live in the session, shared by the files", async () => {
  const doc = await exampleDoc();
  const s = session();
  const a = createWebGateway(doc, s, fakeHost().host);
  const state = { settings: { ...DEFAULT_SETTINGS, profile: "2021" as const }, ignored: ["x|y|z||"] };
  await a.saveState(state);
  const b = createWebGateway({ ...doc, id: 2 }, s, fakeHost().host);
  expect(await b.loadState()).toEqual({ ok: true, value: state });
});

test("the selected project is the one whose row holds the grid's selected cell", async () => {
  const doc = await exampleDoc();
  const { host, setActive } = fakeHost();
  const gateway = createWebGateway(doc, session(), host);
  const result = checkWorkbook(doc.workbook!, DEFAULT_SETTINGS);
  const project = result.tables[0].projects[2];
  setActive({ sheet: result.tables[0].sheet, row: project.cells.name.row, col: 0 });
  const out = await gateway.selectedProject(DEFAULT_SETTINGS);
  expect(out.ok && out.value.project?.name).toBe(project.name);
  expect(out.ok && out.value.table?.layout).toBe("wide");
  expect(out.ok && out.value.sheetNames).toEqual(doc.workbook!.sheets.map((x) => x.name));
});

function plan(p: Partial<InsertionPlan>): InsertionPlan {
  return {
    kind: "wide",
    sheet: "公开表",
    summary: "在 D2 写入 12 条指标",
    preview: { kind: "text", cell: "D2", text: "一、产出指标\n1.数量指标", goal: null },
    writes: [],
    insertRows: null,
    formatFrom: null,
    unmerge: [],
    merge: [],
    expect: [],
    overwrites: [],
    wrap: [],
    newSheet: null,
    select: { top: 0, left: 0, bottom: 0, right: 0 },
    ...p,
  };
}

test("a template for a project is copied to the clipboard, never written into the file", async () => {
  const doc = await exampleDoc();
  const { host, calls } = fakeHost();
  const out = await createWebGateway(doc, session(), host).insertTemplate(plan({}), {
    confirmedOverwrite: false,
  });
  expect(calls.copied).toEqual(["一、产出指标\n1.数量指标"]);
  expect(out.ok && out.value.summary).toMatch(
    /^指标已复制到剪贴板：在 Excel 中选中单元格 D2，按 Ctrl\+V 粘贴。/,
  );
  const rows = plan({
    kind: "rows",
    preview: {
      kind: "rows",
      header: ["一级", "二级", "三级"],
      rows: [["产出指标", "数量指标", "培训\t人次"]],
      goal: null,
    },
  });
  await createWebGateway(doc, session(), host).insertTemplate(rows, { confirmedOverwrite: false });
  expect(calls.copied[1]).toBe('产出指标\t数量指标\t"培训\t人次"');
});

test("a refused clipboard is a message", async () => {
  const doc = await exampleDoc();
  const { host } = fakeHost({ copy: async () => false });
  const out = await createWebGateway(doc, session(), host).insertTemplate(plan({}), {
    confirmedOverwrite: false,
  });
  expect(out).toEqual({ ok: false, message: expect.stringContaining("剪贴板") });
});

test("a new declaration sheet is downloaded as its own workbook", async () => {
  const doc = await exampleDoc();
  const { host, calls } = fakeHost();
  const sheetPlan = plan({
    kind: "sheet",
    sheet: "绩效目标表",
    newSheet: {
      rows: [["项目支出绩效目标表"], ["项目名称", "金额"], ["全县业务培训", 17]],
      widths: [24, 12],
      wrap: [0],
      titleRow: 0,
      headerRow: 1,
    },
  });
  const out = await createWebGateway(doc, session(), host).insertTemplate(sheetPlan, {
    confirmedOverwrite: false,
  });
  expect(calls.downloads).toEqual([["全县业务培训.xlsx", new Uint8Array([1, 2, 3])]]);
  expect(out.ok && out.value.summary).toMatch(/^已下载新申报表「全县业务培训\.xlsx」/);
  expect(await createWebGateway(doc, session(), host).lastInsertion()).toEqual({ ok: true, value: null });
});

test("a unit's templates are checked and kept for the session", async () => {
  const doc = await exampleDoc();
  const s = session();
  const gateway = createWebGateway(doc, s, fakeHost().host);
  const bad = await gateway.saveUnitTemplates("{ not json");
  expect(bad.ok).toBe(false);
  expect(s.unitTemplates).toBeNull();
  expect(await gateway.loadUnitTemplates()).toEqual({ ok: true, value: { text: null, templates: [] } });
});

test("生成模板工作表 downloads the sheet as a workbook: cells as written, headings bold, nothing else", async () => {
  const doc = await exampleDoc();
  const excel = await loadExcelJS();
  const { host, calls } = fakeHost({
    layoutBytes: async (layout) => new Uint8Array(await layoutWorkbook(excel, layout).xlsx.writeBuffer()),
  });
  const gateway = createWebGateway(doc, session(), host);
  const layout = templateSheetRows([BUILTIN_TEMPLATE_DEFS.find((d) => d.id === "meeting")!]);
  const out = await gateway.addTemplateSheet!(layout);
  expect(out.ok && out.value.sheet).toBe(`${TEMPLATE_SHEET_NAME}.xlsx`);
  const [name, bytes] = calls.downloads[0];
  expect(name).toBe(`${TEMPLATE_SHEET_NAME}.xlsx`);
  const wb = new excel.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(TEMPLATE_SHEET_NAME)!;
  const boldRows: number[] = [];
  layout.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      expect(cell.value ?? "").toBe(text);
    });
    if (r > 0 && row.some((text, c) => text !== "" && ws.getCell(r + 1, c + 1).font?.bold)) boldRows.push(r);
  });
  expect(boldRows).toEqual(layout.headingRows);
  // The sheet reads back into the template.
  const back = templatesFromSheet(sheetFromValues(TEMPLATE_SHEET_NAME, layout.rows));
  expect(back.ok && back.templates.map((t) => t.name)).toEqual(["会议"]);
});
