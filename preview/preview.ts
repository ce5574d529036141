/**
 * `npm run preview [-- path/to.xlsx] [--port 3100] [--rebuild] [--screenshot out.png] [--host wps]`
 *
 * Builds the task pane (when its sources changed; --rebuild always) and the preview page, then serves
 * both on http://127.0.0.1 beside a grid view of the workbook — the bundled wide example unless a file is
 * given; the other examples are in the page's workbook list. Open the printed address in a browser and
 * use the add-in as in Excel. Ctrl+C stops it.
 *
 * --host wps: the pane is the WPS 表格 add-in's (npm run build:wps) on a fake WPS over the same workbook.
 *
 * --screenshot: no server left running; headless Chromium opens the preview, presses 检查 and
 * 在表格中标记, saves a picture of the pane next to the marked sheet, and exits.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { buildPreviewWeb, ensurePaneBuilt, ensureWpsBuilt } from "./build";
import { guardedPage, launchChromium } from "./chromium";
import { openPreview, pressToolbar } from "./pane-driver";
import { previewPaths, startPreviewServer, type PreviewServer } from "./server";
import { loadWorkbookJson, WorkbookLoadError } from "./xlsx-to-workbook";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES: [string, string][] = [
  ["wide", "examples/menyuan-cppcc-2024-wide.xlsx"],
  ["long", "examples/menyuan-cppcc-2024-long.xlsx"],
  ["form", "examples/single-project-form.xlsx"],
];

interface Args {
  file: string | null;
  port: number;
  rebuild: boolean;
  screenshot: string | null;
  host: "excel" | "wps";
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: null, port: 3100, rebuild: false, screenshot: null, host: "excel" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port") args.port = Number(argv[++i]);
    else if (a === "--rebuild") args.rebuild = true;
    else if (a === "--screenshot") args.screenshot = argv[++i] ?? null;
    else if (a === "--host") {
      const h = argv[++i];
      if (h !== "wps" && h !== "excel") throw new Error("--host 只能是 excel 或 wps");
      args.host = h;
    } else if (a.startsWith("--")) throw new Error(`未知选项 ${a}`);
    else args.file = a;
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error("--port 需要 0–65535 的整数");
  return args;
}

async function screenshot(server: PreviewServer, out: string, host: Args["host"]): Promise<void> {
  const browser = await launchChromium();
  try {
    const g = await guardedPage(browser, { width: 1400, height: 900 });
    const frame = await openPreview(g.page, server.url, { width: 450, host });
    await pressToolbar(g.page, frame, "检查");
    await pressToolbar(g.page, frame, "在表格中标记");
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await g.page.screenshot({ path: out, animations: "disabled" });
    if (g.outside.length || g.errors.length) throw new Error([...g.outside, ...g.errors].join("\n"));
    process.stdout.write(`已保存截图 ${out}\n`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const input = path.resolve(
    process.env.INIT_CWD ?? process.cwd(),
    args.file ?? path.join(ROOT, EXAMPLES[0][1]),
  );
  const workbook = await loadWorkbookJson(input);
  await ensurePaneBuilt(ROOT, log, args.rebuild);
  if (args.host === "wps") await ensureWpsBuilt(ROOT, log, args.rebuild);
  log("构建预览页 …");
  await buildPreviewWeb(ROOT);
  const server = await startPreviewServer(previewPaths(ROOT), args.screenshot ? 0 : args.port);
  server.addWorkbook("default", workbook);
  for (const [id, file] of EXAMPLES) {
    // Without a file the default is the wide example already.
    if (args.file !== null || id !== "wide")
      server.addWorkbook(id, await loadWorkbookJson(path.join(ROOT, file)));
  }
  if (args.screenshot) {
    try {
      await screenshot(
        server,
        path.resolve(process.env.INIT_CWD ?? process.cwd(), args.screenshot),
        args.host,
      );
    } finally {
      await server.close();
    }
    return;
  }
  log(`\n预览已启动：${server.url}/${args.host === "wps" ? "?host=wps" : ""}`);
  log(`工作簿：${workbook.name}（页面上方可切换示例工作簿、ExcelApi 版本、主题和窗格宽度）`);
  log("按 Ctrl+C 停止。");
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof WorkbookLoadError || err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
