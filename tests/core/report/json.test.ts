import { formatJson, toJsonReport } from "../../../src/core/report/json";
import { finding, report } from "./report-fixtures";

describe("JSON report", () => {
  it("has exactly the documented shape", () => {
    const json = toJsonReport([
      report({
        findings: [
          finding({ severity: "error", line: 9, indicator: "工作完成及时率" }),
          finding({
            severity: "warning",
            cell: "C5",
            row: 4,
            col: 2,
            ruleId: "goal-too-short",
            messageId: "tooShort",
            message: "目标太短。",
          }),
        ],
      }),
      { file: "坏.xlsx", tables: [], findings: [], problems: [], error: "文件已损坏。" },
    ]);
    expect(json).toEqual({
      files: [
        {
          file: "申报表.xlsx",
          tables: [{ sheet: "Sheet1", layout: "wide", range: "A3:E19", projects: 14, indicators: 301 }],
          findings: [
            {
              ruleId: "value-missing",
              messageId: "missing",
              severity: "error",
              sheet: "Sheet1",
              cell: "E13",
              line: 9,
              project: "政协协商议政服务中心",
              indicator: "工作完成及时率",
              message: "「工作完成及时率」没有填写指标值。",
            },
            {
              ruleId: "goal-too-short",
              messageId: "tooShort",
              severity: "warning",
              sheet: "Sheet1",
              cell: "C5",
              project: "政协协商议政服务中心",
              message: "目标太短。",
            },
          ],
          problems: [],
        },
        { file: "坏.xlsx", tables: [], findings: [], problems: [], error: "文件已损坏。" },
      ],
      summary: { files: 1, unreadable: 1, errors: 1, warnings: 1, infos: 0 },
    });
  });

  it("prints parseable JSON ending in a newline", () => {
    const text = formatJson([report({ markedCopy: "out/x.标记.xlsx" })]);
    expect(text.endsWith("\n")).toBe(true);
    expect(JSON.parse(text).files[0].markedCopy).toBe("out/x.标记.xlsx");
  });
});
