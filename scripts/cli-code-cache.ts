/**
 * The last step of `npm run build:cli` (after tsc and webpack.cli.js): runs the bundled command line
 * on the example workbook — the main bundle as `jixiao check` runs it (text and JSON, one workbook in
 * the main thread and two in the folder workers), the worker bundle on the same file — and writes what
 * V8 compiled beside the bundles, so that later start-ups load it instead of compiling
 * (src/cli/code-cache.ts). Prints one line.
 */
import * as path from "path";
import type * as Main from "../src/cli/main";
import type * as Worker from "../src/cli/check-worker";
import { loadCached, saveCodeCache } from "../src/cli/code-cache";
import { DEMO_WORKBOOK } from "../src/cli/paths";
import { DEFAULT_SETTINGS } from "../src/core/settings";

async function warmUp(): Promise<void> {
  const root = path.resolve(__dirname, "..", "..");
  const dir = path.join(root, "build", "cli");
  const workbook = path.join(root, DEMO_WORKBOOK);
  const cli = loadCached(path.join(dir, "jixiao.js")) as typeof Main;
  const worker = loadCached(path.join(dir, "worker.js")) as typeof Worker;
  const quiet = { stdout: () => {}, stderr: () => {}, cwd: root, env: { NO_COLOR: "1" } };
  // One workbook is checked in the main thread (the engine's code goes into the main bundle's cache),
  // two in worker threads (the pool's).
  const runs = [
    ["check", workbook, "--format", "text"],
    ["check", workbook, "--format", "json"],
    ["check", workbook, workbook, "--format", "json"],
  ];
  for (const args of runs) {
    const code = await cli.main(args, quiet);
    if (code !== 0 && code !== 1) throw new Error(`jixiao ${args.join(" ")} exited with ${code}`);
  }
  const outcome = await worker.checkFile({
    path: workbook,
    display: DEMO_WORKBOOK,
    settings: DEFAULT_SETTINGS,
  });
  if (outcome.report.error !== undefined) throw new Error(outcome.report.error);
  const written = saveCodeCache();
  process.stdout.write(`code cache: ${written.map((f) => path.relative(root, f)).join(", ")}\n`);
}

// Without a cache the command line still works (it compiles at start-up), so a failed warm-up does not
// fail `npm install`; the tests run the bundle itself.
warmUp().catch((e: unknown) => {
  process.stderr.write(
    `cli-code-cache: no code cache written: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
});
