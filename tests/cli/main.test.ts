import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { RULES } from "../../src/core/rules";
import type { JsonReport } from "../../src/core/report/json";
import {
  SERVICE_CENTRE,
  WIDE_ROWS,
  captureIO,
  makeTmpDir,
  removeDir,
  wideProjects,
  writeEmptyWorkbook,
  writeEncryptedFake,
  writeTruncatedWorkbook,
  writeWideWorkbook,
} from "./workbooks";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => removeDir(dir));

async function run(args: string[], extra: Record<string, unknown> = {}) {
  const c = captureIO({ cwd: dir, ...extra });
  const code = await main(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

async function runJson(args: string[], extra: Record<string, unknown> = {}) {
  const r = await run([...args, "--format", "json"], extra);
  return { ...r, json: JSON.parse(r.stdout) as JsonReport };
}

function writeConfig(name: string, config: unknown): string {
  fs.writeFileSync(path.join(dir, name), typeof config === "string" ? config : JSON.stringify(config));
  return name;
}

const ALL_RULES = RULES.map((r) => r.meta.id);
const ONLY = (...keep: string[]) => ALL_RULES.filter((id) => !keep.includes(id));

/** Indicator lines ("1. …") of a project's indicator cell. */
const indicatorCount = (lines: string[]) => lines.filter((l) => /^\d+\./.test(l)).length;

describe("jixiao check: one workbook", () => {
  beforeAll(async () => {
    await writeWideWorkbook(path.join(dir, "wide.xlsx"), { refError: true });
    await writeWideWorkbook(path.join(dir, "text-amount.xlsx"), { amountAsText: true });
  });

  it("reports tables and findings as JSON in the documented shape, exit 1 on error findings", async () => {
    const { code, json, stderr } = await runJson(["check", "wide.xlsx"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(json.files).toHaveLength(1);
    const file = json.files[0];
    expect(file.file).toBe("wide.xlsx");
    const projects = wideProjects({ refError: true });
    expect(file.tables).toEqual([
      {
        sheet: "绩效目标公开表",
        layout: "wide",
        range: `A${WIDE_ROWS.header}:E${WIDE_ROWS.firstProject + projects.length - 1}`,
        projects: projects.length,
        indicators: projects.reduce((n, p) => n + indicatorCount(p.indicators), 0),
      },
    ]);
    // Seed project 10: 工作完成及时率 has no target value.
    const line = SERVICE_CENTRE.indicators.indexOf("1. 工作完成及时率") + 1;
    expect(file.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "value-missing",
        messageId: "missing",
        severity: "error",
        sheet: "绩效目标公开表",
        cell: `E${WIDE_ROWS.firstProject + 1}`,
        line,
        project: "政协协商议政服务中心",
        indicator: "工作完成及时率",
      }),
    );
    // The #REF! amount of the third project.
    expect(file.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "amount-missing",
        cell: `C${WIDE_ROWS.firstProject + 2}`,
        project: "文史资料出版费",
      }),
    );
    for (const f of file.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(["ruleId", "messageId", "severity", "sheet", "cell", "project", "message"]),
      );
      expect(f).not.toHaveProperty("row");
    }
    const count = (s: string) => file.findings.filter((f) => f.severity === s).length;
    expect(json.summary).toEqual({
      files: 1,
      unreadable: 0,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    });
  });

  it("prints the same findings as a Chinese text report ending in the summary line", async () => {
    const { json } = await runJson(["check", "wide.xlsx"]);
    const { code, stdout } = await run(["check", "wide.xlsx"]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("wide.xlsx");
    expect(stdout).toContain(
      `绩效目标公开表：公开表（一行一个项目），${json.files[0].tables[0].range}，3 个项目，`,
    );
    expect(stdout).toContain("    项目「政协协商议政服务中心」");
    const s = json.summary;
    expect(lines[lines.length - 1]).toBe(
      `共 1 个文件：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`,
    );
    for (const f of json.files[0].findings) {
      const place = f.line !== undefined ? `${f.cell} 单元格第 ${f.line} 行` : f.cell;
      expect(stdout).toContain(`${place}  ${{ error: "错误", warning: "警告", info: "提示" }[f.severity]}  `);
    }
  });

  it("reads an amount typed as text as an amount", async () => {
    const { json } = await runJson(["check", "text-amount.xlsx"]);
    expect(json.files[0].findings.filter((f) => f.ruleId === "amount-missing")).toEqual([]);
  });

  it("colours the text report only on a terminal without NO_COLOR", async () => {
    const tty = await run(["check", "wide.xlsx"], { isTTY: true, env: {} });
    expect(tty.stdout).toContain("\u001b[31m错误\u001b[39m");
    const noColor = await run(["check", "wide.xlsx"], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const piped = await run(["check", "wide.xlsx"], { isTTY: false, env: {} });
    expect(piped.stdout).not.toContain("\u001b[");
    expect(noColor.stdout).toBe(piped.stdout);
    const json = await run(["check", "wide.xlsx", "--format", "json"], { isTTY: true, env: {} });
    expect(json.stdout).not.toContain("\u001b[");
  });

  it("never calls a workbook without a table clean: table-not-found, exit 1 (a readable file, not exit 2)", async () => {
    await writeEmptyWorkbook(path.join(dir, "blank.xlsx"));
    const { code, json } = await runJson(["check", "blank.xlsx"]);
    expect(code).toBe(1);
    expect(json.files[0].tables).toEqual([]);
    expect(json.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["table-not-found"]);
    expect(json.files[0].problems.length).toBeGreaterThan(0);
    const text = await run(["check", "blank.xlsx"]);
    expect(text.stdout).toContain("没有识别出绩效目标表");
    expect(text.stdout).toContain("共 1 个文件：错误 1，警告 0，提示 0");
  });

  it("--explain prints the reading in text and carries it in JSON", async () => {
    const text = await run(["check", "wide.xlsx", "--explain"]);
    expect(text.stdout).toContain("识别结果：工作表");
    expect(text.stdout).toMatch(/项目名称（已识别） B\d+/);
    const { json } = await runJson(["check", "wide.xlsx", "--explain"]);
    const reading = json.files[0].reading ?? [];
    expect(reading[0].columns.map((c) => c.role)).toContain("name");
    expect(reading[0].projects[0].parts.name.status).toBe("found");
    const plain = await runJson(["check", "wide.xlsx"]);
    expect(plain.json.files[0].reading).toBeUndefined();
  });
});

describe("jixiao check --config", () => {
  beforeAll(async () => {
    await writeWideWorkbook(path.join(dir, "cfg.xlsx"));
  });

  it("applies disabled rules and severity overrides (exit 0 when no error is left)", async () => {
    const only = writeConfig("only.json", { disabledRules: ONLY("value-missing") });
    const a = await runJson(["check", "cfg.xlsx", "--config", only]);
    expect(a.code).toBe(1);
    expect(a.json.files[0].findings.map((f) => f.ruleId)).toEqual(["value-missing"]);
    const relaxed = writeConfig("relaxed.json", {
      disabledRules: ONLY("value-missing"),
      severity: { "value-missing": "warning" },
    });
    const b = await runJson(["check", "cfg.xlsx", "--config", relaxed]);
    expect(b.code).toBe(0);
    expect(b.json.files[0].findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(b.json.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it("accepts a file saved with a byte-order mark (Windows Notepad)", async () => {
    const bom = writeConfig("bom.json", `\ufeff${JSON.stringify({ disabledRules: ALL_RULES })}`);
    const r = await runJson(["check", "cfg.xlsx", "--config", bom]);
    expect(r.code).toBe(0);
    expect(r.json.files[0].findings).toEqual([]);
  });

  it.each([
    ["an unknown rule id", { disabledRules: ["no-such-rule"] }, "no-such-rule"],
    ["an unknown setting", { colour: "red" }, "colour"],
    ["a satisfaction threshold out of range", { satisfaction: { warnBelow: 900, errorBelow: 80 } }, "900"],
  ])(
    "%s: one Chinese line saying the default is used, and the check runs with the rest",
    async (_, config, mention) => {
      const name = writeConfig("bad.json", config);
      const withBad = await runJson(["check", "cfg.xlsx", "--config", name]);
      const plain = await runJson(["check", "cfg.xlsx"]);
      expect(withBad.code).toBe(plain.code);
      expect(withBad.json).toEqual(plain.json);
      const lines = withBad.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("设置文件 bad.json");
      expect(lines[0]).toContain(mention);
      expect(lines[0]).toMatch(/已使用默认值|已忽略/);
    },
  );

  it("keeps the good fields of a settings file with one bad field", async () => {
    const name = writeConfig("half.json", { disabledRules: ONLY("value-missing"), colour: "red" });
    const r = await runJson(["check", "cfg.xlsx", "--config", name]);
    expect(r.json.files[0].findings.map((f) => f.ruleId)).toEqual(["value-missing"]);
    expect(r.stderr).toContain("colour");
  });

  it("refuses invalid JSON: one Chinese line, nothing checked, exit 2", async () => {
    const name = writeConfig("bad.json", '{\n  "profile": "2015",\n}');
    const r = await run(["check", "cfg.xlsx", "--config", name]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringContaining("设置文件 bad.json 不是有效的 JSON"),
    ]);
  });

  it("says where invalid JSON goes wrong", async () => {
    const name = writeConfig("bad.json", '{\n  "profile": "2015",\n}');
    expect((await run(["check", "cfg.xlsx", "--config", name])).stderr).toMatch(/第 3 行/);
  });

  it("refuses a missing settings file", async () => {
    const r = await run(["check", "cfg.xlsx", "--config", "nowhere.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("找不到设置文件：nowhere.json");
  });
});

describe("jixiao check: inputs that cannot be checked", () => {
  beforeAll(async () => {
    await writeWideWorkbook(path.join(dir, "good.xlsx"));
    writeEncryptedFake(path.join(dir, "加密.xlsx"));
    await writeTruncatedWorkbook(path.join(dir, "坏.xlsx"));
    fs.writeFileSync(path.join(dir, "notes.txt"), "not a workbook");
  });

  it("checks the readable ones, one Chinese line per unreadable one on stderr, exit 2", async () => {
    const { code, json, stderr } = await runJson([
      "check",
      "加密.xlsx",
      "good.xlsx",
      "没有.xlsx",
      "坏.xlsx",
      "notes.txt",
    ]);
    expect(code).toBe(2);
    expect(json.files.map((f) => f.file)).toEqual([
      "加密.xlsx",
      "good.xlsx",
      "没有.xlsx",
      "坏.xlsx",
      "notes.txt",
    ]);
    expect(json.files[1].error).toBeUndefined();
    expect(json.files[1].findings.length).toBeGreaterThan(0);
    expect(json.summary).toMatchObject({ files: 1, unreadable: 4 });
    expect(stderr.trimEnd().split("\n")).toEqual([
      "加密.xlsx：文件已加密（设置了打开密码），请先在 Excel 或 WPS 中取消密码后再检查。",
      "没有.xlsx：找不到这个文件或文件夹。",
      "坏.xlsx：文件已损坏，无法打开，请在 Excel 中打开并另存一份后再检查。",
      "notes.txt：这是文本文件，不是 Excel 工作簿（.xlsx）。",
    ]);
    for (const f of [json.files[0], json.files[2], json.files[3], json.files[4]]) {
      expect(f).toMatchObject({ tables: [], findings: [], problems: [] });
      expect(typeof f.error).toBe("string");
    }
  });

  it("exits 2 for one unreadable file, with the text report still printed", async () => {
    const r = await run(["check", "加密.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "加密.xlsx：文件已加密（设置了打开密码），请先在 Excel 或 WPS 中取消密码后再检查。\n",
    );
    expect(r.stdout).toContain("共 0 个文件：错误 0，警告 0，提示 0\n另有 1 个文件无法读取。");
  });
});

describe("jixiao: usage", () => {
  it.each([
    [["check", "x.xlsx", "--format", "xml"], "--format 只能是 text 或 json"],
    [["check", "x.xlsx", "--colour"], "未知的选项：--colour"],
    [["check"], "请给出要检查的 .xlsx 文件或文件夹"],
    [["check", "x.xlsx", "--config"], "选项 --config 后面缺少取值"],
    [["inspect"], "未知的命令：inspect"],
  ])("%j is a usage error (exit 2) with a Chinese message", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/error:|Usage:/);
  });

  it("prints help in Chinese (exit 0)", async () => {
    const top = await run(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("用法：");
    expect(top.stdout).toContain("check <文件或文件夹...>");
    expect(top.stdout).not.toMatch(/Usage:|Options:|Commands:|\[options\]/);
    const check = await run(["check", "--help"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("--out-marked <文件夹>");
    expect(check.stdout).toContain("退出码");
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    const r = await run(["--version"]);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("shows the help on stderr and exits 2 when no command is given", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("用法：");
  });
});

describe("jixiao check --min-severity", () => {
  beforeAll(async () => {
    await writeWideWorkbook(path.join(dir, "levels.xlsx"), { refError: true });
  });

  it("lists only errors, while the summary and the exit code still follow every finding", async () => {
    const all = await runJson(["check", "levels.xlsx"]);
    const severities = new Set(all.json.files[0].findings.map((f) => f.severity));
    expect(severities.size).toBeGreaterThan(1);
    for (const level of ["error", "错误"]) {
      const only = await runJson(["check", "levels.xlsx", "--min-severity", level]);
      expect(only.code).toBe(all.code);
      expect(only.json.files[0].findings).toEqual(
        all.json.files[0].findings.filter((f) => f.severity === "error"),
      );
      expect(only.json.summary).toEqual(all.json.summary);
      expect(only.json.listing).toEqual({
        minSeverity: "error",
        unlisted: { warnings: all.json.summary.warnings, infos: all.json.summary.infos },
      });
    }
  });

  it("refuses an unknown level with a Chinese message and exit 2", async () => {
    const r = await run(["check", "levels.xlsx", "--min-severity", "warn"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--min-severity 只能是 error（错误）、warning（警告）或 info（提示）");
  });
});
