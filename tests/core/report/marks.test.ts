import {
  appendMarkNote,
  markNote,
  marksFromFindings,
  MARK_FILL,
  NOTE_HEADER,
  NOTE_MAX_LISTED,
  noteSize,
  resultRows,
} from "../../../src/core/report/marks";
import { finding } from "./report-fixtures";

describe("marksFromFindings", () => {
  it("gives one mark per cell, filled for its worst severity, its findings in the note worst first", () => {
    const marks = marksFromFindings([
      finding({ severity: "info", cell: "E13", line: 2, message: "提示甲。" }),
      finding({
        severity: "error",
        cell: "E13",
        line: 3,
        indicator: "工作完成及时率",
        message: "没有指标值。",
      }),
      finding({ severity: "warning", cell: "D13", row: 12, col: 3, message: "目标太短。" }),
      finding({ severity: "info", cell: "C13", row: 12, col: 2, message: "只是提示。" }),
    ]);
    expect(marks.map((m) => [m.cell, m.severity, m.fill])).toEqual([
      ["E13", "error", "FFFFC7CE"],
      ["D13", "warning", "FFFFEB9C"],
      ["C13", "info", null],
    ]);
    // Errors and warnings are listed; 提示 only counted, per rule by its Chinese name.
    expect(marks[0].note).toBe(
      `${NOTE_HEADER}\n错误（第 3 行）：「工作完成及时率」没有指标值。\n提示 1 条：缺少指标值 1 条。`,
    );
    expect(marks[2].note).toBe(`${NOTE_HEADER}\n提示 1 条：缺少指标值 1 条。`);
  });

  it("keeps cells of different sheets apart", () => {
    const marks = marksFromFindings([
      finding({ severity: "error", sheet: "A" }),
      finding({ severity: "warning", sheet: "B" }),
    ]);
    expect(marks.map((m) => `${m.sheet}!${m.cell}`)).toEqual(["A!E13", "B!E13"]);
  });

  it("uses Excel's light red and light yellow", () => {
    expect(MARK_FILL).toEqual({ error: "FFFFC7CE", warning: "FFFFEB9C", info: null });
  });
});

describe("markNote", () => {
  it("lists errors before warnings, each by line in the cell, and counts 提示 per rule", () => {
    const note = markNote([
      finding({ severity: "warning", line: 9, message: "警告九。" }),
      finding({ severity: "info", ruleId: "operator-missing", line: 1, message: "甲" }),
      finding({ severity: "error", line: 12, message: "错误十二。" }),
      finding({ severity: "info", ruleId: "operator-missing", line: 2, message: "乙" }),
      finding({ severity: "info", ruleId: "duration-uncapped", line: 3, message: "丙" }),
      finding({ severity: "warning", line: 4, message: "警告四。" }),
    ]);
    expect(note.split("\n")).toEqual([
      NOTE_HEADER,
      "错误（第 12 行）：错误十二。",
      "警告（第 4 行）：警告四。",
      "警告（第 9 行）：警告九。",
      "提示 3 条：没有计算符号 2 条、会期天数没有上限 1 条。",
    ]);
  });

  it("stays short: past the limit the rest of the errors and warnings are counted", () => {
    const many = Array.from({ length: NOTE_MAX_LISTED + 3 }, (_, i) =>
      finding({ severity: "error", line: i + 1, message: `错误${i + 1}。` }),
    );
    const lines = markNote(many).split("\n");
    expect(lines).toHaveLength(NOTE_MAX_LISTED + 2);
    expect(lines[lines.length - 1]).toBe("……另有 3 条错误或警告，见「检查结果」表或任务窗格。");
  });
});

describe("noteSize", () => {
  it("grows with the text, within bounds", () => {
    const small = noteSize(`${NOTE_HEADER}\n提示 1 条：没有计算符号 1 条。`);
    const long = noteSize(
      `${NOTE_HEADER}\n${"错误：很长的说明文字。".repeat(12)}\n${"警告：又一条。".repeat(8)}`,
    );
    expect(small.width).toBeLessThan(long.width);
    expect(small.height).toBeLessThan(long.height);
    expect(long.width).toBeLessThanOrEqual(300);
    expect(small.height).toBeGreaterThanOrEqual(40);
    expect(noteSize("x".repeat(100_000)).height).toBeLessThanOrEqual(420);
  });
});

describe("resultRows", () => {
  it("errors, warnings, 提示; sheet order then row and line; Chinese rule names and readable places", () => {
    const rows = resultRows(
      [
        finding({ severity: "info", ruleId: "operator-missing", sheet: "甲", line: 2, message: "提示。" }),
        finding({ severity: "warning", sheet: "乙", row: 3, cell: "E4", message: "警告。" }),
        finding({ severity: "error", sheet: "乙", row: 5, cell: "E6", line: 9, message: "错误二。" }),
        finding({ severity: "error", sheet: "甲", row: 7, cell: "E8", message: "错误一。" }),
      ],
      ["甲", "乙"],
    );
    expect(rows.map((r) => [r.severity, r.place, r.rule, r.message])).toEqual([
      ["错误", "「甲」E8", "缺少指标值", "错误一。"],
      ["错误", "「乙」E6 单元格第 9 行", "缺少指标值", "错误二。"],
      ["警告", "「乙」E4", "缺少指标值", "警告。"],
      ["提示", "「甲」E13 单元格第 2 行", "没有计算符号", "提示。"],
    ]);
    expect(rows[1]).toMatchObject({ sheetName: "乙", cell: "E6", ruleId: "value-missing" });
  });
});

describe("appendMarkNote", () => {
  const block = `${NOTE_HEADER}\n错误：没有指标值。`;

  it("appends after the user's note", () => {
    expect(appendMarkNote("张三：\n请核对金额", block)).toBe(`张三：\n请核对金额\n\n${block}`);
    expect(appendMarkNote("", block)).toBe(block);
  });

  it("replaces the block left by an earlier check instead of piling up", () => {
    const once = appendMarkNote("原批注", `${NOTE_HEADER}\n警告：旧问题。`);
    expect(appendMarkNote(once, block)).toBe(`原批注\n\n${block}`);
  });
});
