/**
 * `npm run test:e2e`: builds what is missing (the pane when its sources changed, the preview page
 * always), makes the test workbooks, serves everything on 127.0.0.1 and runs the browser tests in
 * Debian's Chromium. Screenshots go to screenshots/e2e/ (git-ignored, emptied first). Exit code 1 on
 * any failure. E2E_ONLY=<part of a test name> runs only the matching tests.
 */
import { mkdtemp, rm } from "fs/promises";
import * as os from "os";
import * as path from "path";
import { buildPreviewWeb, ensurePaneBuilt, ensureWpsBuilt } from "../../preview/build";
import { launchChromium } from "../../preview/chromium";
import { previewPaths, startPreviewServer } from "../../preview/server";
import { snapshotOf, toWorkbookData, type WorkbookSnapshot } from "../../preview/workbook-json";
import { loadWorkbookJson } from "../../preview/xlsx-to-workbook";
import { expectedCheck, type Expected } from "./expected";
import { EXAMPLES, makeEmpty, makeFormatted, makeProtected } from "./fixtures";
import { e2eTests, type WorkbookId, type World } from "./flows";
import { makeUnknownAmount } from "./reading-flow";
import { runTests } from "./harness";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const TEST_TIMEOUT_MS = 120_000;

async function main(): Promise<number> {
  const started = Date.now();
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  await ensurePaneBuilt(ROOT, log);
  await ensureWpsBuilt(ROOT, log);
  await buildPreviewWeb(ROOT);

  const tmp = await mkdtemp(path.join(os.tmpdir(), "jixiao-e2e-"));
  const server = await startPreviewServer(previewPaths(ROOT));
  const browser = await launchChromium();
  try {
    const wide = path.join(ROOT, EXAMPLES.wide);
    const wideExpected = await expectedCheck(wide);
    const formatted = await makeFormatted(ROOT, tmp, wideExpected.targets);
    const files: Record<WorkbookId, string> = {
      wide,
      long: path.join(ROOT, EXAMPLES.long),
      form: path.join(ROOT, EXAMPLES.form),
      formatted: formatted.file,
      protected: await makeProtected(ROOT, tmp),
      empty: await makeEmpty(tmp),
      reading: await makeUnknownAmount(tmp),
    };
    const originals = {} as Record<WorkbookId, WorkbookSnapshot>;
    const expected = {} as Record<WorkbookId, Expected>;
    for (const [id, file] of Object.entries(files) as [WorkbookId, string][]) {
      const json = await loadWorkbookJson(file);
      server.addWorkbook(id, json);
      originals[id] = snapshotOf(toWorkbookData(json));
      expected[id] = id === "wide" ? wideExpected : await expectedCheck(file);
    }
    const world: World = { files, originals, expected, formatted: formatted.cells };
    const shotsDir = path.join(ROOT, "screenshots", "e2e");
    await rm(shotsDir, { recursive: true, force: true });
    log(`Chromium ${browser.version()} · ${server.url}`);
    const only = process.env.E2E_ONLY;
    const tests = e2eTests(world).filter((t) => !only || t.name.includes(only));
    const { passed, failed } = await runTests(tests, {
      browser,
      baseUrl: server.url,
      shotsDir,
      timeoutMs: TEST_TIMEOUT_MS,
    });
    log(`screenshots: ${path.join("screenshots", "e2e")}/ · ${((Date.now() - started) / 1000).toFixed(0)} s`);
    log(`e2e: ${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.stdout.write("e2e: 0 passed, 1 failed\n");
    process.exit(1);
  },
);
