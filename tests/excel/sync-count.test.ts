/** The number of round trips to Excel does not grow with the table. */
import { measureSyncs } from "./fake-excel/measure-syncs";

describe("round trips per action", () => {
  // Threaded comments (ExcelApi 1.10–1.17) are added in a round trip of their own (see apply-marks.ts).
  it.each([
    ["1.20", 2],
    ["1.18", 2],
    ["1.12", 3],
    ["1.9", 2],
  ])("are the same for 10, 1,000 and 10,000 projects (ExcelApi %s)", async (api, markTrips) => {
    const runs = [await measureSyncs(10, api), await measureSyncs(1000, api), await measureSyncs(10000, api)];
    // The work itself grows …
    expect(runs[1].findings).toBeGreaterThan(runs[0].findings * 50);
    expect(runs[2].marked).toBeGreaterThan(runs[1].marked * 5);
    expect(runs[2].restored).toBe(runs[2].marked);
    // … the round trips do not.
    for (const r of runs) expect({ check: r.check, mark: r.mark, clear: r.clear }).toEqual({ check: 2, mark: markTrips, clear: 2 });
  }, 120_000);
});
