/**
 * A small, honest fake of the Excel objects the adapter uses (src/excel/office-api.ts), with Excel's
 * batch semantics:
 *
 * - calls queue commands; `context.sync()` runs the queue in order against the workbook data, so a
 *   load queued before a write in the same batch sees the state before the write;
 * - a property is readable only after a load of it ran in a sync — otherwise PropertyNotLoaded is
 *   thrown, as office.js does; `isNullObject` likewise;
 * - the first failing command rejects the sync; commands before it stay applied, later ones are dropped;
 * - writes to a protected sheet fail with AccessDenied;
 * - "No Fill" reads back as "#FFFFFF" with tintAndShade null, and getCellProperties reports pattern null
 *   for solid fills too (office-js #4900, #6218);
 * - RangeAreas addresses longer than 8,000 characters or with more than 500 areas fail, and so does a
 *   range read of more than 5,000,000 cells;
 * - any member the adapter does not use throws "not implemented".
 *
 * Stats count explicit sync() calls and round trips (a sync with queued commands, including the final
 * one Excel.run makes itself when commands are left pending).
 */
import { parseA1, rangeToA1, toA1, type CellRange } from "../../../src/core/grid";
import type {
  ExcelRun,
  RunOptions,
  XCellProperties,
  XCellPropertiesLoadOptions,
  XClientResult,
  XComment,
  XCommentCollection,
  XNote,
  XNoteCollection,
  XRange,
  XRangeAreas,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XRequestContext,
  XSetting,
  XSettableCellProperties,
  XSettingCollection,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
  XWorksheetProtection,
} from "../../../src/excel/office-api";
import {
  COLS,
  emptyCell,
  findSheet,
  key,
  NO_FILL,
  type FakeCell,
  type FakeComment,
  type FakeFill,
  type FakeSheet,
  type FakeWorkbookData,
} from "./workbook-data";

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeStats {
  runs: number;
  /** Explicit context.sync() calls. */
  syncCalls: number;
  /** Syncs that carried commands (what costs time against real Excel). */
  roundTrips: number;
  runOptions: (RunOptions | null)[];
  /** Commands executed. */
  commands: number;
  /** Largest single range read, in cells. */
  maxRangeCells: number;
  /** Rough characters of data returned by each round trip. */
  responseChars: number[];
}

const MAX_RANGE_CELLS = 5_000_000;
const MAX_AREAS_CHARS = 8000;
const MAX_AREAS = 500;
const HEX = /^#[0-9A-Fa-f]{6}$/;
/** Members any caller (await, jest's printers) may probe without meaning to use the API. */
const PROBED = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "constructor", "_isMockFunction"]);

/** Wrap so that touching a member the fake does not implement throws instead of yielding undefined. */
function strict<T extends object>(o: T): T {
  const name = o.constructor.name;
  return new Proxy(o, {
    get(t, p, r) {
      if (typeof p === "string" && !(p in t)) {
        if (PROBED.has(p)) return undefined;
        throw new Error(`not implemented in fake Excel: ${name}.${p}`);
      }
      return Reflect.get(t, p, r);
    },
    set(t, p, v, r) {
      if (typeof p === "string" && !(p in t)) throw new Error(`not implemented in fake Excel: ${name}.${p} =`);
      return Reflect.set(t, p, v, r);
    },
  });
}

const notLoaded = (prop: string): FakeExcelError =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

function normalizeColor(c: string): string {
  if (!HEX.test(c)) throw new Error(`not implemented in fake Excel: colour "${c}" (only #RRGGBB)`);
  return c.toUpperCase();
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const AREA = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

function parseArea(text: string): CellRange {
  const m = AREA.exec(text.trim());
  if (!m) throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${text}"`);
  const a = parseA1(`${m[1]}${m[2]}`)!;
  const b = m[3] ? parseA1(`${m[3]}${m[4]}`)! : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

const cellCount = (a: CellRange): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

function* cellsOf(areas: readonly CellRange[]): Generator<[number, number]> {
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
}

function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) {
    throw new FakeExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
  return sheet;
}

function editCells(ctx: Ctx, sheet: FakeSheet, areas: readonly CellRange[], edit: (c: FakeCell) => void): void {
  writable(sheet);
  ctx.version++;
  for (const [r, c] of cellsOf(areas)) {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) sheet.cells.set(key(r, c), (cell = emptyCell()));
    edit(cell);
  }
}

