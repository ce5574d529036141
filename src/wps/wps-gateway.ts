/**
 * The WorkbookGateway on WPS 表格 (a JS加载项) — the only code besides the ribbon's that calls WPS's ET
 * object model (et-api.ts). The same port as Excel's adapter: the pane cannot tell them apart, and where
 * WPS differs from Excel the difference is here. WPS's calls are synchronous; each method still
 * resolves to an Outcome, and any exception from WPS becomes a Chinese message.
 *
 * What the add-in keeps travels in the workbook (wps-store.ts); marks are written and cleared exactly
 * (wps-marks.ts). Template insertion writes the shared plans (wps-insert.ts) and its undo is our own
 * (wps-undo.ts): WPS keeps no undo step for an add-in's writes.
 */
import { loadEngine, PART_UNAVAILABLE, type CheckWorkbook } from "../host/engine";
import type { Capabilities, ResultsSheetSummary, StoredState, WorkbookGateway } from "../host/gateway";
import { targetOf } from "../host/insert/target";
import { targetsOf } from "../host/mark-targets";
import { fail, ok } from "../host/outcome";
import { STATE_KEY } from "../host/marks-record";
import { CORRECTIONS_KEY, defaultState, parseCorrections, parseState } from "../host/stored-state";
import { checkUnitTemplatesText, readUnitTemplates, UNIT_TEMPLATES_KEY } from "../host/unit-templates";
import type { Outcome } from "../host/gateway";
import type { WApplication, WWorkbook } from "./et-api";
import { WPS_MSG, wpsErrorMessage } from "./messages";
import { TEMPLATE_SHEET_MSG } from "../host/template-sheet-msg";
import { readNamedSheet, writeTemplateSheet } from "./wps-template-sheet";
import { insertPlan } from "./wps-insert";
import { clearMarks, hasMarks, writeMarks } from "./wps-marks";
import { readSheet, readWorkbook } from "./wps-read";
import { writeResultsSheet } from "./wps-results-sheet";
import { StoreRefused, workbookStore, type WorkbookStore } from "./wps-store";
import { lastInsertion, undoLast } from "./wps-undo";

export interface WpsGatewayOptions {
  /** The ET Application (the global `wps` / `Application` in a JS加载项); defaults to the host's. */
  app?: WApplication;
  /** The core check; defaults to checkWorkbook, loaded when first needed (src/host/engine.ts). */
  check?: CheckWorkbook;
}

/**
 * The host's application object, or null outside WPS. Assumption (WPS): WPS puts the global `wps` (or
 * `Application`, older versions) into every page of a JS加载项 — index.html and the task pane alike.
 */
export function hostWps(): WApplication | null {
  const g = globalThis as { wps?: unknown; Application?: unknown };
  const root = (g.wps ?? g.Application) as Partial<WApplication> | undefined;
  return root && typeof root === "object" && "ActiveWorkbook" in root ? (root as WApplication) : null;
}

