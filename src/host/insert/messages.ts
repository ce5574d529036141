/**
 * What template insertion says on every host when it refuses, word for word the same in Excel and WPS.
 * Each adapter adds what is its own: required versions, and whether the host's undo (Ctrl+Z) can help.
 */

/** Long cell text shortened for a message. */
function clipCellText(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}

/** 「A1（现为「…」）、B2（现为「…」）」 and how many more, for a list of changed cells. */
export function changedCells(cells: readonly { cell: string; now: string }[]): string {
  const shown = cells
    .slice(0, 5)
    .map((c) => `${c.cell}（现为「${clipCellText(c.now)}」）`)
    .join("、");
  return `${shown}${cells.length > 5 ? ` 等 ${cells.length} 处` : ""}`;
}

export const INSERT_MSG = {
  insertProtected: (sheet: string): string =>
    `工作表「${sheet}」受保护，未做改动。如需插入，请先在「审阅」选项卡中撤销工作表保护。`,
  insertSheetMissing: (sheet: string): string =>
    `找不到工作表「${sheet}」（可能已改名或删除），未做改动。请重新读取所选行。`,
  insertStructureProtected:
    "工作簿结构受保护，无法新建工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
  insertChanged: (cell: string, now: string): string =>
    `表格在读取之后有改动（${cell} 现为「${clipCellText(now)}」），未做改动。请重新选中项目，确认预览后再插入。`,
  insertMergesChanged: "表格中的合并单元格在读取之后有改动，未做改动。请重新选中项目后再插入。",
  insertNeedsConfirmation: (cells: readonly string[]): string =>
    `插入会替换 ${cells.length} 个有内容的单元格（${cells.slice(0, 5).join("、")}${cells.length > 5 ? " 等" : ""}），需要先确认，未做改动。`,
  insertUnlisted: (cell: string): string =>
    `单元格 ${cell} 有内容，但不在待确认的替换清单中，未做改动。请重新预览后再插入。`,
  undoNothing: "没有可撤销的插入。",
  undoSheetEdited: (sheet: string, cell: string): string =>
    `新建的工作表「${sheet}」中有插入之后填写的内容（如 ${cell}），撤销会删除整张工作表，未做改动。请手动处理。`,
  undoSheetMarked: (sheet: string): string =>
    `新建的工作表「${sheet}」上有检查标记，请先点击「清除标记」，再撤销插入。`,
};
