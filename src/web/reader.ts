/**
 * Reading and checking the files the user opens, off the page's thread: the page's own script is
 * started again as a dedicated worker (reader-worker.ts) — from its text as a blob: URL in the single
 * file jixiao.html (its policy allows `worker-src blob:`), from its URL on a web server — so the page
 * keeps painting and answering while a large file is read. Files go one at a time, in order; each gets
 * FILE_TIMEOUT_S, as in the CLI, after which the worker is stopped and the file reported.
 *
 * Where no worker can start (an old browser, a policy that forbids it), the files are read on the page
 * itself as before, one at a time with a repaint between them.
 */
import type { CheckResult } from "../core/check";
import type { Settings } from "../core/settings";
import { FILE_TIMEOUT_S, timeLimitMessage } from "../xlsx/time-limit";
import { internalError, newDocument, openFile, type WebDocument } from "./documents";
import type { ReaderMessage, ReadRequest } from "./reader-protocol";
import { decodeDecimals } from "./transfer";

/** What the page needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ReaderMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
  postMessage(message: ReadRequest): void;
  terminate(): void;
}

export interface Reader {
  /** Read and check a file the user chose; never rejects. */
  open(name: string, file: Blob, settings: Settings): Promise<WebDocument>;
  /** "worker" while files are read off the page's thread, "page" once the reader fell back to it. */
  readonly where: "worker" | "page";
}

/**
 * The script this page runs (captured while it runs: document.currentScript is only set then), to start
 * it again as the worker. null outside a browser page.
 */
const ownScript: HTMLScriptElement | null =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : null;

/** A worker running this page's own script, or null when none can be made here. */
function ownScriptWorker(script: HTMLScriptElement | null = ownScript): WorkerLike | null {
  if (!script || typeof Worker === "undefined") return null;
  try {
    if (script.src) return new Worker(script.src) as WorkerLike;
    const url = URL.createObjectURL(new Blob([script.text], { type: "text/javascript" }));
    return new Worker(url) as WorkerLike;
  } catch {
    return null;
  }
}

/** Let the page paint (the spinner's text) before it is busy again. */
const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createReader(
  makeWorker: () => WorkerLike | null = ownScriptWorker,
  timeoutMs = FILE_TIMEOUT_S * 1000,
): Reader {
  let worker: WorkerLike | null = null;
  /** A worker has started (said ready) since the page opened: later failures are the file's, not the browser's. */
  let started = false;
  let onPage = false;
  let queue: Promise<unknown> = Promise.resolve();
  let nextJob = 1;

  async function onThePage(name: string, file: Blob, settings: Settings): Promise<WebDocument> {
    await repaint();
    return openFile(name, file, settings);
  }

  function inWorker(name: string, file: Blob, settings: Settings): Promise<WebDocument> {
    worker ??= makeWorker();
    const w = worker;
    if (!w) {
      onPage = true;
      return onThePage(name, file, settings);
    }
    const job = nextJob++;
    return new Promise<WebDocument>((resolve) => {
      const stop = (error: string) => {
        clearTimeout(timer);
        w.terminate();
        worker = null;
        resolve(newDocument(name, { error }));
      };
      const timer = setTimeout(() => stop(timeLimitMessage(timeoutMs / 1000)), timeoutMs);
      w.onmessage = (event) => {
        const m = event.data;
        if (m.kind === "ready") {
          started = true;
          return;
        }
        if (m.job !== job) return;
        clearTimeout(timer);
        resolve(
          newDocument(name, {
            bytes: m.bytes,
            workbook: m.workbook,
            result: decodeDecimals<CheckResult | null>(m.result),
            error: m.error,
          }),
        );
      };
      w.onerror = (event) => {
        event.preventDefault?.();
        if (started) return stop(internalError(new Error(event.message || "读取文件的后台线程出错")));
        // It never started (no worker here, or the policy refused its script): read on the page.
        clearTimeout(timer);
        w.terminate();
        worker = null;
        onPage = true;
        resolve(onThePage(name, file, settings));
      };
      w.onmessageerror = () => stop(internalError(new Error("读取结果无法传回页面")));
      w.postMessage({ job, name, file, settings });
    });
  }

  return {
    open(name, file, settings) {
      const run = () => (onPage ? onThePage(name, file, settings) : inWorker(name, file, settings));
      const done = queue.then(run, run);
      queue = done;
      return done;
    },
    get where() {
      return onPage ? "page" : "worker";
    },
  };
}
