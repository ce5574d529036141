/** The name 生成模板工作表 gives the sheet (or 本单位模板 (2) … when taken); its own module, loaded with the pane. */
export const TEMPLATE_SHEET_NAME = "本单位模板";
