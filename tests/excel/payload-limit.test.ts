/**
 * Excel on the web refuses a round trip whose request or response passes about 5 MB. The fake's
 * payload limit (scaled down, in its rough characters) stands in for it: with it, check, mark and
 * clear must give exactly what they give without it, in more round trips; only a table too large even
 * for the smallest pieces gives 表格过大 — and changes nothing.
 */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { selectCell, workbookLooks, workbookSnapshot, type PayloadLimit } from "./fake-excel";
import { rig, value, type Rig } from "./helpers";
import { formattedTable, SHEET } from "./payload-fixture";

const limit = (chars: number, request: PayloadLimit["request"] = "refused"): PayloadLimit => ({
  chars,
  request,
});

async function trips<T>(
  r: Rig,
  action: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
): Promise<[number, T]> {
  const before = r.excel.stats.roundTrips;
  const out = value(await action());
  return [r.excel.stats.roundTrips - before, out];
}

describe("check under Excel on the web's payload limit", () => {
  it("reads in pieces: the same result in more round trips, with progress along the way", async () => {
    const free = rig(formattedTable(600, true));
    const [freeTrips, expected] = await trips(free, () => free.gateway.check(DEFAULT_SETTINGS));
    expect(freeTrips).toBe(2);
    expect(free.excel.stats.payloadErrors).toBe(0);
    // The one big read is far over the limit used below.
    expect(Math.max(...free.excel.stats.responseChars)).toBeGreaterThan(400_000);

    const web = rig(formattedTable(600, true));
    web.excel.payloadLimit = limit(60_000);
    const progress: number[] = [];
    const before = workbookSnapshot(web.excel.data);
    const [webTrips, result] = await trips(web, () =>
      web.gateway.check(DEFAULT_SETTINGS, (f) => progress.push(f)),
    );
    expect(result).toEqual(expected);
    expect(result.findings.length).toBeGreaterThan(600);
    expect(webTrips).toBeGreaterThan(10);
    expect(web.excel.stats.payloadErrors).toBeGreaterThan(0);
    expect(workbookSnapshot(web.excel.data)).toEqual(before);
    // Progress only moves forward, ends at 1, and moves while the pieces are read.
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(progress.at(-1)).toBe(1);
    expect(new Set(progress.filter((f) => f > 0.15 && f < 0.6)).size).toBeGreaterThan(5);
  });

  it("reads a record of many marked cells in pieces too, and the mark after it still writes in one go when it fits", async () => {
    const data = formattedTable(300, true);
    const first = rig(data);
    const checked = value(await first.gateway.check(DEFAULT_SETTINGS));
    value(await first.gateway.mark(checked.findings));
    const marked = workbookLooks(data);

    const web = rig(data);
    web.excel.payloadLimit = limit(60_000);
    const again = value(await web.gateway.check(DEFAULT_SETTINGS));
    expect(again).toEqual(checked);
    const [, out] = await trips(web, () => web.gateway.mark(again.findings));
    expect(out.marked).toBeGreaterThan(300);
    expect(workbookLooks(data)).toEqual(marked);
  });

  it("gives 表格过大 when even 64 rows are too much, having changed nothing", async () => {
    const web = rig(formattedTable(200, true));
    web.excel.payloadLimit = limit(3_000);
    const before = workbookSnapshot(web.excel.data);
    const out = await web.gateway.check(DEFAULT_SETTINGS);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/^表格过大/);
    expect(workbookSnapshot(web.excel.data)).toEqual(before);
    // Halving stops at 64 rows: a handful of attempts, not one per row.
    expect(web.excel.stats.runs).toBeLessThan(10);
  });
});

