/**
 * firstRenderMs for `npm run bench`: from the task pane page's navigation to the pane being interactive
 * (检查 enabled, nothing loading), in headless Chromium against the stand-in Excel host with the bundled
 * wide example. Each run is a fresh browser context (cold cache); the result is the median.
 *
 * The moment is taken inside the pane's frame: a script installed before any page script watches the DOM
 * and notes performance.now() (ms since that frame's navigation started) the first time the pane is
 * idle, so polling from outside adds nothing to it.
 *
 *   import { measureFirstRender } from "../preview/bench-first-render";
 *   const { firstRenderMs } = await measureFirstRender();
 */
import * as path from "path";
import { benchRoot, coldRuns, median, type ColdRunOptions } from "./bench-cold-runs";
import { PANE_IDLE, previewUrl, waitUntil } from "./pane-driver";

export const TARGET_FIRST_RENDER_MS = 1000;

export interface FirstRenderResult {
  /** Median over the runs: pane navigation → interactive, ms. */
  firstRenderMs: number;
  /** Every run's pane navigation → interactive, ms. */
  runs: number[];
  /** Every run's preview-page navigation → pane interactive (includes the preview page's own loading), ms. */
  fromHostMs: number[];
}

export type FirstRenderOptions = ColdRunOptions;

const MARK_INTERACTIVE = `(() => {
  const idle = () => ${PANE_IDLE};
  const note = () => {
    if (window.__paneInteractiveAt === undefined && idle()) window.__paneInteractiveAt = performance.now();
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export async function measureFirstRender(options: FirstRenderOptions = {}): Promise<FirstRenderResult> {
  const log = options.log ?? ((): void => undefined);
  const wide = path.join(benchRoot(options), "examples", "menyuan-cppcc-2024-wide.xlsx");
  let n = 0;
  const runs = await coldRuns(
    options,
    { workbooks: { default: wide }, initScript: MARK_INTERACTIVE },
    async (g, url) => {
      await g.page.goto(previewUrl(url, {}));
      const handle = await g.page.waitForSelector("#pane", { timeout: 30_000 });
      const frame = await handle.contentFrame();
      if (!frame) throw new Error("the pane's iframe has no frame");
      await waitUntil(frame, "window.__paneInteractiveAt !== undefined");
      const paneMs = (await frame.evaluate("window.__paneInteractiveAt")) as number;
      const paneOrigin = (await frame.evaluate("performance.timeOrigin")) as number;
      const hostOrigin = (await g.page.evaluate("performance.timeOrigin")) as number;
      const fromHost = paneOrigin + paneMs - hostOrigin;
      log(`run ${++n}: pane ${paneMs.toFixed(0)} ms, from the preview page ${fromHost.toFixed(0)} ms`);
      return { paneMs, fromHost };
    },
  );
  return {
    firstRenderMs: Math.round(median(runs.map((r) => r.paneMs))),
    runs: runs.map((r) => Math.round(r.paneMs)),
    fromHostMs: runs.map((r) => Math.round(r.fromHost)),
  };
}

// `node build/preview/bench-first-render.js` measures on its own.
if (require.main === module) {
  measureFirstRender({ log: (l) => void process.stdout.write(`${l}\n`) }).then(
    (r) => {
      process.stdout.write(
        `firstRenderMs ${r.firstRenderMs} (target ≤ ${TARGET_FIRST_RENDER_MS})\n${JSON.stringify(r)}\n`,
      );
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
