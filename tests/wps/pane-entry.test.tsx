/** @jest-environment jsdom */
/**
 * The WPS pane's entry (src/wps/pane.tsx): host detection at start. Inside WPS it renders the same pane
 * on the WPS gateway (tests/wps/pane.test.tsx drives that pane; hostWps is tested in wps-gateway.test.ts).
 */
import "../taskpane/setup";
import { screen } from "@testing-library/react";
import { fakeSheet, fakeWorkbook } from "../excel/fake-excel";
import { wideTable } from "../excel/table-fixture";
import { FakeWps } from "./fake-wps/fake-wps";

/** The engine module with its warm-up spied on and idle work run at once. */
function spyOnWarmUp(): jest.Mock {
  const warmEngine = jest.fn(() => Promise.resolve());
  jest.doMock("../../src/host/engine", () => ({
    ...jest.requireActual<typeof import("../../src/host/engine")>("../../src/host/engine"),
    warmEngine,
    whenIdle: (work: () => void) => work(),
  }));
  return warmEngine;
}

async function loadPane(before: () => void = () => undefined): Promise<void> {
  document.body.innerHTML = '<div id="root"><p>正在加载…</p></div>';
  await jest.isolateModulesAsync(async () => {
    before();
    const { act } = require("react") as typeof import("react");
    await act(async () => {
      require("../../src/wps/pane");
    });
  });
}

jest.setTimeout(60_000);

describe("the pane in WPS 表格", () => {
  test("outside WPS the page says where to open it", async () => {
    await loadPane();
    expect(await screen.findByRole("alert")).toHaveTextContent("未检测到 WPS 表格");
  });

  test("inside WPS the pane shows and the engine warms up while the pane is idle, as in Excel", async () => {
    const g = globalThis as { wps?: unknown };
    g.wps = new FakeWps(fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(2) })]));
    try {
      let warmEngine: jest.Mock | null = null;
      await loadPane(() => (warmEngine = spyOnWarmUp()));
      expect(await screen.findByRole("button", { name: "检查" })).toBeInTheDocument();
      expect(warmEngine).toHaveBeenCalledTimes(1);
    } finally {
      delete g.wps;
    }
  });

  test("outside WPS nothing is loaded or run in the background", async () => {
    let warmEngine: jest.Mock | null = null;
    await loadPane(() => (warmEngine = spyOnWarmUp()));
    await screen.findByRole("alert");
    expect(warmEngine).not.toHaveBeenCalled();
  });
});
