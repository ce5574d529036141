import * as fs from "fs";
import * as path from "path";
import { runPool, streamPool } from "../../src/cli/pool";
import { makeTmpDir, removeDir } from "./workbooks";

/** A worker script's loop: `handle(message, done)` for each message in turn, the next after done(). */
const ONE_AT_A_TIME = `function oneAtATime(handle) {
  const waiting = [];
  let busy = false;
  const next = () => {
    if (busy || waiting.length === 0) return;
    busy = true;
    handle(waiting.shift(), () => { busy = false; next(); });
  };
  parentPort.on("message", (m) => { waiting.push(m); next(); });
}`;

let dir: string;
let echo: string;
let crashing: string;
beforeAll(() => {
  dir = makeTmpDir();
  // Answers after `delay` ms with the task doubled and its own thread id; dies on task "crash". Like
  // the real worker, it takes its tasks one after the other (the pool posts the next one early).
  echo = path.join(dir, "echo-worker.js");
  fs.writeFileSync(
    echo,
    `const { parentPort, threadId } = require("worker_threads");
     ${ONE_AT_A_TIME}
     oneAtATime(({ index, task }, done) => {
       if (task.crash) throw new Error("boom");
       setTimeout(() => { parentPort.postMessage({ index, outcome: { value: task.value * 2, thread: threadId } }); done(); }, task.delay);
     });`,
  );
  crashing = path.join(dir, "broken-worker.js");
  fs.writeFileSync(crashing, `throw new Error("cannot start");`);
});
afterAll(() => removeDir(dir));

type Task = { value: number; delay: number; crash?: boolean };
type Outcome = { value: number; thread?: number; crashed?: string };

describe("runPool", () => {
  it("returns results in task order although later tasks finish first, using several threads", async () => {
    const tasks: Task[] = [80, 5, 40, 1, 20].map((delay, i) => ({ value: i, delay }));
    const out = await runPool<Task, Outcome>(echo, tasks, 2, (_, m) => ({ value: -1, crashed: m }));
    expect(out.map((o) => o.value)).toEqual([0, 2, 4, 6, 8]);
    expect(new Set(out.map((o) => o.thread)).size).toBe(2);
  });

  it("a time limit beyond what setTimeout can hold is no limit, not an instant timeout", async () => {
    const tasks: Task[] = [{ value: 3, delay: 5 }];
    const out = await runPool<Task, Outcome>(
      echo,
      tasks,
      1,
      (_, m, why) => ({ value: -1, crashed: `${why}:${m}` }),
      { timeoutMs: 1e12 },
    );
    expect(out.map((o) => o.value)).toEqual([6]);
  });

  describe("a worker that takes 1.5 s to load, then says so, under a 2.5 s limit", () => {
    let slowStart: string;
    beforeAll(() => {
      slowStart = path.join(dir, "slow-start-worker.js");
      fs.writeFileSync(
        slowStart,
        `const { parentPort } = require("worker_threads");
         const until = Date.now() + 1500;
         while (Date.now() < until);
         parentPort.on("message", ({ index, task }) =>
           setTimeout(() => parentPort.postMessage({ index, outcome: { value: task.value * 2 } }), task.delay));
         parentPort.postMessage({ ready: true });`,
      );
    });
    const run = (delay: number): Promise<Outcome[]> =>
      runPool<Task, Outcome>(
        slowStart,
        [{ value: 4, delay }],
        1,
        (_, m, why) => ({ value: -1, crashed: why }),
        {
          timeoutMs: 2500,
        },
      );

    it("a 1.5 s task finishes: its time counts from the worker's word, not the thread's start", async () => {
      expect(await run(1500)).toEqual([{ value: 8 }]);
    });

    it("a 5 s task is still stopped at the limit", async () => {
      expect(await run(5000)).toEqual([{ value: -1, crashed: "timeout" }]);
    });
  });

  it("reports a task whose worker dies and carries on with a fresh worker", async () => {
    const tasks: Task[] = [
      { value: 1, delay: 1 },
      { value: 2, delay: 1, crash: true },
      { value: 3, delay: 1 },
    ];
    const out = await runPool<Task, Outcome>(echo, tasks, 1, (t, m) => ({ value: -t.value, crashed: m }));
    expect(out.map((o) => o.value)).toEqual([2, -2, 6]);
    expect(out[1].crashed).toBe("boom");
  });

  it("a task stopped at the time limit takes only itself: the one posted behind it is done by a fresh worker", async () => {
    const tasks: Task[] = [
      { value: 1, delay: 5000 },
      { value: 2, delay: 1 },
    ];
    const out = await runPool<Task, Outcome>(
      echo,
      tasks,
      1,
      (t, _, why) => ({ value: -t.value, crashed: why }),
      {
        timeoutMs: 500,
      },
    );
    expect(out).toEqual([
      { value: -1, crashed: "timeout" },
      { value: 4, thread: expect.any(Number) },
    ]);
  });

  it("reports every task when the worker script cannot start", async () => {
    const tasks: Task[] = [
      { value: 1, delay: 1 },
      { value: 2, delay: 1 },
    ];
    const out = await runPool<Task, Outcome>(crashing, tasks, 2, (t, m) => ({ value: -t.value, crashed: m }));
    expect(out).toEqual([
      { value: -1, crashed: "cannot start" },
      { value: -2, crashed: "cannot start" },
    ]);
  });

  it("resolves at once with no tasks", async () => {
    expect(await runPool(echo, [], 4, () => 0)).toEqual([]);
  });
});

