/** Hand-made findings and file reports for the pure formatter tests. */
import type { Finding, Severity } from "../../../src/core/finding";
import type { FileReport } from "../../../src/core/report/summary";

export function finding(over: Partial<Finding> & { severity: Severity }): Finding {
  return {
    ruleId: "value-missing",
    messageId: "missing",
    sheet: "Sheet1",
    cell: "E13",
    row: 12,
    col: 4,
    project: "政协协商议政服务中心",
    message: "「工作完成及时率」没有填写指标值。",
    ...over,
  };
}

export function report(over: Partial<FileReport> = {}): FileReport {
  return {
    file: "申报表.xlsx",
    tables: [{ sheet: "Sheet1", layout: "wide", range: "A3:E19", projects: 14, indicators: 301 }],
    findings: [],
    problems: [],
    ...over,
  };
}
