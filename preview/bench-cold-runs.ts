/**
 * What the pane's browser benchmarks (bench-first-render.ts, bench-pane-check.ts) share: build the pane
 * and the preview page, serve the workbooks, and measure in a fresh browser context each run (an empty
 * cache, so every run is a cold start), with a marking script installed before any page script. A run
 * that tried to reach beyond 127.0.0.1 or logged an error fails the benchmark.
 */
import * as path from "path";
import { buildPreviewWeb, ensurePaneBuilt } from "./build";
import { guardedPage, launchChromium, type GuardedPage } from "./chromium";
import { previewPaths, startPreviewServer } from "./server";
import { loadWorkbookJson } from "./xlsx-to-workbook";

export interface ColdRunOptions {
  /** Repository root; defaults to the one this file is built into (build/preview → ../..). */
  root?: string;
  runs?: number;
  /** Progress lines (building, …); silent by default. */
  log?: (line: string) => void;
}

export interface ColdRunSetup {
  /** The preview's workbooks by id: the .xlsx each is read from. */
  workbooks: Record<string, string>;
  /** Installed in every frame before any page script (it notes the moments measured). */
  initScript: string;
}

/** One run: the fresh page, and the preview server's address. */
export type ColdRun<T> = (g: GuardedPage, serverUrl: string) => Promise<T>;

export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The repository root of `options`, by default the one this file is built into. */
export function benchRoot(options: ColdRunOptions): string {
  return options.root ?? path.resolve(__dirname, "..", "..");
}

/** Every run's result, in order (options.runs of them, 5 by default). */
export async function coldRuns<T>(
  options: ColdRunOptions,
  setup: ColdRunSetup,
  run: ColdRun<T>,
): Promise<T[]> {
  const root = benchRoot(options);
  const log = options.log ?? ((): void => undefined);
  const count = options.runs ?? 5;
  await ensurePaneBuilt(root, log);
  await buildPreviewWeb(root);
  const server = await startPreviewServer(previewPaths(root));
  for (const [id, file] of Object.entries(setup.workbooks))
    server.addWorkbook(id, await loadWorkbookJson(file));
  const browser = await launchChromium();
  const results: T[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const g = await guardedPage(browser);
      try {
        await g.context.addInitScript(setup.initScript);
        const result = await run(g, server.url);
        if (g.outside.length || g.errors.length) throw new Error([...g.outside, ...g.errors].join("\n"));
        results.push(result);
      } finally {
        await g.context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