// --- fills, as Excel changes them ---------------------------------------------------------------

function withColor(f: FakeFill, color: string): FakeFill {
  const c = normalizeColor(color);
  return f.none ? { none: false, color: c, pattern: "Solid", tint: 0, patternColor: "#000000" } : { ...f, color: c, tint: 0 };
}
function withPattern(f: FakeFill, pattern: string): FakeFill {
  if (pattern === "None") return NO_FILL;
  return f.none ? { none: false, color: "#FFFFFF", pattern, tint: 0, patternColor: "#000000" } : { ...f, pattern };
}
function withTint(f: FakeFill, tint: number): FakeFill {
  return f.none ? { none: false, color: "#FFFFFF", pattern: "Solid", tint, patternColor: "#000000" } : { ...f, tint };
}
function withPatternColor(f: FakeFill, color: string): FakeFill {
  return f.none ? f : { ...f, patternColor: normalizeColor(color) };
}

// --- context --------------------------------------------------------------------------------------

class Ctx {
  queue: (() => void)[] = [];
  readonly api: XRequestContext;
  /** Bumped by every write, so resolved ranges (the used range) can be reused until something changes. */
  version = 0;
  /** "sheet\u0000A1" → comment id, kept up to date by this context's adds and deletes. */
  private commentCells: Map<string, string> | null = null;

  constructor(readonly host: FakeExcel) {
    const workbook = strict(new FakeWorkbookApi(this));
    const ctx = this;
    this.api = strict(
      new (class RequestContext implements XRequestContext {
        get workbook(): XWorkbook {
          return workbook;
        }
        sync(): Promise<void> {
          ctx.host.stats.syncCalls++;
          return ctx.flush();
        }
      })(),
    );
  }

  get data(): FakeWorkbookData {
    return this.host.data;
  }

  commentAt(sheet: string, cell: string): string | undefined {
    if (!this.commentCells) {
      this.commentCells = new Map();
      for (const m of this.data.comments.values()) this.commentCells.set(`${m.sheet}\u0000${m.cell}`, m.id);
    }
    return this.commentCells.get(`${sheet}\u0000${cell}`);
  }

  commentAdded(m: FakeComment): void {
    this.commentAt(m.sheet, m.cell);
    this.commentCells!.set(`${m.sheet}\u0000${m.cell}`, m.id);
  }

  commentDeleted(m: FakeComment): void {
    this.commentAt(m.sheet, m.cell);
    this.commentCells!.delete(`${m.sheet}\u0000${m.cell}`);
  }

  enqueue(cmd: () => void): void {
    this.queue.push(cmd);
  }

  chars = 0;

  async flush(): Promise<void> {
    await Promise.resolve();
    const q = this.queue;
    this.queue = [];
    if (q.length === 0) return;
    const stats = this.host.stats;
    stats.roundTrips++;
    this.chars = 0;
    try {
      for (const cmd of q) {
        stats.commands++;
        cmd();
      }
    } finally {
      stats.responseChars.push(this.chars);
    }
  }
}

abstract class Client {
  protected loaded: Map<string, unknown> | null = null;
  constructor(protected readonly ctx: Ctx) {}

  get isNullObject(): boolean {
    if (!this.loaded) throw notLoaded("isNullObject");
    return this.loaded.get("isNullObject") === true;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded || !this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Record loaded values (after a load command ran). */
  protected setLoaded(values: Record<string, unknown>): void {
    if (!this.loaded) this.loaded = new Map();
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  protected props(names: string, allowed: readonly string[]): string[] {
    const list = names.split(",").map((s) => s.trim()).filter(Boolean);
    for (const p of list) if (!allowed.includes(p)) throw new Error(`not implemented in fake Excel: load("${p}") on ${this.constructor.name}`);
    return list;
  }
}

// --- workbook, sheets -------------------------------------------------------------------------------

class FakeWorkbookApi extends Client implements XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly settings: XSettingCollection;
  readonly comments: XCommentCollection;

  constructor(ctx: Ctx) {
    super(ctx);
    this.worksheets = strict(new FakeWorksheets(ctx));
    this.settings = strict(new FakeSettings(ctx));
    this.comments = strict(new FakeComments(ctx));
  }

  get name(): string {
    return this.read("name");
  }

  load(names: string): this {
    this.props(names, ["name"]);
    this.ctx.enqueue(() => this.setLoaded({ isNullObject: false, name: this.ctx.data.name }));
    return this;
  }
}

class FakeWorksheets extends Client implements XWorksheetCollection {
  get items(): XWorksheet[] {
    return this.read("items");
  }

