/**
 * @jest-environment jsdom
 */
/**
 * index.html's script: the ribbon's callbacks, each button's own icon, the pane made once and toggled,
 * 快速检查 on the WPS gateway with its result in a WPS dialog (never alert()).
 */
import fs from "fs";
import path from "path";
import type { WAddinRoot, WTaskPane } from "../../src/wps/et-api";
import { fakeSheet, fakeWorkbook } from "../excel/fake-excel";
import { wideTable } from "../excel/table-fixture";
import { FakeWps } from "./fake-wps/fake-wps";

interface Panes {
  made: { url: string; title?: string; pane: WTaskPane }[];
  storage: Map<string, string>;
  dialogs: { url: string; title?: string; width?: number; height?: number; modal?: boolean }[];
  /** ShowDialog throws (a WPS without it). */
  noDialog: boolean;
}

/** The fake WPS with the add-in calls of the global `wps` (task panes, PluginStorage). */
function addinRoot(wps: FakeWps): { root: WAddinRoot; panes: Panes } {
  const panes: Panes = { made: [], storage: new Map(), dialogs: [], noDialog: false };
  const root = Object.assign(wps, {
    CreateTaskPane(url: string, title?: string): WTaskPane {
      const pane = { ID: panes.made.length + 7, Visible: false };
      panes.made.push({ url, title, pane });
      return pane;
    },
    ShowDialog(url: string, title?: string, width?: number, height?: number, modal?: boolean): void {
      if (panes.noDialog) throw new Error("ShowDialog 不可用");
      panes.dialogs.push({ url, title, width, height, modal });
    },
    GetTaskPane(id: number): WTaskPane | null {
      return panes.made.find((p) => p.pane.ID === id)?.pane ?? null;
    },
    PluginStorage: {
      getItem: (k: string) => panes.storage.get(k) ?? "",
      setItem: (k: string, v: string) => void panes.storage.set(k, v),
    },
  });
  return { root: root as unknown as WAddinRoot, panes };
}

type Callbacks = {
  OnAddinLoad(ui: unknown): boolean;
  OnAction(control: { Id: string }): boolean;
  GetImage(control: { Id: string }): string;
};

describe("the ribbon page", () => {
  afterEach(() => {
    delete (globalThis as { wps?: unknown }).wps;
  });

  it("defines the callbacks ribbon.xml names, and opens the pane once, then shows and hides it", () => {
    const { root, panes } = addinRoot(
      new FakeWps(fakeWorkbook([fakeSheet({ name: "表", values: [["a"]] })])),
    );
    (globalThis as { wps?: unknown }).wps = root;
    jest.isolateModules(() => require("../../src/wps/addin"));
    const w = window as unknown as Callbacks;
    expect(w.OnAddinLoad({})).toBe(true);
    // Each button its own icon, a PNG the build copies (webpack.wps.js) from the rasterised drawings.
    const icons = ["jixiaoOpen", "jixiaoQuickCheck"].map((Id) => w.GetImage({ Id }));
    expect(icons).toEqual(["assets/open-pane-32.png", "assets/quick-check-32.png"]);
    for (const icon of icons) expect(fs.existsSync(path.join(__dirname, "..", "..", icon))).toBe(true);
    w.OnAction({ Id: "jixiaoOpen" });
    expect(panes.made).toHaveLength(1);
    expect(panes.made[0].url).toMatch(/\/taskpane\.html$/);
    expect(panes.made[0].pane.Visible).toBe(true);
    w.OnAction({ Id: "jixiaoOpen" });
    expect(panes.made).toHaveLength(1);
    expect(panes.made[0].pane.Visible).toBe(false);
    w.OnAction({ Id: "jixiaoOpen" });
    expect(panes.made[0].pane.Visible).toBe(true);
  });

  it("快速检查 checks, marks and says what it found", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(4) })]);
    const { root } = addinRoot(new FakeWps(data));
    const { quickCheck } = require("../../src/wps/addin") as typeof import("../../src/wps/addin");
    const shown: string[] = [];
    await quickCheck(root, (t) => shown.push(t));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/检查了 4 个项目，发现 .*错误/);
    expect(shown[0]).toMatch(/已在表格中标出 \d+ 个单元格/);
    expect(data.sheets[0].notes.size).toBeGreaterThan(0);
  });

  it("the 快速检查 button shows its result in a small modal WPS dialog, never with alert()", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(4) })]);
    const { root, panes } = addinRoot(new FakeWps(data));
    (globalThis as { wps?: unknown }).wps = root;
    const alert = jest.spyOn(window, "alert").mockImplementation(() => undefined);
    jest.isolateModules(() => require("../../src/wps/addin"));
    expect((window as unknown as Callbacks).OnAction({ Id: "jixiaoQuickCheck" })).toBe(true);
    for (let i = 0; i < 50 && panes.dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(panes.dialogs).toHaveLength(1);
    const d = panes.dialogs[0];
    expect(d).toMatchObject({ title: "快速检查", modal: true });
    expect(d.width).toBeGreaterThan(d.height!);
    const [page, hash] = d.url.split("#");
    expect(page).toMatch(/\/dialog\.html$/);
    expect(decodeURIComponent(hash)).toMatch(/^检查了 4 个项目，发现 .*已在表格中标出 \d+ 个单元格/);
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it("falls back to a task pane with the result when WPS cannot open a dialog", () => {
    const { root, panes } = addinRoot(
      new FakeWps(fakeWorkbook([fakeSheet({ name: "表", values: [["a"]] })])),
    );
    panes.noDialog = true;
    const { showResult } = require("../../src/wps/addin") as typeof import("../../src/wps/addin");
    showResult(root, "检查了 1 个项目，未发现问题。", "file:///D:/jsaddons/jixiao_1.0.0/index.html");
    expect(panes.made).toHaveLength(1);
    expect(panes.made[0].url).toBe(
      `file:///D:/jsaddons/jixiao_1.0.0/dialog.html#${encodeURIComponent("检查了 1 个项目，未发现问题。")}`,
    );
    expect(panes.made[0].pane.Visible).toBe(true);
  });

  it("without WPS the buttons do nothing and say so by returning false", () => {
    jest.isolateModules(() => require("../../src/wps/addin"));
    expect((window as unknown as Callbacks).OnAction({ Id: "jixiaoOpen" })).toBe(false);
  });
});
