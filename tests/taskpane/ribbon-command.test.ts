/**
 * @jest-environment jsdom
 *
 * The ribbon's 快速检查 (src/commands): event.completed() on every path, the result shown as text in a
 * small Office dialog. (Kept with the pane's tests: same strings and the same host rules.)
 */
import { readFileSync } from "fs";
import path from "path";
import { quickCheck, type QuickCheckDeps } from "../../src/commands/commands";
import { DIALOG_LIMIT_MS, messageUrl, showMessageDialog } from "../../src/commands/show-message";

const BASE = "https://localhost:3000/commands.html";

function deps(overrides: Partial<QuickCheckDeps> = {}): QuickCheckDeps {
  return {
    run: jest.fn(async () => ({
      ok: true as const,
      value: {
        projects: 14,
        errors: 3,
        warnings: 5,
        infos: 2,
        marked: 10,
        summary: "检查了 14 个项目，发现 3 个错误。",
      },
    })),
    show: jest.fn(async () => undefined),
    displayLanguage: "zh-CN",
    baseUrl: BASE,
    ...overrides,
  };
}

function shownText(show: QuickCheckDeps["show"]): {
  title: string | null;
  text: string | null;
  close: string | null;
} {
  const url = new URL((show as jest.Mock).mock.calls[0][0] as string);
  expect(url.pathname).toBe("/quick-check-result.html");
  return {
    title: url.searchParams.get("title"),
    text: url.searchParams.get("text"),
    close: url.searchParams.get("close"),
  };
}

describe("快速检查 command", () => {
  test("shows the check's summary and completes the event", async () => {
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    const d = deps();
    await quickCheck(event, d);
    expect(shownText(d.show)).toEqual({
      title: "快速检查",
      text: "检查了 14 个项目，发现 3 个错误。",
      close: "知道了",
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("a failed check shows its message; a thrown error is shown too; the event completes either way", async () => {
    const failedEvent = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    const failing = deps({
      run: jest.fn(async () => ({ ok: false as const, message: "当前 Excel 版本过旧，无法读取工作表。" })),
    });
    await quickCheck(failedEvent, failing);
    expect(shownText(failing.show).text).toBe("当前 Excel 版本过旧，无法读取工作表。");
    expect(failedEvent.completed).toHaveBeenCalledTimes(1);

    const thrownEvent = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    const throwing = deps({
      run: jest.fn(async () => Promise.reject(new Error("网络中断"))),
      displayLanguage: "en-US",
    });
    await quickCheck(thrownEvent, throwing);
    expect(shownText(throwing.show)).toEqual({
      title: "Quick check",
      text: "The action did not finish: 网络中断",
      close: "OK",
    });
    expect(thrownEvent.completed).toHaveBeenCalledTimes(1);
  });

  test("even when the dialog cannot be shown, the event completes", async () => {
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;
    await expect(
      quickCheck(event, deps({ show: jest.fn(async () => Promise.reject(new Error("12007"))) })),
    ).rejects.toThrow("12007");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("long summaries are cut so the dialog URL stays short", () => {
    const url = new URL(messageUrl(BASE, "快速检查", "问".repeat(5000), "知道了"));
    expect(url.searchParams.get("text")).toHaveLength(1500);
    expect(url.searchParams.get("text")!.endsWith("…")).toBe(true);
  });
});

describe("showMessageDialog", () => {
  type Handler = () => void;
  let handlers: Record<string, Handler>;
  let dialog: { close: jest.Mock; addEventHandler: jest.Mock };
  let displayDialogAsync: jest.Mock;
  let supported: boolean;

  beforeEach(() => {
    handlers = {};
    supported = true;
    dialog = {
      close: jest.fn(),
      addEventHandler: jest.fn((type: string, h: Handler) => (handlers[type] = h)),
    };
    displayDialogAsync = jest.fn((_url: string, _opts: object, cb: (r: object) => void) =>
      cb({ status: "succeeded", value: dialog }),
    );
    (globalThis as unknown as { Office: unknown }).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: {
        requirements: { isSetSupported: (name: string) => supported && name === "DialogApi" },
        ui: { displayDialogAsync },
      },
    };
  });
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    jest.useRealTimers();
  });

  test("resolves when the user presses 知道了 (the page's message), closing the dialog", async () => {
    const shown = showMessageDialog("https://localhost:3000/quick-check-result.html?text=x");
    expect(displayDialogAsync).toHaveBeenCalledTimes(1);
    handlers.message();
    await shown;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  test("resolves when the user closes the dialog window", async () => {
    const shown = showMessageDialog("https://localhost:3000/x");
    handlers.event();
    await shown;
    expect(dialog.close).not.toHaveBeenCalled();
  });

  test("closes by itself before Office would end the command", async () => {
    jest.useFakeTimers();
    const shown = showMessageDialog("https://localhost:3000/x");
    jest.advanceTimersByTime(DIALOG_LIMIT_MS);
    await shown;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  test("resolves at once when dialogs are unsupported or fail to open", async () => {
    supported = false;
    await showMessageDialog("https://localhost:3000/x");
    expect(displayDialogAsync).not.toHaveBeenCalled();
    supported = true;
    displayDialogAsync.mockImplementation((_u: string, _o: object, cb: (r: object) => void) =>
      cb({ status: "failed" }),
    );
    await showMessageDialog("https://localhost:3000/x");
    expect(dialog.addEventHandler).not.toHaveBeenCalled();
  });
});

describe("quick-check-result page", () => {
  test("shows title and text from the URL as text, never as markup", () => {
    const html = readFileSync(
      path.join(__dirname, "..", "..", "src", "commands", "quick-check-result.html"),
      "utf8",
    );
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1];
    const text = "<script>alert(1)</script><b>3 个错误</b>";
    window.history.pushState(
      {},
      "",
      `/quick-check-result.html?title=${encodeURIComponent("快速检查")}&text=${encodeURIComponent(text)}&close=${encodeURIComponent("知道了")}`,
    );
    jest.isolateModules(() => {
      require("../../src/commands/quick-check-result");
    });
    expect(document.getElementById("title")!.textContent).toBe("快速检查");
    expect(document.getElementById("text")!.textContent).toBe(text);
    expect(document.querySelector("#text script, #text b")).toBeNull();
    expect(document.getElementById("close")!.textContent).toBe("知道了");
    expect(document.title).toBe("快速检查");
  });
});
