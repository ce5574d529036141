/** Notes (ExcelApi 1.18) and threaded comments (1.10) of the fake Excel: a cell holds one or the other. */
import { toA1 } from "../../../src/core/grid";
import type {
  XComment,
  XCommentCollection,
  XNote,
  XNoteCollection,
  XRange,
} from "../../../src/excel/office-api";
import { Client, Ctx, FakeExcelError, parseArea, strict, writable } from "./batch";
import { FakeRangeApi } from "./ranges";
import { findSheet, type FakeComment, type FakeSheet } from "./workbook-data";

/** A sheet's notes, or (sheet null) the workbook's: all sheets' notes, listed sheet by sheet. */
export class FakeNotes extends Client implements XNoteCollection {
  constructor(
    ctx: Ctx,
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(ctx);
  }

  private onSheet(): () => FakeSheet {
    if (!this.sheet) throw new Error("not implemented in fake Excel: addressing workbook.notes by cell");
    return this.sheet;
  }

  get items(): XNote[] {
    return this.read("items");
  }

  load(names: string): this {
    this.props(names, ["items/content"]);
    this.ctx.enqueue(() => {
      const sheets = this.sheet ? [this.sheet()] : this.ctx.data.sheets;
      const items: XNote[] = [];
      for (const s of sheets) {
        for (const [address, text] of s.notes) {
          const note = new FakeNote(this.ctx, () => s, address, true);
          note.preload(text);
          this.ctx.chars += text.length;
          items.push(strict(note));
        }
      }
      this.setLoaded({ isNullObject: false, items });
    });
    return this;
  }

  add(cellAddress: string, content: string): unknown {
    const sheet = this.onSheet();
    const note = strict(new FakeNote(this.ctx, sheet, cellAddress, false));
    this.ctx.enqueue(() => {
      const s = writable(sheet());
      const a = singleCell(cellAddress);
      if (s.notes.has(a)) throw new FakeExcelError("InvalidArgument", `Cell ${a} already has a note.`);
      if (this.ctx.commentAt(s.name, a) !== undefined) {
        throw new FakeExcelError(
          "InvalidArgument",
          `Cell ${a} has a comment thread; it cannot also have a note.`,
        );
      }
      s.notes.set(a, content);
      this.ctx.version++;
    }, cellAddress.length + content.length);
    return note;
  }

  getItem(cellAddress: string): XNote {
    return strict(new FakeNote(this.ctx, this.onSheet(), cellAddress, false));
  }

  getItemOrNullObject(cellAddress: string): XNote {
    return strict(new FakeNote(this.ctx, this.onSheet(), cellAddress, true));
  }
}

function singleCell(address: string): string {
  const a = parseArea(address);
  if (a.top !== a.bottom || a.left !== a.right)
    throw new FakeExcelError("InvalidCellAddress", `"${address}" is not a single cell.`);
  return toA1(a.top, a.left);
}

class FakeNote extends Client implements XNote {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => FakeSheet,
    private readonly address: string,
    /** From getItemOrNullObject (or a listed item): a missing note is a null object, not an error. */
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }

  preload(text: string): void {
    this.setLoaded({ isNullObject: false, content: text });
  }

  /** The note's sheet and cell; ItemNotFound when it has none (a null object fails the same way). */
  private existing(): { s: FakeSheet; a: string } {
    const s = this.sheet();
    const a = singleCell(this.address);
    if (!s.notes.has(a)) {
      if (this.orNull)
        throw new FakeExcelError(
          "InvalidObjectPath",
          "The object path is not valid (a null object was used).",
        );
      throw new FakeExcelError("ItemNotFound", `No note at ${a}.`);
    }
    return { s, a };
  }

  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.ctx.enqueue(() => {
      const { s, a } = this.existing();
      writable(s);
      s.notes.set(a, v);
      this.ctx.version++;
    }, v.length);
  }

  load(names: string): this {
    this.props(names, ["content"]);
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const text = s.notes.get(singleCell(this.address));
      if (text === undefined && !this.orNull)
        throw new FakeExcelError("ItemNotFound", `No note at ${this.address}.`);
      this.ctx.chars += text?.length ?? 0;
      this.setLoaded(text === undefined ? { isNullObject: true } : { isNullObject: false, content: text });
    });
    return this;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { s, a } = this.existing();
      writable(s);
      s.notes.delete(a);
      this.ctx.version++;
    });
  }

  getLocation(): XRange {
    return strict(
      new FakeRangeApi(this.ctx, () => {
        const { s, a } = this.existing();
        return { sheet: s, area: parseArea(a) };
      }),
    );
  }
}

export class FakeComments extends Client implements XCommentCollection {
  get items(): XComment[] {
    return this.read("items");
  }

  load(names: string): this {
    const list = this.props(names, ["items/id", "items/content"]);
    this.ctx.enqueue(() => {
      const items = [...this.ctx.data.comments.values()].map((m) => {
        const c = new FakeCommentApi(this.ctx, m.id);
        c.preload(m, list);
        this.ctx.chars += m.id.length + (list.includes("items/content") ? m.content.length : 0);
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
      if (bang < 0)
        throw new FakeExcelError("InvalidArgument", "The comment address must include the sheet name.");
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
    }, cellAddress.length + content.length);
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
    }, v.length);
  }

  load(names: string): this {
    const list = this.props(names, ["id", "content"]);
    this.ctx.enqueue(() => {
      const m = this.comment();
      this.ctx.chars += m.id.length + (list.includes("content") ? m.content.length : 0);
      this.setLoaded(
        Object.fromEntries([["isNullObject", false], ...list.map((p) => [p, p === "id" ? m.id : m.content])]),
      );
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
