/**
 * Property, on every host: check → mark (maybe twice, maybe across reopening the file, with the user's
 * edits in between) → clear returns every cell to exactly how it looked — fill (No Fill, white, colours,
 * patterns, tints, gradients), font colour, rich text in several colours, built-in styles (好 / 差 /
 * 适中), note / 批注 — except what the user changed, which stays as the user made it; afterwards the
 * workbook holds no marks. What is generated: mark-clear-model.ts.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { workbookLooks } from "../excel/fake-excel";
import { value } from "../excel/helpers";
import { EACH_HOST } from "./hosts";
import { applyEdit, arbitraries, build, expected, toFindings, type Edit } from "./mark-clear-model";

const { originalArb, editArb, markArb } = arbitraries({ comments: false, crlf: false });

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
          const done: Edit[] = [];
          const edit = (): void => {
            for (const e of edits) if (applyEdit(data, e)) done.push(e);
          };
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
          expect(workbookLooks(data)).toEqual(expected(before, done));
          expect(value(await host.open(data).loadState()).hasMarks).toBe(false);
        },
      ),
      { numRuns: 120 },
    );
  }, 180_000);
});
