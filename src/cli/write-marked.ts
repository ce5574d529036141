/**
 * Write a marked copy of a workbook with exceljs (the marking itself is src/xlsx/mark-workbook.ts, shared
 * with the web edition's 下载标记副本), then its notes sized to their text and a 「检查结果」 sheet added
 * (src/xlsx/mark-copy.ts). The source file is only read, and no existing file is replaced (marked-copy.ts).
 * Charts are not kept: exceljs 4.4.0 does not write them.
 */
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Finding } from "../core/finding";
import { markCopy } from "../xlsx/mark-copy";
import { noteWithMark } from "../xlsx/mark-workbook";
import { addMarker, isMarkedCopy, writeNewFile } from "./marked-copy";
import { numberedName } from "./paths";
import { loadWorkbook, readFileBytes } from "./read-xlsx";

export type WriteResult = { ok: true; marked: number; path: string } | { ok: false; message: string };

export { noteWithMark };

export { markCopy };

export interface SaveOptions {
  /** How the marker names the original (its file name). */
  sourceName: string;
  /** Paths that must never be written (the inputs of the run). */
  avoid?: ReadonlySet<string>;
  /** Replace `dest` when it is the tool's own earlier marked copy (--force, and the demo's out/). */
  replaceMarked?: boolean;
}

function writeFailure(e: unknown): WriteResult {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return { ok: false, message: "没有写入权限。" };
  if (code === "ENOSPC") return { ok: false, message: "磁盘空间不足。" };
  if (code === "ENOTDIR" || code === "EEXIST")
    return { ok: false, message: "目标位置有同名文件，不是文件夹。" };
  return { ok: false, message: "写入失败。" };
}

/**
 * Save the marked workbook as `dest`, or — when a file of that name exists — as "… (2).xlsx",
 * "… (3).xlsx" and so on: no existing file is ever replaced (except the tool's own earlier copy with
 * `replaceMarked`). `path` is where it went.
 */
export async function saveMarkedWorkbook(
  wb: ExcelJS.Workbook,
  dest: string,
  opts: SaveOptions,
): Promise<WriteResult> {
  let data: Buffer;
  try {
    data = addMarker(Buffer.from(await wb.xlsx.writeBuffer()), opts.sourceName);
  } catch (e) {
    return { ok: false, message: `无法生成工作簿（${(e as Error).message}）。` };
  }
  try {
    for (let n = 1; n <= MAX_NUMBERED; n++) {
      const candidate = numberedName(dest, n);
      if (opts.avoid?.has(path.resolve(candidate))) continue;
      if (n === 1 && opts.replaceMarked && (await isMarkedCopy(candidate))) {
        await writeNewFile(candidate, data, true);
        return { ok: true, marked: 0, path: candidate };
      }
      if ((await writeNewFile(candidate, data)) === "written")
        return { ok: true, marked: 0, path: candidate };
    }
  } catch (e) {
    return writeFailure(e);
  }
  return { ok: false, message: `同名的文件太多（已有 ${MAX_NUMBERED} 个），请换一个文件夹。` };
}

const MAX_NUMBERED = 1000;

/** Read `source`, mark it and save the copy as `dest` (or a free name next to it). */
export async function writeMarkedCopy(
  source: string,
  dest: string,
  findings: readonly Finding[],
  opts: { replaceMarked?: boolean } = {},
): Promise<WriteResult> {
  if (path.resolve(source) === path.resolve(dest)) {
    return { ok: false, message: "标记副本不能覆盖原文件。" };
  }
  const read = await readFileBytes(source);
  if (!read.ok) return { ok: false, message: read.message };
  const loaded = await loadWorkbook(read.buf, path.basename(source));
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const marked = markCopy(loaded.wb, findings);
  const saved = await saveMarkedWorkbook(loaded.wb, dest, {
    sourceName: path.basename(source),
    avoid: new Set([path.resolve(source)]),
    replaceMarked: opts.replaceMarked,
  });
  return saved.ok ? { ...saved, marked } : saved;
}
