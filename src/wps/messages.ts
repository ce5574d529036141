/** The WPS adapter's messages to the accountant, and WPS's errors turned into them. */

export const WPS_MSG = {
  notInWps: "未连接到 WPS 表格：请在 WPS 表格中打开本加载项。",
  noWorkbook: "WPS 表格中没有打开的工作簿，请先打开要检查的申报表。",
  sheetProtected: (sheet: string): string =>
    `工作表“${sheet}”受保护，未做改动。如需标记，请先在“审阅”选项卡中撤销工作表保护。`,
  sheetMissing: (sheet: string): string =>
    `找不到工作表“${sheet}”（可能已改名或删除），该表上的标记无法处理。`,
  recordUnreadable: "工作簿中保存的标记记录已损坏，无法据此恢复原来的格式。",
  structureProtected:
    "工作簿结构受保护，无法新建保存设置用的隐藏工作表，未做改动。请先在“审阅”选项卡中撤销工作簿保护。",
  selectFailed: (sheet: string, cell: string): string =>
    `无法定位到“${sheet}”的 ${cell} 单元格（工作表可能已改名、隐藏或删除）。`,
  wpsError: (detail: string): string => `WPS 返回错误：${detail}`,
  insertUnsupported:
    "WPS 版暂不支持插入指标模板：请在 Excel 加载项或网页版中插入，或按任务窗格中的预览手动填写。",
  undoNothing: "没有可撤销的插入。",
};

/** Any failure of a WPS call as a Chinese message. */
export function wpsErrorMessage(err: unknown): string {
  const e = err as { message?: unknown } | null;
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return WPS_MSG.wpsError(message || "未知错误");
}
