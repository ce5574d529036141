/** `node build/bench/cli-only.js`: only the command line's figures (bench/cli-metrics.ts), last line JSON. */
import { cliMetrics } from "./cli-metrics";

cliMetrics((line) => void process.stdout.write(`${line}\n`)).then(
  (m) => void process.stdout.write(`${JSON.stringify(m)}\n`),
  (e: unknown) => {
    process.stderr.write(`性能测试失败：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