// The mark's limit is under what its one batch sends (notes and comments: about 170,000 characters for
// 600 projects; fills only: about 30,000) and over the record, which cannot be cut (about 25,000).
describe.each([
  ["notes", "1.20", true, 60_000],
  ["threaded comments", "1.12", false, 60_000],
  ["fills only", "1.9", false, 26_000],
])("mark and clear under the payload limit (%s, ExcelApi %s)", (_label, api, notes, markLimit) => {
  /** Check, mark and clear without a limit: what marking must look like. */
  async function unlimited(): Promise<{ marked: number; looks: ReturnType<typeof workbookLooks> }> {
    const data = formattedTable(600, notes);
    const r = rig(data, api);
    const result = value(await r.gateway.check(DEFAULT_SETTINGS));
    const [markTrips, out] = await trips(r, () => r.gateway.mark(result.findings));
    expect(markTrips).toBeLessThanOrEqual(2);
    return { marked: out.marked, looks: workbookLooks(data) };
  }

  it.each(["refused", "prefix"] as const)(
    "marks the same cells, formats and notes in smaller round trips, and clear restores the originals exactly (request over the limit: %s)",
    async (request) => {
      const expected = await unlimited();
      const data = formattedTable(600, notes);
      const original = workbookSnapshot(data);
      const web = rig(data, api);
      web.excel.payloadLimit = limit(60_000, request);
      const result = value(await web.gateway.check(DEFAULT_SETTINGS));
      web.excel.payloadLimit = limit(markLimit, request);
      const errorsBefore = web.excel.stats.payloadErrors;
      const [markTrips, out] = await trips(web, () => web.gateway.mark(result.findings));
      expect(web.excel.stats.payloadErrors).toBeGreaterThan(errorsBefore);
      expect(markTrips).toBeGreaterThan(2);
      expect(out).toEqual({ marked: expected.marked, skipped: [] });
      // The user's sheet shows exactly what an unlimited mark shows (the add-in's hidden sheet aside).
      const looks = workbookLooks(data);
      for (const k of looks.keys()) if (!k.startsWith(`${SHEET}!`)) looks.delete(k);
      expect(looks).toEqual(new Map([...expected.looks].filter(([k]) => k.startsWith(`${SHEET}!`))));

      const [, cleared] = await trips(web, () => web.gateway.clearMarks());
      expect(cleared.restored).toBe(expected.marked);
      expect(workbookSnapshot(data)).toEqual(original);
    },
    60_000,
  );

  it("gives 表格过大 when even the smallest round trip is refused, writing nothing", async () => {
    const data = formattedTable(100, notes);
    const r = rig(data, api);
    const result = value(await r.gateway.check(DEFAULT_SETTINGS));
    const before = workbookSnapshot(data);
    r.excel.payloadLimit = limit(300);
    const out = await r.gateway.mark(result.findings);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/^表格过大/);
    expect(workbookSnapshot(data)).toEqual(before);
    // Nothing was marked, so there is nothing to clear, with or without the limit.
    r.excel.payloadLimit = null;
    expect(value(await r.gateway.clearMarks()).restored).toBe(0);
    expect(workbookSnapshot(data)).toEqual(before);
  });
});

describe("reading the selected project (模板) under the payload limit", () => {
  it("reads the active sheet in pieces: the same target as without the limit, nothing changed", async () => {
    const free = rig(formattedTable(600, false));
    selectCell(free.excel.data, SHEET, "B300");
    const [freeTrips, expected] = await trips(free, () => free.gateway.selectedProject(DEFAULT_SETTINGS));
    expect(freeTrips).toBe(1);
    expect(expected.project?.cells.name.row).toBe(299);

    const web = rig(formattedTable(600, false));
    selectCell(web.excel.data, SHEET, "B300");
    web.excel.payloadLimit = limit(60_000);
    const before = workbookSnapshot(web.excel.data);
    const [webTrips, target] = await trips(web, () => web.gateway.selectedProject(DEFAULT_SETTINGS));
    expect(target).toEqual(expected);
    expect(webTrips).toBeGreaterThan(3);
    expect(web.excel.stats.payloadErrors).toBeGreaterThan(0);
    expect(workbookSnapshot(web.excel.data)).toEqual(before);
  });

  it("gives 表格过大 when even 64 rows are too much", async () => {
    const web = rig(formattedTable(600, false));
    selectCell(web.excel.data, SHEET, "B300");
    web.excel.payloadLimit = limit(2_000);
    const out = await web.gateway.selectedProject(DEFAULT_SETTINGS);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/^表格过大/);
  });
});
