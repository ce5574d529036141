/**
 * clipText folds runs of spaces, trims and clips; texts already folded and trimmed are returned as they
 * are. Checked against the plain definition on texts made of the characters that matter.
 */
import fc from "fast-check";
import { clipText } from "../../../src/core/detect/reading-parts";

const PIECES = [..." 　\n\t\u00a0", "项目", "名称", "1.", "a", "年鉴编纂经费", "x".repeat(30)];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

function plainClip(t: string, max: number): string {
  const folded = t.replace(/\s+/g, " ").trim();
  return folded.length > max ? `${folded.slice(0, max)}…` : folded;
}

describe("clipText", () => {
  it("folds, trims and clips as the plain definition", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (t, max) => {
        expect(clipText(t, max)).toBe(plainClip(t, max));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads names and goals as written", () => {
    expect(clipText("1. 年鉴编纂经费")).toBe("1. 年鉴编纂经费");
    expect(clipText(" 项目  名称\n")).toBe("项目 名称");
    expect(clipText("项目名称", 2)).toBe("项目…");
  });
});
