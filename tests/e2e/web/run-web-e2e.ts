/**
 * Browser tests of the web edition (dist/web/jixiao.html, built by `npm run build`), opened from
 * file:// in Debian's Chromium: the three examples checked with the CLI's counts, a finding's cell shown
 * in the grid, the downloaded marked copies compared cell by cell with the CLI's --out-marked, a batch
 * of 20 workbooks giving the summary workbook and the zip of marked copies, a template downloaded as a
 * new declaration workbook, two screen sizes. Every test fails on any request that is not the page's
 * own file (file:, data:, blob:) and on any console error (a CSP violation is one).
 *
 *   npm run test:e2e (after the add-in's tests), or alone: node build/tests/e2e/web/run-web-e2e.js
 */
import { createHash } from "crypto";
import { unzipSync } from "fflate";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "fs/promises";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../../preview/chromium";
import { loadExcelJS } from "../../../src/cli/exceljs";
import { readXlsx } from "../../../src/cli/read-xlsx";
import { writeMarkedCopy } from "../../../src/cli/write-marked";
import { checkWorkbook } from "../../../src/core/check";
import { countFindings } from "../../../src/core/finding";
import { toA1 } from "../../../src/core/grid";
import { RULES } from "../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { HOSTILE_FILES, makeXlsx, oneSharedString, sharedTextRows, sheet } from "../../hostile/inputs";
import { countsText } from "../expected";
import { EXAMPLES } from "../fixtures";

const ROOT = path.resolve(__dirname, "..", "..", "..", "..");
const PAGE = path.join(ROOT, "dist", "web", "jixiao.html");
const TEST_TIMEOUT_MS = 180_000;
/** A hang guard for one hostile file in the page (not a speed test: refusals take about a second). */
const HOSTILE_GUARD_MS = 30_000;

interface WebTest {
  name: string;
  /** The test provokes a CSP refusal on purpose: its console error is expected. */
  expectCspError?: boolean;
  viewport?: { width: number; height: number; scale?: number };
  run(page: Page, tmp: string): Promise<void>;
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function cliCheck(file: string) {
  const read = await readXlsx(file);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  return checkWorkbook(read.workbook, DEFAULT_SETTINGS);
}

/** Every non-empty cell of every sheet: value, fill, note, number format (what marking may change). */
async function cellsOf(file: string): Promise<Map<string, string>> {
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const note = cell.note as unknown;
        out.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify({
            value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
            fill: cell.style?.fill ?? null,
            note: typeof note === "string" ? note : ((note as { texts?: { text: string }[] })?.texts ?? null),
            numFmt: cell.numFmt ?? null,
          }),
        );
      }),
    );
  }
  return out;
}

async function sameCells(actualFile: string, expectedFile: string, what: string): Promise<number> {
  const [a, e] = await Promise.all([cellsOf(actualFile), cellsOf(expectedFile)]);
  const keys = new Set([...a.keys(), ...e.keys()]);
  const diffs: string[] = [];
  for (const k of keys) if (a.get(k) !== e.get(k)) diffs.push(`${k}: ${a.get(k)} ≠ ${e.get(k)}`);
  if (diffs.length)
    throw new Error(`${what}: ${diffs.length} cells differ\n  ${diffs.slice(0, 5).join("\n  ")}`);
  return keys.size;
}

async function openPage(page: Page): Promise<void> {
  await page.goto(pathToFileURL(PAGE).href);
  await page.getByRole("button", { name: "打开文件", exact: true }).waitFor();
}

async function openFiles(page: Page, files: string[]): Promise<void> {
  await page.locator("[data-testid=file-input]").setInputFiles(files);
}

async function download(page: Page, click: () => Promise<void>, dest: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  await d.saveAs(dest);
  return dest;
}

/** Drop files on the page as a user drags them from a folder (a DataTransfer with Files). */
async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name));
      return dt;
    },
    files.map((f) => ({ name: f.name, data: [...f.bytes] })),
  );
  await page.locator("header").dispatchEvent("drop", { dataTransfer });
}

/** The pane: 检查, then its status line. */
async function checkInPane(page: Page): Promise<string> {
  const pane = page.getByRole("complementary", { name: "检查结果" });
  await pane.getByRole("button", { name: "检查", exact: true }).click();
  const status = pane.getByRole("status").filter({ hasText: "检查完成" });
  await status.waitFor();
  return (await status.textContent()) ?? "";
}

