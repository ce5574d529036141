/**
 * Property, on every host: check → mark (maybe twice, maybe across reopening the file, with the user's
 * edits in between) → clear returns every cell to exactly how it looked — fill (No Fill, white, colours,
 * patterns, tints), font colour, note / 批注 — except what the user changed, which stays as the user
 * made it; afterwards the workbook holds no marks.
 */
import fc from "fast-check";
import type { Finding } from "../../src/core/finding";
import { toA1 } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  cellAt,
  fakeSheet,
  fakeWorkbook,
  workbookLooks,
  type CellLook,
  type FakeFill,
  type FakeWorkbookData,
} from "../excel/fake-excel";
import { finding, value } from "../excel/helpers";
import { EACH_HOST } from "./hosts";

const SHEETS = ["表", "表 2"];
const ROWS = 6;
const COLS = 5;
const PER_SHEET = ROWS * COLS;
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
  fc.constantFrom("请复核", "  ", "第一行\n第二行", "结尾有空格  "),
);
const originalArb = fc.record({ cell: cellArb, fill: fillArb, font: fontArb, note: fc.option(textArb) });
type Original = { cell: number; fill: FakeFill; font: string; note: string | null };
const findingsArb = fc.array(
  fc.record({ cell: cellArb, sev: fc.constantFrom<Finding["severity"]>("error", "warning", "info") }),
  { maxLength: 20 },
);
type Edit =
  | { cell: number; kind: "fill"; fill: FakeFill }
  | { cell: number; kind: "font"; font: string }
  | { cell: number; kind: "note"; note: string | null };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ cell: cellArb, kind: fc.constant("fill" as const), fill: fillArb }),
  fc.record({ cell: cellArb, kind: fc.constant("font" as const), font: fontArb }),
  fc.record({ cell: cellArb, kind: fc.constant("note" as const), note: fc.option(textArb) }),
);
const markArb = fc.record({ checkFirst: fc.boolean(), findings: findingsArb });

function build(originals: Original[]): FakeWorkbookData {
  const values = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => ((r + c) % 3 ? `v${r}${c}` : null)),
  );
  const data = fakeWorkbook(SHEETS.map((name) => fakeSheet({ name, values })));
  for (const o of originals) {
    const [sheet, a] = at(o.cell);
    const s = data.sheets.find((x) => x.name === sheet)!;
    Object.assign(cellAt(s, a, true), { fill: o.fill, font: o.font });
    if (o.note !== null) s.notes.set(a, o.note);
  }
  return data;
}

function applyEdit(data: FakeWorkbookData, e: Edit): void {
  const [sheet, a] = at(e.cell);
  const s = data.sheets.find((x) => x.name === sheet)!;
  if (e.kind === "fill") cellAt(s, a, true).fill = e.fill;
  else if (e.kind === "font") cellAt(s, a, true).font = e.font;
  else if (e.note === null) s.notes.delete(a);
  else s.notes.set(a, e.note);
}

function expected(before: Map<string, CellLook>, edits: Edit[]): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const [k, v] of before) out.set(k, { ...v });
  for (const e of edits) {
    const [sheet, a] = at(e.cell);
    const k = `${sheet}!${a}`;
    const look = out.get(k) ?? { fill: { none: true }, font: "#000000", note: null, comment: null };
    if (e.kind === "fill") look.fill = e.fill;
    else if (e.kind === "font") look.font = e.font;
    else look.note = e.note;
    out.set(k, look);
  }
  for (const [k, v] of out)
    if (v.fill.none && v.font === "#000000" && v.note === null && v.comment === null) out.delete(k);
  return out;
}

const toFindings = (list: { cell: number; sev: Finding["severity"] }[]): Finding[] =>
  list.map((f, i) => finding(...at(f.cell), f.sev, `问题${i}`));

describe.each(EACH_HOST)("mark → clear exact restore on %s", (_name, host) => {
  it("restores every cell exactly, except the user's own edits", async () => {
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
          const data = build(originals);
          const before = workbookLooks(data);
          let g = host.open(data);
          const edit = (): void => edits.forEach((e) => applyEdit(data, e));
          const mark = async (m: typeof first): Promise<void> => {
            if (m.checkFirst) value(await g.check(DEFAULT_SETTINGS));
            value(await g.mark(toFindings(m.findings)));
          };
          await mark(first);
          if (second !== null) {
            if (when.editBeforeRemark) edit();
            if (when.reopenBeforeRemark) g = host.open(data);
            await mark(second);
            if (!when.editBeforeRemark) edit();
          } else edit();
          if (when.reopenBeforeClear) g = host.open(data);
          value(await g.clearMarks());
          expect(workbookLooks(data)).toEqual(expected(before, edits));
          expect(value(await host.open(data).loadState()).hasMarks).toBe(false);
        },
      ),
      { numRuns: 120 },
    );
  }, 180_000);
});
