import { decodeRecord, encodeRecord, noteHash, type MarkRecord } from "../../src/excel/marks-record";

describe("mark record", () => {
  const record: MarkRecord = {
    kind: "note",
    sheets: new Map([
      [
        "公开表",
        [
          { cell: "E5", sev: "e", fill: { none: true }, font: "#000000", noteHash: noteHash("x"), origNote: null },
          { cell: "E6", sev: "w", fill: { none: false, color: "#FFFFFF", pattern: null, tint: 0, patternColor: null }, font: "#FF0000", noteHash: "", origNote: "用户的批注\n第二行" },
          { cell: "E7", sev: "i", fill: null, font: null, noteHash: noteHash("y"), origNote: null },
          { cell: "E8", sev: "e", fill: { none: false, color: "#00B050", pattern: "Gray25", tint: -0.25, patternColor: "#0070C0" }, font: "#000000", noteHash: "", origNote: null },
        ],
      ],
    ]),
  };

  it("round-trips, keeping No Fill apart from white", () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it("is compact: shared looks are stored once", () => {
    const many: MarkRecord = {
      kind: "note",
      sheets: new Map([["表", Array.from({ length: 1000 }, (_, i) => ({ cell: `E${i + 1}`, sev: "e" as const, fill: { none: true as const }, font: "#000000", noteHash: noteHash(`n${i}`), origNote: null }))]]),
    };
    expect(encodeRecord(many).length / 1000).toBeLessThan(30);
  });

  it("returns null for anything that is not a record", () => {
    for (const bad of ["", "{", "null", "[]", '{"v":2}', '{"v":1,"k":"n","f":[],"t":[],"s":{"a":[["A1",3,-1,"e",""]]}}']) {
      expect(decodeRecord(bad)).toBeNull();
    }
  });

  it("recognises its own text with Windows line ends and trailing spaces", () => {
    expect(noteHash("【绩效检查】\r\n错误：x  \r\n")).toBe(noteHash("【绩效检查】\n错误：x"));
    expect(noteHash("a")).not.toBe(noteHash("b"));
  });
});
