/**
 * What the mark → clear property tests generate, shared by tests/excel/round-trip.property.test.ts (the
 * Excel adapter, every API level) and tests/host/mark-clear.property.test.ts (every host): two sheets
 * of 6 × 5 cells whose originals have fills (No Fill, white, colours, patterns, tints, gradients), font
 * colours, rich text (runs of characters in different colours), built-in styles (好 / 差 / 适中), notes
 * and — where the host has them — threaded comments; findings to mark; the user's edits in between; and
 * what the user should see after 清除标记.
 */
import fc from "fast-check";
import type { Finding } from "../../src/core/finding";
import { toA1 } from "../../src/core/grid";
import {
  addComment,
  applyBuiltinStyle,
  BUILTIN_STYLES,
  cellAt,
  fakeSheet,
  fakeWorkbook,
  GRADIENT_FILL,
  isDefaultLook,
  setFontColor,
  setRuns,
  type CellLook,
  type FakeFill,
  type FakeRun,
  type FakeWorkbookData,
} from "../excel/fake-excel";
import { finding } from "../excel/helpers";

export const SHEETS = ["表", "表 2"];
const ROWS = 6;
const COLS = 5;
const PER_SHEET = ROWS * COLS;

/** [sheet, cell] for a cell number 0 … SHEETS.length × PER_SHEET − 1. */
export const at = (n: number): [string, string] => [
  SHEETS[Math.floor(n / PER_SHEET)],
  toA1(Math.floor((n % PER_SHEET) / COLS), n % COLS),
];
const cellArb = fc.nat(SHEETS.length * PER_SHEET - 1);

/**
 * The marks' own colours. A user's fill of exactly these cannot be told from a mark, so the user's own
 * fills avoid them; the built-in styles 差 and 适中 have them, and are generated as originals.
 */
const OURS = new Set(["#FFC7CE", "#FFEB9C", "#9C0006", "#9C5700"]);

