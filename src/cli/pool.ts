/**
 * A small pool of worker threads: each worker takes the next task when it finishes one; results come
 * back in task order. A worker that dies takes only its current task with it (reported through
 * `crashed`); a fresh worker carries on with the rest.
 *
 * Bounds: each worker runs under a heap limit (`memoryMb`: V8 stops the worker, not the process, when
 * it is reached) and each task under a time limit (`timeoutMs`: the worker is terminated). Either is
 * reported for that task alone while the other tasks finish.
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

/** Why a task has no outcome of its own. */
export type PoolFailure = "crash" | "memory" | "timeout";

export interface PoolLimits {
  /** Heap limit of each worker (old generation), MB. */
  memoryMb?: number;
  /** Time limit of each task, ms. */
  timeoutMs?: number;
}

export function runPool<T, R>(
  script: string,
  tasks: readonly T[],
  size: number,
  crashed: (task: T, message: string, why: PoolFailure) => R,
  limits: PoolLimits = {},
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
      const worker = new Worker(script, {
        resourceLimits: limits.memoryMb ? { maxOldGenerationSizeMb: limits.memoryMb } : undefined,
      });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        const request: PoolRequest<T> = { index: current, task: tasks[current] };
        worker.postMessage(request);
        if (limits.timeoutMs) timer = setTimeout(() => fail("", "timeout"), limits.timeoutMs);
      };
      const fail = (message: string, why: PoolFailure): void => {
        clearTimeout(timer);
        if (current < 0) return;
        const index = current;
        current = -1;
        finish(index, crashed(tasks[index], message, why));
        if (why === "timeout") void worker.terminate();
        if (next < tasks.length) start();
      };
      worker.on("message", (reply: PoolReply<R>) => {
        clearTimeout(timer);
        if (current !== reply.index) return;
        current = -1;
        finish(reply.index, reply.outcome);
        feed();
      });
      worker.on("error", (e: Error & { code?: string }) =>
        fail(e.message, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash"),
      );
      worker.on("exit", (code) => fail(`工作线程意外退出（代码 ${code}）`, "crash"));
      feed();
    };
    for (let i = 0; i < Math.max(1, Math.min(size, tasks.length)); i++) start();
  });
}
