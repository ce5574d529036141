/**
 * pane300Ms for `npm run bench`: a cold first check in the task pane — a fresh page (new browser context,
 * empty cache) on a workbook of 300 projects; from the click on 检查, made as soon as the pane is
 * interactive, to the findings list on screen. It includes whatever the pane had not loaded by then (the
 * engine, the results view), reading the workbook from the stand-in Excel host, the check and the
 * render. Headless Chromium on the preview; the result is the median of the runs.
 *
 * Both moments are taken inside the pane's frame by a script installed before any page script: a
 * capture-phase click listener notes the click on 检查; a MutationObserver sees the 问题清单 heading
 * appear, and the end is the first frame painted after that (a task posted from the next animation frame
 * runs once the frame is painted): the findings are shown when they are on screen, not when they are in
 * the DOM — style, layout and paint of the list count. Polling from outside adds nothing to the figure.
 *
 *   import { measurePaneCheck } from "../preview/bench-pane-check";
 *   const { pane300Ms } = await measurePaneCheck({ workbook });
 */
import { coldRuns, median, type ColdRunOptions } from "./bench-cold-runs";
import { TIMING } from "../src/host/timing";
import { openPreview, waitUntil } from "./pane-driver";

export const TARGET_PANE_300_MS = 600;

export interface PaneCheckResult {
  /** Median over the runs: click on 检查 → findings shown, ms. */
  pane300Ms: number;
  runs: number[];
  /** Per run, where the time went (ms): see RunParts. */
  parts: RunParts[];
}

/**
 * One run's figure in parts, from the pane's User Timing entries (src/host/timing.ts): read — click to
 * the workbook read (the pane's reaction to the click, then reading through the stand-in Excel);
 * engine — to the check's end (waiting for the engine's code if it was not loaded yet, and the check);
 * shown — the rest: rendering the findings, style, layout and paint; inDom — click to the findings
 * heading in the DOM (before style, layout and paint).
 */
export interface RunParts {
  read: number;
  engine: number;
  shown: number;
  inDom: number;
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
    if (window.__checkClickAt === undefined || window.__findingsInDomAt !== undefined || !shown()) return;
    window.__findingsInDomAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__findingsAt = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** The run's figure and its parts, read in the pane's frame. */
const RUN_FIGURES = `(() => {
  const click = window.__checkClickAt;
  const end = (name) => {
    const e = performance.getEntriesByName(name).filter((m) => m.startTime >= click).pop();
    return e ? e.startTime + e.duration : click;
  };
  const read = end("${TIMING.read}");
  const engine = end("${TIMING.engine}");
  const ms = window.__findingsAt - click;
  const round = (x) => Math.round(x);
  return {
    ms,
    parts: {
      read: round(read - click),
      engine: round(engine - read),
      shown: round(window.__findingsAt - engine),
      inDom: round(window.__findingsInDomAt - click),
    },
  };
})()`;

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
      const r = (await frame.evaluate(RUN_FIGURES)) as { ms: number; parts: RunParts };
      const p = r.parts;
      log(
        `run ${++n}: 检查 → findings ${r.ms.toFixed(0)} ms ` +
          `(read ${p.read}, engine ${p.engine}, render and paint ${p.shown}; in the DOM at ${p.inDom})`,
      );
      return r;
    },
  );
  return {
    pane300Ms: Math.round(median(runs.map((r) => r.ms))),
    runs: runs.map((r) => Math.round(r.ms)),
    parts: runs.map((r) => r.parts),
  };
}
