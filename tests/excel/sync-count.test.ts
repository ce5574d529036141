/** The number of round trips to Excel does not grow with the table. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { fakeSheet, fakeWorkbook, workbookLooks } from "./fake-excel";
import { measureSyncs } from "./fake-excel/measure-syncs";
import { rig, value } from "./helpers";
import { wideTable } from "./table-fixture";

describe("round trips per action (check, then mark, then clear)", () => {
  // Mark right after a check writes in one round trip; threaded comments (ExcelApi 1.10–1.17) are added
  // in a round trip of their own (see write-marks.ts).
  it.each([
    ["1.20", 1],
    ["1.18", 1],
    ["1.12", 2],
    ["1.9", 1],
  ])(
    "are the same for 10, 1,000 and 10,000 projects (ExcelApi %s)",
    async (api, markTrips) => {
      const runs = [
        await measureSyncs(10, api),
        await measureSyncs(1000, api),
        await measureSyncs(10000, api),
      ];
      // The work itself grows …
      expect(runs[1].findings).toBeGreaterThan(runs[0].findings * 50);
      expect(runs[2].marked).toBeGreaterThan(runs[1].marked * 5);
      expect(runs[2].restored).toBe(runs[2].marked);
      // … the round trips do not.
      for (const r of runs)
        expect({ check: r.check, mark: r.mark, clear: r.clear }).toEqual({
          check: 2,
          mark: markTrips,
          clear: 2,
        });
    },
    120_000,
  );
});

describe("round trips on a table that is already marked", () => {
  it.each(["1.20", "1.18"])(
    "checking and marking again cost the same; marking without a check costs one more (ExcelApi %s)",
    async (api) => {
      const data = fakeWorkbook([fakeSheet({ name: "项目支出绩效目标表", values: wideTable(1000) })]);
      const { excel, gateway } = rig(data, api);
      const trips = async <T>(
        action: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
      ): Promise<[number, T]> => {
        const before = excel.stats.roundTrips;
        const out = value(await action());
        return [excel.stats.roundTrips - before, out];
      };
      const [, first] = await trips(() => gateway.check(DEFAULT_SETTINGS));
      await trips(() => gateway.mark(first.findings));
      const marked = workbookLooks(data);
      // Check again (reading the marked cells and their originals too), mark again: same counts.
      const [check, again] = await trips(() => gateway.check(DEFAULT_SETTINGS));
      const [mark, out] = await trips(() => gateway.mark(again.findings));
      expect([check, mark]).toEqual([2, 1]);
      expect(out.marked).toBeGreaterThan(1000);
      expect(workbookLooks(data)).toEqual(marked);
      // Without a check in between, mark reads the cells first.
      const [alone] = await trips(() => gateway.mark(again.findings));
      expect(alone).toBe(2);
      const [clear, cleared] = await trips(() => gateway.clearMarks());
      expect(clear).toBe(2);
      expect(cleared.restored).toBe(out.marked);
      expect(workbookLooks(data).size).toBe(0);
      expect(data.sheets).toHaveLength(1);
    },
    60_000,
  );
});
