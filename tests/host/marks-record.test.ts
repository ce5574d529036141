import { decodeRecord, encodeRecord, noteHash, type MarkRecord } from "../../src/host/marks-record";

describe("mark record", () => {
  const record: MarkRecord = {
    kind: "note",
    sheets: new Map([
      [
        "公开表",
        [
          {
            cell: "E5",
            sev: "e",
            orig: { fill: { none: true }, font: "#000000" },
            noteHash: noteHash("x"),
            origNote: null,
          },
          {
            cell: "E6",
            sev: "w",
            orig: {
              fill: { none: false, color: "#FFFFFF", pattern: null, tint: 0, patternColor: null },
              font: "#FF0000",
            },
            noteHash: "",
            origNote: "用户的批注\n第二行",
          },
          { cell: "E7", sev: "i", orig: null, noteHash: noteHash("y"), origNote: null },
          {
            cell: "E8",
            sev: "e",
            orig: {
              fill: {
                none: false,
                color: "#00B050",
                pattern: "Gray25",
                tint: -0.25,
                patternColor: "#0070C0",
              },
              font: "#000000",
            },
            noteHash: "",
            origNote: null,
          },
          {
            cell: "E9",
            sev: "w",
            orig: "hidden",
            noteHash: noteHash("z"),
            origNote: null,
            prev: { sev: "e", noteHash: noteHash("old") },
          },
          {
            cell: "E10",
            sev: "e",
            orig: "hidden",
            noteHash: noteHash("z"),
            origNote: "原注释",
            prev: { sev: "w", noteHash: "" },
          },
        ],
      ],
      ["其他", [{ cell: "A1", sev: "i", orig: null, noteHash: noteHash("q"), origNote: null }]],
    ]),
    hidden: new Map([["公开表", "jixiao_原格式"]]),
  };

  it("round-trips, keeping No Fill apart from white, hidden originals and previous marks", () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  it("stores a hidden sheet only for sheets with originals in it", () => {
    const r: MarkRecord = { ...record, hidden: new Map([...record.hidden, ["其他", "jixiao_原格式2"]]) };
    expect(decodeRecord(encodeRecord(r))!.hidden).toEqual(new Map([["公开表", "jixiao_原格式"]]));
  });

  it("is compact: shared looks are stored once", () => {
    const many: MarkRecord = {
      kind: "note",
      sheets: new Map([
        [
          "表",
          Array.from({ length: 1000 }, (_, i) => ({
            cell: `E${i + 1}`,
            sev: "e" as const,
            orig: { fill: { none: true as const }, font: "#000000" },
            noteHash: noteHash(`n${i}`),
            origNote: null,
          })),
        ],
      ]),
      hidden: new Map(),
    };
    expect(encodeRecord(many).length / 1000).toBeLessThan(30);
  });

  it("returns null for anything that is not a record", () => {
    for (const bad of [
      "",
      "{",
      "null",
      "[]",
      '{"v":2}',
      '{"v":1,"k":"n","f":[],"t":[],"s":{"a":[["A1",3,-1,"e",""]]}}',
      // An original in a hidden sheet the record does not name.
      '{"v":1,"k":"n","f":[],"t":[],"s":{"a":[["A1",-2,-2,"e",""]]}}',
      '{"v":1,"k":"n","f":[],"t":[],"s":{},"h":{"a":3}}',
    ]) {
      expect(decodeRecord(bad)).toBeNull();
    }
  });

  it("recognises its own text with Windows line ends and trailing spaces", () => {
    expect(noteHash("【绩效检查】\r\n错误：x  \r\n")).toBe(noteHash("【绩效检查】\n错误：x"));
    expect(noteHash("a")).not.toBe(noteHash("b"));
  });
});
