/**
 * Write a marked copy of a workbook with exceljs: each offending cell filled for its worst severity and
 * given a note listing its findings (appended to any note the cell already has). The source file is
 * only read. Everything else exceljs round-trips is kept; fonts are not touched.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Finding } from "../core/finding";
import { appendMarkNote, marksFromFindings, NOTE_HEADER } from "../core/report/marks";
import { loadExcelJS } from "./exceljs";

export type WriteResult = { ok: true; marked: number } | { ok: false; message: string };

type NoteRun = { text: string; font?: unknown };
type RichNote = { texts?: NoteRun[] } & Record<string, unknown>;

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

export async function writeMarkedCopy(
  source: string,
  dest: string,
  findings: readonly Finding[],
): Promise<WriteResult> {
  if (path.resolve(source) === path.resolve(dest)) {
    return { ok: false, message: "标记副本不能覆盖原文件。" };
  }
  // The shared loader: exceljs with the merged-cell shim, as the reader uses it.
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  try {
    await wb.xlsx.readFile(source);
  } catch (e) {
    return { ok: false, message: `无法打开这个工作簿（${(e as Error).message}）。` };
  }
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
  try {
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await wb.xlsx.writeFile(dest);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === "EACCES" || code === "EPERM" ? "没有写入权限。" : `写入失败（${(e as Error).message}）。`,
    };
  }
  return { ok: true, marked };
}
