import { appendMarkNote, marksFromFindings, MARK_FILL, NOTE_HEADER } from "../../../src/core/report/marks";
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
    expect(marks[0].note).toBe(
      `${NOTE_HEADER}\n错误：第3行 「工作完成及时率」没有指标值。\n提示：第2行 提示甲。`,
    );
    expect(marks[2].note).toBe(`${NOTE_HEADER}\n提示：只是提示。`);
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