export function createWpsGateway(options: WpsGatewayOptions = {}): WorkbookGateway {
  const given = options.check;
  const engine = given ? () => Promise.resolve(given) : loadEngine;
  const appOf = (): WApplication | null => options.app ?? hostWps();

  /** Run against the active workbook; anything WPS throws becomes a message. */
  function withBook<T>(work: (wb: WWorkbook, store: WorkbookStore, app: WApplication) => T): Outcome<T> {
    const app = appOf();
    if (!app) return fail(WPS_MSG.notInWps);
    try {
      const wb = app.ActiveWorkbook;
      if (!wb) return fail(WPS_MSG.noWorkbook);
      return ok(
        work(
          wb,
          workbookStore(wb, () => app.ActiveSheet),
          app,
        ),
      );
    } catch (err) {
      if (err instanceof StoreRefused) return fail(WPS_MSG.structureProtected);
      return fail(wpsErrorMessage(err));
    }
  }

  /** Writes with the screen held still (restored whatever happens). */
  function writing<T>(work: (wb: WWorkbook, store: WorkbookStore, app: WApplication) => T): Outcome<T> {
    return withBook((wb, store, app) => {
      // Assumption (WPS): ScreenUpdating = false defers repainting until it is set back, as in VBA.
      const before = app.ScreenUpdating;
      app.ScreenUpdating = false;
      try {
        return work(wb, store, app);
      } finally {
        app.ScreenUpdating = before;
      }
    });
  }

  const unwrap = <T>(out: Outcome<T | { error: string }>): Outcome<T> => {
    if (!out.ok) return out;
    const v = out.value as T | { error: string };
    return v && typeof v === "object" && "error" in v ? fail(v.error) : ok(v as T);
  };

  return {
    capabilities(): Capabilities {
      // Marks note each cell with a 批注 (Excel's note); WPS keeps no undo steps for add-ins' writes.
      return { notes: true, comments: false, undoGroups: false, marks: true };
    },

    async check(settings, onProgress, corrections = []) {
      const progress = (f: number): void => onProgress?.(Math.max(0, Math.min(1, f)));
      progress(0);
      // The engine loads (when the pane has not warmed it yet) while the workbook is read.
      const checker = engine().catch(() => null);
      const read = withBook((wb) => readWorkbook(wb, (f) => progress(f * 0.6)));
      if (!read.ok) return read;
      const check = await checker;
      if (!check) return fail(PART_UNAVAILABLE);
      progress(0.65);
      try {
        const result = check(read.value, settings, corrections);
        progress(1);
        return ok(result);
      } catch (err) {
        return fail(`检查时出现内部错误：${err instanceof Error ? err.message : String(err)}`);
      }
    },

    async mark(findings) {
      const targets = targetsOf(findings);
      return unwrap(writing((wb, store) => writeMarks(wb, store, targets)));
    },

    async clearMarks() {
      return unwrap(writing((wb, store) => clearMarks(wb, store)));
    },

    async readSheet(name) {
      const out = unwrap(withBook((wb) => readNamedSheet(wb, name)));
      return out.ok ? out : fail(TEMPLATE_SHEET_MSG.unreadable(name, out.message));
    },

    async addTemplateSheet(layout) {
      const out = unwrap(writing((wb) => writeTemplateSheet(wb, layout)));
      if (!out.ok)
        return fail(
          out.message === "structureProtected" ? TEMPLATE_SHEET_MSG.structureProtected : out.message,
        );
      return ok({ sheet: out.value, summary: TEMPLATE_SHEET_MSG.added(out.value) });
    },

    async addResultsSheet(findings) {
      const out = unwrap<ResultsSheetSummary>(
        writing((wb, _store, app) => writeResultsSheet(app, wb, findings)),
      );
      if (!out.ok)
        return fail(
          out.message === "structureProtected" ? WPS_MSG.resultsSheetStructureProtected : out.message,
        );
      return out;
    },

    async select(sheet, cell) {
      const out = withBook((wb) => {
        const ws = wb.Worksheets.Item(sheet);
        ws.Activate();
        ws.Range(cell).Select();
      });
      return out.ok ? out : fail(WPS_MSG.selectFailed(sheet, cell));
    },

    async activeCell() {
      return withBook((_wb, _store, app) => {
        const ws = app.ActiveSheet;
        const cell = app.ActiveCell;
        if (!ws || !cell) throw new Error("没有活动单元格");
        // Assumption (WPS): Address(false, false) gives a relative address ("B5"), as VBA's
        // Address(RowAbsolute:=False, ColumnAbsolute:=False).
        return { sheet: ws.Name, cell: cell.Address(false, false).split(":")[0] };
      });
    },

    async loadState() {
      return withBook((_wb, store): StoredState => {
        const raw = store.get(STATE_KEY);
        const state = raw === null ? defaultState() : parseState(raw);
        const fixes = store.get(CORRECTIONS_KEY);
        const withFixes: StoredState =
          fixes === null
            ? state
            : (() => {
                const read = parseCorrections(fixes);
                const warnings = [...(state.warnings ?? []), ...read.warnings];
                return { ...state, corrections: read.corrections, ...(warnings.length ? { warnings } : {}) };
              })();
        return { ...withFixes, hasMarks: hasMarks(store) };
      });
    },

    async saveState(state) {
      return withBook((_wb, store) => {
        store.set(STATE_KEY, JSON.stringify({ v: 1, settings: state.settings, ignored: state.ignored }));
        if (state.corrections !== undefined)
          store.set(CORRECTIONS_KEY, JSON.stringify({ v: 1, corrections: state.corrections }));
      });
    },

    async selectedProject(settings) {
      return withBook((wb, _store, app) => {
        const ws = app.ActiveSheet;
        const cell = app.ActiveCell;
        if (!ws || !cell) throw new Error("没有活动工作表");
        const names: string[] = [];
        for (let i = 1; i <= wb.Worksheets.Count; i++) names.push(wb.Worksheets.Item(i).Name);
        // Assumption (WPS): Row and Column are 1-based, as VBA's.
        const head = {
          row: cell.Row - 1,
          col: cell.Column - 1,
          protected: ws.ProtectContents,
          sheetNames: names,
        };
        return targetOf(readSheet(ws), head, settings ?? null);
      });
    },

    async insertTemplate(plan, options) {
      return unwrap(writing((wb, store) => insertPlan(wb, store, plan, options.confirmedOverwrite)));
    },

    async undoInsertion() {
      return unwrap(writing((wb, store, app) => undoLast(app, wb, store)));
    },

    async lastInsertion() {
      return withBook((_wb, store) => lastInsertion(store));
    },

    async loadUnitTemplates() {
      return withBook((_wb, store) => readUnitTemplates(store.get(UNIT_TEMPLATES_KEY)));
    },

    async saveUnitTemplates(text) {
      const checked = checkUnitTemplatesText(text, "模板文件");
      if (!checked.ok) return fail(checked.errors.join("\n"));
      const out = withBook((_wb, store) => store.set(UNIT_TEMPLATES_KEY, text));
      return out.ok ? ok({ text, templates: checked.templates }) : out;
    },

    async removeUnitTemplates() {
      return withBook((_wb, store) => store.delete(UNIT_TEMPLATES_KEY));
    },
  };
}
