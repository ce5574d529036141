/**
 * Property: check → mark (maybe twice, with or without a check first, maybe across save and reopen)
 * → clear returns every cell to exactly how it looked — fill (No Fill, white, colours, patterns,
 * tints, gradients), font colour, rich text in several colours, built-in styles (好 / 差 / 适中), note,
 * comment — except what the user changed in between, which stays as the user made it; the record and
 * the hidden sheets are gone afterwards. What is generated: tests/host/mark-clear-model.ts.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Finding } from "../../src/core/finding";
import { workbookLooks } from "./fake-excel";
import { rig, value, type Rig } from "./helpers";
import {
  applyEdit,
  arbitraries,
  build,
  expected,
  SHEETS,
  toFindings,
  type Edit,
} from "../host/mark-clear-model";

describe.each([
  ["notes", "1.20", false],
  ["notes", "1.18", false],
  ["threaded comments", "1.14", true],
  ["fills only", "1.9", false],
])("check → mark → clear round trip with %s (ExcelApi %s)", (_label, api, withComments) => {
  const { originalArb, editArb, markArb } = arbitraries({ comments: withComments, crlf: true });
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
          const data = build(originals);
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
