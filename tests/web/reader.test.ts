/**
 * The web edition's reader (src/web/reader.ts): files read and checked in a worker and sent back to the
 * page. The worker here is the real worker code (serveReader) behind a fake boundary that copies every
 * message as the browser does (structuredClone, with the bytes transferred), so what the page gets is
 * compared with reading the same file on the page. Also: the time limit, a worker that fails, and a
 * browser where no worker starts.
 */
import { readFileSync } from "fs";
import path from "path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { openFile, type WebDocument } from "../../src/web/documents";
import { createReader, type WorkerLike } from "../../src/web/reader";
import type { ReaderMessage, ReadRequest } from "../../src/web/reader-protocol";
import { serveReader, type WorkerScope } from "../../src/web/reader-worker";
import { timeLimitMessage } from "../../src/xlsx/time-limit";

const EXAMPLES = path.join(__dirname, "../../examples");
const file = (name: string) => new Blob([readFileSync(path.join(EXAMPLES, name))]);

/** A worker whose other side runs `serve` (the real reader by default), messages copied both ways. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ReaderMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  readonly scope: WorkerScope;

  constructor(serve: (scope: WorkerScope) => void = serveReader) {
    this.scope = {
      onmessage: null,
      postMessage: (message, transfer = []) => {
        const data = structuredClone(message, { transfer });
        // As in a browser: delivered later, and not once the worker is stopped.
        setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent<ReaderMessage>), 0);
      },
    };
    // The worker's script runs once the page has set its handlers.
    setTimeout(() => serve(this.scope), 0);
  }

  postMessage(message: ReadRequest): void {
    const data = structuredClone(message);
    setTimeout(() => !this.terminated && this.scope.onmessage?.({ data } as MessageEvent<ReadRequest>), 0);
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function workers(make: () => FakeWorker | null) {
  const made: (FakeWorker | null)[] = [];
  return {
    made,
    make: () => {
      const w = make();
      made.push(w);
      return w;
    },
  };
}

/** What the page keeps of a document, without its session id. */
const content = (d: WebDocument) => ({ ...d, id: 0 });

describe("reading in a worker", () => {
  test("gives the page what reading on the page gives: grid, result (amounts as Decimals), bytes", async () => {
    const { make, made } = workers(() => new FakeWorker());
    const reader = createReader(make);
    for (const name of ["menyuan-cppcc-2024-wide.xlsx", "menyuan-cppcc-2024-long.xlsx"]) {
      const [viaWorker, onPage] = await Promise.all([
        reader.open(name, file(name), DEFAULT_SETTINGS),
        openFile(name, file(name), DEFAULT_SETTINGS),
      ]);
      expect(viaWorker.error).toBeUndefined();
      expect(viaWorker.result!.findings.length).toBeGreaterThan(0);
      expect(content(viaWorker)).toEqual(content(onPage));
    }
    expect(reader.where).toBe("worker");
    // One worker for both files.
    expect(made).toHaveLength(1);
  }, 60_000);

  test("a refused file gets the same Chinese line as on the page", async () => {
    const reader = createReader(() => new FakeWorker());
    const bytes = new Blob([new Uint8Array([1, 2, 3, 4])]);
    const [viaWorker, onPage] = await Promise.all([
      reader.open("坏文件.xlsx", bytes, DEFAULT_SETTINGS),
      openFile("坏文件.xlsx", bytes, DEFAULT_SETTINGS),
    ]);
    expect(viaWorker.error).toBeTruthy();
    expect(viaWorker.error).toBe(onPage.error);
    expect(viaWorker.workbook).toBeNull();
  });

  test("a file not read within the time limit is reported and its worker stopped; the next gets a new one", async () => {
    let silent = true;
    const { make, made } = workers(
      () => new FakeWorker(silent ? (scope) => scope.postMessage({ kind: "ready" }) : serveReader),
    );
    // Long enough for the second, real read even on a busy machine: the first worker never answers.
    const reader = createReader(make, 3_000);
    const slow = await reader.open("慢.xlsx", file("single-project-form.xlsx"), DEFAULT_SETTINGS);
    expect(slow.error).toBe(timeLimitMessage(3));
    expect(made[0]!.terminated).toBe(true);
    silent = false;
    const next = await reader.open("表.xlsx", file("single-project-form.xlsx"), DEFAULT_SETTINGS);
    expect(next.error).toBeUndefined();
    expect(next.workbook).not.toBeNull();
    expect(made).toHaveLength(2);
  }, 30_000);

  test("a worker that fails while reading: that file says so, the next is read by a new worker", async () => {
    let crash = true;
    const { make, made } = workers(
      () =>
        new FakeWorker((scope) => {
          if (!crash) return serveReader(scope);
          scope.onmessage = () => setTimeout(() => made[0]!.fail("out of memory"), 0);
          scope.postMessage({ kind: "ready" });
        }),
    );
    const reader = createReader(make);
    const failed = await reader.open("大.xlsx", file("single-project-form.xlsx"), DEFAULT_SETTINGS);
    expect(failed.error).toMatch(/^检查这个文件时程序出错（out of memory）/);
    expect(made[0]!.terminated).toBe(true);
    crash = false;
    const next = await reader.open("表.xlsx", file("single-project-form.xlsx"), DEFAULT_SETTINGS);
    expect(next.result).not.toBeNull();
    expect(reader.where).toBe("worker");
  }, 30_000);
});

describe("where no worker starts, files are read on the page", () => {
  test("no Worker at all", async () => {
    const reader = createReader(() => null);
    const doc = await reader.open("表.xlsx", file("single-project-form.xlsx"), DEFAULT_SETTINGS);
    expect(doc.result).not.toBeNull();
    expect(reader.where).toBe("page");
  });

  test("a worker the policy refuses (it fails before it starts): the file and the next are read on the page", async () => {
    const { make, made } = workers(
      () =>
        new FakeWorker(() => {
          made[0]!.fail("");
        }),
    );
    const reader = createReader(make);
    const name = "single-project-form.xlsx";
    const first = await reader.open(name, file(name), DEFAULT_SETTINGS);
    const onPage = await openFile(name, file(name), DEFAULT_SETTINGS);
    expect(content(first)).toEqual(content(onPage));
    expect(reader.where).toBe("page");
    await reader.open(name, file(name), DEFAULT_SETTINGS);
    expect(made).toHaveLength(1);
  }, 30_000);
});
