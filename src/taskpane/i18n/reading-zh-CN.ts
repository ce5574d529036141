/** The 识别结果 section's words (what the reader understood, and the accountant's corrections). */
import { PART_LABEL, type PartName } from "../../core/model";

export interface ReadingStrings {
  heading: string;
  /** A table's title line: sheet, range and kind. */
  table: (t: { sheet: string; range: string; kind: string }) => string;
  headerAt: (rows: string) => string;
  columns: string;
  column: (letter: string) => string;
  project: (name: string, indicators: number) => string;
  unnamed: string;
  status: Record<"found" | "empty" | "absent" | "uncertain", string>;
  noCell: string;
  /** The clickable cell of a part: selects it in the sheet. */
  goTo: (part: string, cell: string) => string;
  correctPart: string;
  correctPartLabel: (part: string, project: string) => string;
  correctColumn: string;
  undo: string;
  undoLabel: (what: string) => string;
  correctedMark: string;
  /** Beside a table whose reading has a part 未找到 or 不确定. */
  needsLook: string;
  skipped: (n: number) => string;
  noTables: string;
  selectOnSheet: (sheet: string) => string;
  corrected: (part: PartName, cell: string) => string;
  columnCorrected: (column: string) => string;
  undone: string;
}

export const readingZhCN: ReadingStrings = {
  heading: "识别结果",
  table: ({ sheet, range, kind }) => `工作表「${sheet}」${range} · ${kind}`,
  headerAt: (rows) => `表头在${rows}`,
  columns: "各列",
  column: (letter) => `${letter} 列`,
  project: (name, n) => `项目「${name}」· ${n} 条指标`,
  unnamed: "（未识别出名称）",
  status: { found: "已识别", empty: "空白", absent: "未找到", uncertain: "不确定" },
  noCell: "无单元格",
  goTo: (part, cell) => `选中${part}所在单元格 ${cell}`,
  correctPart: "改为当前选中的单元格",
  correctPartLabel: (part, project) => `将「${project}」的${part}改为当前选中的单元格`,
  correctColumn: "指标值列改为当前选中的列",
  undo: "撤销更正",
  undoLabel: (what) => `撤销更正：${what}`,
  correctedMark: "（已更正）",
  needsLook: "请核对",
  skipped: (n) => `${n} 行未作为指标`,
  noTables: "没有识别出绩效目标表。",
  selectOnSheet: (sheet) => `请先在工作表「${sheet}」中选中正确的单元格，再点「改为当前选中的单元格」。`,
  corrected: (part, cell) => `已将${PART_LABEL[part]}改为 ${cell}，并已重新检查。更正保存在本工作簿中。`,
  columnCorrected: (column) => `已将指标值列改为 ${column} 列，并已重新检查。更正保存在本工作簿中。`,
  undone: "已撤销更正，并已重新检查。",
};
