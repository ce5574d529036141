/**
 * Worker-thread entry for folder checks (runs compiled: build/src/cli/check-worker.js, or bundled as
 * build/cli/worker.js). checkFile is exported for the code-cache warm-up (scripts/cli-code-cache.ts).
 */
import { parentPort } from "worker_threads";
import { checkFile, internalErrorMessage, type CheckOutcome, type CheckTask } from "./check-file";
import { unreadableFile } from "../core/report/summary";
import { POOL_READY, type PoolReply, type PoolRequest } from "./pool";
import type { Settings } from "../core/settings";

/**
 * Every task arrives with its own copy of the run's settings; the engine keeps what it made for one
 * settings object (the example sets of category-example.ts are kept per standards object), so the
 * first copy stands for every later one that is the same.
 */
let sameSettings: { json: string; settings: Settings } | undefined;
function settingsOf(task: CheckTask): Settings {
  const json = JSON.stringify(task.settings);
  if (sameSettings?.json !== json) sameSettings = { json, settings: task.settings };
  return sameSettings.settings;
}

if (parentPort) {
  const port = parentPort;
  const check = async (req: PoolRequest<CheckTask>): Promise<void> => {
    const task: CheckTask = { ...req.task, settings: settingsOf(req.task) };
    const outcome = await checkFile(task).catch((e: unknown): CheckOutcome => ({
      report: unreadableFile(req.task.display, internalErrorMessage(e)),
    }));
    // What the reader understood is shown only with --explain; without it, not copying it to the
    // main thread saves a third of what each reply costs there.
    if (!req.task.explain) delete outcome.report.reading;
    const reply: PoolReply<CheckOutcome> = { index: req.index, outcome };
    port.postMessage(reply);
  };
  // The pool posts the next task while this one is being checked: one file at a time, in order, so
  // that a crash or a limit is the current file's and two files never take memory together.
  let queue = Promise.resolve();
  port.on("message", (req: PoolRequest<CheckTask>) => {
    queue = queue.then(() => check(req));
  });
  // Loaded: the pool counts the first file's time from here, not from the thread's start.
  port.postMessage(POOL_READY);
}

export { checkFile };
