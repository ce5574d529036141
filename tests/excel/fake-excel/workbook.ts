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
  XWorksheetFreezePanes,
  XWorksheetProtection,
  XWorkbookProtection,
  XNoteCollection,
  XCommentCollection,
  XTableCollection,
} from "../../../src/excel/office-api";
import { Client, Ctx, FakeExcelError, MAX_AREAS, MAX_AREAS_CHARS, parseArea, strict } from "./batch";
import { FakeComments, FakeNotes } from "./notes-comments";
import { FakeRangeApi, FakeRangeAreasApi, usedArea } from "./ranges";
import { FakeTables } from "./tables";
import { fakeSheet, findSheet, type FakeSheet, type SheetVisibility } from "./workbook-data";

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
  readonly notes: XNoteCollection;
  readonly protection: XWorkbookProtection;

  constructor(ctx: Ctx) {
    super(ctx);
    this.worksheets = strict(new FakeWorksheets(ctx));
    this.settings = strict(new FakeSettings(ctx));
    this.comments = strict(new FakeComments(ctx));
    this.notes = strict(new FakeNotes(ctx, null));
    this.protection = strict(new FakeWorkbookProtection(ctx));
  }

  get name(): string {
    return this.read("name");
  }

  load(names: string): this {
    this.props(names, ["name"]);
    this.ctx.enqueue(() => this.setLoaded({ isNullObject: false, name: this.ctx.data.name }));
    return this;
  }

  /** The top-left cell of the selection on the active sheet (A1 when nothing was selected there). */
  getActiveCell(): XRange {
    return strict(
      new FakeRangeApi(this.ctx, () => {
        const data = this.ctx.data;
        const sheet = data.activeSheet === null ? undefined : findSheet(data, data.activeSheet);
        if (!sheet) throw new FakeExcelError("ItemNotFound", "There is no active worksheet.");
        const sel = data.selection;
        const bang = sel?.lastIndexOf("!") ?? -1;
        if (sel && bang >= 0 && sel.slice(0, bang).toLowerCase() === sheet.name.toLowerCase()) {
          const area = parseArea(sel.slice(bang + 1));
          return { sheet, area: { top: area.top, left: area.left, bottom: area.top, right: area.left } };
        }
        return { sheet, area: { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
    );
  }
}

class FakeWorksheets extends Client implements XWorksheetCollection {
  get items(): XWorksheet[] {
    return this.read("items");
  }

  load(names: string): this {
    const list = this.props(names, ["items/name", "items/visibility", "items/protection/protected"]);
    this.ctx.enqueue(() => {
      const items = this.ctx.data.sheets.map((s) => {
        const ws = new FakeWorksheetApi(this.ctx, s.name, false);
        ws.preload(s, list.includes("items/visibility"), list.includes("items/protection/protected"));
        return strict(ws);
      });
      this.setLoaded({ isNullObject: false, items });
    });
    return this;
  }

  getItem(name: string): XWorksheet {
    return strict(new FakeWorksheetApi(this.ctx, name, false));
  }

  /** The sheet active when the command runs. */
  getActiveWorksheet(): XWorksheet {
    return strict(
      new FakeWorksheetApi(
        this.ctx,
        () => {
          const active = this.ctx.data.activeSheet;
          if (active === null) throw new FakeExcelError("ItemNotFound", "There is no active worksheet.");
          return active;
        },
        false,
      ),
    );
  }

  add(name?: string): XWorksheet {
    if (name === undefined) throw new Error("not implemented in fake Excel: worksheets.add() without a name");
    this.ctx.enqueue(() => {
      const data = this.ctx.data;
      structureUnprotected(data.structureProtected);
      if (
        name.length === 0 ||
        name.length > 31 ||
        /[[\]:*?/\\]/.test(name) ||
        name.startsWith("'") ||
        name.endsWith("'")
      ) {
        throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
      }
      if (findSheet(data, name))
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      data.sheets.push(fakeSheet({ name }));
      this.ctx.version++;
    });
    return strict(new FakeWorksheetApi(this.ctx, name, false));
  }
}

function structureUnprotected(isProtected: boolean): void {
  if (isProtected) throw new FakeExcelError("AccessDenied", "The workbook's structure is protected.");
}

class FakeWorkbookProtection extends Client implements XWorkbookProtection {
  get protected(): boolean {
    return this.read("protected");
  }

  load(names: string): this {
    this.props(names, ["protected"]);
    this.ctx.enqueue(() =>
      this.setLoaded({ isNullObject: false, protected: this.ctx.data.structureProtected }),
    );
    return this;
  }
}

class FakeWorksheetApi extends Client implements XWorksheet {
  readonly protection: FakeProtection;
  readonly notes: XNoteCollection;
  readonly tables: XTableCollection;
  readonly freezePanes: XWorksheetFreezePanes;

  constructor(
    ctx: Ctx,
    /** The name, or (the active sheet) a function giving it when a command runs. */
    private readonly nameOf: string | (() => string),
    private readonly orNull: boolean,
  ) {
    super(ctx);
    this.protection = strict(new FakeProtection(ctx, () => this.sheet()));
    this.notes = strict(new FakeNotes(ctx, () => this.sheet()));
    this.tables = strict(new FakeTables(ctx, () => this.sheet()));
    this.freezePanes = strict(new FakeFreezePanes(ctx, () => this.sheet()));
  }

  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v))
      throw new Error(`not implemented in fake Excel: visibility "${v}"`);
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.visibility === v) return;
      structureUnprotected(this.ctx.data.structureProtected);
      if (v !== "Visible" && visibleSheets(this.ctx.data.sheets).every((o) => o === s)) {
        throw new FakeExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      s.visibility = v as SheetVisibility;
      if (v !== "Visible" && this.ctx.data.activeSheet === s.name)
        this.ctx.data.activeSheet = visibleSheets(this.ctx.data.sheets).find((o) => o !== s)!.name;
    });
  }

  /** Excel refuses to delete a VeryHidden sheet (office-js #365) or the last visible one. */
  delete(): void {
    this.ctx.enqueue(() => {
      const data = this.ctx.data;
      const s = this.sheet();
      structureUnprotected(data.structureProtected);
      if (s.visibility === "VeryHidden")
        throw new FakeExcelError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
      if (s.visibility === "Visible" && visibleSheets(data.sheets).length === 1) {
        throw new FakeExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      data.sheets.splice(data.sheets.indexOf(s), 1);
      for (const m of [...data.comments.values()]) {
        if (m.sheet !== s.name) continue;
        data.comments.delete(m.id);
        this.ctx.commentDeleted(m);
      }
      if (data.activeSheet === s.name) data.activeSheet = visibleSheets(data.sheets)[0]?.name ?? null;
      this.ctx.version++;
    });
  }

  /** Resolve at execution time, like Excel's object paths. */
  private get sheetName(): string {
    return typeof this.nameOf === "string" ? this.nameOf : this.nameOf();
  }

  sheet(): FakeSheet {
    const s = findSheet(this.ctx.data, this.sheetName);
    if (!s)
      throw new FakeExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist: worksheet "${this.sheetName}".`,
      );
    return s;
  }

  preload(s: FakeSheet, withVisibility: boolean, withProtection: boolean): void {
    this.setLoaded(
      withVisibility
        ? { isNullObject: false, name: s.name, visibility: s.visibility }
        : { isNullObject: false, name: s.name },
    );
    if (withProtection) this.protection.preload(s.protected);
  }

  get name(): string {
    return this.read("name");
  }

  load(names: string): this {
    this.props(names, ["name", "visibility"]);
    this.ctx.enqueue(() => {
      const s = this.orNull ? findSheet(this.ctx.data, this.sheetName) : this.sheet();
      this.setLoaded(
        s ? { isNullObject: false, name: s.name, visibility: s.visibility } : { isNullObject: true },
      );
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
    this.ctx.sends(address.length);
    return strict(new FakeRangeApi(this.ctx, () => ({ sheet: this.sheet(), area: parseArea(address) })));
  }

  getRanges(address = ""): XRangeAreas {
    this.ctx.sends(address.length);
    return strict(
      new FakeRangeAreasApi(this.ctx, () => {
        if (address.length > MAX_AREAS_CHARS)
          throw new FakeExcelError("InvalidArgument", `Address too long (${address.length} characters).`);
        const areas = address.split(",").map(parseArea);
        if (areas.length > MAX_AREAS)
          throw new FakeExcelError("InvalidArgument", `Too many areas (${areas.length}).`);
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

/** Worksheet.freezePanes (ExcelApi 1.7): records how many top rows are frozen, as the sheet view keeps it. */
class FakeFreezePanes extends Client implements XWorksheetFreezePanes {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  freezeRows(count = 1): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (!Number.isInteger(count) || count < 0)
        throw new FakeExcelError("InvalidArgument", `freezeRows: ${count} is not a row count.`);
      if (count === 0) delete s.frozenRows;
      else s.frozenRows = count;
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

const visibleSheets = (sheets: FakeSheet[]): FakeSheet[] => sheets.filter((s) => s.visibility === "Visible");

class FakeSettings extends Client implements XSettingCollection {
  get items(): XSetting[] {
    return this.read("items");
  }

  load(names: string): this {
    const list = this.props(names, ["items/key", "items/value"]);
    this.ctx.enqueue(() => {
      const items = [...this.ctx.data.settings].map(([k, v]) => {
        const item = new FakeSetting(this.ctx, k, false);
        item.preload(list.includes("items/value") ? { key: k, value: JSON.parse(v) } : { key: k });
        this.ctx.chars += k.length + (list.includes("items/value") ? v.length : 0);
        return strict(item);
      });
      this.setLoaded({ isNullObject: false, items });
    });
    return this;
  }

  add(k: string, value: string): unknown {
    this.ctx.enqueue(
      () => {
        this.ctx.data.settings.set(k, JSON.stringify(value));
      },
      k.length + JSON.stringify(value).length,
    );
    return undefined;
  }

  getItem(k: string): XSetting {
    return strict(new FakeSetting(this.ctx, k, false));
  }

  getItemOrNullObject(k: string): XSetting {
    return strict(new FakeSetting(this.ctx, k, true));
  }
}

class FakeSetting extends Client implements XSetting {
  constructor(
    ctx: Ctx,
    private readonly k: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }

  preload(values: Record<string, unknown>): void {
    this.setLoaded({ isNullObject: false, ...values });
  }

  get key(): string {
    return this.read("key");
  }

  private exists(): boolean {
    const there = this.ctx.data.settings.has(this.k);
    if (!there && !this.orNull) throw new FakeExcelError("ItemNotFound", `No setting "${this.k}".`);
    return there;
  }

  get value(): unknown {
    return this.read("value");
  }

  load(names: string): this {
    this.props(names, ["key", "value"]);
    this.ctx.enqueue(() => {
      const v = this.exists() ? this.ctx.data.settings.get(this.k)! : undefined;
      this.ctx.chars += v?.length ?? 0;
      this.setLoaded(
        v === undefined ? { isNullObject: true } : { isNullObject: false, key: this.k, value: JSON.parse(v) },
      );
    });
    return this;
  }

  /** On a null object Excel fails the batch; the adapter only deletes what it knows exists. */
  delete(): void {
    this.ctx.enqueue(() => {
      if (!this.exists())
        throw new FakeExcelError(
          "InvalidObjectPath",
          "The object path is not valid (a null object was used).",
        );
      this.ctx.data.settings.delete(this.k);
    });
  }
}
