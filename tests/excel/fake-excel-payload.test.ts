/** The fake's stand-in for Excel on the web's payload limit (batch.ts, PayloadLimit). */
import { FakeExcel, fakeSheet, fakeWorkbook } from "./fake-excel";

function excelWith(values: string[][]): FakeExcel {
  return new FakeExcel(fakeWorkbook([fakeSheet({ name: "表1", values })]));
}

/** Three notes of 500 characters each, in one batch. */
async function addNotes(excel: FakeExcel): Promise<unknown> {
  return excel
    .run(null, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表1");
      for (const cell of ["A1", "A2", "A3"]) ws.notes.add(cell, "注".repeat(500));
      await ctx.sync();
    })
    .catch((err: unknown) => err);
}

describe("fake Excel: payload limit", () => {
  it("has none unless asked: a large batch goes through", async () => {
    const excel = excelWith([["a"]]);
    expect(await addNotes(excel)).toBeUndefined();
    expect(excel.data.sheets[0].notes.size).toBe(3);
    expect(excel.stats.payloadErrors).toBe(0);
  });

  it("refuses a request over the limit whole: nothing of it runs", async () => {
    const excel = excelWith([["a"]]);
    excel.payloadLimit = { chars: 1_200, request: "refused" };
    expect(await addNotes(excel)).toEqual(
      expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" }),
    );
    expect(excel.data.sheets[0].notes.size).toBe(0);
    expect(excel.stats.payloadErrors).toBe(1);
  });

  it("in the worst case runs the commands that fit, then fails", async () => {
    const excel = excelWith([["a"]]);
    excel.payloadLimit = { chars: 1_200, request: "prefix" };
    expect(await addNotes(excel)).toEqual(
      expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" }),
    );
    expect([...excel.data.sheets[0].notes.keys()]).toEqual(["A1", "A2"]);
  });

  it("fails a response over the limit after its commands ran, and counts what each round trip carried", async () => {
    const excel = excelWith(Array.from({ length: 20 }, () => ["长文本".repeat(30)]));
    excel.payloadLimit = { chars: 1_000, request: "refused" };
    const err = await excel
      .run(null, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("表1");
        ws.getRange("B1").values = [["写入"]];
        ws.getRange("A1:A20").load("values");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toEqual(expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded" }));
    // The write before the read stays applied: a refused response does not undo anything.
    expect(excel.data.sheets[0].cells.size).toBe(21);
    expect(excel.stats.responseChars.at(-1)).toBeGreaterThan(1_000);
    expect(excel.stats.requestChars.at(-1)).toBeLessThan(1_000);
  });
});