  load(names: string): this {
    const list = this.props(names, ["items/name", "items/protection/protected"]);
    this.ctx.enqueue(() => {
      const items = this.ctx.data.sheets.map((s) => {
        const ws = new FakeWorksheetApi(this.ctx, s.name, false);
        ws.preload(s, list.includes("items/protection/protected"));
        return strict(ws);
      });
      this.setLoaded({ isNullObject: false, items });
    });
    return this;
  }

  getItem(name: string): XWorksheet {
    return strict(new FakeWorksheetApi(this.ctx, name, false));
  }
}

class FakeWorksheetApi extends Client implements XWorksheet {
  readonly protection: FakeProtection;
  readonly notes: XNoteCollection;

  constructor(
    ctx: Ctx,
    private readonly sheetName: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
    this.protection = strict(new FakeProtection(ctx, () => this.sheet()));
    this.notes = strict(new FakeNotes(ctx, () => this.sheet()));
  }

  /** Resolve at execution time, like Excel's object paths. */
  sheet(): FakeSheet {
    const s = findSheet(this.ctx.data, this.sheetName);
    if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet "${this.sheetName}".`);
    return s;
  }

  preload(s: FakeSheet, withProtection: boolean): void {
    this.setLoaded({ isNullObject: false, name: s.name });
    if (withProtection) this.protection.preload(s.protected);
  }

  get name(): string {
    return this.read("name");
  }

  load(names: string): this {
    this.props(names, ["name"]);
    this.ctx.enqueue(() => {
      const s = this.orNull ? findSheet(this.ctx.data, this.sheetName) : this.sheet();
      this.setLoaded(s ? { isNullObject: false, name: s.name } : { isNullObject: true });
    });
    return this;
  }

  getUsedRange(valuesOnly = false): XRange {
    return strict(
      new FakeRangeApi(this.ctx, () => {
        const s = this.sheet();
        return { sheet: s, area: usedArea(s, this.ctx.data, valuesOnly) };
      }),
    );
  }

  getRange(address = ""): XRange {
    return strict(new FakeRangeApi(this.ctx, () => ({ sheet: this.sheet(), area: parseArea(address) })));
  }

  getRanges(address = ""): XRangeAreas {
    return strict(
      new FakeRangeAreasApi(this.ctx, () => {
        if (address.length > MAX_AREAS_CHARS) throw new FakeExcelError("InvalidArgument", `Address too long (${address.length} characters).`);
        const areas = address.split(",").map(parseArea);
        if (areas.length > MAX_AREAS) throw new FakeExcelError("InvalidArgument", `Too many areas (${areas.length}).`);
        return { sheet: this.sheet(), areas };
      }),
    );
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.data.activeSheet = this.sheet().name;
    });
  }
}

function usedArea(s: FakeSheet, data: FakeWorkbookData, valuesOnly: boolean): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number): void => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [k, cell] of s.cells) {
    const hasValue = cell.value !== null || cell.formula !== undefined;
    const hasFormat = !cell.fill.none || cell.font !== "#000000";
    if (hasValue || (!valuesOnly && hasFormat)) take(Math.floor(k / COLS), k % COLS);
  }
  if (!valuesOnly) {
    for (const a of s.notes.keys()) {
      const p = parseA1(a)!;
      take(p.row, p.col);
    }
    for (const m of data.comments.values()) {
      if (m.sheet !== s.name) continue;
      const p = parseA1(m.cell)!;
      take(p.row, p.col);
    }
  }
  // A blank sheet's used range is A1.
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

class FakeProtection extends Client implements XWorksheetProtection {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  preload(value: boolean): void {
    this.setLoaded({ isNullObject: false, protected: value });
  }

  get protected(): boolean {
    return this.read("protected");
  }

  load(names: string): this {
    this.props(names, ["protected"]);
    this.ctx.enqueue(() => this.preload(this.sheet().protected));
    return this;
  }
}

// --- ranges -----------------------------------------------------------------------------------------

type RangeTarget = { sheet: FakeSheet; area: CellRange } | null;

const RANGE_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "text", "formulas", "numberFormat"];

class FakeRangeApi extends Client implements XRange {
  readonly format: XRangeFormat;
  private resolved: { version: number; target: RangeTarget } | null = null;

  constructor(
    ctx: Ctx,
    private readonly resolve: () => RangeTarget,
  ) {
    super(ctx);
    this.format = strict(new FakeFormat(ctx, () => this.areas()));
  }

  /** Resolve at execution time, like Excel's object paths (reused while nothing was written). */
  private target(): RangeTarget {
    if (!this.resolved || this.resolved.version !== this.ctx.version) {
      this.resolved = { version: this.ctx.version, target: this.resolve() };
    }
    return this.resolved.target;
  }

  private areas(): { sheet: FakeSheet; areas: CellRange[] } {
    const t = this.target();
    if (!t) throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (a null object was used).");
    return { sheet: t.sheet, areas: [t.area] };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }

  load(names: string): this {
    const list = this.props(names, RANGE_PROPS);
    this.ctx.enqueue(() => {
      const t = this.target();
      if (!t) return this.setLoaded({ isNullObject: true });
      const { sheet, area } = t;
      const out: Record<string, unknown> = { isNullObject: false };
      const grids = list.filter((p) => ["values", "text", "formulas", "numberFormat"].includes(p));
      if (grids.length) {
        const n = cellCount(area);
        if (n > MAX_RANGE_CELLS) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `Range of ${n} cells is too large to read.`);
        this.ctx.host.stats.maxRangeCells = Math.max(this.ctx.host.stats.maxRangeCells, n);
      }
      for (const p of list) {
        if (p === "address") out.address = `${quoteSheet(sheet.name)}!${rangeToA1(area)}`;
        else if (p === "rowIndex") out.rowIndex = area.top;
        else if (p === "columnIndex") out.columnIndex = area.left;
        else if (p === "rowCount") out.rowCount = area.bottom - area.top + 1;
        else if (p === "columnCount") out.columnCount = area.right - area.left + 1;
        else out[p] = this.grid(sheet, area, p);
      }
      this.setLoaded(out);
    });
    return this;
  }

  private grid(sheet: FakeSheet, area: CellRange, prop: string): unknown[][] {
    const rows: unknown[][] = [];
    let chars = 0;
    for (let r = area.top; r <= area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cells.get(key(r, c));
        const v = cell?.value ?? "";
        let out: unknown;
        if (prop === "values") out = v;
        else if (prop === "text") out = cell?.text ?? (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
        else if (prop === "formulas") out = cell?.formula ?? v;
        else out = cell?.numberFormat ?? "General";
        chars += typeof out === "string" ? out.length + 3 : 8;
        row.push(out);
      }
      rows.push(row);
    }
    this.ctx.chars += chars;
    return rows;
  }

  getIntersectionOrNullObject(address: string): XRange {
    const other = parseArea(address);
    return strict(
      new FakeRangeApi(this.ctx, () => {
        const t = this.target();
        if (!t) throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (a null object was used).");
        const area = intersect(t.area, other);
        return area ? { sheet: t.sheet, area } : null;
      }),
    );
  }

  getMergedAreasOrNullObject(): XRangeAreas {
    return strict(
      new FakeRangeAreasApi(this.ctx, () => {
        const t = this.target();
        if (!t) throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (a null object was used).");
        const areas = t.sheet.merges.filter((m) => intersect(m, t.area) !== null);
        return areas.length ? { sheet: t.sheet, areas } : null;
      }),
    );
  }

  getCellProperties(options: XCellPropertiesLoadOptions): XClientResult<XCellProperties[][]> {
    const result = new FakeClientResult<XCellProperties[][]>();
    this.ctx.enqueue(() => {
      const t = this.target();
      if (!t) throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (a null object was used).");
      const rows: XCellProperties[][] = [];
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        const row: XCellProperties[] = [];
        for (let c = t.area.left; c <= t.area.right; c++) row.push(cellProperties(t.sheet.cells.get(key(r, c)), options));
        rows.push(row);
      }
      this.ctx.chars += cellCount(t.area) * 90;
      result.resolve(rows);
    });
    return strict(result);
  }

  setCellProperties(values: XSettableCellProperties[][]): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      const a = areas[0];
      if (values.length !== a.bottom - a.top + 1 || values.some((row) => row.length !== a.right - a.left + 1)) {
        throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size of the range.");
      }
      writable(sheet);
      values.forEach((row, r) =>
        row.forEach((p, c) => {
          editCells(this.ctx, sheet, [{ top: a.top + r, left: a.left + c, bottom: a.top + r, right: a.left + c }], (cell) => {
            const f = p.format?.fill;
            if (f?.color !== undefined) cell.fill = withColor(cell.fill, f.color);
            if (f?.pattern !== undefined) cell.fill = withPattern(cell.fill, f.pattern);
            if (f?.tintAndShade !== undefined) cell.fill = withTint(cell.fill, f.tintAndShade);
            if (f?.patternColor !== undefined) cell.fill = withPatternColor(cell.fill, f.patternColor);
            if (p.format?.font?.color !== undefined) cell.font = normalizeColor(p.format.font.color);
          });
        }),
      );
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      this.ctx.data.activeSheet = sheet.name;
      this.ctx.data.selection = `${sheet.name}!${rangeToA1(areas[0])}`;
    });
  }
}

function cellProperties(cell: FakeCell | undefined, o: XCellPropertiesLoadOptions): XCellProperties {
  const fill = cell?.fill ?? NO_FILL;
  const out: XCellProperties = { format: {} };
  const f = o.format?.fill;
  if (f) {
    const p: NonNullable<NonNullable<XCellProperties["format"]>["fill"]> = {};
    if (f.color) p.color = fill.none ? "#FFFFFF" : fill.color;
    if (f.pattern) p.pattern = fill.none || fill.pattern === "Solid" ? null : fill.pattern;
    if (f.tintAndShade) p.tintAndShade = fill.none ? null : fill.tint;
    if (f.patternColor) p.patternColor = fill.none ? null : fill.patternColor;
    out.format!.fill = p;
  }
  if (o.format?.font?.color) out.format!.font = { color: cell?.font ?? "#000000" };
  return out;
}

class FakeClientResult<T> implements XClientResult<T> {
  private ready = false;
  private v: T | undefined;

  resolve(v: T): void {
    this.v = v;
    this.ready = true;
  }

  get value(): T {
    if (!this.ready) throw notLoaded("value");
    return this.v as T;
  }
}

class FakeRangeAreasApi extends Client implements XRangeAreas {
  readonly format: XRangeFormat;

  constructor(
    ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    super(ctx);
    this.format = strict(
      new FakeFormat(ctx, () => {
        const t = this.target();
        if (!t) throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (a null object was used).");
        return t;
      }),
    );
  }

  get address(): string {
    return this.read("address");
  }

  load(names: string): this {
    this.props(names, ["address"]);
    this.ctx.enqueue(() => {
      const t = this.target();
      if (!t) return this.setLoaded({ isNullObject: true });
      this.setLoaded({ isNullObject: false, address: t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rangeToA1(a)}`).join(",") });
    });
    return this;
  }
}

