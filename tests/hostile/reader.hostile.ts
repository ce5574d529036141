/**
 * The web edition's reader (src/xlsx/read-workbook.ts: the sniffing and limits shared with the CLI,
 * then exceljs) on the hostile suite's files: each is refused with its one Chinese line, within a hang
 * guard, before exceljs expands anything. The CLI runs on the same files in cli.hostile.ts.
 */
import type ExcelJS from "exceljs";
import { workbookFromXlsx } from "../../src/xlsx/read-workbook";
import { HOSTILE_FILES } from "./inputs";

type ExcelJSModule = typeof ExcelJS;
let excel: ExcelJSModule;
beforeAll(async () => {
  excel = (await import("exceljs")) as ExcelJSModule;
});

/**
 * A hang guard for one file, not a speed test: refusals take well under a second on an idle machine,
 * and tens of seconds when a 2-core machine is shared by many jobs.
 */
const HANG_GUARD_MS = 60_000;

describe("every hostile file gets its one Chinese line from the web edition's reader", () => {
  test.each(HOSTILE_FILES.map((h) => [h.what, h] as const))(
    "%s",
    async (_what, h) => {
      const bytes = new Uint8Array(h.make());
      const started = Date.now();
      const read = await workbookFromXlsx(excel, bytes, h.file);
      expect(Date.now() - started).toBeLessThan(HANG_GUARD_MS);
      if (read.ok) throw new Error(`${h.what}: read as a workbook`);
      expect(read.message).toMatch(h.says);
      if (h.never) expect(read.message).not.toMatch(h.never);
      // One line of Chinese, no library message.
      expect(read.message).not.toMatch(/\n|Error|undefined|zip/i);
      expect(read.message).toMatch(/[\u4e00-\u9fff]/);
    },
    120_000,
  );
});
