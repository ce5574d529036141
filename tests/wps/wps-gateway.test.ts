/** What only the WPS adapter does: WPS's reading calls, its very hidden sheet, its colours. */
import { cellAt as gridCellAt, type Workbook } from "../../src/core/grid";
import type { CheckResult } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { STATE_KEY } from "../../src/host/marks-record";
import { bgrToHex, hexToBgr } from "../../src/wps/colour";
import { createWpsGateway, hostWps } from "../../src/wps/wps-gateway";
import { DATA_SHEET, PIECE, workbookStore } from "../../src/wps/wps-store";
import { cellAt, fakeSheet, fakeWorkbook, selectCell, setRuns } from "../excel/fake-excel";
import { finding, value } from "../excel/helpers";
import { FakeWps, hideRows } from "./fake-wps/fake-wps";

function capture(): { seen: Workbook[]; check: (wb: Workbook) => CheckResult } {
  const seen: Workbook[] = [];
  return { seen, check: (wb) => (seen.push(wb), { tables: [], findings: [], problems: [] }) };
}

describe("colours", () => {
  it("turns #RRGGBB into WPS's BGR number and back", () => {
    expect(hexToBgr("#FFC7CE")).toBe(0xcec7ff);
    expect(bgrToHex(0xcec7ff)).toBe("#FFC7CE");
    expect(bgrToHex(null)).toBeNull();
    expect(bgrToHex(-1)).toBeNull();
  });
});

describe("WPS check: reading the workbook", () => {
  it("reads values, formulas, shown text, merged areas and hidden rows from the used range", async () => {
    const s = fakeSheet({
      name: "长表",
      values: [
        ["项目名称", "指标", "完成率"],
        ["培训", "x", 0.95],
        [null, "y", "#REF!"],
      ],
      origin: "B3",
      merges: [{ top: 3, left: 1, bottom: 4, right: 1 }],
    });
    Object.assign(cellAt(s, "D4", true), { text: "95%" });
    Object.assign(cellAt(s, "D5", true), { formula: "=Sheet2!A1" });
    const data = fakeWorkbook([s]);
    const wps = new FakeWps(data);
    hideRows(wps, "长表", [4]);
    const { seen, check } = capture();
    value(await createWpsGateway({ app: wps, check }).check(DEFAULT_SETTINGS));
    const sheet = seen[0].sheets[0];
    expect([sheet.originRow, sheet.originCol, sheet.rows.length]).toEqual([2, 1, 3]);
    expect(gridCellAt(sheet, 3, 3)).toEqual({ value: 0.95, text: "95%" });
    expect(gridCellAt(sheet, 4, 3)).toEqual({
      value: "#REF!",
      text: "#REF!",
      error: "#REF!",
      formula: "=Sheet2!A1",
    });
    expect(sheet.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(sheet.hiddenRows).toEqual([4]);
  });

  it("finds WPS's application object in the page's globals, or none", () => {
    const wps = new FakeWps(fakeWorkbook([]));
    expect(hostWps()).toBeNull();
    (globalThis as { wps?: unknown }).wps = wps;
    try {
      expect(hostWps()).toBe(wps);
    } finally {
      delete (globalThis as { wps?: unknown }).wps;
    }
  });

  it("answers with a Chinese message outside WPS and without a workbook", async () => {
    const out = await createWpsGateway({ app: undefined }).check(DEFAULT_SETTINGS);
    expect(out).toEqual({ ok: false, message: expect.stringContaining("WPS 表格") });
    const wps = new FakeWps(fakeWorkbook([]));
    wps.open = false;
    const none = await createWpsGateway({ app: wps }).loadState();
    expect(none.ok).toBe(false);
  });

  it("says a part of the add-in did not load when the engine's chunk cannot be loaded", async () => {
    const wps = new FakeWps(fakeWorkbook([fakeSheet({ name: "表", values: [["项目名称"]] })]));
    let gateway: typeof import("../../src/wps/wps-gateway") | null = null;
    let engine: typeof import("../../src/host/engine") | null = null;
    jest.isolateModules(() => {
      jest.doMock("../../src/host/engine", () => ({
        ...jest.requireActual("../../src/host/engine"),
        loadEngine: () => Promise.reject(new Error("ChunkLoadError")),
      }));
      gateway = require("../../src/wps/wps-gateway");
      engine = require("../../src/host/engine");
    });
    const out = await gateway!.createWpsGateway({ app: wps }).check(DEFAULT_SETTINGS);
    expect(out).toEqual({ ok: false, message: engine!.PART_UNAVAILABLE });
  });
});

describe("the workbook store", () => {
  it("lives in a very hidden sheet, leaves the user on their sheet, holds long text in pieces", () => {
    const data = fakeWorkbook([fakeSheet({ name: "表1", values: [["a"]] })]);
    selectCell(data, "表1", "C3");
    const wps = new FakeWps(data);
    const store = workbookStore(wps.ActiveWorkbook!, () => wps.ActiveSheet);
    const long = `=${"数".repeat(PIECE)}123`;
    store.set("k1", long);
    store.set("k2", "42");
    expect(data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["表1", "Visible"],
      [DATA_SHEET, "VeryHidden"],
    ]);
    expect([data.activeSheet, data.selection]).toEqual(["表1", "表1!C3"]);
    expect(store.get("k1")).toBe(long);
    expect(store.get("k2")).toBe("42");
    store.set("k1", "短");
    expect(store.get("k1")).toBe("短");
    store.delete("k1");
    expect(store.get("k1")).toBeNull();
    expect(store.get("k2")).toBe("42");
  });

  it("refuses with a message when the workbook structure is protected, changing nothing", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "表1", values: [["a"]] })]);
    data.structureProtected = true;
    const out = await createWpsGateway({ app: new FakeWps(data) }).saveState({
      settings: DEFAULT_SETTINGS,
      ignored: [],
    });
    expect(out).toEqual({ ok: false, message: expect.stringContaining("工作簿结构受保护") });
    expect(data.sheets).toHaveLength(1);
  });

  it("reads saved state that is not JSON as defaults with a warning", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "表1", values: [["a"]] })]);
    const wps = new FakeWps(data);
    workbookStore(wps.ActiveWorkbook!, () => wps.ActiveSheet).set(STATE_KEY, "{坏");
    const state = value(await createWpsGateway({ app: wps }).loadState());
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.warnings?.[0]).toContain("无法读取");
  });
});

