/**
 * `npm run examples`: writes the example workbooks into examples/ from the seed fixture.
 * Usage: node build/scripts/make-examples.js [outDir] [seedFile]   (paths relative to the current directory)
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildFormWorkbook } from "./examples/form-workbook";
import { buildLongWorkbook } from "./examples/long-workbook";
import { MEETING_PROJECT } from "./examples/meeting-project";
import { buildWideWorkbook } from "./examples/wide-workbook";
import { stampZipDates } from "./examples/zip-dates";
import { seedToRows } from "./seed-to-rows";

export const SEED_FIXTURE = "tests/fixtures/seed/menyuan-cppcc-2024-disclosure.txt";
export const EXAMPLE_FILES = {
  wide: "menyuan-cppcc-2024-wide.xlsx",
  long: "menyuan-cppcc-2024-long.xlsx",
  form: "single-project-form.xlsx",
} as const;

/** Writes the three workbooks; returns their paths. Rejects with a Chinese message when the seed is unreadable. */
export async function writeExamples(outDir: string, seedFile: string): Promise<string[]> {
  const seed = seedToRows(await readFile(seedFile, "utf8"));
  if (seed.problems.length > 0) {
    throw new Error(`种子文件 ${seedFile} 无法完整读取：\n${seed.problems.join("\n")}`);
  }
  await mkdir(outDir, { recursive: true });
  const books = [
    [EXAMPLE_FILES.wide, buildWideWorkbook(seed)],
    [EXAMPLE_FILES.long, buildLongWorkbook(seed)],
    [EXAMPLE_FILES.form, buildFormWorkbook(MEETING_PROJECT)],
  ] as const;
  const written: string[] = [];
  for (const [name, wb] of books) {
    const file = path.join(outDir, name);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await writeFile(file, stampZipDates(bytes));
    written.push(file);
  }
  return written;
}

async function main(argv: string[]): Promise<number> {
  const [outDir = "examples", seedFile = SEED_FIXTURE] = argv;
  try {
    for (const file of await writeExamples(outDir, seedFile)) process.stdout.write(`已生成 ${file}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`生成示例失败：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