class FakeFormat implements XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;

  constructor(ctx: Ctx, target: () => { sheet: FakeSheet; areas: CellRange[] }) {
    this.fill = strict(new FakeRangeFill(ctx, target));
    this.font = strict(new FakeRangeFont(ctx, target));
  }
}

class FakeRangeFill implements XRangeFill {
  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] },
  ) {}

  private edit(change: (f: FakeFill) => FakeFill): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      editCells(this.ctx, sheet, areas, (c) => (c.fill = change(c.fill)));
    });
  }

  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    this.edit((f) => withColor(f, v));
  }
  get pattern(): string {
    throw notLoaded("pattern");
  }
  set pattern(v: string) {
    this.edit((f) => withPattern(f, v));
  }
  get tintAndShade(): number | null {
    throw notLoaded("tintAndShade");
  }
  set tintAndShade(v: number | null) {
    this.edit((f) => withTint(f, v ?? 0));
  }
  get patternColor(): string {
    throw notLoaded("patternColor");
  }
  set patternColor(v: string) {
    this.edit((f) => withPatternColor(f, v));
  }
  clear(): void {
    this.edit(() => NO_FILL);
  }
}

class FakeRangeFont implements XRangeFont {
  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] },
  ) {}

  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      const c = normalizeColor(v);
      editCells(this.ctx, sheet, areas, (cell) => (cell.font = c));
    });
  }
}