describe("WPS marks", () => {
  it("leave every font colour alone, mixed colours included", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "表", values: [["a", "b"]] })]);
    const wps = new FakeWps(data);
    const a1 = cellAt(data.sheets[0], "A1")!;
    a1.font = "#123456";
    setRuns(a1, [
      { text: "红", font: "#FF0000" },
      { text: "绿", font: "#00B050" },
    ]);
    const g = createWpsGateway({ app: wps });
    expect(value(await g.mark([finding("表", "A1", "error"), finding("表", "B1", "error")])).marked).toBe(2);
    expect(cellAt(data.sheets[0], "A1")).toMatchObject({ font: "#123456", fill: { color: "#FFC7CE" } });
    expect(cellAt(data.sheets[0], "B1")).toMatchObject({ font: "#000000", fill: { color: "#FFC7CE" } });
    expect(value(await g.clearMarks())).toEqual({ restored: 2, keptUserEdits: 0, skipped: [] });
    expect(cellAt(data.sheets[0], "A1")).toMatchObject({
      font: "#123456",
      fill: { none: true },
      runs: [
        { text: "红", font: "#FF0000" },
        { text: "绿", font: "#00B050" },
      ],
    });
  });

  it("restores the screen updating flag even when WPS fails part-way", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "表", values: [["a"]] })]);
    const wps = new FakeWps(data);
    data.sheets[0].notes.set("A1", "x");
    const g = createWpsGateway({ app: wps });
    Object.defineProperty(wps, "ActiveWorkbook", {
      get: () => {
        throw new Error("桥接中断");
      },
    });
    const out = await g.mark([finding("表", "A1", "error")]);
    expect(out).toEqual({ ok: false, message: "WPS 返回错误：桥接中断" });
    expect(wps.ScreenUpdating).toBe(true);
  });
});
