import { en, loadStrings, pickStrings, zhCN } from "../../src/taskpane/i18n";
import { clearMessage, markMessage } from "../../src/taskpane/state/result-text";

describe("pane language", () => {
  test("Chinese unless Office's display language is English", () => {
    expect(pickStrings("zh-CN")).toBe(zhCN);
    expect(pickStrings(undefined)).toBe(zhCN);
    expect(pickStrings("fr-FR")).toBe(zhCN);
    expect(pickStrings("en-US")).toBe(en);
    expect(pickStrings("EN-gb")).toBe(en);
  });

  test("the pane loads the same choice (English as a chunk of its own)", async () => {
    await expect(loadStrings("zh-CN")).resolves.toBe(zhCN);
    await expect(loadStrings(undefined)).resolves.toBe(zhCN);
    await expect(loadStrings("fr-FR")).resolves.toBe(zhCN);
    await expect(loadStrings("en-US")).resolves.toBe(en);
  });

  test("both languages have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  test("cell addresses read as the accountant says them", () => {
    expect(zhCN.cellAddress({ sheet: "Sheet1", cell: "E13", line: 3, showSheet: false })).toBe(
      "E13 单元格第 3 行",
    );
    expect(zhCN.cellAddress({ sheet: "2024年", cell: "C5", showSheet: true })).toBe("「2024年」C5");
    expect(en.cellAddress({ sheet: "S", cell: "E13", line: 3, showSheet: true })).toBe(
      "'S'!E13 (line 3 in the cell)",
    );
  });
});

describe("mark and clear messages", () => {
  test("marking: count, then each sheet that was skipped", () => {
    expect(
      markMessage(zhCN, { marked: 37, skipped: [{ sheet: "X", message: "工作表「X」受保护，未标记。" }] }),
    ).toBe("已标记 37 个单元格；工作表「X」受保护，未标记。");
    expect(markMessage(zhCN, { marked: 1, skipped: [] })).toBe("已标记 1 个单元格。");
    expect(markMessage(en, { marked: 2, skipped: [{ sheet: "X", message: "Sheet X is protected." }] })).toBe(
      "Marked 2 cells; Sheet X is protected.",
    );
  });

  test("clearing: restored cells, and the cells the user edited since", () => {
    expect(clearMessage(zhCN, { restored: 37, keptUserEdits: 3, skipped: [] })).toBe(
      "已恢复 37 个单元格，3 个单元格您已修改，保持不变。",
    );
    expect(
      clearMessage(zhCN, {
        restored: 0,
        keptUserEdits: 0,
        skipped: [{ sheet: "X", message: "工作表「X」受保护" }],
      }),
    ).toBe("已恢复 0 个单元格；工作表「X」受保护。");
  });
});
