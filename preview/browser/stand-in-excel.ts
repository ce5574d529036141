/**
 * The stand-in Excel the preview's task pane talks to: the test fake (tests/excel/fake-excel — queued
 * commands, load then sync, PropertyNotLoaded, protection, the No-Fill/white ambiguity, sync counts)
 * behind a guard that adds what a real host adds around it:
 *
 * - only the members in api-surface.ts exist; anything else throws "not implemented";
 * - requirement sets: a member newer than the configured ExcelApi version throws ApiNotFound (at the
 *   call, where Excel would fail the next sync), and isSetSupported answers from the same version;
 * - a payload limit per sync (default 5 MB, as Excel on the web): a request whose arguments exceed it is
 *   refused with RequestPayloadSizeLimitExceeded before anything runs; a sync whose loaded results exceed
 *   it fails with ResponsePayloadSizeLimitExceeded (its writes stay applied — the fake cannot unload);
 *   after either failure every later sync of that Excel.run fails the same way and nothing left queued
 *   runs;
 * - the bytes sent and received per sync are recorded next to the fake's counts;
 * - listeners hear of every sync and every finished Excel.run, and whether it may have changed the
 *   workbook (a write: a property set or a method other than load, sync and get…) — a sync that only
 *   reads changes nothing the page draws, as a read leaves real Excel's grid alone.
 */
import { FakeExcel, FakeExcelError } from "../../tests/excel/fake-excel";
import type { FakeWorkbookData } from "../../tests/excel/fake-excel/workbook-data";
import type { RunOptions, XRequestContext } from "../../src/excel/office-api";
import { API_SURFACE, setWithin, type Member } from "./api-surface";

export interface StandInConfig {
  /** The newest ExcelApi set the host supports, e.g. "1.9", "1.18", "1.20". */
  maxApi: string;
  /** Bytes per request and per response of one sync. */
  payloadLimit: number;
}

export const DEFAULT_PAYLOAD_LIMIT = 5_000_000;

export interface SyncRecord {
  /** Explicit context.sync() or the final one Excel.run makes. */
  kind: "sync" | "final";
  requestBytes: number;
  responseBytes: number;
}

/** Members anything may probe (await, printers) without meaning to use the API. */
const PROBED = new Set(["then", "toJSON", "constructor", "$$typeof", "nodeType", "asymmetricMatch"]);
/** Methods that only read: load, sync and the get… family (getRange, getCellProperties, getItem…). */
const READS = /^(?:load|sync|get[A-Z])/;
/** Per-command overhead of the request JSON (action id, object path). */
const COMMAND_BYTES = 40;

const encoder = new TextEncoder();
const utf8Bytes = (s: string): number => encoder.encode(s).length;

type Dict = Record<string | symbol, unknown>;
type Fn = (...args: unknown[]) => unknown;

function notImplemented(type: string, member: string): Error {
  return new Error(`not implemented in the stand-in Excel host: ${type}.${member}`);
}

export class StandInExcel {
  readonly fake: FakeExcel;
  readonly syncs: SyncRecord[] = [];
  /** Excel.run calls under way. */
  active = 0;
  private listeners: ((wrote: boolean) => void)[] = [];

  constructor(
    readonly data: FakeWorkbookData,
    readonly config: StandInConfig,
  ) {
    this.fake = new FakeExcel(data);
  }

  get stats(): FakeExcel["stats"] {
    return this.fake.stats;
  }

  /** `listener(wrote)` after every sync and every Excel.run; wrote: it queued a write since the last call. */
  onChange(listener: (wrote: boolean) => void): void {
    this.listeners.push(listener);
  }

  changed(wrote: boolean): void {
    for (const l of this.listeners) l(wrote);
  }

  isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    return setWithin(version ?? "1.1", this.config.maxApi);
  };

  /** Excel.run(options | null, batch). */
  run = async <T>(options: RunOptions | null, batch: (ctx: XRequestContext) => Promise<T>): Promise<T> => {
    if (options !== null) {
      for (const k of Object.keys(options)) {
        if (k !== "mergeUndoGroup") throw notImplemented("Excel.run options", k);
      }
      if (options.mergeUndoGroup && !this.isSetSupported("ExcelApi", "1.20")) {
        throw new FakeExcelError(
          "ApiNotFound",
          `Excel.run({ mergeUndoGroup }) needs ExcelApi 1.20; this host supports ${this.config.maxApi}.`,
        );
      }
    }
    const b = new Batch(this);
    this.active++;
    try {
      let finalLoads: Load[] = [];
      let finalRequest = 0;
      const result = await this.fake.run(options, async (ctx) => {
        const out = await batch(b.wrap(ctx, "RequestContext") as XRequestContext);
        b.throwIfFailed();
        finalRequest = b.checkRequest();
        finalLoads = b.takeLoads();
        return out;
      });
      if (finalRequest > 0 || finalLoads.length > 0)
        this.record("final", finalRequest, b.measureResponse(finalLoads));
      return result;
    } finally {
      this.active--;
      this.changed(b.takeWrote());
    }
  };

  record(kind: SyncRecord["kind"], requestBytes: number, responseBytes: number): void {
    this.syncs.push({ kind, requestBytes, responseBytes });
    if (responseBytes > this.config.payloadLimit) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit (${this.config.payloadLimit}).`,
      );
    }
  }

  gate(need: string | undefined, type: string, member: string): void {
    if (need && !setWithin(need, this.config.maxApi)) {
      throw new FakeExcelError(
        "ApiNotFound",
        `${type}.${member} needs ExcelApi ${need}; this host supports ${this.config.maxApi}.`,
      );
    }
  }
}

interface Load {
  target: Dict;
  names: string;
}

/** One Excel.run: the guard proxies, the pending request size and loads, and a failure that sticks. */
class Batch {
  private requestBytes = 0;
  private loads: Load[] = [];
  private results: Dict[] = [];
  private failure: Error | null = null;
  /** A write was queued since takeWrote() last asked. */
  private wrote = false;
  private readonly wrapped = new WeakMap<object, unknown>();
  private readonly lists = new WeakMap<object, unknown[]>();

  constructor(private readonly host: StandInExcel) {}

  /** Whether a write was queued since the last call. */
  takeWrote(): boolean {
    const wrote = this.wrote;
    this.wrote = false;
    return wrote;
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** The pending request's size; refuses it (for good) when over the limit. */
  checkRequest(): number {
    const bytes = this.requestBytes;
    this.requestBytes = 0;
    if (bytes > this.host.config.payloadLimit) {
      this.failure = new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.host.config.payloadLimit}).`,
      );
      throw this.failure;
    }
    return bytes;
  }

  takeLoads(): Load[] {
    const loads = this.loads;
    this.loads = [];
    for (const r of this.results) loads.push({ target: r, names: "value" });
    this.results = [];
    return loads;
  }

  /** Bytes of everything the given loads brought back. */
  measureResponse(loads: readonly Load[]): number {
    let bytes = 0;
    for (const { target, names } of loads) {
      const isNull = "isNullObject" in target && target.isNullObject === true;
      if (isNull) {
        bytes += 24;
        continue;
      }
      for (const name of names.split(",")) {
        const path = name.trim().split("/");
        bytes += utf8Bytes(JSON.stringify(walk(target, path)) ?? "") + name.length + 4;
      }
    }
    return bytes;
  }

  private async sync(ctx: XRequestContext): Promise<void> {
    if (this.failure || this.requestBytes > this.host.config.payloadLimit) {
      // A refused request still went to Excel and back: it counts as a sync and a round trip.
      this.host.stats.syncCalls++;
      this.host.stats.roundTrips++;
    }
    this.throwIfFailed();
    const request = this.checkRequest();
    const loads = this.takeLoads();
    await ctx.sync();
    try {
      this.host.record("sync", request, this.measureResponse(loads));
    } catch (err) {
      this.failure = err as Error;
      throw err;
    } finally {
      this.host.changed(this.takeWrote());
    }
  }

  private count(values: readonly unknown[]): void {
    this.requestBytes += COMMAND_BYTES + utf8Bytes(JSON.stringify(values) ?? "");
  }

  wrap(target: unknown, type: string): unknown {
    if (target === null || typeof target !== "object") return target;
    const seen = this.wrapped.get(target);
    if (seen) return seen;
    const surface = API_SURFACE[type];
    if (!surface) throw notImplemented(type, "(type)");
    const t = target as Dict;
    const proxy = new Proxy(t, {
      get: (obj, p) => {
        if (typeof p === "symbol" || PROBED.has(p)) return Reflect.get(obj, p);
        const m: Member | undefined = surface[p];
        if (!m) throw notImplemented(type, p);
        this.host.gate(m.set, type, p);
        if (m.kind === "method") return (...args: unknown[]) => this.call(obj, type, p, m, args);
        const v = Reflect.get(obj, p);
        if (m.kind === "list") return this.wrapList(v, m.type!);
        return m.type ? this.wrap(v, m.type) : v;
      },
      set: (obj, p, v) => {
        const m = typeof p === "string" ? surface[p] : undefined;
        if (!m || !m.settable) throw notImplemented(type, `${String(p)} =`);
        this.host.gate(m.writeSet ?? m.set, type, String(p));
        this.count([v]);
        this.wrote = true;
        return Reflect.set(obj, p, v);
      },
    });
    this.wrapped.set(target, proxy);
    return proxy;
  }

  private call(obj: Dict, type: string, name: string, m: Member, args: unknown[]): unknown {
    if (type === "RequestContext" && name === "sync") return this.sync(obj as unknown as XRequestContext);
    this.count(args);
    if (!READS.test(name)) this.wrote = true;
    const out = (obj[name] as Fn).apply(obj, args);
    if (name === "load") this.loads.push({ target: obj, names: String(args[0] ?? "") });
    if (name === "getCellProperties") this.results.push(out as Dict);
    return m.type ? this.wrap(out, m.type) : out;
  }

  private wrapList(v: unknown, type: string): unknown {
    if (!Array.isArray(v)) return v;
    let out = this.lists.get(v);
    if (!out) this.lists.set(v, (out = v.map((item) => this.wrap(item, type))));
    return out;
  }
}

/** Follow a load path ("items/protection/protected") through loaded objects and lists. */
function walk(v: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return plain(v);
  if (Array.isArray(v)) return v.map((item) => walk(item, path));
  if (v === null || typeof v !== "object") return v;
  return walk((v as Dict)[path[0]], path.slice(1));
}

/** Data only: a host object at the end of a path counts as nothing. */
function plain(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null ? v : null;
}
