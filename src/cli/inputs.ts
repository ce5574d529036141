/**
 * Turn the paths on the command line into the list of workbooks to check, in the order given: a file
 * stands for itself (whatever its name: reading it says what it really is); a folder for every .xlsx
 * and .xlsm below it (recursively, sorted by name), leaving out Excel's "~$" lock files and the tool's
 * own marked copies — recognised by the property written into them, not by their name or folder. A
 * path that cannot be used becomes an error item in place.
 */
import { promises as fs, statSync } from "fs";
import * as path from "path";
import { isMarkedCopy } from "./marked-copy";
import { isXlsxName } from "./read-xlsx";

export type InputItem =
  | {
      kind: "file";
      /** Absolute path to read. */
      path: string;
      /** As shown in reports: the argument, or argument/relative path for files found in a folder. */
      display: string;
      /** Path below the folder argument (for mirroring folders in --out-marked). */
      relative?: string;
    }
  | { kind: "error"; display: string; message: string };

export const INPUT_MESSAGES = {
  missing: "找不到这个文件或文件夹。",
  emptyFolder: "文件夹里（含子文件夹）没有 .xlsx 文件。",
  onlyMarked: "文件夹里（含子文件夹）只有本工具生成的标记副本，没有要检查的 .xlsx 文件。",
  unreadableFolder: "无法读取这个文件夹。",
} as const;

export interface ExpandOptions {
  cwd: string;
}

export async function expandInputs(args: readonly string[], opts: ExpandOptions): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for (const arg of args) {
    const abs = path.resolve(opts.cwd, arg);
    let isDir: boolean;
    try {
      // Blocking: nothing else runs yet, and a one-file run then never loads fs.promises (a few ms).
      isDir = statSync(abs).isDirectory();
    } catch {
      out.push({ kind: "error", display: arg, message: INPUT_MESSAGES.missing });
      continue;
    }
    if (!isDir) {
      out.push({ kind: "file", path: abs, display: arg });
      continue;
    }
    const found: string[] = [];
    const problems: InputItem[] = [];
    await walk(abs, "", found, problems, arg);
    let skipped = 0;
    for (const rel of found) {
      const file = path.join(abs, rel);
      if (await isMarkedCopy(file)) {
        skipped++;
        continue;
      }
      out.push({ kind: "file", path: file, display: path.join(arg, rel), relative: rel });
    }
    out.push(...problems);
    if (found.length === skipped && problems.length === 0) {
      const message = skipped > 0 ? INPUT_MESSAGES.onlyMarked : INPUT_MESSAGES.emptyFolder;
      out.push({ kind: "error", display: arg, message });
    }
  }
  return out;
}

async function walk(
  root: string,
  rel: string,
  found: string[],
  problems: InputItem[],
  arg: string,
): Promise<void> {
  const dir = path.join(root, rel);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    problems.push({ kind: "error", display: path.join(arg, rel), message: INPUT_MESSAGES.unreadableFolder });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const child = rel ? path.join(rel, e.name) : e.name;
    // Symbolic links to folders are not followed (no loops); links to files are checked.
    if (e.isDirectory()) await walk(root, child, found, problems, arg);
    else if ((e.isFile() || e.isSymbolicLink()) && isXlsxName(e.name)) {
      if (e.isSymbolicLink()) {
        const st = await fs.stat(path.join(root, child)).catch(() => null);
        if (!st || !st.isFile()) continue;
      }
      found.push(child);
    }
  }
}
