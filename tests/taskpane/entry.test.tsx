/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";

type OfficeStub = {
  onReady(cb: (info: { host: string | null }) => void): Promise<unknown>;
  HostType: { Excel: string };
  context: object;
};

/** Load the entry afresh, inside act() of the same (isolated) React copy it renders with. */
async function loadEntry(office: OfficeStub | undefined): Promise<void> {
  document.body.innerHTML = '<div id="root"><p>正在加载…</p></div>';
  if (office) (globalThis as { Office?: unknown }).Office = office;
  else delete (globalThis as { Office?: unknown }).Office;
  await jest.isolateModulesAsync(async () => {
    const { act } = require("react") as typeof import("react");
    await act(async () => {
      require("../../src/taskpane/index");
    });
  });
}

function officeWith(host: string | null, context: object): OfficeStub {
  return {
    onReady: (cb) => {
      cb({ host });
      return Promise.resolve({ host });
    },
    HostType: { Excel: "Excel" },
    context,
  };
}

jest.setTimeout(30_000); // each test loads the whole pane afresh (isolateModules)

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("task pane entry (index.tsx)", () => {
  test("without office.js the page says it must be opened in Excel", async () => {
    await loadEntry(undefined);
    expect(await screen.findByRole("alert")).toHaveTextContent("未检测到 Excel");
  });

  test("opened in a browser (Office loaded, no host) it says the same", async () => {
    await loadEntry(officeWith(null, {}));
    expect(await screen.findByRole("alert")).toHaveTextContent("请在 Excel 中打开");
  });

  test("another Office app gets a clear message", async () => {
    await loadEntry(officeWith("Word", { displayLanguage: "zh-CN" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("本加载项只能在 Excel 中使用。");
  });

  test("in Excel it renders the pane in Office's language, after Office.onReady", async () => {
    const context = {
      displayLanguage: "en-US",
      officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" },
      requirements: { isSetSupported: () => false },
    };
    await loadEntry(officeWith("Excel", context));
    expect(await screen.findByRole("button", { name: "Check" })).toBeInTheDocument();
    expect(screen.queryByText("正在加载…")).not.toBeInTheDocument();
  });
});
