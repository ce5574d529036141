/**
 * Applying the accountant's corrections (model/corrections.ts) to what the reader found. A corrected
 * part is read from the named cell and its reading says so; a corrected target column replaces the one
 * the header suggested before the grid is read.
 */
import { columnLetters, parseA1 } from "../grid";
import type { Project, ReadingCorrection, ReadPart } from "../model";
import { cleanProjectName, normalizeText, parseAmount } from "../parse";
import type { HeaderMatch } from "./find-header";
import { clipText } from "./reading-parts";
import { cellText, type SheetView } from "./sheet-view";

/** A header with its target column moved where a correction says. */
export function correctHeader(
  view: SheetView,
  header: HeaderMatch,
  corrections: readonly ReadingCorrection[],
): HeaderMatch {
  const c = corrections.find(
    (x) => x.kind === "targetColumn" && x.sheet === view.name && x.headerRow === header.top,
  );
  if (!c || c.kind !== "targetColumn") return header;
  const col = parseA1(`${c.column}1`)?.col;
  if (col === undefined) return header;
  return {
    ...header,
    columns: { ...header.columns, value: col },
    evidence: { ...header.evidence, value: `由使用者指定：指标值在 ${columnLetters(col)} 列。` },
  };
}

/** The project with its corrected parts read from the cells the accountant pointed at. */
export function correctProject(
  view: SheetView,
  project: Project,
  amountUnit: "万元" | "元",
  corrections: readonly ReadingCorrection[],
): void {
  for (const c of corrections) {
    if (c.kind !== "part" || c.sheet !== view.name || c.projectKey !== project.key) continue;
    const at = parseA1(c.cell);
    if (!at) continue;
    const ref = view.ref(at.row, at.col);
    const cell = view.shownCell(at.row, at.col);
    const text = cellText(cell);
    const part: ReadPart = {
      status: text === "" ? "empty" : "found",
      cell: ref,
      text: clipText(text, 60),
      evidence: `由使用者指定：${c.cell} 单元格。`,
    };
    if (c.part === "name") {
      project.rawName = text;
      project.name = cleanProjectName(text);
      project.cells.name = ref;
    } else if (c.part === "amount") {
      const parsed = parseAmount(cell, amountUnit);
      project.amount = parsed.amount;
      project.amountProblem = parsed.problem;
      project.amountText = text;
      project.cells.amount = ref;
      if (parsed.amount !== null) part.evidence += ` 读作 ${parsed.amount.toString()} 万元。`;
    } else {
      project.goal = normalizeText(text);
      project.cells.goal = ref;
    }
    if (project.reading) project.reading[c.part] = part;
  }
}
