/**
 * A small pool of worker threads: each worker has the next task waiting while it works on one, and
 * handles them one after the other; results are handed on in task order as soon as every earlier task
 * is done (streamPool), or collected (runPool). A worker that dies takes only its current task with it
 * (reported through `crashed`); the task waiting behind it and the rest go to a fresh worker.
 *
 * Bounds: each worker runs under a heap limit (`memoryMb`: V8 stops the worker, not the process, when
 * it is reached) and each task under a time limit (`timeoutMs`: the worker is terminated). Either is
 * reported for that task alone while the other tasks finish. A worker script may post POOL_READY once
 * it has loaded: its first task's time then counts from that moment, so a slow start (a busy machine,
 * a fresh worker after recycling) is not charged to a file; the start itself gets the same limit. Memory: streamPool keeps only the results
 * that finished before an earlier one, and hands out no task more than `ahead` places past the first
 * unfinished one, so what it holds does not grow with the number of tasks.
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

/** Posted once by a worker script when it has loaded and listens for tasks. */
export const POOL_READY = { ready: true } as const;

function isReady(message: unknown): boolean {
  return (message as { ready?: unknown } | null)?.ready === true;
}

/** Why a task has no outcome of its own. */
export type PoolFailure = "crash" | "memory" | "timeout";

export interface PoolLimits {
  /** Heap limit of each worker (old generation), MB. */
  memoryMb?: number;
  /** Size of each worker's young generation, MB (V8's default when absent). */
  youngMb?: number;
  /** Time limit of each task, ms. */
  timeoutMs?: number;
  /** How many places past the first unfinished task may be handed out (default 64 × workers). */
  ahead?: number;
  /**
   * Tasks one worker runs before a fresh one takes its place (default 1,000): a fresh worker starts
   * from nothing, so whatever a long run leaves behind in a worker is let go of now and then. Not
   * more often: a fresh worker runs cold code (its first hundred small files take several times as
   * long as later ones), which at 200 cost about a quarter of a folder run's CPU time, and a worker's
   * memory measured over 5,000 files stays flat without it.
   */
  recycleAfter?: number;
}

/**
 * Tasks posted to a worker at a time: the one it works on and the next, so that it starts the next as
 * soon as it has posted a result instead of waiting for this thread to answer (on a busy machine that
 * wait took a sixth of a worker's time). A worker script handles its tasks one after the other, in
 * the order they came (check-worker.ts): a crash or a limit is then the first task's.
 */
const PER_WORKER = 2;

/** The longest delay setTimeout honours (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Collect every outcome, in task order. */
export async function runPool<T, R>(
  script: string,
  tasks: readonly T[],
  size: number,
  crashed: (task: T, message: string, why: PoolFailure) => R,
  limits: PoolLimits = {},
): Promise<R[]> {
  const results: R[] = [];
  await streamPool(script, tasks, size, crashed, (outcome) => void results.push(outcome), limits);
  return results;
}

/** Hand each outcome to `emit` in task order, as soon as it and every earlier one are done. */
export function streamPool<T, R>(
  script: string,
  tasks: readonly T[],
  size: number,
  crashed: (task: T, message: string, why: PoolFailure) => R,
  emit: (outcome: R, index: number) => void,
  limits: PoolLimits = {},
): Promise<void> {
  if (tasks.length === 0) return Promise.resolve();
  const workers = Math.max(1, Math.min(size, tasks.length));
  const ahead = Math.max(workers, limits.ahead ?? 64 * workers);
  const recycleAfter = Math.max(1, limits.recycleAfter ?? 1000);
  return new Promise((resolve) => {
    /** Finished outcomes waiting for an earlier task. */
    const waiting = new Map<number, R>();
    /** Workers idle because the next task is too far ahead of the first unfinished one. */
    const parked: (() => void)[] = [];
    /** Tasks handed out to a worker that went away before starting them: handed out again first. */
    const returned: number[] = [];
    let next = 0;
    let emitted = 0;
    const left = (): boolean => returned.length > 0 || next < tasks.length;
    const finish = (index: number, outcome: R): void => {
      waiting.set(index, outcome);
      while (waiting.has(emitted)) {
        const out = waiting.get(emitted) as R;
        waiting.delete(emitted);
        emit(out, emitted++);
      }
      if (emitted === tasks.length) resolve();
      // The window moved: wake the parked workers.
      for (const wake of parked.splice(0)) wake();
    };
    const start = (): void => {
      const worker = new Worker(script, {
        resourceLimits: {
          ...(limits.memoryMb ? { maxOldGenerationSizeMb: limits.memoryMb } : {}),
          ...(limits.youngMb ? { maxYoungGenerationSizeMb: limits.youngMb } : {}),
        },
      });
      /** The tasks posted to this worker, in order: the first is the one it works on. */
      const queue: number[] = [];
      let served = 0;
      let gone = false;
      let timer: NodeJS.Timeout | undefined;
      /** Post tasks until the worker has one waiting behind its current one (PER_WORKER). */
      const feed = (): void => {
        while (!gone && queue.length < PER_WORKER && served + queue.length < recycleAfter) {
          let index: number;
          if (returned.length > 0) index = returned.shift() as number;
          else if (next < tasks.length && next < emitted + ahead) index = next++;
          else break;
          queue.push(index);
          const request: PoolRequest<T> = { index, task: tasks[index] };
          worker.postMessage(request);
          if (queue.length === 1) startTimer();
        }
        if (queue.length > 0 || gone) return;
        if (served >= recycleAfter && left()) {
          // The fresh worker starts once this one is gone, so that the two never hold memory together.
          gone = true;
          void worker.terminate().then(start, start);
        } else if (next < tasks.length) parked.push(feed);
        else {
          gone = true;
          void worker.terminate();
        }
      };
      const startTimer = (): void => {
        clearTimeout(timer);
        // setTimeout takes at most 2^31 - 1 ms and fires at once above it; a longer limit is no limit.
        if (limits.timeoutMs && limits.timeoutMs <= MAX_TIMER_MS)
          timer = setTimeout(() => fail("", "timeout"), limits.timeoutMs);
      };
      /** The worker is lost: its current task fails, the one behind it goes to another worker. */
      const fail = (message: string, why: PoolFailure): void => {
        clearTimeout(timer);
        if (gone) return;
        gone = true;
        if (why === "timeout") void worker.terminate();
        const index = queue.shift();
        returned.unshift(...queue);
        queue.length = 0;
        if (left()) start();
        if (index !== undefined) finish(index, crashed(tasks[index], message, why));
      };
      worker.on("message", (reply: PoolReply<R> | typeof POOL_READY) => {
        if (isReady(reply)) {
          // The task posted before the worker had loaded gets its full time from now.
          if (queue.length > 0) startTimer();
          return;
        }
        if (!("index" in reply) || gone) return;
        const at = queue.indexOf(reply.index);
        if (at < 0) return;
        queue.splice(at, 1);
        served++;
        // The task behind it starts now and gets its full time.
        if (queue.length > 0) startTimer();
        else clearTimeout(timer);
        finish(reply.index, reply.outcome);
        feed();
      });
      worker.on("error", (e: Error & { code?: string }) =>
        fail(e.message, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash"),
      );
      worker.on("exit", (code) => fail(`工作线程意外退出（代码 ${code}）`, "crash"));
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
}
