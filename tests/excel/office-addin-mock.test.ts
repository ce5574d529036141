/**
 * The read path against Microsoft's office-addin-mock: proves the call shapes (every method the
 * adapter calls had to be written into the seed below), not Excel's behaviour — the mock returns a
 * sentinel instead of throwing for unloaded properties, so the sync-counting fake covers semantics.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CheckResult } from "../../src/core/check";
import { cellAt, type Workbook } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import type { XRequestContext } from "../../src/excel/office-api";
import { upTo } from "./helpers";

const calls: string[] = [];

function seed(): Record<string, unknown> {
  return {
    context: {
      workbook: {
        name: "门源县政协.xlsx",
        protection: { protected: false },
        worksheets: {
          sheet1: {
            name: "公开表",
            visibility: "Visible",
            protection: { protected: true },
            getUsedRange(this: Record<string, unknown>, valuesOnly: boolean) {
              calls.push(`getUsedRange(${valuesOnly})`);
              return this.usedRange;
            },
            usedRange: {
              rowIndex: 1,
              columnIndex: 1,
              rowCount: 3,
              columnCount: 2,
              band: {
                rowIndex: 1,
                columnIndex: 1,
                values: [
                  ["项目", "金额"],
                  ["培训", 5],
                  ["会议", "#DIV/0!"],
                ],
                text: [
                  ["项目", "金额"],
                  ["培训", "5.00"],
                  ["会议", "#DIV/0!"],
                ],
                formulas: [
                  ["项目", "金额"],
                  ["培训", 5],
                  ["会议", "=1/0"],
                ],
                numberFormat: [
                  ["General", "General"],
                  ["General", "0.00"],
                  ["General", "General"],
                ],
              },
              empty: { rowIndex: 0, columnIndex: 0, values: [], text: [], formulas: [], numberFormat: [] },
              merges: { address: "'公开表'!B3:B4" },
              getIntersectionOrNullObject(this: Record<string, unknown>, address: string) {
                calls.push(`getIntersectionOrNullObject(${address})`);
                return address === "A1:IV8192" ? this.band : this.empty;
              },
              getMergedAreasOrNullObject(this: Record<string, unknown>) {
                calls.push("getMergedAreasOrNullObject()");
                return this.merges;
              },
            },
          },
          // A collection load with navigation paths ("items/name") is beyond the mock: do it by hand.
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock is untyped
          load(this: Record<string, any>, what: string) {
            calls.push(`worksheets.load(${what})`);
            this.sheet1.load("name");
            this.sheet1.load("visibility");
            this.sheet1.protection.load("protected");
            this.items = [this.sheet1];
          },
        },
        comments: {
          load(this: Record<string, unknown>, what: string) {
            calls.push(`comments.load(${what})`);
            this.items = [];
          },
        },
        settings: {
          record: { value: "" },
          // The settings' keys: a collection load is beyond the mock, as for the worksheets.
          load(this: Record<string, unknown>, what: string) {
            calls.push(`settings.load(${what})`);
            this.items = [];
          },
          getItemOrNullObject(this: Record<string, unknown>, key: string) {
            calls.push(`settings.getItemOrNullObject(${key})`);
            return this.record;
          },
        },
      },
    },
  };
}

describe("read path on office-addin-mock", () => {
  it("reads names, protection, used range bands and merged areas into the grid", async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock is untyped
    const mock = new OfficeMockObject(seed()) as unknown as Record<string, any>;
    const ctx = mock.context;
    // The mock has no null objects: say which objects are ones (Excel fills isNullObject at sync).
    const used = ctx.workbook.worksheets.sheet1.usedRange;
    used.band.isNullObject = false;
    used.empty.isNullObject = true;
    used.merges.isNullObject = false;
    ctx.workbook.settings.record.isNullObject = true;

    const seen: Workbook[] = [];
    const gateway = createExcelGateway({
      run: (_opts, batch) => batch(ctx as XRequestContext),
      isSetSupported: upTo("1.13"),
      check: (wb): CheckResult => (seen.push(wb), { tables: [], findings: [], problems: [] }),
    });
    const out = await gateway.check(DEFAULT_SETTINGS);
    expect(out).toEqual({ ok: true, value: expect.anything() });

    const wb = seen[0];
    expect(wb.name).toBe("门源县政协.xlsx");
    const sheet = wb.sheets[0];
    expect(sheet).toMatchObject({
      name: "公开表",
      protected: true,
      originRow: 1,
      originCol: 1,
      merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
    });
    expect(cellAt(sheet, 2, 2)).toEqual({ value: 5, text: "5.00", numberFormat: "0.00" });
    expect(cellAt(sheet, 3, 2)).toEqual({
      value: "#DIV/0!",
      text: "#DIV/0!",
      error: "#DIV/0!",
      formula: "=1/0",
    });
    expect(calls).toContain("worksheets.load(items/name,items/visibility,items/protection/protected)");
    expect(calls).toContain("getUsedRange(true)");
    expect(calls).toContain("settings.getItemOrNullObject(jixiao.marks)");
    expect(calls).toContain("settings.load(items/key)");
    expect(calls).toContain("comments.load(items/id,items/content)");
    expect(ctx.workbook.protection.protected).toBe(false);
    expect(calls.filter((c) => c.startsWith("getIntersectionOrNullObject"))).toHaveLength(128);
  });
});
