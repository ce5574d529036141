import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { MIN_SEVERITY_TIP } from "../../src/cli/demo";
import { DEMO_OUT_DIR, DEMO_WORKBOOK, markedName, packageRoot } from "../../src/cli/paths";
import { captureIO } from "./workbooks";

describe("jixiao demo", () => {
  it("checks the example workbook, prints the report and writes the marked copy to out/ (exit 0)", async () => {
    const root = packageRoot();
    expect(fs.existsSync(path.join(root, DEMO_WORKBOOK))).toBe(true);
    const marked = path.join(root, DEMO_OUT_DIR, markedName(DEMO_WORKBOOK));
    fs.rmSync(marked, { force: true });
    const c = captureIO({ cwd: root });
    const code = await main(["demo"], c.io);
    expect(c.stderr()).toBe("");
    expect(code).toBe(0);
    const lines = c.stdout().trimEnd().split("\n");
    expect(lines[0]).toBe(DEMO_WORKBOOK);
    // The example is a real table full of defects: the demo shows errors and still exits 0.
    expect(lines[lines.length - 3]).toMatch(/^共 1 个文件：错误 [1-9]\d*，警告 \d+，提示 [1-9]\d*$/);
    // It has many 提示, so it says how to list only errors and warnings.
    expect(lines[lines.length - 2]).toBe(MIN_SEVERITY_TIP);
    expect(lines[lines.length - 1]).toBe(
      `已生成标记副本：${path.join(DEMO_OUT_DIR, markedName(DEMO_WORKBOOK))}`,
    );
    expect(fs.existsSync(marked)).toBe(true);
  });
});
