import { formatJson, toJsonReport } from "../../../src/core/report/json";
import {
  countUnlisted,
  isListed,
  parseSeverityName,
  unlistedLine,
} from "../../../src/core/report/min-severity";
import { formatText } from "../../../src/core/report/text";
import { finding, report } from "./report-fixtures";

const mixed = () =>
  report({
    findings: [
      finding({ severity: "error", cell: "E3", message: "错误一" }),
      finding({ severity: "warning", cell: "E4", message: "警告一" }),
      finding({ severity: "info", cell: "E5", message: "提示一" }),
      finding({ severity: "info", cell: "E6", message: "提示二" }),
    ],
  });

describe("parseSeverityName", () => {
  test.each([
    ["error", "error"],
    ["Warning", "warning"],
    [" info ", "info"],
    ["错误", "error"],
    ["警告", "warning"],
    ["提示", "info"],
    ["warn", null],
    ["", null],
    ["严重", null],
  ])("%j → %j", (text, expected) => expect(parseSeverityName(text)).toBe(expected));
});

describe("isListed / countUnlisted", () => {
  test("error lists errors only; warning lists errors and warnings; info lists all", () => {
    const f = mixed().findings;
    expect(f.filter((x) => isListed(x, "error")).map((x) => x.message)).toEqual(["错误一"]);
    expect(f.filter((x) => isListed(x, "warning")).map((x) => x.message)).toEqual(["错误一", "警告一"]);
    expect(f.filter((x) => isListed(x, "info"))).toHaveLength(4);
    expect(countUnlisted(f, "error")).toEqual({ warnings: 1, infos: 2 });
    expect(countUnlisted(f, "warning")).toEqual({ warnings: 0, infos: 2 });
    expect(countUnlisted(f, "info")).toEqual({ warnings: 0, infos: 0 });
  });

  test("the unlisted line names what was left out, and is empty when nothing was", () => {
    expect(unlistedLine({ warnings: 1, infos: 2 }, "error")).toBe(
      "另有 1 条警告、2 条提示未列出（只列出「错误」及更严重的问题；去掉 --min-severity 可全部列出）。",
    );
    expect(unlistedLine({ warnings: 0, infos: 0 }, "warning")).toBe("");
  });
});

describe("text report with minSeverity", () => {
  test("lists only the chosen levels; the summary still counts every finding", () => {
    const text = formatText([mixed()], { minSeverity: "warning" });
    expect(text).toContain("错误一");
    expect(text).toContain("警告一");
    expect(text).not.toContain("提示一");
    expect(text).toContain("共 1 个文件：错误 1，警告 1，提示 2");
    expect(text).toContain("另有 2 条提示未列出");
  });

  test("a file whose findings are all below the level says so instead of listing nothing", () => {
    const onlyInfos = report({ findings: [finding({ severity: "info", message: "提示一" })] });
    const text = formatText([onlyInfos], { minSeverity: "error" });
    expect(text).toContain("没有「错误」及更严重的问题。");
    expect(text).not.toContain("未发现问题");
    expect(text).not.toContain("提示一");
  });

  test("without the option the report is unchanged", () => {
    expect(formatText([mixed()], { minSeverity: "info" })).toBe(formatText([mixed()]));
    expect(formatText([mixed()])).not.toContain("未列出");
  });
});

describe("JSON report with minSeverity", () => {
  test("findings filtered, summary whole, listing says what was left out", () => {
    const json = toJsonReport([mixed()], { minSeverity: "error" });
    expect(json.files[0].findings.map((f) => f.message)).toEqual(["错误一"]);
    expect(json.summary).toMatchObject({ errors: 1, warnings: 1, infos: 2 });
    expect(json.listing).toEqual({ minSeverity: "error", unlisted: { warnings: 1, infos: 2 } });
  });

  test("without the option there is no listing key", () => {
    expect(JSON.parse(formatJson([mixed()]))).not.toHaveProperty("listing");
  });
});