const color = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, "0").toUpperCase()}`)
  .filter((c) => !OURS.has(c));

export const fillArb: fc.Arbitrary<FakeFill> = fc.oneof(
  fc.constant<FakeFill>({ none: true }),
  fc.constant<FakeFill>(GRADIENT_FILL),
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

/** Rich text: two or three runs in different colours (the cell's font colour then reads null). */
const runsArb: fc.Arbitrary<FakeRun[]> = fc.uniqueArray(
  fc.record({ text: fc.string({ minLength: 1, maxLength: 4 }), font: fontArb }),
  { minLength: 2, maxLength: 3, selector: (r) => r.font },
);
const styleArb = fc.constantFrom(...Object.keys(BUILTIN_STYLES));

const BASE_TEXTS = ["请复核", "  ", "第一行\n第二行", "结尾有空格  "];

export interface Original {
  cell: number;
  fill: FakeFill;
  font: string;
  /** A built-in style applied first (its fill and font colour then stand instead of fill and font). */
  style: string | null;
  /** Rich text, set after the style. */
  runs: FakeRun[] | null;
  note: string | null;
  comment: string | null;
}

export type Edit =
  | { cell: number; kind: "fill"; fill: FakeFill }
  | { cell: number; kind: "font"; font: string }
  | { cell: number; kind: "runs"; runs: FakeRun[] }
  | { cell: number; kind: "note"; note: string | null }
  | { cell: number; kind: "comment"; comment: string };

export interface ModelOptions {
  /** The host has threaded comments: originals and edits include them. */
  comments: boolean;
  /** Note texts with Windows line ends too. */
  crlf: boolean;
}

export function arbitraries(o: ModelOptions) {
  const textArb: fc.Arbitrary<string> = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom<string>(...BASE_TEXTS, ...(o.crlf ? ["Windows\r\n换行"] : [])),
  );
  const originalArb: fc.Arbitrary<Original> = fc.record({
    cell: cellArb,
    fill: fillArb,
    font: fontArb,
    style: fc.option(styleArb, { freq: 4 }),
    runs: fc.option(runsArb, { freq: 3 }),
    note: fc.option(textArb),
    comment: o.comments ? fc.option(textArb) : fc.constant(null),
  });
  const noteArb: fc.Arbitrary<string | null> = fc.option(textArb);
  const edits: fc.Arbitrary<Edit>[] = [
    fc.record({ cell: cellArb, kind: fc.constant("fill" as const), fill: fillArb }),
    fc.record({ cell: cellArb, kind: fc.constant("font" as const), font: fontArb }),
    fc.record({ cell: cellArb, kind: fc.constant("runs" as const), runs: runsArb }),
    fc.record({ cell: cellArb, kind: fc.constant("note" as const), note: noteArb }),
  ];
  if (o.comments)
    edits.push(fc.record({ cell: cellArb, kind: fc.constant("comment" as const), comment: textArb }));
  const findingsArb = fc.array(
    fc.record({ cell: cellArb, sev: fc.constantFrom<Finding["severity"]>("error", "warning", "info") }),
    { maxLength: 20 },
  );
  /** How one mark is reached: straight after a check (one round trip), or on its own. */
  const markArb = fc.record({ checkFirst: fc.boolean(), findings: findingsArb });
  return { originalArb, editArb: fc.oneof(...edits), markArb };
}

const commentAt = (data: FakeWorkbookData, sheet: string, cell: string) =>
  [...data.comments.values()].find((m) => m.sheet === sheet && m.cell === cell);

export function build(originals: readonly Original[]): FakeWorkbookData {
  const values = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => ((r + c) % 3 ? `v${r}${c}` : null)),
  );
  const data = fakeWorkbook(SHEETS.map((name) => fakeSheet({ name, values })));
  for (const o of originals) {
    const [sheet, a] = at(o.cell);
    const s = data.sheets.find((x) => x.name === sheet)!;
    const cell = cellAt(s, a, true);
    if (o.style !== null) applyBuiltinStyle(cell, o.style);
    else Object.assign(cell, { fill: o.fill, font: o.font });
    if (o.runs !== null) setRuns(cell, o.runs);
    // A cell holds a note or a comment thread, not both.
    if (o.comment !== null && !s.notes.has(a)) {
      if (!commentAt(data, sheet, a)) addComment(data, sheet, a, o.comment);
    } else if (o.note !== null && !commentAt(data, sheet, a)) s.notes.set(a, o.note);
  }
  return data;
}

/** Apply a user's edit to the workbook; false when Excel would not allow it (a note and a comment). */
export function applyEdit(data: FakeWorkbookData, e: Edit): boolean {
  const [sheet, a] = at(e.cell);
  const s = data.sheets.find((x) => x.name === sheet)!;
  const comment = commentAt(data, sheet, a);
  if (e.kind === "fill") cellAt(s, a, true).fill = e.fill;
  else if (e.kind === "font") setFontColor(cellAt(s, a, true), e.font);
  else if (e.kind === "runs") setRuns(cellAt(s, a, true), e.runs);
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
export function expected(before: Map<string, CellLook>, edits: readonly Edit[]): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const [k, v] of before) out.set(k, { ...v });
  for (const e of edits) {
    const [sheet, a] = at(e.cell);
    const k = `${sheet}!${a}`;
    const look = out.get(k) ?? { fill: { none: true }, font: "#000000", note: null, comment: null };
    if (e.kind === "fill") look.fill = e.fill;
    else if (e.kind === "font") {
      look.font = e.font;
      delete look.runs;
    } else if (e.kind === "runs") look.runs = e.runs.map((r) => ({ ...r }));
    else if (e.kind === "note") look.note = e.note;
    else look.comment = e.comment;
    out.set(k, look);
  }
  for (const [k, v] of out) if (isDefaultLook(v)) out.delete(k);
  return out;
}

export const toFindings = (list: { cell: number; sev: Finding["severity"] }[]): Finding[] =>
  list.map((f, i) => finding(...at(f.cell), f.sev, `问题${i}`));
