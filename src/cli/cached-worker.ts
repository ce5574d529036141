/**
 * The folder worker as bundled (build/cli/check-worker.js, webpack.cli.js): loads the worker's bundle
 * from V8's code cache (code-cache.ts). Unbundled, build/src/cli/check-worker.js is the worker itself.
 */
import * as path from "path";
import { loadCached } from "./code-cache";

loadCached(path.join(__dirname, "worker.js"));
