/** `jixiao check --profile import` (导入前检查): only the budget system's import pre-checks, as errors. */
import * as path from "path";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/core/report/json";
import { IMPORT_PRECHECK_RULES } from "../../src/core/settings";
import { captureIO, makeTmpDir, removeDir, writeWideWorkbook } from "./workbooks";

let dir: string;
beforeAll(async () => {
  dir = makeTmpDir();
  await writeWideWorkbook(path.join(dir, "导入.xlsx"), {
    projects: [
      {
        name: "1. 政协全委会议工作经费",
        amount: 10.85,
        goal: "召开全委会议一次，保障会议顺利进行。",
        indicators: [
          "一、产出指标",
          "(一) 数量指标:",
          "1. 培训人数 ≥**人",
          "2. 参会 人数 ≥150人",
          "(二) 质量指标:",
          "1. 政协委员参会率 95%",
          "(三) 进度指标:",
          "1. 会议按时召开率 =100%",
          "(四) 成本指标:",
          "1. 会议筹办总成本 ≤10.85万元",
          "二、效果指标",
          "(一) 社会效益指标:",
          "1. 会议精神传达覆盖率 ≥95%",
          "三、满意度指标",
          "1. 参会委员满意度 ≥95%",
        ],
      },
    ],
  });
});
afterAll(() => removeDir(dir));

async function check(...extra: string[]) {
  const c = captureIO({ cwd: dir });
  const code = await main(["check", "导入.xlsx", "--format", "json", ...extra], c.io);
  return { code, json: JSON.parse(c.stdout()) as JsonReport, stderr: c.stderr() };
}

describe("jixiao check --profile import", () => {
  it.each(["import", "导入前检查"])(
    "with %s lists exactly the import pre-checks, each as an error",
    async (name) => {
      const { code, json } = await check("--profile", name);
      const findings = json.files[0].findings;
      expect(findings.map((f) => [f.ruleId, f.messageId, f.indicator ?? ""]).sort()).toEqual(
        [
          ["import-rejected-chars", "lineChar", "培训人数 ≥**人"],
          ["level-name-unmappable", "suggest", ""],
          ["whitespace-in-field", "nameSpace", "参会 人数"],
        ].sort(),
      );
      expect(findings.every((f) => f.severity === "error")).toBe(true);
      expect(findings.every((f) => IMPORT_PRECHECK_RULES.includes(f.ruleId))).toBe(true);
      expect(code).toBe(1);
    },
  );

  it("without it the usual rules run and the placeholder is placeholder-left's", async () => {
    const { json } = await check();
    const ids = new Set(json.files[0].findings.map((f) => f.ruleId));
    expect(ids.has("placeholder-left")).toBe(true);
    expect(ids.has("operator-missing")).toBe(true);
    expect(ids.has("import-rejected-chars")).toBe(false);
  });

  it("refuses an unknown profile", async () => {
    const c = captureIO({ cwd: dir });
    const code = await main(["check", "导入.xlsx", "--profile", "2021"], c.io);
    expect(code).toBe(2);
    expect(c.stderr()).toContain("--profile 只能是 import（导入前检查）");
  });
});
