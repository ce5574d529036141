/** Tables (Worksheet.tables, ExcelApi 1.1) of the fake Excel: add, name and style, as Excel checks them. */
import type { XTable, XTableCollection } from "../../../src/excel/office-api";
import { Client, Ctx, FakeExcelError, notLoaded, parseArea, strict, writable } from "./batch";
import type { FakeSheet, FakeTable } from "./workbook-data";

const overlaps = (a: FakeTable["range"], b: FakeTable["range"]): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
/** Excel's rule for a table name: a letter, _ or \ first; letters, digits, _ and . after; no cell address. */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u;

export class FakeTables extends Client implements XTableCollection {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  add(address: string, hasHeaders: boolean): XTable {
    this.ctx.sends(address.length);
    let table: FakeTable | null = null;
    this.ctx.enqueue(() => {
      const sheet = writable(this.sheet());
      const range = parseArea(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
      const all = this.ctx.data.sheets.flatMap((s) => s.tables ?? []);
      if ((sheet.tables ?? []).some((t) => overlaps(t.range, range)))
        throw new FakeExcelError("InvalidArgument", "A table can't overlap another table.");
      if (sheet.merges.some((m) => overlaps(m, range)))
        throw new FakeExcelError("InvalidOperation", "A table can't contain merged cells.");
      let n = all.length + 1;
      while (all.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      table = { name: `Table${n}`, range, hasHeaders, style: "TableStyleMedium2" };
      (sheet.tables ??= []).push(table);
      this.ctx.version++;
    });
    const ctx = this.ctx;
    const found = (): FakeTable => {
      if (!table) throw new FakeExcelError("InvalidObjectPath", "The table was not added.");
      return table;
    };
    return strict(
      new (class Table implements XTable {
        get name(): string {
          throw notLoaded("name");
        }
        set name(v: string) {
          ctx.sends(v.length);
          ctx.enqueue(() => {
            if (!TABLE_NAME.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v))
              throw new FakeExcelError("InvalidArgument", `The table name "${v}" is not valid.`);
            const t = found();
            const taken = ctx.data.sheets
              .flatMap((s) => s.tables ?? [])
              .some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase());
            if (taken) throw new FakeExcelError("InvalidArgument", `A table named "${v}" already exists.`);
            t.name = v;
          });
        }
        get style(): string {
          throw notLoaded("style");
        }
        set style(v: string) {
          ctx.sends(v.length);
          ctx.enqueue(() => {
            if (!STYLE.test(v))
              throw new FakeExcelError("InvalidArgument", `The table style "${v}" is not valid.`);
            found().style = v;
          });
        }
      })(),
    );
  }
}