describe("streamPool", () => {
  it("hands outcomes on in task order and hands out no task far past the first unfinished one", async () => {
    const stamped = path.join(dir, "stamp-worker.js");
    fs.writeFileSync(
      stamped,
      `const { parentPort } = require("worker_threads");
       ${ONE_AT_A_TIME}
       oneAtATime(({ index, task }, done) => {
         const startedAt = Date.now();
         setTimeout(() => { parentPort.postMessage({ index, outcome: { value: task.value, startedAt } }); done(); }, task.delay);
       });`,
    );
    // Task 0 is slow; the others are quick. With 2 workers and a window of 3, tasks 3 and later
    // cannot start before task 0 is done.
    const tasks: Task[] = [300, 1, 1, 1, 1, 1, 1].map((delay, i) => ({ value: i, delay }));
    const seen: { index: number; value: number; at: number; startedAt: number }[] = [];
    await streamPool<Task, { value: number; startedAt: number }>(
      stamped,
      tasks,
      2,
      () => ({ value: -1, startedAt: 0 }),
      (outcome, index) => seen.push({ index, ...outcome, at: Date.now() }),
      { ahead: 3 },
    );
    expect(seen.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seen.map((s) => s.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const firstDone = seen[0].at;
    for (const s of seen.slice(3)) expect(s.startedAt).toBeGreaterThanOrEqual(firstDone);
    // Tasks 1 and 2 ran while task 0 was still busy.
    expect(seen[2].startedAt).toBeLessThan(firstDone);
  });
});

describe("streamPool: fresh workers", () => {
  it("replaces a worker after `recycleAfter` tasks and still hands on every outcome in order", async () => {
    const tasks: Task[] = Array.from({ length: 7 }, (_, i) => ({ value: i, delay: 1 }));
    const seen: Outcome[] = [];
    await streamPool<Task, Outcome>(
      echo,
      tasks,
      1,
      () => ({ value: -1 }),
      (o) => seen.push(o),
      {
        recycleAfter: 3,
      },
    );
    expect(seen.map((o) => o.value)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    // One worker at a time, three tasks each: tasks 0–2, 3–5 and 6 ran on three different threads.
    const threads = seen.map((o) => o.thread);
    expect(new Set(threads).size).toBe(3);
    expect(threads[0]).toBe(threads[2]);
    expect(threads[3]).toBe(threads[5]);
    expect(threads[2]).not.toBe(threads[3]);
  });
});
