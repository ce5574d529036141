#!/usr/bin/env node
"use strict";
// The jixiao command line. `npm run build:cli` (run automatically by `npm install` through the
// "prepare" script) compiles the TypeScript sources to build/src and bundles them into build/cli,
// with V8's code cache beside the bundle (src/cli/code-cache.ts); without the bundle, build/src runs.
const fs = require("fs");
const path = require("path");

const build = path.join(__dirname, "..", "build");
const bundle = path.join(build, "cli", "jixiao.js");
const loader = path.join(build, "src", "cli", "code-cache.js");
const entry = path.join(build, "src", "cli", "main.js");
if (fs.existsSync(bundle) && fs.existsSync(loader)) {
  require(loader).loadCached(bundle).run();
} else if (fs.existsSync(entry)) {
  require(entry).run();
} else {
  process.stderr.write(
    "命令行工具还没有编译：请先在项目文件夹中运行 npm run build:cli（npm install 也会自动编译）。\n",
  );
  process.exitCode = 2;
}
