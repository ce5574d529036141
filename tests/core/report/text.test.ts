import { formatText, summaryLine, tableLine } from "../../../src/core/report/text";
import { finding, report } from "./report-fixtures";

describe("formatText", () => {
  const findings = [
    finding({ severity: "error", cell: "E13", line: 3, indicator: "工作完成及时率" }),
    finding({
      severity: "warning",
      ruleId: "unit-mismatch",
      cell: "E13",
      line: 5,
      indicator: "接待人数",
      message: "计量单位却是「次」。",
    }),
    finding({
      severity: "info",
      sheet: "Sheet2",
      cell: "D4",
      row: 3,
      col: 3,
      project: "公务接待费",
      message: "提示一下。",
    }),
  ];

  it("prints the tables, then findings grouped by sheet and project with place and severity", () => {
    const text = formatText([
      report({ findings, problems: [{ sheet: "说明", message: "没有找到绩效目标表。" }] }),
    ]);
    const lines = text.split("\n");
    expect(lines[0]).toBe("申报表.xlsx");
    expect(text).toContain("Sheet1：公开表（一行一个项目），A3:E19，14 个项目，301 条指标");
    const sheet1 = lines.indexOf("  工作表「Sheet1」");
    const sheet2 = lines.indexOf("  工作表「Sheet2」");
    expect(sheet1).toBeGreaterThan(0);
    expect(sheet2).toBeGreaterThan(sheet1);
    expect(lines[sheet1 + 1]).toBe("    项目「政协协商议政服务中心」");
    // The message already names its indicator: not named twice.
    expect(lines[sheet1 + 2]).toBe("      E13 单元格第 3 行  错误  「工作完成及时率」没有填写指标值。");
    // This one does not: the indicator is put in front.
    expect(lines[sheet1 + 3]).toBe("      E13 单元格第 5 行  警告  「接待人数」计量单位却是「次」。");
    expect(lines[sheet2 + 2]).toBe("      D4  提示  提示一下。");
    expect(text).toContain("    说明：没有找到绩效目标表。");
  });

  it("ends with the summary line over all readable files, and counts unreadable ones apart", () => {
    const text = formatText([
      report({ findings }),
      report({ file: "b.xlsx", findings: [finding({ severity: "error" })] }),
      { file: "c.xlsx", tables: [], findings: [], problems: [], error: "文件已损坏。" },
    ]);
    const lines = text.trimEnd().split("\n");
    expect(lines[lines.length - 2]).toBe("共 2 个文件：错误 2，警告 1，提示 1");
    expect(lines[lines.length - 1]).toBe("另有 1 个文件无法读取。");
    expect(text).toContain("c.xlsx\n  无法读取：文件已损坏。");
  });

  it("says when a file has tables and no findings", () => {
    expect(formatText([report()])).toContain("  未发现问题。");
    expect(formatText([report()])).toContain("共 1 个文件：错误 0，警告 0，提示 0");
  });

  it("uses ANSI colour only when asked", () => {
    const plain = formatText([report({ findings })]);
    const coloured = formatText([report({ findings })], { color: true });
    expect(plain).not.toContain("\u001b[");
    expect(coloured).toContain("\u001b[31m错误\u001b[39m");
    expect(coloured).toContain("\u001b[33m警告\u001b[39m");
    // eslint-disable-next-line no-control-regex -- strips the ESC colour codes
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("mentions the marked copy when one was written", () => {
    expect(formatText([report({ markedCopy: "out/申报表.标记.xlsx" })])).toContain(
      "已生成标记副本：out/申报表.标记.xlsx",
    );
  });
});

describe("lines", () => {
  it("names layouts in Chinese", () => {
    expect(tableLine({ sheet: "表", layout: "long", range: "A1:L40", projects: 2, indicators: 38 })).toBe(
      "表：申报表（一行一条指标），A1:L40，2 个项目，38 条指标",
    );
    expect(
      tableLine({ sheet: "表", layout: "form", range: "A1:H30", projects: 1, indicators: 20 }),
    ).toContain("单项目表");
  });

  it("writes the summary exactly", () => {
    expect(summaryLine({ files: 3, errors: 4, warnings: 5, infos: 6 })).toBe(
      "共 3 个文件：错误 4，警告 5，提示 6",
    );
  });
});

describe("large reports", () => {
  it("formats a file with 200,000 findings (no argument-spreading limits)", () => {
    const findings = Array.from({ length: 200_000 }, (_, i) =>
      finding({
        severity: i % 2 ? "warning" : "error",
        cell: `E${i + 2}`,
        row: i + 1,
        project: `项目${i >> 2}`,
      }),
    );
    const text = formatText([report({ findings })]);
    expect(text.trimEnd().split("\n").pop()).toBe("共 1 个文件：错误 100000，警告 100000，提示 0");
  });
});
