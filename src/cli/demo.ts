/**
 * `jixiao demo`: check the bundled example workbook, print the report and write a marked copy to out/.
 * Exit 0 even when the example has errors (that is the point of the demo); 2 when it cannot run.
 */
import * as fs from "fs";
import * as path from "path";
import { formatText } from "../core/report/text";
import { DEFAULT_SETTINGS } from "../core/settings";
import { checkFile } from "./check-file";
import { EXIT, wantsColor, type CliIO } from "./io";
import { DEMO_OUT_DIR, DEMO_WORKBOOK, displayPath, markedName, packageRoot } from "./paths";

export const MIN_SEVERITY_TIP =
  "提示较多时，可以只看错误和警告：npx jixiao check 申报表.xlsx --min-severity warning";

export async function runDemo(io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const root = packageRoot();
  const workbook = path.join(root, DEMO_WORKBOOK);
  if (!fs.existsSync(workbook)) {
    io.stderr(`找不到示例工作簿 ${DEMO_WORKBOOK}，请先运行 npm run examples 生成。\n`);
    return EXIT.usage;
  }
  const marked = path.join(root, DEMO_OUT_DIR, markedName(workbook));
  const outcome = await checkFile({
    path: workbook,
    display: DEMO_WORKBOOK,
    settings: DEFAULT_SETTINGS,
    markedPath: marked,
    markedDisplay: displayPath(marked, cwd),
    // The demo's own copy in out/ is replaced on every run; any other file there is left alone.
    replaceMarked: true,
  });
  const written = outcome.report.markedCopy ?? displayPath(marked, cwd);
  const report = { ...outcome.report };
  delete report.markedCopy;
  io.stdout(formatText([report], { color: wantsColor(io) }));
  if (report.error !== undefined) {
    io.stderr(`${DEMO_WORKBOOK}：${report.error}\n`);
    return EXIT.usage;
  }
  if (outcome.markError !== undefined) {
    io.stderr(`${DEMO_WORKBOOK}：${outcome.markError}\n`);
    return EXIT.usage;
  }
  // Most of a real table's findings are 提示; say how to see only what must be fixed.
  if (report.findings.some((f) => f.severity === "info")) io.stdout(`${MIN_SEVERITY_TIP}\n`);
  io.stdout(`已生成标记副本：${written}\n`);
  return EXIT.ok;
}
