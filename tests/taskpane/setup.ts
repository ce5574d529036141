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
  // jsdom lays nothing out: offsetParent is always null and <body> measures 0 × 0, so Fluent's focus layer
  // (Tabster) takes every element for hidden. An opening dialog then finds nothing to focus, focuses its own
  // surface, and its modal layer is never activated; 250 ms later Tabster marks that inactive layer
  // aria-hidden — the dialog itself — and a role query that lands after that misses it (the "dialog not
  // found" flake on busy machines). A browser lays the pane out; this gives Tabster the same answer: an
  // element in the page that is not hidden has a parent to lay it out against, and the page has a size.
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (!this.isConnected) return null;
      const shown = (e: HTMLElement | null): boolean =>
        !e || (!e.hidden && e.style.display !== "none" && shown(e.parentElement));
      return shown(this) ? this.parentElement : null;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 400, 800);
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

export {};
