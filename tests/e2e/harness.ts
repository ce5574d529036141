/**
 * A small sequential runner for the browser tests: one Chromium for the run, a fresh context per test,
 * and after every test the checks that hold everywhere — no request left 127.0.0.1, no console error.
 * Prints one line per test and, last, "e2e: N passed, N failed".
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Browser, Frame, Page } from "playwright-core";
import { guardedPage, type GuardedPage, type PageOptions } from "../../preview/chromium";
import { openPreview, type PreviewQuery } from "../../preview/pane-driver";

export interface TestContext {
  page: Page;
  /** Open the preview page (a fresh one) and wait for the pane; its frame. */
  open(query: PreviewQuery): Promise<Frame>;
  /** Save a screenshot of the whole page as screenshots/e2e/<test>-<nn>-<step>.png. */
  shot(step: string): Promise<void>;
  log(line: string): void;
}

export interface E2ETest {
  name: string;
  page?: PageOptions;
  run(t: TestContext): Promise<void>;
}

export interface RunOptions {
  browser: Browser;
  baseUrl: string;
  shotsDir: string;
  timeoutMs: number;
}

const slug = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export async function runTests(
  tests: readonly E2ETest[],
  o: RunOptions,
): Promise<{ passed: number; failed: number }> {
  await fs.mkdir(o.shotsDir, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    let g: GuardedPage | null = null;
    let shots = 0;
    const lines: string[] = [];
    try {
      g = await guardedPage(o.browser, test.page);
      const guarded = g;
      const t: TestContext = {
        page: guarded.page,
        open: (query) => openPreview(guarded.page, o.baseUrl, query),
        shot: async (step) => {
          shots++;
          const file = path.join(
            o.shotsDir,
            `${slug(test.name)}-${String(shots).padStart(2, "0")}-${slug(step)}.png`,
          );
          await guarded.page.screenshot({ path: file, animations: "disabled" });
        },
        log: (line) => lines.push(line),
      };
      await withTimeout(test.run(t), o.timeoutMs, test.name);
      if (guarded.outside.length)
        throw new Error(`requests left 127.0.0.1:\n  ${guarded.outside.join("\n  ")}`);
      if (guarded.errors.length) throw new Error(`console errors:\n  ${guarded.errors.join("\n  ")}`);
      passed++;
      process.stdout.write(`✓ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`✗ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stdout.write(`${message.replace(/^/gm, "    ")}\n`);
      if (g) {
        const file = path.join(o.shotsDir, `${slug(test.name)}-failed.png`);
        await g.page.screenshot({ path: file }).then(
          () => process.stdout.write(`    screenshot: ${path.relative(process.cwd(), file)}\n`),
          (e: unknown) =>
            process.stdout.write(`    no screenshot: ${e instanceof Error ? e.message : String(e)}\n`),
        );
        if (g.errors.length)
          process.stdout.write(`    console errors:\n      ${g.errors.join("\n      ")}\n`);
      }
    } finally {
      for (const line of lines) process.stdout.write(`    ${line}\n`);
      if (g) await g.context.close();
    }
  }
  return { passed, failed };
}