/** The built page: one inline script, ES2020 (webpack.web.js SYNTAX_TARGET), pinned by its hash in a CSP without network. */
async function checkBuiltPage(): Promise<void> {
  const html = await readFile(PAGE, "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  assertEqual(scripts.length, 1, "scripts in jixiao.html");
  assert(!/<script\b[^>]*\ssrc=/.test(html), "no external script");
  const js = scripts[0][1];
  const { syntaxProblem, SYNTAX_TARGET } = require(path.join(ROOT, "webpack.web.js")) as {
    syntaxProblem(js: string, ecmaVersion?: number): string | null;
    SYNTAX_TARGET: { ecmaVersion: number };
  };
  assertEqual(syntaxProblem(js), null, `ES${SYNTAX_TARGET.ecmaVersion} syntax`);
  // The check can fail: ES2021 syntax is refused at that level.
  assert(syntaxProblem("let a; a ??= 1;") !== null, "syntaxProblem refuses ES2021");
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  assert(csp.includes("default-src 'none'"), `CSP: ${csp}`);
  assert(!/connect-src/.test(csp), `CSP allows no connections: ${csp}`);
  // The reading worker is the page's own script from a blob: URL; nothing may be evaluated from text.
  assert(csp.includes("worker-src blob:"), `CSP allows the blob: worker: ${csp}`);
  assert(!csp.includes("unsafe-eval"), `CSP without eval: ${csp}`);
  const hash = createHash("sha256").update(js, "utf8").digest("base64");
  assert(csp.includes(`script-src 'sha256-${hash}'`), "CSP pins the inline script by its hash");
}

function tests(): WebTest[] {
  const examples = [EXAMPLES.wide, EXAMPLES.long, EXAMPLES.form].map((f) => path.join(ROOT, f));
  return [
    {
      name: "页面：一段内联脚本、ES2020 语法、内容安全策略不允许联网",
      async run(page) {
        await checkBuiltPage();
        await openPage(page);
        // The policy is in force: a request from the page is refused (and shows as a console error,
        // which is expected here and removed below).
        const refused = await page.evaluate(async () => {
          try {
            await fetch("https://example.com/");
            return false;
          } catch {
            return true;
          }
        });
        assert(refused, "fetch must be refused by the CSP");
      },
      expectCspError: true,
    },
    {
      name: "三个示例：计数与命令行相同，点击问题定位单元格，标记副本与 --out-marked 逐格相同",
      async run(page, tmp) {
        await openPage(page);
        await openFiles(page, examples);
        const rows = page.locator("section[aria-label='已打开的文件'] tbody tr");
        await rows.nth(2).waitFor();
        assertEqual(await rows.count(), 3, "file rows");
        for (const file of examples) {
          const name = path.basename(file);
          const expected = await cliCheck(file);
          const counts = countFindings(expected.findings);
          const row = page.locator(`tr[data-file="${name}"]`);
          assertEqual(
            [
              await row.locator("[data-count=errors]").textContent(),
              await row.locator("[data-count=warnings]").textContent(),
              await row.locator("[data-count=infos]").textContent(),
            ],
            [String(counts.errors), String(counts.warnings), String(counts.infos)],
            `${name}: counts in the file table`,
          );
          await row.getByRole("button", { name }).click();
          const status = await checkInPane(page);
          assert(status.includes(countsText(counts)), `${name}: pane says ${status}`);

          // A finding → its cell selected in the grid.
          const pane = page.getByRole("complementary", { name: "检查结果" });
          const first = pane.getByRole("listbox").getByRole("option").first();
          if ((await first.count()) > 0) {
            await first.click();
            const selected = page.locator("td[data-selected=true]");
            await selected.waitFor();
            const address = await selected.getAttribute("data-address");
            assert(
              expected.findings.some((f) => f.cell === address),
              `${name}: selected ${address} is no finding's cell`,
            );
          }

          // 在表格中标记 → marks in the grid, one per cell with findings.
          if (expected.findings.length > 0) {
            await pane.getByRole("button", { name: "在表格中标记" }).click();
            await pane.getByText(/已在左侧表格中标记/).waitFor();
            const sheet = await page.getByRole("tab", { selected: true }).first().textContent();
            const cells = new Set(expected.findings.filter((f) => f.sheet === sheet).map((f) => f.cell));
            const marked = await page
              .locator("td[data-mark]")
              .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-address")));
            assertEqual(new Set(marked).size, cells.size, `${name}: marked cells on 「${sheet}」`);
          }

          const mine = await download(
            page,
            () => page.getByRole("button", { name: "下载标记副本" }).click(),
            path.join(tmp, `web-${name}`),
          );
          const cli = path.join(tmp, `cli-${name}`);
          const written = await writeMarkedCopy(file, cli, expected.findings);
          assert(written.ok, `${name}: CLI marked copy`);
          const cells = await sameCells(mine, cli, `${name}: marked copy`);
          assert(cells > 0, `${name}: no cells compared`);
          // The copy ends with the 「检查结果」 sheet listing every finding (its header, then one row each).
          const listed = await cellsOf(mine);
          assert(listed.has("检查结果!A1"), `${name}: the marked copy has a 「检查结果」 sheet`);
          assert(
            listed.has(`检查结果!F${expected.findings.length + 1}`),
            `${name}: 「检查结果」 lists ${expected.findings.length} findings`,
          );
        }
      },
    },
    {
      name: "批量：20 个工作簿，汇总工作簿与全部标记副本",
      async run(page, tmp) {
        const dir = path.join(tmp, "申报材料");
        await mkdir(dir, { recursive: true });
        const files: string[] = [];
        for (let i = 0; i < 20; i++) {
          const src = examples[i % examples.length];
          const dest = path.join(dir, `${String(i + 1).padStart(2, "0")}-${path.basename(src)}`);
          await copyFile(src, dest);
          files.push(dest);
        }
        await openPage(page);
        await openFiles(page, files);
        const rows = page.locator("section[aria-label='已打开的文件'] tbody tr");
        await rows.nth(19).waitFor({ timeout: 120_000 });
        assertEqual(await rows.count(), 20, "file rows");

        const summary = await download(
          page,
          () => page.getByRole("button", { name: "下载汇总" }).click(),
          path.join(tmp, "汇总.xlsx"),
        );
        const excel = await loadExcelJS();
        const wb = new excel.Workbook();
        await wb.xlsx.readFile(summary);
        const byFile = wb.getWorksheet("按文件");
        const byProject = wb.getWorksheet("按项目");
        assert(byFile && byProject, "summary sheets");
        assertEqual(byFile.actualRowCount, 21, "按文件 rows (header + 20)");
        let projects = 0;
        const ruleCol = (id: string) => 8 + RULES.findIndex((r) => r.meta.id === id);
        for (let i = 0; i < 20; i++) {
          const expected = await cliCheck(files[i]);
          const c = countFindings(expected.findings);
          const row = byFile.getRow(i + 2);
          assertEqual(row.getCell(1).value, path.basename(files[i]), `row ${i + 2} file`);
          assertEqual(
            [row.getCell(4).value, row.getCell(5).value, row.getCell(6).value],
            [c.errors, c.warnings, c.infos],
            `${path.basename(files[i])}: counts`,
          );
          const f0 = expected.findings[0];
          if (f0) {
            const n = expected.findings.filter((f) => f.ruleId === f0.ruleId).length;
            assertEqual(row.getCell(ruleCol(f0.ruleId)).value, n, `${f0.ruleId} count`);
          }
          projects += expected.tables.reduce((n, t) => n + t.projects.length, 0);
        }
        assertEqual(byProject.actualRowCount, projects + 1, "按项目 rows (header + every project)");

        const zip = await download(
          page,
          () => page.getByRole("button", { name: /下载全部标记副本/ }).click(),
          path.join(tmp, "标记副本.zip"),
        );
        const entries = Object.keys(unzipSync(new Uint8Array(await readFile(zip))));
        assertEqual(entries.length, 20, "marked copies in the zip");
        assert(
          entries.every((e) => e.endsWith(".标记.xlsx")),
          `zip entries: ${entries.join(", ")}`,
        );
      },
    },
    {
      name: "模板：下载为新申报表",
      async run(page, tmp) {
        await openPage(page);
        await openFiles(page, [examples[0]]);
        // A project's row selected in the grid: the 模板 tab reads that project.
        const expected = await cliCheck(examples[0]);
        const project = expected.tables[0].projects[0];
        const address = toA1(project.cells.name.row, project.cells.name.col);
        await page.locator(`td[data-address="${address}"]`).click();
        const pane = page.getByRole("complementary", { name: "检查结果" });
        await pane.getByRole("tab", { name: "模板" }).click();
        await pane.getByText(new RegExp(`所选项目：.*第 ${project.cells.name.row + 1} 行`)).waitFor();
        await pane.getByRole("radio", { name: /下载为新申报表/ }).click();
        await pane.getByRole("textbox", { name: /项目名称/ }).fill("全县业务培训");
        const file = await download(
          page,
          () => pane.getByRole("button", { name: "复制或下载" }).click(),
          path.join(tmp, "新申报表.xlsx"),
        );
        const read = await readXlsx(file);
        assert(read.ok, "the new declaration workbook opens");
        const result = checkWorkbook(read.workbook, DEFAULT_SETTINGS);
        assertEqual(result.tables.length, 1, "tables in the new workbook");
        assertEqual(result.tables[0].projects[0].name, "全县业务培训", "project name");
        await pane.getByText(/^已下载新申报表「全县业务培训\.xlsx」/).waitFor();
      },
    },
    {
      name: "大文件：读取和检查在后台进行，进度行每秒更新，读完后显示表格",
      async run(page, tmp) {
        await openPage(page);
        // 400,000 cells, each showing the same 300-character text: within the limits, a small file,
        // and several seconds of reading and checking however fast the engine gets.
        const file = path.join(tmp, "大表.xlsx");
        const text = "指标".repeat(150);
        await writeFile(
          file,
          makeXlsx(sheet(sharedTextRows(50_000, 8)), { sharedStrings: oneSharedString(text) }),
        );
        await openFiles(page, [file]);
        const progress = page.getByTestId("opening");
        await progress.waitFor({ timeout: 30_000 });
        assert(
          await page.getByRole("button", { name: "打开文件", exact: true }).isDisabled(),
          "打开文件 waits while a file is read",
        );
        // The page's own timer moves the line: it could not while the page itself was reading.
        await progress.filter({ hasText: "已用 1 秒" }).waitFor({ timeout: 60_000 });
        await progress.filter({ hasText: "已用 2 秒" }).waitFor({ timeout: 60_000 });
        const main = page.getByRole("main", { name: "大表.xlsx" });
        await main.waitFor({ timeout: HOSTILE_GUARD_MS * 4 });
        await main.getByRole("region", { name: /的单元格/ }).waitFor();
        assert(
          ((await main.locator('td[data-address="H1"]').textContent()) ?? "").trim().startsWith("指标指标"),
          "H1 in the grid",
        );
        assertEqual(await progress.count(), 0, "progress line gone");
        assert(
          await page.getByRole("button", { name: "打开文件", exact: true }).isEnabled(),
          "打开文件 again",
        );
      },
    },
    {
      name: "拖入敌意文件：合并区域 A30:XFD1048576 得到一行中文说明，页面不卡住",
      async run(page) {
        await openPage(page);
        const merge = HOSTILE_FILES.find((h) => h.file === "merge.xlsx")!;
        const started = Date.now();
        await dropFiles(page, [{ name: merge.file, bytes: merge.make() }]);
        const message = page.getByRole("main", { name: merge.file }).getByText(merge.says);
        await message.waitFor({ timeout: HOSTILE_GUARD_MS });
        assert(Date.now() - started < HOSTILE_GUARD_MS, "the message within the hang guard");
        assertEqual(
          (await message.textContent())?.trim(),
          "merge.xlsx：工作表「Sheet1」的合并区域 A30:XFD1048576 有 17,179,394,048 个单元格，超过 100,000 个的上限，未检查。",
          "the message",
        );
        // The page still answers: a good workbook dropped next is read and checked.
        await openFiles(page, [examples[0]]);
        await checkInPane(page);
      },
    },
    {
      name: "打开全部敌意文件：每个文件一行中文说明（另存为 .xlsx 的去路），页面不卡住",
      async run(page, tmp) {
        await openPage(page);
        const files: string[] = [];
        for (const h of HOSTILE_FILES) {
          const file = path.join(tmp, h.file);
          await writeFile(file, h.make());
          files.push(file);
        }
        const started = Date.now();
        await openFiles(page, files);
        const table = page.getByRole("region", { name: "已打开的文件" });
        await table.waitFor({ timeout: HOSTILE_GUARD_MS * 4 });
        assert(Date.now() - started < HOSTILE_GUARD_MS * 4, "every file within the hang guard");
        const shown: string[] = [];
        for (const h of HOSTILE_FILES) {
          const text = (await table.locator(`tr[data-file="${h.file}"]`).textContent()) ?? "";
          shown.push(text);
          assert(h.says.test(text), `${h.file} (${h.what}): ${text}`);
          if (h.never) assert(!h.never.test(text), `${h.file} (${h.what}) must not say ${h.never}: ${text}`);
          assert(!/Error|undefined|程序出错/.test(text), `${h.file}: no program error: ${text}`);
        }
        process.stdout.write(`    ${shown.join("\n    ")}\n`);
      },
    },
    {
      name: "1366×768：表格与检查结果并排可见",
      viewport: { width: 1366, height: 768 },
      async run(page) {
        await openPage(page);
        await openFiles(page, [examples[0]]);
        await checkInPane(page);
        await visibleSideBySide(page);
        await page.screenshot({ path: path.join(ROOT, "screenshots", "web", "1366x768.png") });
      },
    },
    {
      name: "4K 屏 200%：表格与检查结果并排可见",
      viewport: { width: 1920, height: 1080, scale: 2 },
      async run(page) {
        await openPage(page);
        await openFiles(page, [examples[1]]);
        await checkInPane(page);
        await visibleSideBySide(page);
        await page.screenshot({ path: path.join(ROOT, "screenshots", "web", "3840x2160-200.png") });
      },
    },
  ];
}

async function visibleSideBySide(page: Page): Promise<void> {
  const grid = await page.getByRole("region", { name: /的单元格/ }).boundingBox();
  const pane = await page.getByRole("complementary", { name: "检查结果" }).boundingBox();
  const viewport = page.viewportSize();
  assert(grid && pane && viewport, "grid and pane are shown");
  assert(grid.width >= 400 && pane.width >= 300, `widths: grid ${grid.width}, pane ${pane.width}`);
  assert(pane.x >= grid.x + grid.width - 1, "pane beside the grid");
  assert(pane.x + pane.width <= viewport.width + 1, "pane inside the window");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert(!overflow, "no horizontal scrolling of the page");
}

async function runOne(browser: Browser, test: WebTest, tmp: string): Promise<void> {
  const v = test.viewport ?? { width: 1280, height: 800 };
  const context = await browser.newContext({
    viewport: { width: v.width, height: v.height },
    deviceScaleFactor: v.scale ?? 1,
    locale: "zh-CN",
    acceptDownloads: true,
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    // Only the page's own file, data: and blob: URLs (the downloads) may be asked for.
    page.on("request", (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      test.run(page, tmp),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), TEST_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    if (requests.length) throw new Error(`network requests:\n  ${requests.join("\n  ")}`);
    const unexpected = errors.filter((e) => !(test.expectCspError && /Content Security Policy/.test(e)));
    if (unexpected.length) throw new Error(`console errors:\n  ${unexpected.join("\n  ")}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  try {
    await stat(PAGE);
  } catch {
    throw new Error(`${PAGE} is missing: run npm run build first`);
  }
  await mkdir(path.join(ROOT, "screenshots", "web"), { recursive: true });
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    const only = process.env.E2E_ONLY;
    for (const test of tests().filter((t) => !only || t.name.includes(only))) {
      const tmp = await mkdtemp(path.join(os.tmpdir(), "jixiao-web-"));
      const started = Date.now();
      try {
        await runOne(browser, test, tmp);
        passed++;
        process.stdout.write(`✓ 网页版 ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      } catch (e) {
        failed++;
        process.stdout.write(
          `✗ 网页版 ${test.name}\n    ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
        );
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`e2e web: ${passed} passed, ${failed} failed\n`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.stdout.write("e2e web: 0 passed, 1 failed\n");
    process.exit(1);
  },
);