// --- notes, comments, settings ----------------------------------------------------------------------

class FakeNotes implements XNoteCollection {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(cellAddress: string, content: string): unknown {
    const note = strict(new FakeNote(this.ctx, this.sheet, cellAddress));
    this.ctx.enqueue(() => {
      const s = writable(this.sheet());
      const a = singleCell(cellAddress);
      if (s.notes.has(a)) throw new FakeExcelError("InvalidArgument", `Cell ${a} already has a note.`);
      if (this.ctx.commentAt(s.name, a) !== undefined) {
        throw new FakeExcelError("InvalidArgument", `Cell ${a} has a comment thread; it cannot also have a note.`);
      }
      s.notes.set(a, content);
      this.ctx.version++;
    });
    return note;
  }

  getItemOrNullObject(cellAddress: string): XNote {
    return strict(new FakeNote(this.ctx, this.sheet, cellAddress));
  }
}

function singleCell(address: string): string {
  const a = parseArea(address);
  if (a.top !== a.bottom || a.left !== a.right) throw new FakeExcelError("InvalidCellAddress", `"${address}" is not a single cell.`);
  return toA1(a.top, a.left);
}

class FakeNote extends Client implements XNote {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => FakeSheet,
    private readonly address: string,
  ) {
    super(ctx);
  }

  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.ctx.enqueue(() => {
      const s = writable(this.sheet());
      const a = singleCell(this.address);
      if (!s.notes.has(a)) throw new FakeExcelError("ItemNotFound", `No note at ${a}.`);
      s.notes.set(a, v);
      this.ctx.version++;
    });
  }

  load(names: string): this {
    this.props(names, ["content"]);
    this.ctx.enqueue(() => {
      const text = this.sheet().notes.get(singleCell(this.address));
      this.setLoaded(text === undefined ? { isNullObject: true } : { isNullObject: false, content: text });
    });
    return this;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = writable(this.sheet());
      const a = singleCell(this.address);
      if (!s.notes.delete(a)) throw new FakeExcelError("ItemNotFound", `No note at ${a}.`);
      this.ctx.version++;
    });
  }
}

