import {
  cellsToAreas,
  chunkAreas,
  normalizeCell,
  parseAreaList,
  quoteSheet,
  splitSheetAddress,
} from "../../src/host/a1";

describe("A1 helpers", () => {
  it("normalizes single cells and rejects the rest", () => {
    expect(normalizeCell("$b$5")).toBe("B5");
    expect(normalizeCell("B5:C6")).toBeNull();
  });

  it("parses area lists with sheet names, quotes and commas inside names", () => {
    expect(parseAreaList("'a,b''c'!A1:B2, 'a,b''c'!D4,Sheet1!$C$3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  it("splits sheet-qualified addresses", () => {
    expect(splitSheetAddress(`${quoteSheet("我的 表'1")}!$B$5`)).toEqual({ sheet: "我的 表'1", cell: "B5" });
    expect(splitSheetAddress("Sheet1!C3:D4")).toEqual({ sheet: "Sheet1", cell: "C3" });
    expect(splitSheetAddress("C3")).toBeNull();
  });

  it("merges vertical runs", () => {
    expect(cellsToAreas(["B7", "B5", "B6", "C5", "B9", "B6"])).toEqual(["B5:B7", "B9", "C5"]);
  });

  it("chunks under the character and area limits, keeping every area once", () => {
    const areas = Array.from({ length: 2000 }, (_, i) => `AB${i * 3 + 1}:AB${i * 3 + 2}`);
    const chunks = chunkAreas(areas);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(6000);
      expect(c.split(",").length).toBeLessThanOrEqual(400);
    }
    expect(chunks.join(",").split(",")).toEqual(areas);
  });
});
