/** The adapter's messages to the accountant, and Excel's errors turned into them. */

import { changedCells, INSERT_MSG } from "../host/insert/messages";

export const MSG = {
  ...INSERT_MSG,
  tooOldToRead: "当前 Excel 版本过旧，无法读取工作簿（需要 Excel 2016 或更新版本）。",
  noMarks:
    "当前 Excel 版本不支持在表格中标记（需要 ExcelApi 1.9 及以上，如 Microsoft 365 或 Excel 2019 之后的版本）。检查结果请在任务窗格中查看。",
  sheetProtected: (sheet: string): string =>
    `工作表「${sheet}」受保护，未做改动。如需标记，请先在「审阅」选项卡中撤销工作表保护。`,
  sheetMissing: (sheet: string): string =>
    `找不到工作表「${sheet}」（可能已改名或删除），该表上的标记无法处理。`,
  notesUnavailable:
    "表格中的标记是用较新版本的 Excel 添加的（带注释），当前版本读不到这些注释，无法安全地清除或重新标记。请在较新版本的 Excel 中操作。",
  recordTooLarge: (kept: number, total: number): string =>
    `需要标记的单元格过多（${total} 个），只标记了最严重的 ${kept} 个；其余请在任务窗格中查看。`,
  commentsRefused:
    "部分单元格已有注释（旧式批注），Excel 不允许再添加批注，这些单元格及其后的单元格只标了颜色；全部问题请在任务窗格中查看。",
  recordUnreadable: "工作簿中保存的标记记录已损坏，无法据此恢复原来的格式。",
  originalsLost: "部分单元格原来的格式记录已丢失，清除标记时这些单元格改为无填充、黑色字体。",
  changedSinceCheck: (detail: string): string =>
    `表格在检查之后有改动，标记没有全部完成（已写上的标记仍可正常清除）。请重新检查后再标记。（${detail}）`,
  tooLarge: (detail: string): string =>
    `表格过大：${detail}，分成小块读写后仍然超出。请删除多余的行列或拆分工作表后再试。`,
  selectFailed: (sheet: string, cell: string): string =>
    `无法定位到「${sheet}」的 ${cell} 单元格（工作表可能已改名或删除）。`,
  excelError: (detail: string): string => `Excel 返回错误：${detail}`,
  insertTooOld:
    "当前 Excel 版本不支持插入指标（需要 ExcelApi 1.9 及以上，如 Microsoft 365 或 Excel 2019 之后的版本）。",
  undoUnreadable:
    "工作簿中保存的插入记录已损坏，无法撤销，已清除该记录。如需恢复，请使用 Excel 的撤销（Ctrl+Z）。",
  undoGone: "插入的内容已不在表格中（可能已用 Ctrl+Z 撤销），无需再撤销，已清除撤销记录。",
  undoConflict: (cells: readonly { cell: string; now: string }[]): string =>
    `以下单元格在插入之后已被修改，未做改动：${changedCells(cells)}。请手动恢复，或使用 Excel 的撤销（Ctrl+Z）。`,
  undoMergesChanged: "插入的合并单元格之后已被改动，未做改动。请手动恢复，或使用 Excel 的撤销（Ctrl+Z）。",
  notInExcel: "未连接到 Excel：请在 Excel 中打开本加载项。",
  resultsSheetTooOld:
    "当前 Excel 版本不支持添加「检查结果」工作表（需要 ExcelApi 1.9 及以上，如 Microsoft 365 或 Excel 2019 之后的版本）。检查结果请在任务窗格中查看。",
  resultsSheetStructureProtected:
    "工作簿结构受保护，无法添加「检查结果」工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
};

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);
const PROTECTED_CODES = new Set(["AccessDenied", "InvalidOperationInCellEditMode"]);

/** Whether Excel refused the request for its size (not for anything in the workbook). */
export function isPayloadError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_CODES.has(code);
}

/** An Excel (OfficeExtension.Error) or any other failure as a Chinese message. */
export function excelErrorMessage(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = e && typeof e.code === "string" ? e.code : "";
  const message = e && typeof e.message === "string" ? e.message : String(err);
  if (PAYLOAD_CODES.has(code)) return MSG.tooLarge("Excel 一次能传送的数据有限（约 5 MB）");
  if (code === "InvalidOperationInCellEditMode")
    return "Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 退出编辑后再试。";
  if (PROTECTED_CODES.has(code)) return `工作表或工作簿受保护，Excel 拒绝了修改。（${message}）`;
  return MSG.excelError(message || code || "未知错误");
}

export { fail, ok } from "../host/outcome";
