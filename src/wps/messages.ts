/** The WPS adapter's messages to the accountant, and WPS's errors turned into them. */

import { changedCells, INSERT_MSG } from "../host/insert/messages";

export const WPS_MSG = {
  ...INSERT_MSG,
  notInWps: "未连接到 WPS 表格：请在 WPS 表格中打开本加载项。",
  noWorkbook: "WPS 表格中没有打开的工作簿，请先打开要检查的申报表。",
  sheetProtected: (sheet: string): string =>
    `工作表「${sheet}」受保护，未做改动。如需标记，请先在「审阅」选项卡中撤销工作表保护。`,
  sheetMissing: (sheet: string): string =>
    `找不到工作表「${sheet}」（可能已改名或删除），该表上的标记无法处理。`,
  recordUnreadable: "工作簿中保存的标记记录已损坏，无法据此恢复原来的格式。",
  structureProtected:
    "工作簿结构受保护，无法新建保存设置用的隐藏工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
  resultsSheetStructureProtected:
    "工作簿结构受保护，无法添加「检查结果」工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
  selectFailed: (sheet: string, cell: string): string =>
    `无法定位到「${sheet}」的 ${cell} 单元格（工作表可能已改名、隐藏或删除）。`,
  wpsError: (detail: string): string => `WPS 返回错误：${detail}`,
  // WPS keeps no undo step (Ctrl+Z) for an add-in's writes: the messages do not point to it.
  undoUnreadable: "工作簿中保存的插入记录已损坏，无法撤销，已清除该记录。请对照插入前的内容手动恢复。",
  undoGone: "插入的内容已不在表格中，无需再撤销，已清除撤销记录。",
  undoConflict: (cells: readonly { cell: string; now: string }[]): string =>
    `以下单元格在插入之后已被修改，未做改动：${changedCells(cells)}。请先改回插入后的内容再撤销，或手动恢复。`,
  undoMergesChanged: "插入的合并单元格之后已被改动，未做改动。请手动恢复。",
};

/** Any failure of a WPS call as a Chinese message. */
export function wpsErrorMessage(err: unknown): string {
  const e = err as { message?: unknown } | null;
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return WPS_MSG.wpsError(message || "未知错误");
}
