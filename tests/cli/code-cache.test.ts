/**
 * src/cli/code-cache.ts: a bundle loaded through it behaves as `require` would, and runs from its code
 * cache only when the cache was made from that very file by this V8 — never from a stale or foreign one.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { makeTmpDir, removeDir } from "./workbooks";

type CodeCache = typeof import("../../src/cli/code-cache");

/** A fresh instance of the module (it remembers the manifests and the scripts it loaded). */
function fresh(): CodeCache {
  let mod: CodeCache | undefined;
  jest.isolateModules(() => {
    mod = require("../../src/cli/code-cache") as CodeCache;
  });
  return mod!;
}

/**
 * Loads `file` in a new node process with the module compiled to JavaScript: a process compiles a
 * source it has compiled before from memory, without a look at the cache, so only a new one shows
 * whether the cache is taken.
 */
function loadInNewProcess(file: string): { value: number; use: { file: string; used: boolean }[] } {
  const source = fs.readFileSync(path.join(__dirname, "..", "..", "src", "cli", "code-cache.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const loader = path.join(path.dirname(file), "code-cache-under-test.js");
  fs.writeFileSync(loader, js);
  const script = `const cc = require(${JSON.stringify(loader)});
const m = cc.loadCached(${JSON.stringify(file)});
process.stdout.write(JSON.stringify({ value: m.double(4), use: cc.cacheUse() }));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { value: number; use: { file: string; used: boolean }[] };
}

let dir: string;
let bundle: string;

beforeEach(() => {
  dir = makeTmpDir();
  bundle = path.join(dir, "bundle.js");
  fs.writeFileSync(path.join(dir, "helper.js"), "module.exports = (x) => x * 2;\n");
  fs.writeFileSync(
    bundle,
    [
      '"use strict";',
      'const helper = require("./helper");',
      'const path = require("path");',
      "exports.double = (x) => helper(x);",
      "exports.where = () => path.basename(__dirname) + '/' + path.basename(__filename);",
      "exports.self = this === exports;",
    ].join("\n"),
  );
});
afterEach(() => removeDir(dir));

interface Loaded {
  double(x: number): number;
  where(): string;
  self: boolean;
}

describe("loadCached", () => {
  it("runs a CommonJS file as require does: exports, this, require, __dirname, __filename", () => {
    const cc = fresh();
    const m = cc.loadCached(bundle) as Loaded;
    expect(m.double(21)).toBe(42);
    expect(m.where()).toBe(`${path.basename(dir)}/bundle.js`);
    expect(m.self).toBe(true);
    expect(cc.cacheUse()).toEqual([{ file: bundle, used: false }]);
  });

  it("writes the cache with what it was made from, and the next start runs from it", () => {
    const first = fresh();
    first.loadCached(bundle);
    expect(first.saveCodeCache()).toEqual([`${bundle}.cache`]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "code-cache.json"), "utf8")) as {
      v8: string;
      files: Record<string, { size: number }>;
    };
    expect(manifest.v8).toBe(process.versions.v8);
    expect(manifest.files["bundle.js"].size).toBe(fs.statSync(bundle).size);

    expect(loadInNewProcess(bundle)).toEqual({ value: 8, use: [{ file: bundle, used: true }] });
  });

  it("ignores the cache of a file that was rebuilt since, and runs the new code", () => {
    const first = fresh();
    expect((first.loadCached(bundle) as Loaded).double(4)).toBe(8); // compiled, so in the cache
    first.saveCodeCache();
    // Same length, other code: V8 alone would accept the old cache (it checks the source's length).
    const old = fs.readFileSync(bundle, "utf8");
    const rebuilt = old.replace("helper(x)", "helper(0)");
    expect(rebuilt.length).toBe(old.length);
    fs.writeFileSync(bundle, rebuilt);
    fs.utimesSync(bundle, new Date(), new Date(Date.now() + 5000));

    expect(loadInNewProcess(bundle)).toEqual({ value: 0, use: [{ file: bundle, used: false }] });
  });

  it("ignores a cache listed for another V8, and one V8 refuses", () => {
    const first = fresh();
    first.loadCached(bundle);
    first.saveCodeCache();
    const manifestFile = path.join(dir, "code-cache.json");
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { v8: string };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, v8: "0.0.0" }));
    const other = fresh();
    expect((other.loadCached(bundle) as Loaded).double(1)).toBe(2);
    expect(other.cacheUse()[0].used).toBe(false);

    // A source this process has not compiled yet (V8 reuses what it compiled before without a look at
    // the cache), listed as it is now, with a cache that is not one.
    fs.appendFileSync(bundle, "\n// refused\n");
    const st = fs.statSync(bundle);
    const files = { "bundle.js": { size: st.size, mtimeMs: st.mtimeMs } };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, files }));
    fs.writeFileSync(`${bundle}.cache`, Buffer.from("not a code cache"));
    const refused = fresh();
    expect((refused.loadCached(bundle) as Loaded).double(3)).toBe(6);
    expect(refused.cacheUse()[0].used).toBe(false);
  });

  it("runs without any cache files at all", () => {
    fs.rmSync(path.join(dir, "code-cache.json"), { force: true });
    const cc = fresh();
    expect((cc.loadCached(bundle) as Loaded).double(5)).toBe(10);
  });
});
