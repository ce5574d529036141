/**
 * Reading and operating the pane and the stand-in host in a test: what the pane says (status line,
 * messages, the findings list), what the host holds (snapshot, selection, sync counts), and the checks
 * every screen gets (axe-core, no sideways scrolling).
 */
import * as assert from "node:assert/strict";
import { promises as fs } from "fs";
import * as path from "path";
import type { Frame, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../preview/workbook-json";
import { paneAction, pressToolbar } from "../../preview/pane-driver";

export const CHECK = "检查";
export const MARK = "在表格中标记";
export const CLEAR = "清除标记";

interface PreviewWindow {
  jixiaoPreview: {
    snapshot(): WorkbookSnapshot;
    stats(): {
      runs: number;
      roundTrips: number;
      syncCalls: number;
      runOptions: ({ mergeUndoGroup?: boolean } | null)[];
      active: number;
    };
    selection(): { activeSheet: string | null; selection: string | null };
    resetStats(): void;
  };
}
export const snapshot = (page: Page): Promise<WorkbookSnapshot> =>
  page.evaluate(() => (window as unknown as PreviewWindow).jixiaoPreview.snapshot());
export const selection = (page: Page): Promise<{ activeSheet: string | null; selection: string | null }> =>
  page.evaluate(() => (window as unknown as PreviewWindow).jixiaoPreview.selection());
export const stats = (page: Page): Promise<ReturnType<PreviewWindow["jixiaoPreview"]["stats"]>> =>
  page.evaluate(() => (window as unknown as PreviewWindow).jixiaoPreview.stats());

/** Round trips (syncs that carried commands) the action took. */
export async function roundTrips(page: Page, action: () => Promise<void>): Promise<number> {
  const before = (await stats(page)).roundTrips;
  await action();
  return (await stats(page)).roundTrips - before;
}

export const press = (page: Page, frame: Frame, name: string): Promise<void> =>
  pressToolbar(page, frame, name);

/** The status line after a check ("检查完成：…"), without its prefix; null when there is none. */
export async function statusCounts(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = el.textContent ?? "";
      if (text.startsWith("检查完成：")) return text.slice("检查完成：".length);
    }
    return null;
  });
}

/** Texts of the message bars the pane shows. */
export function messages(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll(".fui-MessageBar")].map((el) => (el.textContent ?? "").trim()),
  );
}

export async function hasMessage(frame: Frame, part: string): Promise<boolean> {
  return (await messages(frame)).some((m) => m.includes(part));
}

/** The findings rows the list shows: their text (message, indicator, cell). */
export function listedRows(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll("button[data-finding-index]")].map((b) => (b.textContent ?? "").trim()),
  );
}

/** Pick a rule in 按规则筛选 ("" for all). */
export async function filterRule(frame: Frame, ruleId: string): Promise<void> {
  await frame.getByLabel("按规则筛选").selectOption(ruleId);
}

/** Click the first listed finding's row (selects its cell in the sheet). */
export async function clickFirstFinding(page: Page, frame: Frame): Promise<string> {
  const row = frame.locator("button[data-finding-index]").first();
  const text = (await row.textContent()) ?? "";
  await paneAction(page, frame, () => row.click());
  return text;
}

/** Press 忽略 on the first listed finding; its message. */
export async function ignoreFirstFinding(page: Page, frame: Frame): Promise<string> {
  const button = frame.getByRole("button", { name: /^忽略此问题：/ }).first();
  const label = (await button.getAttribute("aria-label")) ?? "";
  await paneAction(page, frame, () => button.click());
  return label.replace(/^忽略此问题：/, "");
}

/**
 * axe-core on the pane's document: every serious or critical violation fails the test. One exception,
 * as narrow as Accessibility Insights makes it: aria-hidden-focus on Fluent's Tabster focus "dummies"
 * (<i data-tabster-dummy aria-hidden tabindex=0>), which exist only to pass focus on and are hidden from
 * screen readers on purpose (microsoft/tabster#288, a known Fluent v9 issue).
 */
const AXE_SOURCE = fs.readFile(
  path.join(__dirname, "..", "..", "..", "node_modules", "axe-core", "axe.min.js"),
  "utf8",
);

export async function assertAccessible(frame: Frame, where: string): Promise<void> {
  const hasAxe = await frame.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  // Evaluated through the debugging protocol, not added as an inline <script>: the pane's
  // Content-Security-Policy rightly refuses inline scripts, and the test must not weaken it.
  if (!hasAxe) await frame.evaluate(await AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<Result> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"], iframes: false });
    const tabsterDummy = (html: string): boolean => /^<i [^>]*data-tabster-dummy/.test(html);
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) =>
        v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !tabsterDummy(n.html)) } : v,
      )
      .filter((v) => v.nodes.length > 0)
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(", ")}`,
      );
  });
  assert.deepEqual(violations, [], `axe-core at ${where}`);
}

/** The pane must fit its width: nothing scrolls sideways. */
export async function assertNoSideways(frame: Frame, where: string): Promise<void> {
  const { scroll, client } = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(
    scroll <= client + 1,
    `${where}: the pane scrolls sideways (${scroll} px content in ${client} px)`,
  );
}
