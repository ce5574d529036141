#!/usr/bin/env node
"use strict";
// The jixiao command line. The TypeScript sources are compiled to build/ by `npm run build:cli`
// (run automatically by `npm install` through the "prepare" script).
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "命令行工具还没有编译：请先在项目文件夹中运行 npm run build:cli（npm install 也会自动编译）。\n",
  );
  process.exitCode = 2;
} else {
  require(entry).run();
}
