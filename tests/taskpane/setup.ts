import { cleanup } from "@testing-library/react";
import { disposeTabster } from "tabster";

/**
 * Browser APIs that Fluent UI v9 uses and jsdom lacks. Imported first by each task-pane test
 * (tests/setup.ts is shared by every suite and stays free of DOM assumptions).
 */
if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

// Fluent UI's focus layer (Tabster) is one instance per window, kept across tests: a dialog of one test
// could leave its modal layer (aria-hidden on the rest of the page, timers) to the next. Each test ends
// with the pane unmounted and that instance disposed; the next render creates a fresh one.
afterEach(() => {
  if (typeof window === "undefined") return;
  cleanup();
  // The window holds Tabster's core; disposeTabster takes a wrapper of it ({ core }). It is still there
  // only when something cleanup() cannot unmount kept it (the entry test's isolated React copy).
  const core = (window as unknown as { __tabsterInstance?: unknown }).__tabsterInstance;
  if (core) disposeTabster({ core } as unknown as Parameters<typeof disposeTabster>[0], true);
});

// Fluent UI's dialogs and focus layer (Tabster) run on timers that jsdom on a 2-core CI machine can race:
// in fresh-clone CI runs a confirmation dialog sometimes never appears after the click (twice in a row for
// one test on 2026-12-06), while no local run of the same files reproduces it. A failed task-pane test
// runs up to twice more; every failed attempt's error is still printed, so a flake stays visible in the log.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

export {};
