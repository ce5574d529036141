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
import { buildPreviewWeb, ensurePaneBuilt } from "./build";
import { guardedPage, launchChromium } from "./chromium";
import { PANE_IDLE, previewUrl, waitUntil } from "./pane-driver";
import { previewPaths, startPreviewServer } from "./server";
import { loadWorkbookJson } from "./xlsx-to-workbook";

export const TARGET_FIRST_RENDER_MS = 1000;

export interface FirstRenderResult {
  /** Median over the runs: pane navigation → interactive, ms. */
  firstRenderMs: number;
  /** Every run's pane navigation → interactive, ms. */
  runs: number[];
  /** Every run's preview-page navigation → pane interactive (includes the preview page's own loading), ms. */
  fromHostMs: number[];
}

export interface FirstRenderOptions {
  /** Repository root; defaults to the one this file is built into (build/preview → ../..). */
  root?: string;
  runs?: number;
  /** Progress lines (building, …); silent by default. */
  log?: (line: string) => void;
}

const MARK_INTERACTIVE = `(() => {
  const idle = () => ${PANE_IDLE};
  const note = () => {
    if (window.__paneInteractiveAt === undefined && idle()) window.__paneInteractiveAt = performance.now();
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureFirstRender(options: FirstRenderOptions = {}): Promise<FirstRenderResult> {
  const root = options.root ?? path.resolve(__dirname, "..", "..");
  const log = options.log ?? ((): void => undefined);
  const count = options.runs ?? 5;
  await ensurePaneBuilt(root, log);
  await buildPreviewWeb(root);
  const server = await startPreviewServer(previewPaths(root));
  server.addWorkbook(
    "default",
    await loadWorkbookJson(path.join(root, "examples", "menyuan-cppcc-2024-wide.xlsx")),
  );
  const browser = await launchChromium();
  const runs: number[] = [];
  const fromHostMs: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const g = await guardedPage(browser);
      try {
        await g.context.addInitScript(MARK_INTERACTIVE);
        await g.page.goto(previewUrl(server.url, {}));
        const handle = await g.page.waitForSelector("#pane", { timeout: 30_000 });
        const frame = await handle.contentFrame();
        if (!frame) throw new Error("the pane's iframe has no frame");
        await waitUntil(frame, "window.__paneInteractiveAt !== undefined");
        const paneMs = (await frame.evaluate("window.__paneInteractiveAt")) as number;
        const paneOrigin = (await frame.evaluate("performance.timeOrigin")) as number;
        const hostOrigin = (await g.page.evaluate("performance.timeOrigin")) as number;
        if (g.outside.length || g.errors.length) throw new Error([...g.outside, ...g.errors].join("\n"));
        runs.push(paneMs);
        fromHostMs.push(paneOrigin + paneMs - hostOrigin);
        log(
          `run ${i + 1}: pane ${paneMs.toFixed(0)} ms, from the preview page ${(paneOrigin + paneMs - hostOrigin).toFixed(0)} ms`,
        );
      } finally {
        await g.context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    firstRenderMs: Math.round(median(runs)),
    runs: runs.map(Math.round),
    fromHostMs: fromHostMs.map(Math.round),
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
