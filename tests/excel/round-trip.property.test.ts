/**
 * Property: mark (maybe twice) then clear returns every cell to exactly how it looked — fill (No Fill,
 * white, colours, patterns, tints), font colour, note, comment — except what the user changed in
 * between, which stays as the user made it.
 */
import fc from "fast-check";
import { toA1 } from "../../src/core/grid";
import type { Finding } from "../../src/core/finding";
import {
  addComment,
  cellAt,
  fakeSheet,
  fakeWorkbook,
  workbookLooks,
  type CellLook,
  type FakeFill,
  type FakeWorkbookData,
} from "./fake-excel";
import { finding, rig, value } from "./helpers";

const ROWS = 6;
const COLS = 5;
const CELLS = Array.from({ length: ROWS * COLS }, (_, i) => toA1(Math.floor(i / COLS), i % COLS));
const OURS = new Set(["#FFC7CE", "#FFEB9C", "#9C0006", "#9C5700"]);

const color = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, "0").toUpperCase()}`)
  .filter((c) => !OURS.has(c));
const fillArb: fc.Arbitrary<FakeFill> = fc.oneof(
  fc.constant<FakeFill>({ none: true }),
  fc.constant<FakeFill>({ none: false, color: "#FFFFFF", pattern: "Solid", tint: 0, patternColor: "#000000" }),
  color.map((c): FakeFill => ({ none: false, color: c, pattern: "Solid", tint: 0, patternColor: "#000000" })),
  fc.record({
    none: fc.constant(false as const),
    color,
    pattern: fc.constantFrom("Gray25", "LightDown", "Checker", "Solid"),
    tint: fc.constantFrom(0, -0.25, 0.4),
    patternColor: color,
  }),
);
const fontArb = fc.oneof(fc.constant("#000000"), color);
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom("请复核", "  ", "第一行\n第二行", "结尾有空格  ", "Windows\r\n换行"),
);

interface Original {
  cell: number;
  fill: FakeFill;
  font: string;
  note: string | null;
  comment: string | null;
}
const originalArb = fc.record({ cell: fc.nat(CELLS.length - 1), fill: fillArb, font: fontArb, note: fc.option(textArb), comment: fc.option(textArb) });
const findingsArb = fc.array(fc.record({ cell: fc.nat(CELLS.length - 1), sev: fc.constantFrom<Finding["severity"]>("error", "warning", "info") }), { maxLength: 20 });

type Edit =
  | { cell: number; kind: "fill"; fill: FakeFill }
  | { cell: number; kind: "font"; font: string }
  | { cell: number; kind: "note"; note: string | null }
  | { cell: number; kind: "comment"; comment: string };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ cell: fc.nat(CELLS.length - 1), kind: fc.constant("fill" as const), fill: fillArb }),
  fc.record({ cell: fc.nat(CELLS.length - 1), kind: fc.constant("font" as const), font: fontArb }),
  fc.record({ cell: fc.nat(CELLS.length - 1), kind: fc.constant("note" as const), note: fc.option(textArb) }),
  fc.record({ cell: fc.nat(CELLS.length - 1), kind: fc.constant("comment" as const), comment: textArb }),
);

function build(originals: Original[], withComments: boolean): FakeWorkbookData {
  const values = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLS }, (_, c) => (r + c) % 3 ? `v${r}${c}` : null));
  const data = fakeWorkbook([fakeSheet({ name: "表", values })]);
  const s = data.sheets[0];
  for (const o of originals) {
    const a = CELLS[o.cell];
    Object.assign(cellAt(s, a, true), { fill: o.fill, font: o.font });
    // A cell holds a note or a comment thread, not both.
    if (withComments && o.comment !== null && !s.notes.has(a)) {
      if (![...data.comments.values()].some((m) => m.cell === a)) addComment(data, "表", a, o.comment);
    } else if (o.note !== null && ![...data.comments.values()].some((m) => m.cell === a)) s.notes.set(a, o.note);
  }
  return data;
}

/** Apply a user's edit to the workbook; returns false when Excel would not allow it (note + comment). */
function applyEdit(data: FakeWorkbookData, e: Edit): boolean {
  const s = data.sheets[0];
  const a = CELLS[e.cell];
  const comment = [...data.comments.values()].find((m) => m.cell === a);
  if (e.kind === "fill") cellAt(s, a, true).fill = e.fill;
  else if (e.kind === "font") cellAt(s, a, true).font = e.font;
  else if (e.kind === "note") {
    if (comment) return false;
    if (e.note === null) s.notes.delete(a);
    else s.notes.set(a, e.note);
  } else {
    if (s.notes.has(a)) return false;
    if (comment) comment.content = e.comment;
    else addComment(data, "表", a, e.comment);
  }
  return true;
}

/** What the user should see at the end: the original, with the user's edits on top. */
function expected(before: Map<string, CellLook>, edits: Edit[]): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const [k, v] of before) out.set(k, { ...v });
  for (const e of edits) {
    const k = `表!${CELLS[e.cell]}`;
    const look = out.get(k) ?? { fill: { none: true }, font: "#000000", note: null, comment: null };
    if (e.kind === "fill") look.fill = e.fill;
    else if (e.kind === "font") look.font = e.font;
    else if (e.kind === "note") look.note = e.note;
    else look.comment = e.comment;
    out.set(k, look);
  }
  for (const [k, v] of out) if (v.fill.none && v.font === "#000000" && v.note === null && v.comment === null) out.delete(k);
  return out;
}

const toFindings = (list: { cell: number; sev: Finding["severity"] }[]): Finding[] =>
  list.map((f, i) => finding("表", CELLS[f.cell], f.sev, `问题${i}`));

describe.each([
  ["notes", "1.20", false],
  ["threaded comments", "1.14", true],
  ["fills only", "1.9", false],
])("mark → clear round trip with %s (ExcelApi %s)", (_label, api, withComments) => {
  it("restores every cell exactly, except the user's own edits", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(originalArb, { maxLength: 15 }),
        findingsArb,
        fc.option(findingsArb),
        fc.array(editArb, { maxLength: 6 }),
        fc.boolean(),
        async (originals, first, second, edits, editBeforeRemark) => {
          const data = build(originals, withComments);
          const before = workbookLooks(data);
          const { gateway } = rig(data, api);
          const done: Edit[] = [];
          const edit = (): void => {
            for (const e of edits) if (applyEdit(data, e)) done.push(e);
          };
          value(await gateway.mark(toFindings(first)));
          if (second !== null) {
            if (editBeforeRemark) edit();
            value(await gateway.mark(toFindings(second)));
            if (!editBeforeRemark) edit();
          } else edit();
          value(await gateway.clearMarks());
          expect(workbookLooks(data)).toEqual(expected(before, done));
          expect(data.settings.size).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