class FakeSettings implements XSettingCollection {
  constructor(private readonly ctx: Ctx) {}

  add(k: string, value: string): unknown {
    this.ctx.enqueue(() => {
      this.ctx.data.settings.set(k, JSON.stringify(value));
    });
    return undefined;
  }

  getItemOrNullObject(k: string): XSetting {
    return strict(new FakeSetting(this.ctx, k));
  }
}

class FakeSetting extends Client implements XSetting {
  constructor(
    ctx: Ctx,
    private readonly k: string,
  ) {
    super(ctx);
  }

  get value(): unknown {
    return this.read("value");
  }

  load(names: string): this {
    this.props(names, ["value"]);
    this.ctx.enqueue(() => {
      const v = this.ctx.data.settings.get(this.k);
      this.ctx.chars += v?.length ?? 0;
      this.setLoaded(v === undefined ? { isNullObject: true } : { isNullObject: false, value: JSON.parse(v) });
    });
    return this;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.data.settings.delete(this.k);
    });
  }
}

class FakeComments extends Client implements XCommentCollection {
  get items(): XComment[] {
    return this.read("items");
  }

  load(names: string): this {
    const list = this.props(names, ["items/id", "items/content"]);
    this.ctx.enqueue(() => {
      const items = [...this.ctx.data.comments.values()].map((m) => {
        const c = new FakeCommentApi(this.ctx, m.id);
        c.preload(m, list);
        return strict(c);
      });
      this.setLoaded({ isNullObject: false, items });
    });
    return this;
  }

