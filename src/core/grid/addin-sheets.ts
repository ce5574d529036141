/**
 * The task pane keeps the original formats of marked cells on very hidden sheets with this prefix
 * (src/excel/marks/hidden-sheet.ts). They are the add-in's bookkeeping, not the user's data: every reader
 * (the Excel adapter and the CLI) skips a very hidden sheet whose name starts with it.
 */
export const ADDIN_SHEET_PREFIX = "jixiao_原格式";

export function isAddinSheet(name: string, veryHidden: boolean): boolean {
  return veryHidden && name.startsWith(ADDIN_SHEET_PREFIX);
}
