/** The fake Excel's writes that insertion depends on behave as Excel does (or refuse to guess). */
import { cellInput } from "../../src/host/insert/cell-input";
import { merge } from "../core/detect/grid-helpers";
import { addComment, cellAt, FakeExcel, fakeSheet, fakeWorkbook, selectCell } from "./fake-excel";

function excelWith(
  values: (string | number | null)[][] = [
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ],
): FakeExcel {
  return new FakeExcel(fakeWorkbook([fakeSheet({ name: "表1", values }), fakeSheet({ name: "表2" })]));
}

describe("writing values", () => {
  it("stores numbers, text and booleans as Excel would, and takes a leading apostrophe as 'text'", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1:F1").values = [
        [95, "95", "'95", "召开会议次数", "'=", ""],
      ];
    });
    const s = excel.data.sheets[0];
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => cellAt(s, a)!.value)).toEqual([
      95,
      95,
      "95",
      "召开会议次数",
      "=",
    ]);
    expect(cellAt(s, "F1")!.value).toBeNull();
  });

  it("refuses strings whose reading depends on Excel's parser", async () => {
    for (const text of ["=A1", "95%", "2024-1-5", "-x"]) {
      const excel = excelWith();
      await expect(
        excel.run(null, async (ctx) => {
          ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [[text]];
        }),
      ).rejects.toThrow("not implemented in fake Excel");
    }
  });

  it("the adapter's cellInput writes every such string as text", async () => {
    const texts = ["=", "≥", "95%", "%", "2024-1-5", "-x", "1. 召开会议", " 前有空格", "TRUE", "元/人·天"];
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表2").getRange(`A1:J1`).values = [texts.map(cellInput)];
    });
    const s = excel.data.sheets[1];
    expect("ABCDEFGHIJ".split("").map((c) => cellAt(s, `${c}1`)!.value)).toEqual(texts);
  });

  it("needs an array the size of the range", async () => {
    const excel = excelWith();
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRange("A1:B1").values = [[1]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("inserting and deleting whole rows", () => {
  it("moves cells, merged areas, notes and comments; a merged area the rows fall inside grows", async () => {
    const excel = excelWith([["a"], ["b"], ["c"], ["d"]]);
    const s = excel.data.sheets[0];
    s.merges = [merge("B1:B3"), merge("C3:C4")];
    s.notes.set("A3", "注");
    addComment(excel.data, "表1", "A4", "评");
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("3:4").insert("Down");
    });
    expect(["A1", "A2", "A3", "A4", "A5", "A6"].map((a) => cellAt(s, a)?.value ?? null)).toEqual([
      "a",
      "b",
      null,
      null,
      "c",
      "d",
    ]);
    expect(s.merges).toEqual([merge("B1:B5"), merge("C5:C6")]);
    expect([...s.notes]).toEqual([["A5", "注"]]);
    expect([...excel.data.comments.values()][0].cell).toBe("A6");

    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("3:4").delete("Up");
    });
    expect(["A1", "A2", "A3", "A4"].map((a) => cellAt(s, a)?.value ?? null)).toEqual(["a", "b", "c", "d"]);
    expect(s.merges).toEqual([merge("B1:B3"), merge("C3:C4")]);
    expect([...s.notes]).toEqual([["A3", "注"]]);
  });

  it("deleting rows shrinks a merged area they cut and removes one they hold", async () => {
    const excel = excelWith([["a"], ["b"], ["c"], ["d"], ["e"]]);
    const s = excel.data.sheets[0];
    s.merges = [merge("B1:B3"), merge("C2:C3"), merge("D4:E4")];
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("2:3").delete("Up");
    });
    expect(s.merges).toEqual([merge("D2:E2")]);
  });

  it("only whole rows, and never on a protected sheet", async () => {
    const excel = excelWith();
    await expect(
      excel.run(
        null,
        async (ctx) => void ctx.workbook.worksheets.getItem("表1").getRange("A1:B2").insert("Down"),
      ),
    ).rejects.toThrow("not implemented in fake Excel");
    excel.data.sheets[0].protected = true;
    await expect(
      excel.run(
        null,
        async (ctx) => void ctx.workbook.worksheets.getItem("表1").getRange("2:2").insert("Down"),
      ),
    ).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });
});

