import type { ReadingStrings } from "./reading-zh-CN";

const PART: Record<"name" | "amount" | "goal", string> = {
  name: "project name",
  amount: "amount",
  goal: "goal",
};

export const readingEn: ReadingStrings = {
  heading: "What was read",
  table: ({ sheet, range, kind }) => `Sheet "${sheet}" ${range} · ${kind}`,
  headerAt: (rows) => `header: ${rows}`,
  columns: "Columns",
  column: (letter) => `Column ${letter}`,
  project: (name, n) => `Project "${name}" · ${n} indicator(s)`,
  unnamed: "(no name read)",
  status: { found: "read", empty: "blank", absent: "not found", uncertain: "uncertain" },
  noCell: "no cell",
  goTo: (part, cell) => `Select the ${part} cell ${cell}`,
  correctPart: "Use the selected cell",
  correctPartLabel: (part, project) => `Use the selected cell as the ${part} of "${project}"`,
  correctColumn: "Use the selected column as target column",
  undo: "Undo correction",
  undoLabel: (what) => `Undo correction: ${what}`,
  correctedMark: "(corrected)",
  needsLook: "please review",
  skipped: (n) => `${n} row(s) not read as indicators`,
  noTables: "No performance-target table was recognised.",
  selectOnSheet: (sheet) => `Select the right cell on sheet "${sheet}" first.`,
  corrected: (part, cell) => `The ${PART[part]} is now ${cell}; checked again. Saved in this workbook.`,
  columnCorrected: (column) => `The target column is now ${column}; checked again. Saved in this workbook.`,
  undone: "Correction undone; checked again.",
};