  add(cellAddress: string, content: string): XComment {
    const c = new FakeCommentApi(this.ctx, null);
    this.ctx.enqueue(() => {
      const bang = cellAddress.lastIndexOf("!");
      if (bang < 0) throw new FakeExcelError("InvalidArgument", "The comment address must include the sheet name.");
      let name = cellAddress.slice(0, bang);
      if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
      const s = findSheet(this.ctx.data, name);
      if (!s) throw new FakeExcelError("ItemNotFound", `No worksheet "${name}".`);
      writable(s);
      const cell = singleCell(cellAddress.slice(bang + 1));
      if (this.ctx.commentAt(s.name, cell) !== undefined || s.notes.has(cell)) {
        throw new FakeExcelError("InvalidArgument", `Cell ${cell} already has a comment or a note.`);
      }
      const m: FakeComment = { id: `c${this.ctx.data.nextCommentId++}`, sheet: s.name, cell, content };
      this.ctx.data.comments.set(m.id, m);
      this.ctx.commentAdded(m);
      this.ctx.version++;
      c.bind(m.id);
    });
    return strict(c);
  }

  getItem(id: string): XComment {
    return strict(new FakeCommentApi(this.ctx, id));
  }
}

class FakeCommentApi extends Client implements XComment {
  constructor(
    ctx: Ctx,
    private commentId: string | null,
  ) {
    super(ctx);
  }

  bind(id: string): void {
    this.commentId = id;
  }

  private comment(): FakeComment {
    const m = this.commentId === null ? undefined : this.ctx.data.comments.get(this.commentId);
    if (!m) throw new FakeExcelError("ItemNotFound", `No comment with id ${this.commentId}.`);
    return m;
  }

  preload(m: FakeComment, list: readonly string[]): void {
    const v: Record<string, unknown> = { isNullObject: false };
    if (list.includes("items/id")) v.id = m.id;
    if (list.includes("items/content")) v.content = m.content;
    this.setLoaded(v);
  }

  get id(): string {
    return this.read("id");
  }
  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.ctx.enqueue(() => {
      const m = this.comment();
      writable(findSheet(this.ctx.data, m.sheet)!);
      m.content = v;
      this.ctx.version++;
    });
  }

  load(names: string): this {
    const list = this.props(names, ["id", "content"]);
    this.ctx.enqueue(() => {
      const m = this.comment();
      this.setLoaded(Object.fromEntries([["isNullObject", false], ...list.map((p) => [p, p === "id" ? m.id : m.content])]));
    });
    return this;
  }

  getLocation(): XRange {
    return strict(
      new FakeRangeApi(this.ctx, () => {
        const m = this.comment();
        return { sheet: findSheet(this.ctx.data, m.sheet)!, area: parseArea(m.cell) };
      }),
    );
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const m = this.comment();
      writable(findSheet(this.ctx.data, m.sheet)!);
      this.ctx.data.comments.delete(m.id);
      this.ctx.commentDeleted(m);
      this.ctx.version++;
    });
  }
}

// --- host -------------------------------------------------------------------------------------------

export class FakeExcel {
  stats: FakeStats = FakeExcel.freshStats();

  constructor(readonly data: FakeWorkbookData) {}

  static freshStats(): FakeStats {
    return { runs: 0, syncCalls: 0, roundTrips: 0, runOptions: [], commands: 0, maxRangeCells: 0, responseChars: [] };
  }

  resetStats(): void {
    this.stats = FakeExcel.freshStats();
  }

  /** Excel.run: the batch, then the final sync office.js makes for anything left queued. */
  run: ExcelRun = async (options, batch) => {
    this.stats.runs++;
    this.stats.runOptions.push(options);
    const ctx = new Ctx(this);
    const result = await batch(ctx.api);
    await ctx.flush();
    return result;
  };
}

