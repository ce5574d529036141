/** 生成模板工作表 and 从当前工作表导入, in every host's words (no imports: loaded with the pane). */
export const TEMPLATE_SHEET_MSG = {
  added: (sheet: string): string =>
    `已添加工作表「${sheet}」，其中写好了模板。请按本单位的情况修改，再点击「从当前工作表导入」。`,
  structureProtected:
    "工作簿结构受保护，无法添加模板工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
  unreadable: (sheet: string, detail: string): string => `无法读取工作表「${sheet}」：${detail}`,
};
