/**
 * User Timing entries for the parts of a check (reading the workbook, the engine's run): the bench
 * (preview/bench-pane-check.ts) reports them beside its figure, and the browser's profiler shows them
 * on its timeline. Nothing happens where the host has no performance.measure with options (older
 * webviews): the pane works the same.
 */

/** The measures' names: reading the workbook (from the start of the check), the engine's run. */
export const TIMING = { read: "jixiao:read", engine: "jixiao:engine" } as const;

/** Milliseconds on the page's clock (performance.now where there is one). */
export function timingNow(): number {
  return typeof performance !== "undefined" && typeof performance.now === "function"
    ? performance.now()
    : Date.now();
}

/** Record `name` as a measure from `start` (a timingNow()) to now. */
export function measureSince(name: string, start: number): void {
  try {
    if (typeof performance !== "undefined" && typeof performance.measure === "function")
      performance.measure(name, { start, end: performance.now() });
  } catch {
    // An older performance.measure without options: nothing to record.
  }
}
