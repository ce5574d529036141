/**
 * @jest-environment jsdom
 *
 * The old-Office guard (src/guard/office-guard.js): parses as ES5, and in IE11, EdgeHTML or an Excel
 * without ExcelApi 1.4 puts its Chinese message on the page and answers 快速检查 with it; in a current
 * Office it changes nothing.
 */
import { parse } from "acorn";
import { readFileSync } from "fs";
import path from "path";

const SOURCE = readFileSync(path.join(__dirname, "../../src/guard/office-guard.js"), "utf8");
const MESSAGE = "此版本的 Office 无法运行本加载项；请使用网页版";

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
};

interface FakeOffice {
  onReady(cb: (info: { host: string | null }) => void): Promise<unknown>;
  context: {
    requirements: { isSetSupported(name: string, version: string): boolean };
    ui: { displayDialogAsync: jest.Mock };
  };
  actions: { associate: jest.Mock };
  EventType: { DialogMessageReceived: string };
}

/** An Excel whose ExcelApi stops at `level` ("1.1", "1.17" …). onReady fires when `ready()` is called. */
function excelAt(level: string): FakeOffice & { ready(): void } {
  const callbacks: ((info: { host: string | null }) => void)[] = [];
  const num = (v: string) => v.split(".").map(Number);
  const atMost = (v: string) => {
    const [a, b] = num(v);
    const [x, y] = num(level);
    return a < x || (a === x && b <= y);
  };
  return {
    onReady: (cb) => {
      callbacks.push(cb);
      return Promise.resolve();
    },
    ready: () => callbacks.forEach((cb) => cb({ host: "Excel" })),
    context: {
      requirements: { isSetSupported: (name, v) => name === "ExcelApi" && atMost(v) },
      ui: { displayDialogAsync: jest.fn() },
    },
    actions: { associate: jest.fn() },
    EventType: { DialogMessageReceived: "dialogMessageReceived" },
  };
}

type GuardWindow = Window & {
  Office?: FakeOffice;
  jixiaoGuard?: { blocked(): string | null };
  quickCheck?: (event: { completed(): void }) => void;
};
const win = window as unknown as GuardWindow;

function runGuard(userAgent: string, office: FakeOffice | undefined, head = ""): void {
  document.head.innerHTML = head;
  document.body.innerHTML = '<div id="root"><p class="loading">正在加载…</p></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  if (office) win.Office = office;
  else delete win.Office;
  delete win.jixiaoGuard;
  delete win.quickCheck;
  // A classic script in the page's global scope, as the browser runs it.
  new Function(SOURCE)();
}

function alertText(): string | null {
  return document.querySelector("[role=alert]")?.textContent ?? null;
}

afterEach(() => {
  delete win.Office;
  delete win.jixiaoGuard;
  delete win.quickCheck;
});

test("the guard is plain ES5 (a classic script that IE11 parses)", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  // And the check itself can fail: ES2015 syntax is refused at this level.
  expect(() => parse("const a = () => 1;", { ecmaVersion: 5, sourceType: "script" })).toThrow();
});

test("IE11 (Trident): the page shows the Chinese message instead of 正在加载…", () => {
  runGuard(UA.ie11, excelAt("1.1"));
  expect(alertText()).toContain(MESSAGE);
  expect(alertText()).toContain("Internet Explorer");
  expect(document.body.textContent).not.toContain("正在加载");
  expect(win.jixiaoGuard?.blocked()).toContain(MESSAGE);
});

test("EdgeHTML (Edge/18): the same message", () => {
  runGuard(UA.edgeHtml, excelAt("1.7"));
  expect(alertText()).toContain(MESSAGE);
  expect(win.jixiaoGuard?.blocked()).toContain(MESSAGE);
});

test("ExcelApi 1.1 (volume-licensed Excel 2016): the message once Office is ready", () => {
  const office = excelAt("1.1");
  runGuard(UA.webView2, office);
  expect(alertText()).toBeNull(); // not before Office knows its API level
  office.ready();
  expect(alertText()).toContain(MESSAGE);
  expect(alertText()).toContain("ExcelApi 1.4");
  expect(win.jixiaoGuard?.blocked()).toContain(MESSAGE);
});

test("the bundle's question alone also blocks an ExcelApi 1.1 Excel", () => {
  runGuard(UA.webView2, excelAt("1.1"));
  expect(win.jixiaoGuard?.blocked()).toContain(MESSAGE);
  expect(alertText()).toContain(MESSAGE);
});

test("a current Office (WebView2, ExcelApi 1.17) is left alone", () => {
  const office = excelAt("1.17");
  runGuard(UA.webView2, office);
  office.ready();
  expect(win.jixiaoGuard?.blocked()).toBeNull();
  expect(alertText()).toBeNull();
  expect(document.body.textContent).toContain("正在加载");
  expect(win.quickCheck).toBeUndefined();
  expect(office.actions.associate).not.toHaveBeenCalled();
});

test("快速检查 in an old Office answers with the message and completes the event", () => {
  const office = excelAt("1.1");
  runGuard(UA.webView2, office);
  office.ready();
  expect(office.actions.associate).toHaveBeenCalledWith("quickCheck", win.quickCheck);
  const completed = jest.fn();
  office.context.ui.displayDialogAsync.mockImplementation(
    (_url: string, _options: unknown, cb: (r: { value?: unknown }) => void) => cb({}),
  );
  win.quickCheck!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  const url = new URL(office.context.ui.displayDialogAsync.mock.calls[0][0] as string);
  expect(url.pathname.endsWith("/quick-check-result.html")).toBe(true);
  expect(url.searchParams.get("text")).toContain(MESSAGE);
});

test("快速检查 completes the event even when the dialog cannot open", () => {
  runGuard(UA.ie11, undefined);
  const completed = jest.fn();
  win.quickCheck!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});

test("the dialog page asks only about the browser", () => {
  const head = '<meta name="jixiao-guard" content="browser-only" />';
  const office = excelAt("1.1");
  runGuard(UA.webView2, office, head);
  office.ready();
  expect(win.jixiaoGuard?.blocked()).toBeNull();
  runGuard(UA.ie11, excelAt("1.1"), head);
  expect(alertText()).toContain(MESSAGE);
});

test("every add-in page loads the guard after office.js and before its bundle", () => {
  for (const page of [
    "src/taskpane/taskpane.html",
    "src/commands/commands.html",
    "src/commands/quick-check-result.html",
  ]) {
    const html = readFileSync(path.join(__dirname, "../..", page), "utf8");
    const office = html.indexOf("office.js");
    const guard = html.indexOf('<script src="office-guard.js"></script>');
    expect({ page, office: office >= 0, guardAfterOffice: guard > office }).toEqual({
      page,
      office: true,
      guardAfterOffice: true,
    });
    // The bundles are deferred (html-webpack-plugin, scriptLoading "defer"): they run after it.
  }
});
