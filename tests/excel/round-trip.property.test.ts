/**
 * Property: check → mark (maybe twice, with or without a check first, maybe across save and reopen)
 * → clear returns every cell to exactly how it looked — fill (No Fill, white, colours, patterns,
 * tints), font colour, note, comment — except what the user changed in between, which stays as the
 * user made it; the record and the hidden sheets are gone afterwards.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
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
import { finding, rig, value, type Rig } from "./helpers";

const SHEETS = ["表", "表 2"];
const ROWS = 6;
const COLS = 5;
const PER_SHEET = ROWS * COLS;
/** [sheet, cell] for a cell number 0 … SHEETS.length × PER_SHEET − 1. */
const at = (n: number): [string, string] => [
  SHEETS[Math.floor(n / PER_SHEET)],
  toA1(Math.floor((n % PER_SHEET) / COLS), n % COLS),
];
const cellArb = fc.nat(SHEETS.length * PER_SHEET - 1);
const OURS = new Set(["#FFC7CE", "#FFEB9C", "#9C0006", "#9C5700"]);

const color = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, "0").toUpperCase()}`)
  .filter((c) => !OURS.has(c));
const fillArb: fc.Arbitrary<FakeFill> = fc.oneof(
  fc.constant<FakeFill>({ none: true }),
  fc.constant<FakeFill>({
    none: false,
    color: "#FFFFFF",
    pattern: "Solid",
    tint: 0,
    patternColor: "#000000",
  }),
  color.map((c): FakeFill => ({ none: false, color: c, pattern: "Solid", tint: 0, patternColor: "#000000" })),
  fc.record({
    none: fc.constant(false as const),
    color,
    pattern: fc.constantFrom("Gray25", "LightDown", "Checker", "Solid", "LinearGradient"),
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
const originalArb = fc.record({
  cell: cellArb,
  fill: fillArb,
  font: fontArb,
  note: fc.option(textArb),
  comment: fc.option(textArb),
});
const findingsArb = fc.array(
  fc.record({ cell: cellArb, sev: fc.constantFrom<Finding["severity"]>("error", "warning", "info") }),
  { maxLength: 20 },
);

type Edit =
  | { cell: number; kind: "fill"; fill: FakeFill }
  | { cell: number; kind: "font"; font: string }
  | { cell: number; kind: "note"; note: string | null }
  | { cell: number; kind: "comment"; comment: string };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ cell: cellArb, kind: fc.constant("fill" as const), fill: fillArb }),
  fc.record({ cell: cellArb, kind: fc.constant("font" as const), font: fontArb }),
  fc.record({ cell: cellArb, kind: fc.constant("note" as const), note: fc.option(textArb) }),
  fc.record({ cell: cellArb, kind: fc.constant("comment" as const), comment: textArb }),
);

/** How one mark is reached: straight after a check (one round trip), or on its own. */
const markArb = fc.record({ checkFirst: fc.boolean(), findings: findingsArb });

const commentAt = (data: FakeWorkbookData, sheet: string, cell: string) =>
  [...data.comments.values()].find((m) => m.sheet === sheet && m.cell === cell);

function build(originals: Original[], withComments: boolean): FakeWorkbookData {
  const values = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => ((r + c) % 3 ? `v${r}${c}` : null)),
  );
  const data = fakeWorkbook(SHEETS.map((name) => fakeSheet({ name, values })));
  for (const o of originals) {
    const [sheet, a] = at(o.cell);
    const s = data.sheets.find((x) => x.name === sheet)!;
    Object.assign(cellAt(s, a, true), { fill: o.fill, font: o.font });
    // A cell holds a note or a comment thread, not both.
    if (withComments && o.comment !== null && !s.notes.has(a)) {
      if (!commentAt(data, sheet, a)) addComment(data, sheet, a, o.comment);
    } else if (o.note !== null && !commentAt(data, sheet, a)) s.notes.set(a, o.note);
  }
  return data;
}

/** Apply a user's edit to the workbook; returns false when Excel would not allow it (note + comment). */
function applyEdit(data: FakeWorkbookData, e: Edit): boolean {
  const [sheet, a] = at(e.cell);
  const s = data.sheets.find((x) => x.name === sheet)!;
  const comment = commentAt(data, sheet, a);
  if (e.kind === "fill") cellAt(s, a, true).fill = e.fill;
  else if (e.kind === "font") cellAt(s, a, true).font = e.font;
  else if (e.kind === "note") {
    if (comment) return false;
    if (e.note === null) s.notes.delete(a);
    else s.notes.set(a, e.note);
  } else {
    if (s.notes.has(a)) return false;
    if (comment) comment.content = e.comment;
    else addComment(data, sheet, a, e.comment);
  }
  return true;
}

/** What the user should see at the end: the original, with the user's edits on top. */
function expected(before: Map<string, CellLook>, edits: Edit[]): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const [k, v] of before) out.set(k, { ...v });
  for (const e of edits) {
    const [sheet, a] = at(e.cell);
    const k = `${sheet}!${a}`;
    const look = out.get(k) ?? { fill: { none: true }, font: "#000000", note: null, comment: null };
    if (e.kind === "fill") look.fill = e.fill;
    else if (e.kind === "font") look.font = e.font;
    else if (e.kind === "note") look.note = e.note;
    else look.comment = e.comment;
    out.set(k, look);
  }
  for (const [k, v] of out)
    if (v.fill.none && v.font === "#000000" && v.note === null && v.comment === null) out.delete(k);
  return out;
}

const toFindings = (list: { cell: number; sev: Finding["severity"] }[]): Finding[] =>
  list.map((f, i) => finding(...at(f.cell), f.sev, `问题${i}`));

describe.each([
  ["notes", "1.20", false],
  ["notes", "1.18", false],
  ["threaded comments", "1.14", true],
  ["fills only", "1.9", false],
])("check → mark → clear round trip with %s (ExcelApi %s)", (_label, api, withComments) => {
  it("restores every cell exactly, except the user's own edits, and leaves no record or hidden sheet", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(originalArb, { maxLength: 20 }),
        markArb,
        fc.option(markArb),
        fc.array(editArb, { maxLength: 6 }),
        fc.record({
          editBeforeRemark: fc.boolean(),
          reopenBeforeRemark: fc.boolean(),
          reopenBeforeClear: fc.boolean(),
        }),
        async (originals, first, second, edits, when) => {
          const data = build(originals, withComments);
          const before = workbookLooks(data);
          let r: Rig = rig(data, api);
          const done: Edit[] = [];
          const edit = (): void => {
            for (const e of edits) if (applyEdit(data, e)) done.push(e);
          };
          const mark = async (m: {
            checkFirst: boolean;
            findings: { cell: number; sev: Finding["severity"] }[];
          }): Promise<void> => {
            if (m.checkFirst) value(await r.gateway.check(DEFAULT_SETTINGS));
            const trips = r.excel.stats.roundTrips;
            value(await r.gateway.mark(toFindings(m.findings)));
            // Straight after a check: one round trip, none when there is nothing to write (new threaded
            // comments are added in a second one).
            if (m.checkFirst && !withComments)
              expect(r.excel.stats.roundTrips - trips).toBeLessThanOrEqual(1);
          };
          await mark(first);
          if (second !== null) {
            if (when.editBeforeRemark) edit();
            if (when.reopenBeforeRemark) r = rig(data, api);
            await mark(second);
            if (!when.editBeforeRemark) edit();
          } else edit();
          if (when.reopenBeforeClear) r = rig(data, api);
          value(await r.gateway.clearMarks());
          expect(workbookLooks(data)).toEqual(expected(before, done));
          expect(data.settings.size).toBe(0);
          expect(data.sheets.map((s) => s.name)).toEqual(SHEETS);
        },
      ),
      { numRuns: 150 },
    );
  }, 180_000);
});
