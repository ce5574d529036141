/**
 * Driving the task pane inside the preview page, as a person would: open it, wait until it is ready,
 * press a button and wait until the workbook work it started is over. Shared by the e2e tests, the
 * preview's screenshot mode and the first-render bench.
 *
 * Page-side code is passed as strings so this file needs no DOM typings (the bench compiles without them).
 */
import type { Frame, Page } from "playwright-core";

export interface PreviewQuery {
  wb?: string;
  api?: string;
  theme?: "light" | "dark";
  width?: number;
  payload?: number;
  /** 1: the workbook's add-in settings outlive a reload (see preview/browser/host.ts). */
  keep?: number;
  /** wps: the WPS add-in's pane on the fake WPS (see preview/browser/host.ts). */
  host?: "excel" | "wps";
}

export function previewUrl(base: string, query: PreviewQuery): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, String(v));
  return `${base}/?${q.toString()}`;
}

/**
 * True in the pane's frame when 检查 can be pressed and nothing is in progress: no progress bar, and no
 * part still filling in (aria-busy, as the findings list is until its rows below the first screen are in).
 */
export const PANE_IDLE = `(() => {
  const check = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "检查");
  return Boolean(
    check &&
      !check.disabled &&
      !document.querySelector('[role="progressbar"]') &&
      !document.querySelector('[aria-busy="true"]'),
  );
})()`;

/**
 * Wait until a page-side expression is true. Polls with evaluate (the debugging protocol), because
 * Playwright's waitForFunction evaluates its predicate with eval inside the page, which the pages'
 * Content-Security-Policy forbids — and the tests must run under the policy users get.
 */
export async function waitUntil(target: Page | Frame, expression: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await target.evaluate(expression)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const HOST_READY = "Boolean(window.jixiaoPreview && window.jixiaoPreview.ready)";
const RUNS = "window.jixiaoPreview.stats().runs";

/** Open the preview page and wait until the pane is ready; the pane's frame. */
export async function openPreview(
  page: Page,
  base: string,
  query: PreviewQuery,
  timeout = 30_000,
): Promise<Frame> {
  await page.goto(previewUrl(base, query));
  await waitUntil(page, HOST_READY, timeout);
  const frame = await paneFrame(page, timeout);
  await waitUntil(frame, PANE_IDLE, timeout);
  return frame;
}

export async function paneFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const handle = await page.waitForSelector("#pane", { timeout });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the pane's iframe has no frame");
  await frame.waitForLoadState("load", { timeout });
  return frame;
}

/**
 * Do something in the pane that talks to the workbook (a click), then wait until it has: at least one
 * more Excel.run, none under way, and the pane idle again.
 */
export async function paneAction(
  page: Page,
  frame: Frame,
  act: () => Promise<void>,
  timeout = 30_000,
): Promise<void> {
  const before = (await page.evaluate(RUNS)) as number;
  await act();
  await waitUntil(
    page,
    `window.jixiaoPreview.stats().runs > ${before} && window.jixiaoPreview.stats().active === 0`,
    timeout,
  );
  await waitUntil(frame, PANE_IDLE, timeout);
}

/** Press one of the toolbar's buttons by its exact text (检查, 在表格中标记, 清除标记). */
export async function pressToolbar(page: Page, frame: Frame, name: string): Promise<void> {
  await paneAction(page, frame, () => frame.getByRole("button", { name, exact: true }).click());
}
