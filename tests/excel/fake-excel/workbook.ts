/** The workbook, its sheets, protection and settings in the fake Excel, and the request context. */
import type {
  XRange,
  XRangeAreas,
  XRequestContext,
  XSetting,
  XSettingCollection,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
  XWorksheetProtection,
  XNoteCollection,
  XCommentCollection,
} from "../../../src/excel/office-api";
import { Client, Ctx, FakeExcelError, MAX_AREAS, MAX_AREAS_CHARS, parseArea, strict } from "./batch";
import { FakeComments, FakeNotes } from "./notes-comments";
import { FakeRangeApi, FakeRangeAreasApi, usedArea } from "./ranges";
import { findSheet, type FakeSheet } from "./workbook-data";

/** The RequestContext a batch gets. */
export function contextApi(ctx: Ctx): XRequestContext {
  const workbook = strict(new FakeWorkbookApi(ctx));
  return strict(
    new (class RequestContext implements XRequestContext {
      get workbook(): XWorkbook {
        return workbook;
      }
      sync(): Promise<void> {
        ctx.stats.syncCalls++;
        return ctx.flush();
      }
    })(),
  );
}


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
