/** The fake must behave like Excel where the adapter depends on it; these pin that down. */
import { FakeExcel, applyBuiltinStyle, cellAt, fakeSheet, fakeWorkbook, lookOf, setRuns } from "./fake-excel";

function excelWith(protectedSheet = false): FakeExcel {
  const s = fakeSheet({
    name: "表1",
    values: [
      ["a", 1],
      ["b", 2],
    ],
    protected: protectedSheet,
  });
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
      expect(r.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => r.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("runs queued commands in order: a load before a write sees the old state", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表1");
      const before = ws
        .getRange("A1")
        .getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      ws.getRange("A1").format.fill.color = "#FFC7CE";
      const after = ws
        .getRange("A1")
        .getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      await ctx.sync();
      expect(before.value[0][0].format?.fill).toEqual({ color: "#FFFFFF", tintAndShade: null });
      expect(after.value[0][0].format?.fill).toEqual({ color: "#FFC7CE", tintAndShade: 0 });
    });
  });

  it("reads No Fill and a white fill alike except for tintAndShade", async () => {
    const excel = excelWith();
    cellAt(excel.data.sheets[0], "B1", true).fill = {
      none: false,
      color: "#FFFFFF",
      pattern: "Solid",
      tint: 0,
      patternColor: "#000000",
    };
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
      fakeWorkbook([
        fakeSheet({ name: "开放", values: [["x"]] }),
        fakeSheet({ name: "锁定", values: [["y"]], protected: true }),
      ]),
    );
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("开放").getRange("A1").format.fill.color = "#FFEB9C";
        ctx.workbook.worksheets.getItem("锁定").getRange("A1").format.fill.color = "#FFEB9C";
        ctx.workbook.worksheets.getItem("开放").getRange("A2").format.fill.color = "#FFEB9C";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(lookOf(excel.data, excel.data.sheets[0], "A1").fill).toMatchObject({
      none: false,
      color: "#FFEB9C",
    });
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

const GREEN = {
  none: false as const,
  color: "#00B050",
  pattern: "Gray25",
  tint: -0.25,
  patternColor: "#0070C0",
};

describe("fake Excel: copyFrom with formats", () => {
  function source(): FakeExcel {
    const a = fakeSheet({
      name: "数据 表",
      values: [
        ["a", 1],
        [null, 2],
        ["c", 3],
      ],
      merges: [{ top: 0, left: 3, bottom: 1, right: 3 }],
    });
    Object.assign(cellAt(a, "A1", true), { fill: GREEN, font: "#0070C0", numberFormat: "0.00" });
    a.notes.set("A1", "注释");
    const b = fakeSheet({ name: "副本" });
    Object.assign(cellAt(b, "A2", true), { value: "留着", fill: GREEN });
    return new FakeExcel(fakeWorkbook([a, b]));
  }

  it("copies fill, font colour and number format from another sheet — never values or notes", async () => {
    const excel = source();
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets
        .getItem("副本")
        .getRange("A1:A3")
        .copyFrom("'数据 表'!A1:A3", "Formats", false, false);
      await ctx.sync();
    });
    const [a, b] = excel.data.sheets;
    expect(cellAt(b, "A1")).toMatchObject({
      value: null,
      fill: GREEN,
      font: "#0070C0",
      numberFormat: "0.00",
    });
    // An unformatted source cell resets the destination's formats; the value stays.
    expect(cellAt(b, "A2")).toMatchObject({ value: "留着", fill: { none: true }, font: "#000000" });
    expect(b.notes.size).toBe(0);
    expect(a.notes.get("A1")).toBe("注释");
  });

  it("grows a single-cell destination to the source's size, copies merges inside the source, skips blanks on request", async () => {
    const excel = source();
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets
        .getItem("副本")
        .getRange("C1")
        .copyFrom("'数据 表'!C1:D2", "Formats", false, false);
      ctx.workbook.worksheets
        .getItem("副本")
        .getRange("A1:A2")
        .copyFrom("'数据 表'!A1:A2", "Formats", true, false);
      await ctx.sync();
    });
    const b = excel.data.sheets[1];
    expect(b.merges).toEqual([{ top: 0, left: 3, bottom: 1, right: 3 }]);
    expect(cellAt(b, "A1")?.fill).toEqual(GREEN);
    // A2 of the source is blank: skipped, so the destination keeps its own fill.
    expect(cellAt(b, "A2")?.fill).toEqual(GREEN);
  });

  it("refuses what it cannot vouch for, and what Excel refuses", async () => {
    const excel = source();
    await excel.run(null, async (ctx) => {
      const dest = ctx.workbook.worksheets.getItem("副本");
      expect(() => dest.getRange("A1").copyFrom("A1", "Values" as "Formats", false, false)).toThrow(
        /not implemented/,
      );
      expect(() => dest.getRange("A1").copyFrom("A1", "Formats", false, true)).toThrow(/not implemented/);
    });
    const cases: [string, string, RegExp | { code: string }][] = [
      ["A1:B2", "'数据 表'!A1:A3", /not implemented/],
      ["D1", "'数据 表'!D1", /not implemented/],
      ["A1", "'没有'!A1", { code: "ItemNotFound" }],
    ];
    for (const [to, from, err] of cases) {
      const run = excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("副本").getRange(to).copyFrom(from, "Formats", false, false);
        await ctx.sync();
      });
      await (err instanceof RegExp
        ? expect(run).rejects.toThrow(err)
        : expect(run).rejects.toMatchObject(err));
    }
    excel.data.sheets[1].protected = true;
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets
          .getItem("副本")
          .getRange("A1")
          .copyFrom("'数据 表'!A1", "Formats", false, false);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("fake Excel: adding, hiding and deleting sheets", () => {
  it("adds a sheet at the end without activating it; a VeryHidden sheet must be made Hidden before deletion", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      const h = ctx.workbook.worksheets.add("jixiao_原格式");
      h.visibility = "VeryHidden";
      h.load("visibility");
      await ctx.sync();
      expect(h.visibility).toBe("VeryHidden");
    });
    expect(excel.data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["表1", "Visible"],
      ["jixiao_原格式", "VeryHidden"],
    ]);
    expect(excel.data.activeSheet).toBe("表1");
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("jixiao_原格式").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await excel.run(null, async (ctx) => {
      const h = ctx.workbook.worksheets.getItem("jixiao_原格式");
      h.visibility = "Hidden";
      h.delete();
      await ctx.sync();
    });
    expect(excel.data.sheets.map((s) => s.name)).toEqual(["表1"]);
  });

  it("refuses a taken or invalid name, the last visible sheet, and anything under structure protection", async () => {
    const excel = excelWith();
    const attempt = (f: (ctx: Parameters<Parameters<FakeExcel["run"]>[1]>[0]) => void) =>
      excel.run(null, async (ctx) => {
        f(ctx);
        await ctx.sync();
      });
    await expect(attempt((ctx) => ctx.workbook.worksheets.add("表1"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    await expect(attempt((ctx) => ctx.workbook.worksheets.add("a/b"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((ctx) => ctx.workbook.worksheets.getItem("表1").delete())).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await expect(
      attempt((ctx) => (ctx.workbook.worksheets.getItem("表1").visibility = "Hidden")),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    excel.data.structureProtected = true;
    await excel.run(null, async (ctx) => {
      ctx.workbook.protection.load("protected");
      await ctx.sync();
      expect(ctx.workbook.protection.protected).toBe(true);
    });
    await expect(attempt((ctx) => ctx.workbook.worksheets.add("新表"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(excel.data.sheets).toHaveLength(1);
  });
});

describe("fake Excel: notes and settings by key", () => {
  it("lists the workbook's notes with their cells; getItem on a cell without a note fails at sync", async () => {
    const a = fakeSheet({ name: "甲", values: [["x"]] });
    const b = fakeSheet({ name: "乙 表", values: [["y"]] });
    a.notes.set("B2", "一");
    b.notes.set("C3", "二");
    const excel = new FakeExcel(fakeWorkbook([a, b]));
    await excel.run(null, async (ctx) => {
      const notes = ctx.workbook.notes;
      notes.load("items/content");
      await ctx.sync();
      const where = notes.items.map((n) => n.getLocation());
      for (const w of where) w.load("address");
      await ctx.sync();
      expect(notes.items.map((n, i) => [n.content, where[i].address])).toEqual([
        ["一", "'甲'!B2"],
        ["二", "'乙 表'!C3"],
      ]);
    });
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("甲").notes.getItem("A1").content = "新";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.settings.getItem("没有").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("fake Excel: rich text and built-in styles", () => {
  const rich = [
    { text: "满意度", font: "#FF0000" },
    { text: "≥90%", font: "#00B050" },
  ];

  it("reads a cell with characters in several colours as font colour null; a colour set colours them all", async () => {
    const excel = excelWith();
    const s = excel.data.sheets[0];
    setRuns(cellAt(s, "A1", true), rich);
    setRuns(cellAt(s, "A2", true), [
      { text: "一", font: "#0070C0" },
      { text: "样", font: "#0070C0" },
    ]);
    await excel.run(null, async (ctx) => {
      const p = ctx.workbook.worksheets
        .getItem("表1")
        .getRange("A1:A2")
        .getCellProperties({ format: { font: { color: true } } });
      await ctx.sync();
      expect(p.value.map((row) => row[0].format?.font?.color)).toEqual([null, "#0070C0"]);
    });
    expect(cellAt(s, "A1")!.value).toBe("满意度≥90%");
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1").format.font.color = "#7030A0";
      await ctx.sync();
    });
    expect(lookOf(excel.data, s, "A1").font).toBe("#7030A0");
    expect(lookOf(excel.data, s, "A1")).not.toHaveProperty("runs");
  });

  it("a fill written directly keeps the cell's style name and its characters' colours", async () => {
    const excel = excelWith();
    const s = excel.data.sheets[0];
    const a1 = cellAt(s, "A1", true);
    applyBuiltinStyle(a1, "好");
    setRuns(a1, rich);
    expect(lookOf(excel.data, s, "A1")).toMatchObject({
      fill: { color: "#C6EFCE", pattern: "Solid" },
      font: "#006100",
      style: "好",
    });
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1").format.fill.color = "#FFC7CE";
      await ctx.sync();
    });
    expect(lookOf(excel.data, s, "A1")).toMatchObject({
      fill: { color: "#FFC7CE" },
      style: "好",
      runs: rich,
    });
  });

  it("a paste of formats brings the style name and leaves the destination's characters", async () => {
    const excel = excelWith();
    const s = excel.data.sheets[0];
    applyBuiltinStyle(cellAt(s, "B1", true), "差");
    setRuns(cellAt(s, "A1", true), rich);
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1").copyFrom("B1", "Formats", false, false);
      await ctx.sync();
    });
    expect(lookOf(excel.data, s, "A1")).toMatchObject({
      fill: { color: "#FFC7CE" },
      font: "#9C0006",
      style: "差",
      runs: rich,
    });
  });
});
