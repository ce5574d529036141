/** Inserting a template costs a fixed number of round trips to Excel, whatever the table's size. */
import { measureInsertSyncs } from "./fake-excel/measure-insert-syncs";

describe("round trips of select → insert → undo", () => {
  it.each(["1.20", "1.9"])(
    "are the same for 10, 1,000 and 10,000 projects (ExcelApi %s)",
    async (api) => {
      const runs = [
        await measureInsertSyncs(10, api),
        await measureInsertSyncs(1000, api),
        await measureInsertSyncs(10000, api),
      ];
      for (const r of runs) {
        expect({ select: r.select, insert: r.insert, undo: r.undo }).toEqual({
          select: 1,
          insert: 2,
          undo: 2,
        });
        expect(r.cells).toBeGreaterThan(0);
      }
    },
    120_000,
  );

  it("needs ExcelApi 1.9, and says so in Chinese below it", async () => {
    await expect(measureInsertSyncs(10, "1.8")).rejects.toThrow(
      "当前 Excel 版本不支持插入指标（需要 ExcelApi 1.9 及以上",
    );
  });
});
