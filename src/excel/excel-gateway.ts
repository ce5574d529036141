/**
 * The WorkbookGateway on real Excel — the only code that calls Excel.run. Every method resolves to an
 * Outcome; Excel's errors become Chinese messages. Round trips per action are fixed, whatever the table's
 * size (see read-workbook.ts and apply-marks.ts): check 2; mark 1 right after a check (2 otherwise, 3
 * when nothing is cached yet); clear 2 (3 when nothing is cached); select 1; active cell 1; state 1. On ExcelApi
 * 1.10–1.17 adding threaded comments costs one more. Templates (insert/): selected project 1, insert 2,
 * undo 2 (3 when the pane has not seen the record yet), last insertion 1; 「检查结果」 sheet 2. A unit's own templates
 * (unit-templates.ts): load 1, save 1, remove 2 (1 when there is none).
 *
 * Excel on the web alone refuses a round trip over about 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). Then check, mark and clear start again in fresh Excel.run calls, in
 * smaller round trips (read-in-pieces.ts, applyMarksInPieces in apply-marks.ts); only that fallback's
 * round trips grow with the table.
 */
import type { CheckResult } from "../core/check";
import { toA1 } from "../core/grid";
import { lazyPart, loadEngine, PART_UNAVAILABLE, type CheckWorkbook } from "../host/engine";
import { detectApiLevel, hostIsSetSupported, type ApiLevel, type IsSetSupported } from "./capabilities";
import type {
  Capabilities,
  ClearSummary,
  LastInsertion,
  MarkSummary,
  Outcome,
  ResultsSheetSummary,
  StoredState,
  StoredUnitTemplates,
  WorkbookGateway,
} from "../host/gateway";
import { decodeInsertRecord, INSERT_KEY } from "../host/insert/insert-record";
import { targetsOf } from "../host/mark-targets";
import { MARKS_KEY } from "../host/marks-record";
import { excelErrorMessage, fail, isPayloadError, MSG, ok } from "./messages";
import type { ExcelRun, RunOptions, XRequestContext } from "./office-api";
import { readWorkbookInPieces } from "./reading/read-in-pieces";
import { readWorkbook } from "./reading/read-workbook";
import { writeResultsSheet } from "./results-sheet";
import { readNamedSheet, writeTemplateSheet } from "./template-sheet";
import { TEMPLATE_SHEET_MSG } from "../host/template-sheet-msg";
import { newSession, type Session } from "./session";
import { measureSince, TIMING, timingNow } from "../host/timing";
import { settingText } from "./knowledge";
import { queueStateRead, queueStateWrite } from "./storage/state-store";

export interface ExcelGatewayOptions {
  /** Excel.run; defaults to the host's. */
  run?: ExcelRun;
  /** Office.context.requirements.isSetSupported; defaults to the host's. */
  isSetSupported?: IsSetSupported;
  /** The core check; defaults to checkWorkbook, loaded when first needed (src/host/engine.ts). */
  check?: CheckWorkbook;
}

/** A unit's templates need the template library to validate them: loaded when first asked for, not with the pane. */
const unitTemplates = () => import("./storage/unit-templates");

/** Marking and clearing: loaded when first asked for (after a check, as a rule). */
const marking = lazyPart(() => import(/* webpackChunkName: "marks" */ "./marks/apply-marks"));

/**
 * Inserting templates reads the table as a check does (the engine's detection): loaded when the 模板 tab
 * first asks, not with the pane.
 */
const insertion = lazyPart(() => import(/* webpackChunkName: "insert" */ "./insert/actions"));

/** `whole()`; when Excel on the web refuses it for its size, `inPieces()`: fresh runs, smaller round trips. */
async function wholeOrInPieces<T>(whole: () => Promise<T>, inPieces: () => Promise<T>): Promise<T> {
  try {
    return await whole();
  } catch (err) {
    if (!isPayloadError(err)) throw err;
    return inPieces();
  }
}

