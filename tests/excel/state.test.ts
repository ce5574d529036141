/** Settings and ignored findings kept in the workbook; select(). */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { STATE_KEY } from "../../src/host/marks-record";
import { fakeSheet, fakeWorkbook } from "./fake-excel";
import { rig, value } from "./helpers";

const book = () =>
  fakeWorkbook([fakeSheet({ name: "表1", values: [["a"]] }), fakeSheet({ name: "表2", values: [["b"]] })]);

describe("loadState / saveState", () => {
  it("gives the defaults for a workbook that has none", async () => {
    const { gateway } = rig(book());
    expect(value(await gateway.loadState())).toEqual({
      settings: DEFAULT_SETTINGS,
      ignored: [],
      hasMarks: false,
    });
  });

  it("saves in the workbook and reads back what was saved, from a new gateway", async () => {
    const data = book();
    const settings = {
      ...DEFAULT_SETTINGS,
      profile: "2021" as const,
      satisfaction: { warnBelow: 95, errorBelow: 85 },
      disabledRules: ["goal-too-short"],
    };
    value(await rig(data).gateway.saveState({ settings, ignored: ["unit-missing|表1|E5|1|举办培训班"] }));
    expect(data.settings.has(STATE_KEY)).toBe(true);
    expect(value(await rig(data).gateway.loadState())).toEqual({
      settings,
      ignored: ["unit-missing|表1|E5|1|举办培训班"],
      hasMarks: false,
    });
  });

  it("replaces what it cannot accept and says what, in Chinese", async () => {
    const data = book();
    data.settings.set(
      STATE_KEY,
      JSON.stringify(
        JSON.stringify({
          settings: { profile: "2030", disabledRules: ["no-such-rule"] },
          ignored: ["ok", 42],
        }),
      ),
    );
    const state = value(await rig(data).gateway.loadState());
    expect(state.settings.profile).toBe(DEFAULT_SETTINGS.profile);
    expect(state.ignored).toEqual(["ok"]);
    expect(state.warnings!.length).toBeGreaterThanOrEqual(2);
    expect(state.warnings!.every((w) => /[\u4e00-\u9fff]/.test(w))).toBe(true);
  });

  it("survives text that is not JSON", async () => {
    const data = book();
    data.settings.set(STATE_KEY, JSON.stringify("{oops"));
    const state = value(await rig(data).gateway.loadState());
    expect(state).toMatchObject({
      settings: DEFAULT_SETTINGS,
      ignored: [],
      warnings: [expect.stringContaining("默认设置")],
    });
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell", async () => {
    const data = book();
    const { gateway } = rig(data);
    value(await gateway.select("表2", "C7"));
    expect([data.activeSheet, data.selection]).toEqual(["表2", "表2!C7"]);
  });

  it("says so when the sheet is gone", async () => {
    const { gateway } = rig(book());
    expect(await gateway.select("表9", "A1")).toEqual({
      ok: false,
      message: "无法定位到「表9」的 A1 单元格（工作表可能已改名或删除）。",
    });
  });
});
