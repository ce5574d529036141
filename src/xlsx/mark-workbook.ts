/**
 * Marking a workbook held by exceljs: each offending cell filled for its worst severity and given a note
 * listing its findings (appended to any note the cell already has). Everything else exceljs round-trips
 * is kept; fonts are not touched. No Node APIs: the CLI's --out-marked and the web edition's 下载标记副本
 * both mark through this, so their copies are the same.
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../core/finding";
import { appendMarkNote, marksFromFindings, NOTE_HEADER } from "../core/report/marks";

type NoteRun = { text: string; font?: unknown };
export type RichNote = { texts?: NoteRun[] } & Record<string, unknown>;

/** The note a marked cell ends up with; rich notes keep their runs (and fonts) up to our block. */
export function noteWithMark(existing: string | RichNote | undefined, block: string): string | RichNote {
  if (existing === undefined || existing === null) return block;
  if (typeof existing === "string") return appendMarkNote(existing, block);
  const runs = existing.texts ?? [];
  const plain = runs.map((r) => r.text ?? "").join("");
  const cut = plain.lastIndexOf(NOTE_HEADER);
  let remaining = cut >= 0 ? cut : plain.length;
  const kept: NoteRun[] = [];
  for (const r of runs) {
    if (remaining <= 0) break;
    const text = (r.text ?? "").slice(0, remaining);
    remaining -= text.length;
    kept.push({ ...r, text });
  }
  while (kept.length > 0) {
    const last = kept[kept.length - 1];
    const trimmed = last.text.replace(/\s+$/, "");
    if (trimmed) {
      kept[kept.length - 1] = { ...last, text: trimmed };
      break;
    }
    kept.pop();
  }
  kept.push({ text: kept.length > 0 ? `\n\n${block}` : block });
  return { ...existing, texts: kept };
}

/** Mark the findings' cells in `wb`; returns the number of cells marked. */
export function markWorkbook(wb: ExcelJS.Workbook, findings: readonly Finding[]): number {
  let marked = 0;
  for (const mark of marksFromFindings(findings)) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.row + 1, mark.col + 1).master;
    if (mark.fill) {
      // Styles are shared between cells that look alike: give this cell its own copy.
      cell.style = {
        ...cell.style,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: mark.fill } },
      };
    }
    cell.note = noteWithMark(cell.note as string | RichNote | undefined, mark.note) as
      ExcelJS.Comment | string;
    marked++;
  }
  return marked;
}
