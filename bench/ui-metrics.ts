/**
 * The add-in's side of the bench: context.sync() round trips of check / mark / clear through the real
 * gateway on the sync-counting fake Excel (issue: constant across table sizes), the gzip size of the JS
 * the task pane loads first, the time from navigation to an interactive pane and a cold first check of
 * 300 projects in the pane, both in headless Chromium.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { measureFirstRender, TARGET_FIRST_RENDER_MS } from "../preview/bench-first-render";
import { measurePaneCheck, TARGET_PANE_300_MS } from "../preview/bench-pane-check";
import { measureInsertSyncs } from "../tests/excel/fake-excel/measure-insert-syncs";
import { measureSyncs } from "../tests/excel/fake-excel/measure-syncs";
import { writeSyntheticWorkbook } from "./synthetic-workbook";

export const SYNC_SIZES = [10, 1000, 10000] as const;
/** What the pane's first screen loads; the engine and the results view come after (issue 15). */
export const TARGET_TASKPANE_GZIP_KB = 170;
/** The web edition is one HTML file with everything inlined (exceljs's browser build included). */
export const TARGET_WEB_GZIP_KB = 1024;
export { TARGET_FIRST_RENDER_MS, TARGET_PANE_300_MS };

export const SYNC_ACTIONS = ["check", "mark", "clear", "insert", "undo"] as const;
export type SyncAction = (typeof SYNC_ACTIONS)[number];
/** Round trips per action and table size: syncs.insert["10000"] is inserting a template next to 10,000 projects. */
export type SyncTable = Record<SyncAction, Record<string, number>>;

export async function syncCounts(): Promise<SyncTable> {
  const out: SyncTable = { check: {}, mark: {}, clear: {}, insert: {}, undo: {} };
  for (const n of SYNC_SIZES) {
    const s = await measureSyncs(n);
    const t = await measureInsertSyncs(n);
    const key = String(n);
    out.check[key] = s.check;
    out.mark[key] = s.mark;
    out.clear[key] = s.clear;
    out.insert[key] = t.insert;
    out.undo[key] = t.undo;
  }
  return out;
}

/** Every action costs the same at every size; check + mark ≤ 3 and clear ≤ 2. */
export function syncTargetsMet(t: SyncTable): boolean {
  const constant = SYNC_ACTIONS.every((a) => new Set(Object.values(t[a])).size === 1);
  const at = (a: SyncAction) => Math.max(...Object.values(t[a]));
  return constant && at("check") + at("mark") <= 3 && at("clear") <= 2;
}

/** gzip size of the scripts dist/taskpane.html loads (office.js from Microsoft's CDN not counted). */
export async function taskpaneGzipKB(root: string): Promise<number> {
  const html = await fs.readFile(path.join(root, "dist", "taskpane.html"), "utf8");
  // The minified page may leave attributes unquoted: <script defer src=taskpane.4a15db74.js>.
  const srcs = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !/^https?:/.test(s));
  if (srcs.length === 0) throw new Error("dist/taskpane.html 中没有找到任务窗格的脚本");
  let bytes = 0;
  for (const src of srcs)
    bytes += gzipSync(await fs.readFile(path.join(root, "dist", src.replace(/^\.?\//, "")))).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

export async function firstRenderMs(say: (line: string) => void): Promise<number> {
  const fr = await measureFirstRender({ log: say });
  return fr.firstRenderMs;
}

/** Projects in the workbook of pane300Ms. */
export const PANE_CHECK_PROJECTS = 300;

/** pane300Ms: a cold first check of 300 projects in the pane, click → findings shown (median), ms. */
export async function pane300Ms(dir: string, say: (line: string) => void): Promise<number> {
  const file = path.join(dir, `synthetic-${PANE_CHECK_PROJECTS}.xlsx`);
  await writeSyntheticWorkbook(file, { projects: PANE_CHECK_PROJECTS, projectsPerUnit: 50, seed: 20240301 });
  const r = await measurePaneCheck({ workbook: file, log: say });
  return r.pane300Ms;
}

/** gzip size of the web edition's single page, dist/web/jixiao.html (built first when missing). */
export async function webGzipKB(root: string): Promise<number> {
  const page = path.join(root, "dist", "web", "jixiao.html");
  try {
    await fs.access(page);
  } catch {
    execFileSync("npm", ["run", "build:web", "--silent"], { cwd: root, stdio: "ignore" });
  }
  return Math.round((gzipSync(await fs.readFile(page)).length / 1024) * 10) / 10;
}
