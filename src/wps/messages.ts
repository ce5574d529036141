/** The WPS adapter's messages to the accountant, and WPS's errors turned into them. */

export const WPS_MSG = {
  notInWps: "未连接到 WPS 表格：请在 WPS 表格中打开本加载项。",
  noWorkbook: "WPS 表格中没有打开的工作簿，请先打开要检查的申报表。",
  sheetProtected: (sheet: string): string =>
    `工作表「${sheet}」受保护，未做改动。如需标记，请先在「审阅」选项卡中撤销工作表保护。`,
  sheetMissing: (sheet: string): string =>
    `找不到工作表「${sheet}」（可能已改名或删除），该表上的标记无法处理。`,
  recordUnreadable: "工作簿中保存的标记记录已损坏，无法据此恢复原来的格式。",
  structureProtected:
    "工作簿结构受保护，无法新建保存设置用的隐藏工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
  selectFailed: (sheet: string, cell: string): string =>
    `无法定位到「${sheet}」的 ${cell} 单元格（工作表可能已改名、隐藏或删除）。`,
  wpsError: (detail: string): string => `WPS 返回错误：${detail}`,
  insertProtected: (sheet: string): string =>
    `工作表「${sheet}」受保护，未做改动。如需插入，请先在「审阅」选项卡中撤销工作表保护。`,
  insertSheetMissing: (sheet: string): string =>
    `找不到工作表「${sheet}」（可能已改名或删除），未做改动。请重新读取所选行。`,
  insertStructureProtected:
    "工作簿结构受保护，无法新建工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
  insertChanged: (cell: string, now: string): string =>
    `表格在读取之后有改动（${cell} 现为「${clip(now)}」），未做改动。请重新选中项目，确认预览后再插入。`,
  insertMergesChanged: "表格中的合并单元格在读取之后有改动，未做改动。请重新选中项目后再插入。",
  insertNeedsConfirmation: (cells: readonly string[]): string =>
    `插入会替换 ${cells.length} 个有内容的单元格（${cells.slice(0, 5).join("、")}${cells.length > 5 ? " 等" : ""}），需要先确认，未做改动。`,
  insertUnlisted: (cell: string): string =>
    `单元格 ${cell} 有内容，但不在待确认的替换清单中，未做改动。请重新预览后再插入。`,
  undoNothing: "没有可撤销的插入。",
  // WPS keeps no undo step (Ctrl+Z) for an add-in's writes: the messages do not point to it.
  undoUnreadable: "工作簿中保存的插入记录已损坏，无法撤销，已清除该记录。请对照插入前的内容手动恢复。",
  undoGone: "插入的内容已不在表格中，无需再撤销，已清除撤销记录。",
  undoConflict: (cells: readonly { cell: string; now: string }[]): string =>
    `以下单元格在插入之后已被修改，未做改动：${cells
      .slice(0, 5)
      .map((c) => `${c.cell}（现为「${clip(c.now)}」）`)
      .join(
        "、",
      )}${cells.length > 5 ? ` 等 ${cells.length} 处` : ""}。请先改回插入后的内容再撤销，或手动恢复。`,
  undoMergesChanged: "插入的合并单元格之后已被改动，未做改动。请手动恢复。",
  undoSheetEdited: (sheet: string, cell: string): string =>
    `新建的工作表「${sheet}」中有插入之后填写的内容（如 ${cell}），撤销会删除整张工作表，未做改动。请手动处理。`,
  undoSheetMarked: (sheet: string): string =>
    `新建的工作表「${sheet}」上有检查标记，请先点击「清除标记」，再撤销插入。`,
};

/** Long cell text shortened for a message. */
function clip(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}

/** Any failure of a WPS call as a Chinese message. */
export function wpsErrorMessage(err: unknown): string {
  const e = err as { message?: unknown } | null;
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return WPS_MSG.wpsError(message || "未知错误");
}
