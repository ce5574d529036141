/**
 * The batch machinery of the fake Excel: the command queue and its sync, proxies whose properties are
 * readable only after a load ran in a sync, the errors Excel raises, and fills changed the way Excel
 * changes them. See fake-excel.ts for what the fake promises.
 */
import { parseA1, type CellRange } from "../../../src/core/grid";
import type { RunOptions } from "../../../src/excel/office-api";
import {
  COLS,
  emptyCell,
  key,
  NO_FILL,
  ROWS,
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
  /** Rough characters sent by each round trip (commands, addresses, text written). */
  requestChars: number[];
  /** Round trips refused for their size (only with a payload limit, see PayloadLimit). */
  payloadErrors: number;
}

/**
 * Excel on the web's limit on each request and each response (about 5 MB there; none on desktop),
 * scaled down for tests and measured in the fake's rough characters. `request`: what happens to a
 * request over the limit — "refused" runs none of it (what we expect of Excel), "prefix" runs the
 * commands that fit before failing (the worst case the adapter must survive). A response over the limit
 * fails after its commands ran (writes in it stay applied).
 */
export interface PayloadLimit {
  chars: number;
  request: "refused" | "prefix";
}

/** What one queued command costs in the request besides any text it carries (a guess at Excel's JSON). */
export const COMMAND_CHARS = 40;

export const MAX_RANGE_CELLS = 5_000_000;
export const MAX_AREAS_CHARS = 8000;
export const MAX_AREAS = 500;
const HEX = /^#[0-9A-Fa-f]{6}$/;
/** Members any caller (await, jest's printers) may probe without meaning to use the API. */
const PROBED = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "constructor",
  "_isMockFunction",
]);

/** Wrap so that touching a member the fake does not implement throws instead of yielding undefined. */
export function strict<T extends object>(o: T): T {
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
      if (typeof p === "string" && !(p in t))
        throw new Error(`not implemented in fake Excel: ${name}.${p} =`);
      return Reflect.set(t, p, v, r);
    },
  });
}

