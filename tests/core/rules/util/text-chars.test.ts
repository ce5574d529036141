import { findPlaceholder, mayHoldPlaceholder } from "../../../../src/core/text/placeholder";
import {
  T_DASH,
  T_LETTER_L,
  T_PLACEHOLDER,
  T_SPACE,
  T_STAR,
  measureCharsOf,
  textCharsOf,
} from "../../../../src/core/rules/util/text-chars";
import { makeIndicator } from "../../../helpers/model-factory";

// Each class stands in for what a regex needs: a text without any of its characters must not match.
function classDiffers(cls: number, needs: (ch: string) => boolean): string[] {
  const differ: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (needs(ch) !== ((textCharsOf(ch) & cls) !== 0)) differ.push(c.toString(16));
  }
  return differ;
}

describe("textCharsOf", () => {
  it("marks exactly what \\s, [lL], [*＊_＿] and the dashes match", () => {
    expect(classDiffers(T_SPACE, (ch) => /\s/.test(ch))).toEqual([]);
    expect(classDiffers(T_LETTER_L, (ch) => /l/i.test(ch))).toEqual([]);
    expect(classDiffers(T_STAR, (ch) => /[*＊_＿]/.test(ch))).toEqual([]);
    expect(classDiffers(T_DASH, (ch) => /[-－—–]/.test(ch))).toEqual([]);
  });

  it("marks every character a placeholder may start from, and the dot of 「...」", () => {
    expect(classDiffers(T_PLACEHOLDER, (ch) => mayHoldPlaceholder(ch) || ch === ".")).toEqual([]);
    expect(mayHoldPlaceholder("...")).toBe(true);
    // No placeholder without one of the characters (a sample of what tables write).
    for (const text of ["≥95%", "健全", "10.5万元", "≤3天", "按时完成", "服务人数"]) {
      if ((textCharsOf(text) & T_PLACEHOLDER) === 0) expect(findPlaceholder(text)).toBeNull();
    }
    expect(textCharsOf("≥**人") & T_PLACEHOLDER).not.toBe(0);
  });

  it("marks a dot only where it may be part of 「...」: beside a dot or at an end", () => {
    expect(textCharsOf("10.5万元") & T_PLACEHOLDER).toBe(0);
    expect(textCharsOf("1.5.2") & T_PLACEHOLDER).toBe(0);
    for (const text of ["...", "≥..人", "95.", ".人", "."]) {
      expect(textCharsOf(text) & T_PLACEHOLDER).not.toBe(0);
    }
    // A dot inside a text never starts 「...」 on its own: with no other candidate, no placeholder.
    for (const text of ["10.5万元", "1.5.2", "3.14%"]) expect(findPlaceholder(text)).toBeNull();
    // Value and unit are searched together: their end dots may meet (「.」 + 「..」 is the 「...」 row).
    expect(textCharsOf("..") & T_PLACEHOLDER).not.toBe(0);
    expect(findPlaceholder("." + "..")).not.toBeNull();
  });

  it("gathers the classes of a text's characters", () => {
    expect(textCharsOf("数量指标")).toBe(0);
    expect(textCharsOf("null")).toBe(T_LETTER_L);
    expect(textCharsOf("培训 人数-*")).toBe(T_SPACE | T_DASH | T_STAR | T_PLACEHOLDER);
  });
});

describe("measureCharsOf", () => {
  it("reads the value, the unit and the cells as written, not the name", () => {
    expect(measureCharsOf(makeIndicator({ name: "培训 人数", value: "95", unit: "%" }))).toBe(0);
    expect(measureCharsOf(makeIndicator({ name: "人数", value: "-", unit: "%" }))).toBe(T_DASH);
    expect(measureCharsOf(makeIndicator({ name: "人数", value: "95", unit: "null" }))).toBe(T_LETTER_L);
    const written = makeIndicator({ name: "人数", value: "95", unit: "人" });
    written.written = {
      operator: "≥",
      value: "9 5",
      unit: "人",
      valueCell: written.source,
      valueIsNumber: false,
    };
    expect(measureCharsOf(written)).toBe(T_SPACE);
  });
});
