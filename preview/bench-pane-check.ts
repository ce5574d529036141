/**
 * pane300Ms for `npm run bench`: a cold first check in the task pane — a fresh page (new browser context,
 * empty cache) on a workbook of 300 projects; from the click on 检查, made as soon as the pane is
 * interactive, to the findings list on screen. It includes whatever the pane had not loaded by then (the
 * engine, the results view), reading the workbook from the stand-in Excel host, the check and the
 * render. Headless Chromium on the preview; the result is the median of the runs.
 *
 * Both moments are taken inside the pane's frame by a script installed before any page script: a
 * capture-phase click listener notes the click on 检查, a MutationObserver notes when the 问题清单 heading
 * appears — so polling from outside adds nothing to the figure.
 *
 *   import { measurePaneCheck } from "../preview/bench-pane-check";
 *   const { pane300Ms } = await measurePaneCheck({ workbook });
 */
import { coldRuns, median, type ColdRunOptions } from "./bench-cold-runs";
import { openPreview, waitUntil } from "./pane-driver";

export const TARGET_PANE_300_MS = 600;

export interface PaneCheckResult {
  /** Median over the runs: click on 检查 → findings shown, ms. */
  pane300Ms: number;
  runs: number[];
}

export interface PaneCheckOptions extends ColdRunOptions {
  /** The .xlsx to check (the bench writes one of 300 projects). */
  workbook: string;
}

const MARK_CHECK = `(() => {
  document.addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest("button") : null;
    if (button && button.textContent.trim() === "检查" && window.__checkClickAt === undefined)
      window.__checkClickAt = performance.now();
  }, true);
  const shown = () =>
    [...document.querySelectorAll("h2")].some((h) => h.textContent.trim() === "问题清单");
  new MutationObserver(() => {
    if (window.__checkClickAt !== undefined && window.__findingsAt === undefined && shown())
      window.__findingsAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

export async function measurePaneCheck(options: PaneCheckOptions): Promise<PaneCheckResult> {
  const log = options.log ?? ((): void => undefined);
  let n = 0;
  const runs = await coldRuns(
    options,
    { workbooks: { bench300: options.workbook }, initScript: MARK_CHECK },
    async (g, url) => {
      const frame = await openPreview(g.page, url, { wb: "bench300" }, 60_000);
      await frame.getByRole("button", { name: "检查", exact: true }).click();
      await waitUntil(frame, "window.__findingsAt !== undefined", 60_000);
      const ms = (await frame.evaluate("window.__findingsAt - window.__checkClickAt")) as number;
      log(`run ${++n}: 检查 → findings ${ms.toFixed(0)} ms`);
      return ms;
    },
  );
  return { pane300Ms: Math.round(median(runs)), runs: runs.map(Math.round) };
}
