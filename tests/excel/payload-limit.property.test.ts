/**
 * Property: under any payload limit, and whether Excel refuses a request over it whole or runs the part
 * that fits, check → mark → (check → mark again) → clear ends with the workbook exactly as it began.
 * Each action either does what it does without the limit or gives 表格过大; a clear refused that way
 * is done again without the limit (the accountant on desktop Excel), and must still put everything back.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Finding } from "../../src/core/finding";
import { workbookLooks, workbookSnapshot, type FakeWorkbookData, type PayloadLimit } from "./fake-excel";
import { rig, value, type Rig } from "./helpers";
import { formattedTable, SHEET } from "./payload-fixture";

const PROJECTS = 60;

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** Ok, or refused as too large (the only failure a payload limit may cause). */
function okOrTooLarge<T>(out: Result<T>): T | null {
  if (out.ok) return out.value;
  expect(out.message).toMatch(/^表格过大/);
  return null;
}

const userLooks = (data: FakeWorkbookData) =>
  new Map([...workbookLooks(data)].filter(([k]) => k.startsWith(`${SHEET}!`)));

/** Check (without the limit if it is refused under it), then mark under the limit. */
async function checkAndMark(
  r: Rig,
  limit: PayloadLimit,
  pick: (f: Finding[]) => Finding[],
): Promise<{ findings: Finding[]; marked: number | null }> {
  r.excel.payloadLimit = limit;
  const before = workbookSnapshot(r.excel.data);
  let checked = okOrTooLarge(await r.gateway.check(DEFAULT_SETTINGS));
  if (!checked) {
    expect(workbookSnapshot(r.excel.data)).toEqual(before);
    r.excel.payloadLimit = null;
    checked = value(await r.gateway.check(DEFAULT_SETTINGS));
    r.excel.payloadLimit = limit;
  }
  const findings = pick(checked.findings);
  const marked = okOrTooLarge(await r.gateway.mark(findings));
  return { findings, marked: marked ? marked.marked : null };
}

describe.each([
  ["notes", "1.20", true],
  ["threaded comments", "1.12", false],
  ["fills only", "1.9", false],
])("under any payload limit (%s, ExcelApi %s)", (_label, api, notes) => {
  it("marks what an unlimited mark marks, or nothing a clear cannot undo", async () => {
    /** The user's sheet after marking `findings` without a limit. */
    const reference = async (pick: (f: Finding[]) => Finding[]): Promise<Map<string, unknown>> => {
      const data = formattedTable(PROJECTS, notes);
      const r = rig(data, api);
      value(await r.gateway.mark(pick(value(await r.gateway.check(DEFAULT_SETTINGS)).findings)));
      return userLooks(data);
    };
    const all = (f: Finding[]) => f;
    const half = (f: Finding[]) => f.filter((_, i) => i % 2 === 0);
    const full = await reference(all);
    const halfLooks = await reference(half);

    await fc.assert(
      fc.asyncProperty(
        // Spread evenly (no bias to the ends): from refusing everything to refusing only the one big batch.
        fc.noBias(fc.integer({ min: 2_000, max: 120_000 })),
        fc.constantFrom<PayloadLimit["request"]>("refused", "prefix"),
        fc.boolean(),
        async (chars, request, again) => {
          const limit: PayloadLimit = { chars, request };
          const data = formattedTable(PROJECTS, notes);
          const original = workbookSnapshot(data);
          const r = rig(data, api);

          const first = await checkAndMark(r, limit, all);
          if (first.marked !== null) expect(userLooks(data)).toEqual(full);
          if (again) {
            const second = await checkAndMark(r, limit, half);
            if (second.marked !== null) expect(userLooks(data)).toEqual(halfLooks);
          }

          const cleared = okOrTooLarge(await r.gateway.clearMarks());
          if (!cleared) {
            r.excel.payloadLimit = null;
            value(await r.gateway.clearMarks());
          }
          expect(workbookSnapshot(data)).toEqual(original);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