describe("merging", () => {
  it("keeps the top-left value, empties the rest; unmerge splits areas wholly inside", async () => {
    const excel = excelWith();
    const s = excel.data.sheets[0];
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1:A3").merge(false);
    });
    expect(s.merges).toEqual([merge("A1:A3")]);
    expect(["A1", "A2", "A3"].map((a) => cellAt(s, a)!.value)).toEqual(["a", null, null]);
    await excel.run(null, async (ctx) => ctx.workbook.worksheets.getItem("表1").getRange("A1:A3").unmerge());
    expect(s.merges).toEqual([]);
  });

  it("will not guess about an area that cuts a merged one", async () => {
    const excel = excelWith();
    excel.data.sheets[0].merges = [merge("A1:A2")];
    await expect(
      excel.run(null, async (ctx) => ctx.workbook.worksheets.getItem("表1").getRange("A2:A3").merge(false)),
    ).rejects.toThrow("not implemented");
    await expect(
      excel.run(null, async (ctx) => ctx.workbook.worksheets.getItem("表1").getRange("A2").unmerge()),
    ).rejects.toThrow("not implemented");
  });
});

describe("cell formats beyond fill and font colour", () => {
  it("round-trip through setCellProperties / getCellProperties, with Excel's defaults when unset", async () => {
    const excel = excelWith();
    const edge = { style: "Continuous", color: "#000000", weight: "Thin" };
    const props = {
      format: {
        font: { bold: true, size: 14 },
        wrapText: true,
        horizontalAlignment: "Center",
        borders: { top: edge },
      },
    };
    let read: unknown;
    await excel.run(null, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表1");
      ws.getRange("A1").setCellProperties([[props]]);
      const r = ws.getRange("A1:B1").getCellProperties({
        format: {
          font: { bold: true, size: true },
          wrapText: true,
          horizontalAlignment: true,
          borders: { style: true },
        },
      });
      await ctx.sync();
      read = r.value;
    });
    expect(read).toEqual([
      [
        {
          format: {
            font: { bold: true, size: 14 },
            wrapText: true,
            horizontalAlignment: "Center",
            borders: {
              top: { style: "Continuous" },
              bottom: { style: "None" },
              left: { style: "None" },
              right: { style: "None" },
            },
          },
        },
        {
          format: {
            font: { bold: false, size: 11 },
            wrapText: false,
            horizontalAlignment: "General",
            borders: {
              top: { style: "None" },
              bottom: { style: "None" },
              left: { style: "None" },
              right: { style: "None" },
            },
          },
        },
      ],
    ]);
  });

  it("refuses a property it does not keep", async () => {
    const excel = excelWith();
    await expect(
      excel.run(null, async (ctx) => {
        ctx.workbook.worksheets
          .getItem("表1")
          .getRange("A1")
          .getCellProperties({ format: { indentLevel: true } } as never);
      }),
    ).rejects.toThrow("not implemented in fake Excel: getCellProperties format.indentLevel");
  });

  it("sets column widths", async () => {
    const excel = excelWith();
    await excel.run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("B:C").format.columnWidth = 72;
    });
    expect([...excel.data.sheets[0].columnWidths!]).toEqual([
      [1, 72],
      [2, 72],
    ]);
  });
});

describe("the active cell and sheet", () => {
  it("are the selection's top-left on the active sheet, A1 when nothing was selected there", async () => {
    const excel = excelWith();
    selectCell(excel.data, "表2", "C5:D9");
    const seen: unknown[] = [];
    await excel.run(null, async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.load("address,rowIndex,columnIndex");
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await ctx.sync();
      seen.push(cell.address, cell.rowIndex, cell.columnIndex, ws.name);
    });
    expect(seen).toEqual(["'表2'!C5", 4, 2, "表2"]);
    excel.data.activeSheet = "表1";
    await excel.run(null, async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.load("address");
      await ctx.sync();
      seen.push(cell.address);
    });
    expect(seen[4]).toBe("'表1'!A1");
  });
});
