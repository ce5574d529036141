/** The ribbon's 快速检查: stored settings, ignored findings left out, marks, one Chinese summary. */
import { findingKey } from "../../src/host/gateway";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { runQuickCheck } from "../../src/excel/quick-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { FakeExcel, fakeSheet, fakeWorkbook, lookOf } from "./fake-excel";
import { rig, upTo, value } from "./helpers";
import { wideTable } from "./table-fixture";

describe("runQuickCheck", () => {
  it("checks, leaves out ignored findings, marks the rest and sums it up", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(6) })]);
    const all = value(await rig(data).gateway.check(DEFAULT_SETTINGS)).findings;
    const ignored = all.filter((f) => f.ruleId === "operator-missing");
    value(
      await rig(data).gateway.saveState({ settings: DEFAULT_SETTINGS, ignored: ignored.map(findingKey) }),
    );

    const { excel, gateway } = rig(data);
    const out = value(await runQuickCheck(gateway));
    // Stored state 1, check 2, mark 1.
    expect(excel.stats.roundTrips).toBe(4);
    const left = all.length - ignored.length;
    expect(out.errors + out.warnings + out.infos).toBe(left);
    expect(out.projects).toBe(6);
    expect(out.marked).toBeGreaterThan(0);
    expect(out.summary).toMatch(/^检查了 6 个项目，发现 .*已在表格中标出 \d+ 个单元格/);
    // An ignored-only cell got no mark.
    const ignoredOnly = ignored.find(
      (f) => !all.some((g) => g !== f && g.cell === f.cell && !ignored.includes(g)),
    );
    if (ignoredOnly) expect(lookOf(data, data.sheets[0], ignoredOnly.cell).note).toBeNull();
  });

  it("says when nothing was found and leaves no marks behind", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "表", values: [["随便写点"]] })]);
    const out = value(await runQuickCheck(rig(data).gateway));
    expect(out.summary).toMatch(/未找到绩效目标表/);
    expect(out.marked).toBe(0);
  });

  it("explains that this Excel cannot mark", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(3) })]);
    const excel = new FakeExcel(data);
    const gateway = createExcelGateway({ run: excel.run, isSetSupported: upTo("1.8") });
    const out = value(await runQuickCheck(gateway));
    expect(out.summary).toMatch(/不支持在表格中标记/);
  });

  it("passes Excel's failure on as a message", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(3) })]);
    const gateway = createExcelGateway({
      run: async () => {
        throw Object.assign(new Error("Busy"), { code: "GeneralException" });
      },
      isSetSupported: upTo("1.20"),
    });
    expect(await runQuickCheck(gateway)).toEqual({ ok: false, message: "Excel 返回错误：Busy" });
    expect(data.settings.size).toBe(0);
  });

  it("outside Excel, says so instead of throwing", async () => {
    expect(await runQuickCheck()).toEqual({ ok: false, message: expect.stringContaining("未连接到 Excel") });
  });
});