export function createExcelGateway(options: ExcelGatewayOptions = {}): WorkbookGateway {
  const given = options.check;
  const engine = given ? () => Promise.resolve(given) : loadEngine;
  const session: Session = newSession();
  let level: ApiLevel | null = null;
  const api = (): ApiLevel => (level ??= detectApiLevel(options.isSetSupported ?? hostIsSetSupported()));

  /** One Excel.run; any failure becomes a message. */
  function excel<T>(
    opts: RunOptions | null,
    batch: (ctx: XRequestContext) => Promise<T>,
  ): Promise<Outcome<T>> {
    return attempt((run) => run(opts, batch));
  }
  /** Work that may take several Excel.run (a fallback after Excel refused a round trip for its size). */
  async function attempt<T>(work: (run: ExcelRun) => Promise<T>): Promise<Outcome<T>> {
    const run = options.run ?? hostRun();
    if (!run) return fail(MSG.notInExcel);
    try {
      return ok(await work(run));
    } catch (err) {
      return fail(excelErrorMessage(err));
    }
  }
  const undoGroup = (): RunOptions | null => (api().undoGroups ? { mergeUndoGroup: true } : null);
  /** Why an action cannot run here at all (outside Excel, or an Excel too old), or null. */
  const unavailable = (need: "read" | "marks" | "insert"): string | null => {
    if (!(options.run ?? hostRun())) return MSG.notInExcel;
    // Inserting reads and copies cell formats (getCellProperties, ExcelApi 1.9), as marking does.
    if (need === "insert") return api().marks ? null : MSG.insertTooOld;
    if (!api()[need]) return need === "read" ? MSG.tooOldToRead : MSG.noMarks;
    return null;
  };

  return {
    capabilities(): Capabilities {
      const { notes, comments, undoGroups, marks } = api();
      return { notes, comments, undoGroups, marks };
    },

    async check(settings, onProgress, corrections = []) {
      const progress = (f: number): void => onProgress?.(Math.max(0, Math.min(1, f)));
      const why = unavailable("read");
      if (why) return fail(why);
      progress(0);
      const started = timingNow();
      // The engine loads (when the pane has not warmed it yet) while the workbook is read.
      const checker = engine().catch(() => null);
      const readProgress = (f: number): void => progress(f * 0.6);
      let inPieces = false;
      const read = await attempt((run) =>
        wholeOrInPieces(
          () => run(null, (ctx) => readWorkbook(ctx, api(), readProgress)),
          () => {
            inPieces = true;
            return readWorkbookInPieces((batch) => run(null, batch), api(), readProgress);
          },
        ),
      );
      if (!read.ok) return read;
      measureSince(TIMING.read, started);
      const known = read.value.known;
      session.sheetNames = new Set(known.sheets.keys());
      session.hiddenSheets = new Set(known.hiddenSheets);
      session.recordRaw = known.recordRaw;
      if (known.comments) session.comments = known.comments;
      // Marking right after this check trusts what it read (workbook structure protection needs the
      // cells' originals read first, as no hidden sheet can be added; read in pieces, the notes and
      // comments were not read).
      session.afterCheck = known.structureProtected || inPieces ? null : known;
      const check = await checker;
      if (!check) return fail(PART_UNAVAILABLE);
      progress(0.65);
      let result: CheckResult;
      const checking = timingNow();
      try {
        result = check(read.value.workbook, settings, corrections);
      } catch (err) {
        return fail(`检查时出现内部错误：${err instanceof Error ? err.message : String(err)}`);
      }
      measureSince(TIMING.engine, checking);
      progress(1);
      // Marking is what usually comes next.
      void marking().catch(() => undefined);
      return ok(result);
    },

    async mark(findings): Promise<Outcome<MarkSummary>> {
      const why = unavailable("marks");
      if (why) return fail(why);
      const code = await marking().catch(() => null);
      if (!code) return fail(PART_UNAVAILABLE);
      const { applyMarks, applyMarksInPieces, markAfterCheck } = code;
      const targets = targetsOf(findings);
      const known = session.afterCheck;
      const out = await attempt((run) =>
        wholeOrInPieces(
          () =>
            run(undoGroup(), (ctx) =>
              known
                ? markAfterCheck(ctx, api(), session, known, targets)
                : applyMarks(ctx, api(), session, targets),
            ),
          () => applyMarksInPieces((batch) => run(undoGroup(), batch), api(), session, targets),
        ),
      );
      session.afterCheck = null;
      if (!out.ok) return out;
      if (!out.value.ok) return fail(out.value.message);
      const { marked, skipped } = out.value.plan;
      return ok({ marked, skipped });
    },

    async clearMarks(): Promise<Outcome<ClearSummary>> {
      const why = unavailable("marks");
      if (why) return fail(why);
      const code = await marking().catch(() => null);
      if (!code) return fail(PART_UNAVAILABLE);
      const { applyMarks, applyMarksInPieces } = code;
      session.afterCheck = null;
      const out = await attempt((run) =>
        wholeOrInPieces(
          () => run(undoGroup(), (ctx) => applyMarks(ctx, api(), session, new Map())),
          () => applyMarksInPieces((batch) => run(undoGroup(), batch), api(), session, new Map()),
        ),
      );
      if (!out.ok) return out;
      if (!out.value.ok) return fail(out.value.message);
      const { restored, keptUserEdits, skipped } = out.value.plan;
      return ok({ restored, keptUserEdits, skipped });
    },

    async addResultsSheet(findings): Promise<Outcome<ResultsSheetSummary>> {
      const why = unavailable("read");
      if (why) return fail(why);
      if (!api().marks) return fail(MSG.resultsSheetTooOld);
      const out = await excel(undoGroup(), (ctx) => writeResultsSheet(ctx, findings, api()));
      if (!out.ok) return out;
      if (!out.value.ok) return fail(MSG.resultsSheetStructureProtected);
      return ok({ sheet: out.value.sheet, rows: out.value.rows });
    },

    async readSheet(name) {
      const why = unavailable("read");
      if (why) return fail(why);
      const out = await excel(null, (ctx) => readNamedSheet(ctx, api(), name));
      return out.ok ? out : fail(TEMPLATE_SHEET_MSG.unreadable(name, out.message));
    },

    async addTemplateSheet(layout) {
      const why = unavailable("read");
      if (why) return fail(why);
      const out = await excel(undoGroup(), (ctx) => writeTemplateSheet(ctx, layout));
      if (!out.ok) return out;
      if (!out.value.ok) return fail(TEMPLATE_SHEET_MSG.structureProtected);
      return ok({ sheet: out.value.sheet, summary: TEMPLATE_SHEET_MSG.added(out.value.sheet) });
    },

    async select(sheet, cell): Promise<Outcome<void>> {
      const out = await excel(null, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
      return out.ok ? out : fail(MSG.selectFailed(sheet, cell));
    },

    async activeCell() {
      const why = unavailable("read");
      if (why) return fail(why);
      return excel(null, async (ctx) => {
        const cell = ctx.workbook.getActiveCell();
        cell.load("rowIndex,columnIndex");
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.load("name");
        await ctx.sync();
        return { sheet: ws.name, cell: toA1(cell.rowIndex, cell.columnIndex) };
      });
    },

    async loadState(): Promise<Outcome<StoredState>> {
      const why = unavailable("read");
      if (why) return fail(why);
      return excel(null, async (ctx) => {
        const state = queueStateRead(ctx);
        // The mark record too: a later clear then needs no extra round trip.
        const record = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
        record.load("value");
        await ctx.sync();
        session.recordRaw = record.isNullObject ? null : settingText(record.value);
        return { ...state(), hasMarks: session.recordRaw !== null };
      });
    },

    async saveState(state): Promise<Outcome<void>> {
      const why = unavailable("read");
      if (why) return fail(why);
      return excel(null, async (ctx) => {
        queueStateWrite(ctx, state);
        await ctx.sync();
      });
    },

    async selectedProject(settings) {
      const why = unavailable("insert");
      if (why) return fail(why);
      const code = await insertion().catch(() => null);
      if (!code) return fail(PART_UNAVAILABLE);
      const { readActive, readActiveInPieces } = code;
      return attempt((run) =>
        wholeOrInPieces(
          () => run(null, (ctx) => readActive(ctx, api(), settings ?? null)),
          () => readActiveInPieces((batch) => run(null, batch), api(), settings ?? null),
        ),
      );
    },

    async insertTemplate(plan, { confirmedOverwrite }) {
      const why = unavailable("insert");
      if (why) return fail(why);
      const code = await insertion().catch(() => null);
      if (!code) return fail(PART_UNAVAILABLE);
      const out = await excel(undoGroup(), (ctx) =>
        code.runInsert(ctx, api(), session, plan, confirmedOverwrite),
      );
      return out.ok ? out.value : insertFailed(out.message);
    },

    async undoInsertion() {
      const why = unavailable("insert");
      if (why) return fail(why);
      const code = await insertion().catch(() => null);
      if (!code) return fail(PART_UNAVAILABLE);
      const out = await excel(undoGroup(), (ctx) => code.runUndo(ctx, api(), session));
      if (!out.ok) session.insertRecordRaw = undefined;
      return out.ok ? out.value : out;
    },

    async lastInsertion(): Promise<Outcome<LastInsertion | null>> {
      const why = unavailable("insert");
      if (why) return fail(why);
      return excel(null, async (ctx) => {
        const item = ctx.workbook.settings.getItemOrNullObject(INSERT_KEY);
        item.load("value");
        await ctx.sync();
        const raw = item.isNullObject ? null : settingText(item.value);
        session.insertRecordRaw = raw;
        const record = raw === null ? null : decodeInsertRecord(raw);
        return record ? { sheet: record.sheet, summary: record.summary } : null;
      });
    },

    async loadUnitTemplates(): Promise<Outcome<StoredUnitTemplates>> {
      const why = unavailable("read");
      if (why) return fail(why);
      const u = await unitTemplates();
      return excel(null, async (ctx) => {
        const stored = u.queueUnitTemplatesRead(ctx);
        await ctx.sync();
        return stored();
      });
    },

    async saveUnitTemplates(text): Promise<Outcome<StoredUnitTemplates>> {
      // Checked before anything is sent: a file that fails is not saved at all.
      const u = await unitTemplates();
      const checked = u.checkUnitTemplatesText(text, "模板文件");
      if (!checked.ok) return fail(checked.errors.join("\n"));
      const why = unavailable("read");
      if (why) return fail(why);
      const out = await excel(null, async (ctx) => {
        u.queueUnitTemplatesWrite(ctx, text);
        await ctx.sync();
      });
      return out.ok ? ok({ text, templates: checked.templates }) : out;
    },

    async removeUnitTemplates(): Promise<Outcome<void>> {
      const why = unavailable("read");
      if (why) return fail(why);
      const u = await unitTemplates();
      return excel(null, async (ctx) => {
        // Deleting a setting that is not there fails the whole batch: look first.
        const found = u.queueUnitTemplatesFind(ctx);
        await ctx.sync();
        const item = found();
        if (!item) return;
        item.delete();
        await ctx.sync();
      });
    },
  };

  /** A batch that failed part-way may have written something: what is known is read again. */
  function insertFailed(message: string): Outcome<never> {
    Object.assign(session, {
      sheetNames: null,
      recordRaw: undefined,
      comments: null,
      afterCheck: null,
      insertRecordRaw: undefined,
    });
    return fail(`${message} 如表格已有部分改动，可用 Excel 的撤销（Ctrl+Z）恢复。`);
  }
}

/** The host's Excel.run, or null outside Excel. */
function hostRun(): ExcelRun | null {
  type HostRun = {
    (batch: (ctx: XRequestContext) => Promise<unknown>): Promise<unknown>;
    (options: RunOptions, batch: (ctx: XRequestContext) => Promise<unknown>): Promise<unknown>;
  };
  const host = (globalThis as { Excel?: { run?: HostRun } }).Excel;
  if (!host || typeof host.run !== "function") return null;
  const hostRunFn = host.run.bind(host);
  return <T>(opts: RunOptions | null, batch: (ctx: XRequestContext) => Promise<T>): Promise<T> =>
    (opts ? hostRunFn(opts, batch) : hostRunFn(batch)) as Promise<T>;
}
