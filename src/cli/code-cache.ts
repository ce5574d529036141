/**
 * Loads the bundled command line (build/cli, made by webpack.cli.js) with V8's code cache, so that a
 * start-up compiles next to nothing: `npm run build:cli` runs the bundles once on the example workbook
 * (scripts/cli-code-cache.ts) and keeps what V8 compiled beside them (`<bundle>.cache`), listed in
 * build/cli/code-cache.json with the size and time of the bundle it was made from and the V8 version.
 *
 * A cache is used only when all three still match; V8 itself refuses one from another version or other
 * flags (the script is then compiled as usual). Nothing is written at run time: the files are only read.
 * Node 22's module.enableCompileCache() does the same for every module; node 20 has no such thing.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createRequire } from "module";

/** The list of caches in a bundle's folder. */
export const CACHE_MANIFEST = "code-cache.json";

export interface CacheManifest {
  v8: string;
  files: Record<string, { size: number; mtimeMs: number }>;
}

type ModuleFunction = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

const manifests = new Map<string, CacheManifest | null>();
/** Every script loaded here, to write their caches after a warm-up run. */
const scripts: { file: string; script: vm.Script; used: boolean }[] = [];

function manifestOf(dir: string): CacheManifest | null {
  let m = manifests.get(dir);
  if (m === undefined) {
    try {
      m = JSON.parse(fs.readFileSync(path.join(dir, CACHE_MANIFEST), "utf8")) as CacheManifest;
      if (m.v8 !== process.versions.v8) m = null;
    } catch {
      m = null;
    }
    manifests.set(dir, m);
  }
  return m;
}

/** The cache of `file` when it was made from this very file by this V8. */
function cacheOf(file: string): Buffer | undefined {
  const entry = manifestOf(path.dirname(file))?.files[path.basename(file)];
  if (!entry) return undefined;
  try {
    const st = fs.statSync(file);
    if (st.size !== entry.size || st.mtimeMs !== entry.mtimeMs) return undefined;
    return fs.readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
}

/** `require(file)` for a CommonJS bundle, compiled from its code cache when there is a valid one. */
export function loadCached(file: string): unknown {
  const source = fs.readFileSync(file, "utf8");
  const cachedData = cacheOf(file);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  scripts.push({ file, script, used: cachedData !== undefined && !script.cachedDataRejected });
  const fn = script.runInThisContext() as ModuleFunction;
  const mod = { exports: {} as unknown };
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}

/** Which loaded scripts ran from their cache (for the build's report and the tests). */
export function cacheUse(): { file: string; used: boolean }[] {
  return scripts.map(({ file, used }) => ({ file, used }));
}

/** Write the caches of every script loaded so far, with what they were made from. */
export function saveCodeCache(): string[] {
  const written: string[] = [];
  const byDir = new Map<string, CacheManifest>();
  for (const { file, script } of scripts) {
    const dir = path.dirname(file);
    let m = byDir.get(dir);
    if (!m) byDir.set(dir, (m = { v8: process.versions.v8, files: {} }));
    fs.writeFileSync(`${file}.cache`, script.createCachedData());
    const st = fs.statSync(file);
    m.files[path.basename(file)] = { size: st.size, mtimeMs: st.mtimeMs };
    written.push(`${file}.cache`);
  }
  for (const [dir, m] of byDir) fs.writeFileSync(path.join(dir, CACHE_MANIFEST), `${JSON.stringify(m)}\n`);
  return written;
}
