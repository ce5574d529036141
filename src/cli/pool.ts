/**
 * A small pool of worker threads: each worker takes the next task when it finishes one; results come
 * back in task order. A worker that dies takes only its current task with it (reported through
 * `crashed`); a fresh worker carries on with the rest.
 */
import { Worker } from "worker_threads";

export interface PoolRequest<T> {
  index: number;
  task: T;
}

export interface PoolReply<R> {
  index: number;
  outcome: R;
}

export function runPool<T, R>(
  script: string,
  tasks: readonly T[],
  size: number,
  crashed: (task: T, message: string) => R,
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);
  return new Promise((resolve) => {
    let next = 0;
    let done = 0;
    const finish = (index: number, outcome: R): void => {
      results[index] = outcome;
      if (++done === tasks.length) resolve(results);
    };
    const start = (): void => {
      const worker = new Worker(script);
      let current = -1;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        const request: PoolRequest<T> = { index: current, task: tasks[current] };
        worker.postMessage(request);
      };
      const fail = (message: string): void => {
        if (current < 0) return;
        const index = current;
        current = -1;
        finish(index, crashed(tasks[index], message));
        if (next < tasks.length) start();
      };
      worker.on("message", (reply: PoolReply<R>) => {
        current = -1;
        finish(reply.index, reply.outcome);
        feed();
      });
      worker.on("error", (e) => fail(e.message));
      worker.on("exit", (code) => fail(`工作线程意外退出（代码 ${code}）`));
      feed();
    };
    for (let i = 0; i < Math.max(1, Math.min(size, tasks.length)); i++) start();
  });
}
