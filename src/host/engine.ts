/**
 * The check engine — the table reader, the rules and decimal.js — as a chunk of its own. A pane's first
 * screen needs none of it, and it is most of the pane's script: each pane's entry (taskpane/index.tsx,
 * wps/pane.tsx) loads it after its first paint, while the browser is idle (whenIdle) — the task pane then
 * runs it once on a small workbook (warmEngine) — and 检查 waits for it when it is not there yet. A build
 * with one chunk (the web edition) has it at hand at once.
 */
import type { CheckResult } from "../core/check";
import type { Workbook } from "../core/grid";
import type { ReadingCorrection } from "../core/model";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";

export type CheckWorkbook = (
  workbook: Workbook,
  settings: Settings,
  corrections?: readonly ReadingCorrection[],
) => CheckResult;

/** Said when a part of the pane's code could not be loaded (the server unreachable, a file missing). */
export const PART_UNAVAILABLE =
  "加载项的一部分程序没有加载成功（可能是网络中断或加载项的文件不全）。请稍后再试；仍不行时请关闭并重新打开任务窗格。";

/**
 * A part of the code loaded when first asked for (a dynamic import), once; a failed load is tried again
 * on the next call rather than remembered.
 */
export function lazyPart<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    }));
}

/** The engine's checkWorkbook. */
export const loadEngine: () => Promise<CheckWorkbook> = lazyPart(() =>
  import(/* webpackChunkName: "engine" */ "../core/check").then((m) => m.checkWorkbook),
);

/** The warm-up's workbook, in the engine's chunk. */
const loadWarmUp = lazyPart(() => import(/* webpackChunkName: "engine" */ "./warm-up"));

let warmed: Promise<void> | null = null;

/**
 * Load the engine and, once the browser is idle again, run it once on a small workbook (warm-up.ts), so
 * that the user's first check does not pay for the engine's first run. Once per page; a failed load is
 * left to 检查, which loads the engine again and says so when it cannot.
 */
export function warmEngine(scheduler?: IdleScheduler): Promise<void> {
  return (warmed ??= Promise.all([loadEngine(), loadWarmUp()]).then(
    ([check, { warmUpWorkbook }]) =>
      new Promise<void>((resolve) =>
        whenIdle(() => {
          try {
            check(warmUpWorkbook(), DEFAULT_SETTINGS);
          } catch {
            // Only a warm-up: the real check reports its own failures.
          }
          resolve();
        }, scheduler),
      ),
    () => undefined,
  ));
}

export interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => unknown;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** How long an idle callback may wait for idle time before it runs anyway, ms. */
const IDLE_TIMEOUT_MS = 2000;
/** Without requestIdleCallback (older WebKit webviews): after this delay, ms. */
const FALLBACK_DELAY_MS = 200;

/**
 * Run `work` once the browser is idle (after the first paint, which the caller has just asked for), or
 * after a short delay where there is no requestIdleCallback (older WebKit webviews).
 */
export function whenIdle(
  work: () => void,
  scheduler: IdleScheduler = globalThis as unknown as IdleScheduler,
): void {
  if (typeof scheduler.requestIdleCallback === "function") {
    scheduler.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
  } else {
    scheduler.setTimeout(work, FALLBACK_DELAY_MS);
  }
}
