/** The fake must behave like Excel where the adapter depends on it; these pin that down. */
import { FakeExcel, cellAt, fakeSheet, fakeWorkbook, lookOf } from "./fake-excel";

function excelWith(protectedSheet = false): FakeExcel {
  const s = fakeSheet({ name: "表1", values: [["a", 1], ["b", 2]], protected: protectedSheet });
  return new FakeExcel(fakeWorkbook([s]));
}

describe("fake Excel: load / sync semantics", () => {
  it("throws PropertyNotLoaded before load+sync and returns values after", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表1").getRange("A1:B2");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([["a", 1], ["b", 2]]);
      expect(() => r.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("runs queued commands in order: a load before a write sees the old state", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表1");
      const before = ws.getRange("A1").getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      ws.getRange("A1").format.fill.color = "#FFC7CE";
      const after = ws.getRange("A1").getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      await ctx.sync();
      expect(before.value[0][0].format?.fill).toEqual({ color: "#FFFFFF", tintAndShade: null });
      expect(after.value[0][0].format?.fill).toEqual({ color: "#FFC7CE", tintAndShade: 0 });
    });
  });

  it("reads No Fill and a white fill alike except for tintAndShade", async () => {
    const excel = excelWith();
    cellAt(excel.data.sheets[0], "B1", true).fill = { none: false, color: "#FFFFFF", pattern: "Solid", tint: 0, patternColor: "#000000" };
    await excel.run(null, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表1").getRange("A1:B1");
      const p = r.getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      await ctx.sync();
      expect(p.value[0].map((c) => c.format?.fill)).toEqual([
        { color: "#FFFFFF", pattern: null, tintAndShade: null },
        { color: "#FFFFFF", pattern: null, tintAndShade: 0 },
      ]);
    });
  });

  it("counts syncs and round trips; an empty sync is not a round trip", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
    });
    expect(excel.stats).toMatchObject({ runs: 1, syncCalls: 2, roundTrips: 1 });
  });

  it("Excel.run flushes what is left queued, as office.js does", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1").format.font.color = "#9C0006";
    });
    expect(lookOf(excel.data, excel.data.sheets[0], "A1").font).toBe("#9C0006");
    expect(excel.stats.roundTrips).toBe(1);
  });

  it("rejects writes to a protected sheet and keeps the commands before the failure", async () => {
    const excel = new FakeExcel(
      fakeWorkbook([fakeSheet({ name: "开放", values: [["x"]] }), fakeSheet({ name: "锁定", values: [["y"]], protected: true })]),
    );
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("开放").getRange("A1").format.fill.color = "#FFEB9C";
        ctx.workbook.worksheets.getItem("锁定").getRange("A1").format.fill.color = "#FFEB9C";
        ctx.workbook.worksheets.getItem("开放").getRange("A2").format.fill.color = "#FFEB9C";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(lookOf(excel.data, excel.data.sheets[0], "A1").fill).toMatchObject({ none: false, color: "#FFEB9C" });
    expect(lookOf(excel.data, excel.data.sheets[0], "A2").fill).toEqual({ none: true });
    expect(lookOf(excel.data, excel.data.sheets[1], "A1").fill).toEqual({ none: true });
  });

  it("throws on members it does not implement", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表1").getRange("A1");
      expect(() => (r as unknown as Record<string, unknown>).getEntireRow).toThrow(/not implemented/);
      expect(() => r.load("valueTypes")).toThrow(/not implemented/);
    });
  });

  it("refuses RangeAreas addresses past Excel's limits", async () => {
    const excel = excelWith();
    const many = Array.from({ length: 501 }, (_, i) => `A${i + 1}`).join(",");
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRanges(many).format.fill.color = "#FFC7CE";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("returns null objects for empty intersections and missing notes", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表1");
      const used = ws.getUsedRange(true);
      const inside = used.getIntersectionOrNullObject("A1:IV8192");
      const outside = used.getIntersectionOrNullObject("A8193:IV16384");
      const note = ws.notes.getItemOrNullObject("A1");
      inside.load("address");
      outside.load("address");
      note.load("content");
      expect(() => outside.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(inside.isNullObject).toBe(false);
      expect(inside.address).toBe("'表1'!A1:B2");
      expect(outside.isNullObject).toBe(true);
      expect(note.isNullObject).toBe(true);
    });
  });
});
