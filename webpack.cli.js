/**
 * Bundles the command line (part of `npm run build:cli`, after tsc, from tsc's output in build/src):
 *   build/cli/jixiao.js        the command line (bin/jixiao.js loads it),
 *   build/cli/worker.js        the folder worker (src/cli/check-worker.ts),
 *   build/cli/check-worker.js  what the worker threads start: loads worker.js from its code cache,
 * so that a start-up reads two files instead of resolving and compiling ~90 modules.
 * scripts/cli-code-cache.ts then writes V8's code cache beside them (src/cli/code-cache.ts).
 * Modules are only evaluated when first required, as before; exceljs stays outside the bundle and is
 * required from node_modules only when a marked copy is written or a package needs its reader.
 */
const path = require("path");
/**
 * Modules the bundle loads on first use rather than at start-up, through a stand-in:
 *  - node:child_process, which commander loads only to run external sub-command executables (jixiao has
 *    none) and node takes several milliseconds to load;
 *  - fflate, which builds its tables when loaded and is used only where Node's zlib cannot decide
 *    (src/cli/zip.ts); required from node_modules like exceljs.
 */
const lazy = (name) => `var new Proxy({}, { get: (_, key) => require(${JSON.stringify(name)})[key] })`;
function lazyModules({ context, request }, callback) {
  if (request === "node:child_process" && /[\\/]node_modules[\\/]commander[\\/]/.test(context ?? ""))
    return callback(null, lazy("child_process"));
  if (request === "fflate") return callback(null, lazy("fflate"));
  return callback();
}

module.exports = {
  mode: "production",
  target: "node20",
  context: __dirname,
  entry: {
    jixiao: "./build/src/cli/main.js",
    worker: "./build/src/cli/check-worker.js",
    "check-worker": "./build/src/cli/cached-worker.js",
  },
  output: {
    path: path.resolve(__dirname, "build", "cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  externals: [{ exceljs: "commonjs exceljs" }, lazyModules],
  // __dirname stays the bundle's folder: the worker script and the package root are found from it.
  node: { __dirname: false, __filename: false },
  // Not minified: start-up compiles from the code cache, and stack traces stay readable.
  optimization: { minimize: false, splitChunks: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
