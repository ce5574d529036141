/** @jest-environment jsdom */
/**
 * The WPS pane's entry (src/wps/pane.tsx): host detection at start. Inside WPS it renders the same pane
 * on the WPS gateway (tests/wps/pane.test.tsx drives that pane; hostWps is tested in wps-gateway.test.ts).
 */
import "../taskpane/setup";
import { screen } from "@testing-library/react";

async function loadPane(): Promise<void> {
  document.body.innerHTML = '<div id="root"><p>正在加载…</p></div>';
  await jest.isolateModulesAsync(async () => {
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
});
