import * as fs from "fs";
import * as path from "path";
import { runPool } from "../../src/cli/pool";
import { makeTmpDir, removeDir } from "./workbooks";

let dir: string;
let echo: string;
let crashing: string;
beforeAll(() => {
  dir = makeTmpDir();
  // Answers after `delay` ms with the task doubled and its own thread id; dies on task "crash".
  echo = path.join(dir, "echo-worker.js");
  fs.writeFileSync(
    echo,
    `const { parentPort, threadId } = require("worker_threads");
     parentPort.on("message", ({ index, task }) => {
       if (task.crash) throw new Error("boom");
       setTimeout(() => parentPort.postMessage({ index, outcome: { value: task.value * 2, thread: threadId } }), task.delay);
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
