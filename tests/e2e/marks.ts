/**
 * What the workbook must look like after 在表格中标记: every error or warning cell in Excel's light red or
 * yellow with dark text, every finding cell annotated the way the host supports (note, threaded comment,
 * or not at all) — an info cell gets the annotation only — and every other cell exactly as in the
 * original file. And after 清除标记: every cell exactly as in the original file.
 */
import * as assert from "node:assert/strict";
import type { MarkTarget } from "../../src/excel/marks/mark-plan";
import { MARK_FILL } from "../../src/host/marks-record";
import { appendToUserNote } from "../../src/host/note-text";
import { diffSnapshots, type CellSnapshot, type WorkbookSnapshot } from "../../preview/workbook-json";

export type Annotation = "notes" | "comments" | "none";

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function assertMarked(
  original: WorkbookSnapshot,
  after: WorkbookSnapshot,
  targets: Map<string, Map<string, MarkTarget>>,
  annotation: Annotation,
): void {
  const problems: string[] = [];
  for (const before of original.sheets) {
    const now = after.sheets.find((s) => s.name === before.name);
    if (!now) {
      problems.push(`sheet ${before.name} is gone`);
      continue;
    }
    const wanted = targets.get(before.name) ?? new Map<string, MarkTarget>();
    for (const address of new Set([...Object.keys(before.cells), ...Object.keys(now.cells)])) {
      const b: CellSnapshot = before.cells[address] ?? {};
      const a: CellSnapshot = now.cells[address] ?? {};
      const where = `${before.name}!${address}`;
      const target = wanted.get(address);
      if (!target) {
        if (!same(b, a))
          problems.push(
            `${where} is not a finding cell but changed: ${JSON.stringify(b)} → ${JSON.stringify(a)}`,
          );
        continue;
      }
      if (target.sev === "i") {
        if (!same(a.fill, b.fill) || !same(a.font, b.font))
          problems.push(`${where} is an info cell but its fill or font changed`);
      } else {
        const fill = a.fill && !a.fill.none ? a.fill.color : null;
        if (fill !== MARK_FILL[target.sev])
          problems.push(`${where} fill ${fill}, expected ${MARK_FILL[target.sev]}`);
        // Marks never recolour text (rich text could not be put back).
        if (!same(a.font, b.font)) problems.push(`${where} font ${a.font}, expected ${b.font} as before`);
      }
      if (!same(b.value, a.value) || !same(b.formula, a.formula)) problems.push(`${where} value changed`);
      const note = annotation === "notes" ? appendToUserNote(b.note ?? null, target.text) : b.note;
      if (!same(a.note, note))
        problems.push(`${where} note: ${JSON.stringify(a.note)}, expected ${JSON.stringify(note)}`);
      const comment = annotation === "comments" ? target.text : b.comment;
      if (!same(a.comment, comment))
        problems.push(`${where} comment: ${JSON.stringify(a.comment)}, expected ${JSON.stringify(comment)}`);
    }
    for (const address of wanted.keys())
      if (!now.cells[address]) problems.push(`${before.name}!${address} was not marked`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `after marking (${problems.length} problems)`);
}

/** Cells a mark reports as marked: filled ones, and info cells where a note or comment can be written. */
export function markedCount(targets: Map<string, Map<string, MarkTarget>>, annotation: Annotation): number {
  let n = 0;
  for (const cells of targets.values())
    for (const t of cells.values()) if (t.sev !== "i" || annotation !== "none") n++;
  return n;
}

/** Every cell of every sheet as in the original; `withSettings` also compares the add-in's saved keys. */
export function assertRestored(
  original: WorkbookSnapshot,
  after: WorkbookSnapshot,
  withSettings = true,
): void {
  const a = withSettings ? after : { ...after, settingKeys: original.settingKeys };
  assert.deepEqual(diffSnapshots(original, a), [], "the workbook differs from the original file");
}
