/**
 * Building what the preview serves: the task pane (`npm run build` → dist/, only when a source is newer
 * than the built page) and the preview's own scripts (preview/webpack.preview.js → build/preview-web/).
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";

/** Newest modification time under `p` (a file or a folder), 0 when it does not exist. */
async function newest(p: string): Promise<number> {
  let st;
  try {
    st = await fs.stat(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of await fs.readdir(p)) max = Math.max(max, await newest(path.join(p, entry)));
  return max;
}

/** Inputs of `npm run build`. */
const PANE_INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "scripts/webpack-common.js",
  "manifest.xml",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

export async function paneIsCurrent(root: string): Promise<boolean> {
  const built = await newest(path.join(root, "dist", "taskpane.html"));
  if (built === 0) return false;
  let inputs = 0;
  for (const p of PANE_INPUTS) inputs = Math.max(inputs, await newest(path.join(root, p)));
  return inputs <= built;
}

function run(command: string, args: string[], cwd: string, quiet: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`)),
    );
  });
}

/** `npm run build` when dist/ is missing or older than the pane's sources (or always, with force). */
export async function ensurePaneBuilt(
  root: string,
  log: (line: string) => void,
  force = false,
): Promise<void> {
  if (!force && (await paneIsCurrent(root))) {
    log("任务窗格已是最新构建（dist/），跳过 npm run build。");
    return;
  }
  log("构建任务窗格：npm run build …");
  const t = Date.now();
  await run("npm", ["run", "build", "--silent"], root, true);
  log(`任务窗格构建完成（${((Date.now() - t) / 1000).toFixed(0)} 秒）。`);
}

/** Inputs of `npm run build:wps`. */
const WPS_INPUTS = [
  ...PANE_INPUTS.filter((p) => p !== "webpack.config.js" && p !== "manifest.xml"),
  "webpack.wps.js",
];

/**
 * `npm run build:wps` when dist/wps is missing or older than its sources (or always, with force). Run it
 * after ensurePaneBuilt: `npm run build` empties dist/, dist/wps included.
 */
export async function ensureWpsBuilt(
  root: string,
  log: (line: string) => void,
  force = false,
): Promise<void> {
  const built = await newest(path.join(root, "dist", "wps", "jixiao", "taskpane.html"));
  let inputs = 0;
  for (const p of WPS_INPUTS) inputs = Math.max(inputs, await newest(path.join(root, p)));
  if (!force && built > 0 && inputs <= built) {
    log("WPS 加载项已是最新构建（dist/wps/），跳过 npm run build:wps。");
    return;
  }
  log("构建 WPS 加载项：npm run build:wps …");
  const t = Date.now();
  await run("npm", ["run", "build:wps", "--silent"], root, true);
  log(`WPS 加载项构建完成（${((Date.now() - t) / 1000).toFixed(0)} 秒）。`);
}

/** The preview page's scripts (a few seconds). */
export async function buildPreviewWeb(root: string): Promise<void> {
  const webpackCli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  await run(
    process.execPath,
    [webpackCli, "--config", path.join("preview", "webpack.preview.js")],
    root,
    true,
  );
}