export const notLoaded = (prop: string): FakeExcelError =>
  new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export function normalizeColor(c: string): string {
  if (!HEX.test(c)) throw new Error(`not implemented in fake Excel: colour "${c}" (only #RRGGBB)`);
  return c.toUpperCase();
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const AREA = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;
/** Whole rows ("5:7") and whole columns ("A:C"). */
const ROW_SPAN = /^\$?(\d{1,7}):\$?(\d{1,7})$/;
const COL_SPAN = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

export function parseArea(text: string): CellRange {
  const t = text.trim();
  const bad = () =>
    new FakeExcelError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: "${text}"`,
    );
  const rows = ROW_SPAN.exec(t);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (a < 0 || b < 0 || a >= ROWS || b >= ROWS) throw bad();
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: COLS - 1 };
  }
  const cols = COL_SPAN.exec(t);
  if (cols) {
    const a = parseA1(`${cols[1]}1`)!.col;
    const b = parseA1(`${cols[2]}1`)!.col;
    if (a >= COLS || b >= COLS) throw bad();
    return { top: 0, left: Math.min(a, b), bottom: ROWS - 1, right: Math.max(a, b) };
  }
  const m = AREA.exec(t);
  if (!m) throw bad();
  const a = parseA1(`${m[1]}${m[2]}`)!;
  const b = m[3] ? parseA1(`${m[3]}${m[4]}`)! : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export const cellCount = (a: CellRange): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

export function* cellsOf(areas: readonly CellRange[]): Generator<[number, number]> {
  for (const a of areas)
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
}

export function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) {
    throw new FakeExcelError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
    );
  }
  return sheet;
}

export function editCells(
  ctx: Ctx,
  sheet: FakeSheet,
  areas: readonly CellRange[],
  edit: (c: FakeCell) => void,
): void {
  writable(sheet);
  ctx.version++;
  for (const [r, c] of cellsOf(areas)) {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) sheet.cells.set(key(r, c), (cell = emptyCell()));
    edit(cell);
  }
}

// --- fills, as Excel changes them ---------------------------------------------------------------

export function withColor(f: FakeFill, color: string): FakeFill {
  const c = normalizeColor(color);
  return f.none
    ? { none: false, color: c, pattern: "Solid", tint: 0, patternColor: "#000000" }
    : { ...f, color: c, tint: 0 };
}
export function withPattern(f: FakeFill, pattern: string): FakeFill {
  if (pattern === "None") return NO_FILL;
  // Assumed of Excel: a gradient is a fill of its own (stops, angle) that fill.pattern cannot set.
  if (/gradient/i.test(pattern))
    throw new FakeExcelError("InvalidArgument", `The fill pattern ${pattern} cannot be set.`);
  return f.none
    ? { none: false, color: "#FFFFFF", pattern, tint: 0, patternColor: "#000000" }
    : { ...f, pattern };
}
export function withTint(f: FakeFill, tint: number): FakeFill {
  return f.none
    ? { none: false, color: "#FFFFFF", pattern: "Solid", tint, patternColor: "#000000" }
    : { ...f, tint };
}
export function withPatternColor(f: FakeFill, color: string): FakeFill {
  return f.none ? f : { ...f, patternColor: normalizeColor(color) };
}

// --- context --------------------------------------------------------------------------------------

export class Ctx {
  queue: (() => void)[] = [];
  /** Request characters of each queued command (addresses and text it carries included). */
  private sizes: number[] = [];
  /** Request characters of proxies and arguments not yet tied to a command. */
  private loose = 0;
  /** Bumped by every write, so resolved ranges (the used range) can be reused until something changes. */
  version = 0;
  /** "sheet\u0000A1" → comment id, kept up to date by this context's adds and deletes. */
  private commentCells: Map<string, string> | null = null;

  constructor(
    readonly data: FakeWorkbookData,
    readonly stats: FakeStats,
    readonly limit: PayloadLimit | null = null,
  ) {}

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

  /** Rows moved: comment locations are looked up afresh. */
  commentsMoved(): void {
    this.commentCells = null;
  }

  commentDeleted(m: FakeComment): void {
    this.commentAt(m.sheet, m.cell);
    this.commentCells!.delete(`${m.sheet}\u0000${m.cell}`);
  }

  /** Queue a command; `chars`: text it sends besides COMMAND_CHARS (content written, a value). */
  enqueue(cmd: () => void, chars = 0): void {
    this.queue.push(cmd);
    this.sizes.push(COMMAND_CHARS + chars + this.loose);
    this.loose = 0;
  }

  /** Text sent with the next command (an address given to getRange, getRanges, copyFrom …). */
  sends(chars: number): void {
    this.loose += chars;
  }

  chars = 0;

  async flush(): Promise<void> {
    await Promise.resolve();
    const q = this.queue;
    const sizes = this.sizes;
    this.queue = [];
    this.sizes = [];
    this.loose = 0;
    if (q.length === 0) return;
    const stats = this.stats;
    stats.roundTrips++;
    const request = sizes.reduce((a, b) => a + b, 0);
    stats.requestChars.push(request);
    const limit = this.limit;
    let run = q.length;
    if (limit && request > limit.chars) {
      stats.payloadErrors++;
      if (limit.request === "refused") run = 0;
      else run = fittingPrefix(sizes, limit.chars);
    }
    this.chars = 0;
    try {
      for (let i = 0; i < run; i++) {
        stats.commands++;
        q[i]();
      }
    } finally {
      stats.responseChars.push(this.chars);
    }
    if (run < q.length)
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${request} > ${limit!.chars}).`,
      );
    if (limit && this.chars > limit.chars) {
      stats.payloadErrors++;
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.chars} > ${limit.chars}).`,
      );
    }
  }
}

/** How many commands, from the first, fit in `limit` characters. */
function fittingPrefix(sizes: readonly number[], limit: number): number {
  let sum = 0;
  for (let i = 0; i < sizes.length; i++) if ((sum += sizes[i]) > limit) return i;
  return sizes.length;
}

export abstract class Client {
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
    const list = names
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const p of list)
      if (!allowed.includes(p))
        throw new Error(`not implemented in fake Excel: load("${p}") on ${this.constructor.name}`);
    return list;
  }
}
