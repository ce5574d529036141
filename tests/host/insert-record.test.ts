import { compareRecorded, decodeInsertRecord, placedRecord } from "../../src/host/insert/insert-record";
import type { InsertionPlan } from "../../src/host/insert/types";

/** A rows plan: two rows inserted at row 6 (0-based) below a project whose cells in rows 4–5 change. */
function rowsPlan(): InsertionPlan {
  return {
    kind: "rows",
    sheet: "项目表",
    summary: "在「项目表」第 7–8 行插入 2 行指标。",
    preview: { kind: "rows", header: [], rows: [], goal: null },
    writes: [
      { row: 4, col: 3, value: "产出指标" },
      { row: 5, col: 3, value: null },
      { row: 6, col: 4, value: "培训人次" },
      { row: 7, col: 5, value: 120 },
    ],
    insertRows: { at: 6, count: 2 },
    formatFrom: { row: 5, left: 0, right: 8 },
    unmerge: [{ top: 4, left: 0, bottom: 5, right: 0 }],
    merge: [{ top: 4, left: 0, bottom: 7, right: 0 }],
    expect: [],
    overwrites: [],
    wrap: [],
    newSheet: null,
    select: { top: 6, left: 0, bottom: 7, right: 8 },
  };
}

describe("placedRecord: the record of a plan written into an existing sheet", () => {
  test("cells above the inserted rows keep what they held; cells in them held nothing", () => {
    const held = new Map([
      ["4,3", "产出"],
      ["5,3", "旧值"],
    ]);
    const asked: string[] = [];
    const record = placedRecord(
      rowsPlan(),
      "项目表",
      (r, c) => {
        asked.push(`${r},${c}`);
        return held.get(`${r},${c}`) ?? null;
      },
      [],
    );
    expect(asked).toEqual(["4,3", "5,3"]);
    expect(record).toEqual({
      v: 1,
      sheet: "项目表",
      created: false,
      summary: "在「项目表」第 7–8 行插入 2 行指标。",
      insertRows: { at: 6, count: 2 },
      cells: [
        { r: 4, c: 3, before: "产出", after: "产出指标" },
        { r: 5, c: 3, before: "旧值", after: null },
        { r: 6, c: 4, before: null, after: "培训人次", ins: true },
        { r: 7, c: 5, before: null, after: 120, ins: true },
      ],
      unmerged: [{ top: 4, left: 0, bottom: 5, right: 0 }],
      merged: [{ top: 4, left: 0, bottom: 7, right: 0 }],
    });
  });

  test("names the sheet as the host does, and lists the cells whose wrapping it turns on", () => {
    const plan: InsertionPlan = { ...rowsPlan(), insertRows: null, sheet: "项目表" };
    const record = placedRecord(plan, "項目表", () => 7, [
      { row: 4, col: 3 },
      { row: 5, col: 3 },
    ]);
    expect(record.sheet).toBe("項目表");
    expect(record.insertRows).toBeNull();
    // No inserted rows: every cell is asked for what it held.
    expect(record.cells.every((c) => c.before === 7 && c.ins === undefined)).toBe(true);
    expect(record.wrapped).toEqual([
      { r: 4, c: 3 },
      { r: 5, c: 3 },
    ]);
  });

  test("survives a round trip through the workbook and drives undo", () => {
    const record = placedRecord(rowsPlan(), "项目表", (r) => (r === 4 ? "产出" : null), []);
    const read = decodeInsertRecord(JSON.stringify(record));
    expect(read).toEqual(record);
    // Nothing changed since: undo restores the one cell that had other content, and knows the new rows.
    const now = new Map(record.cells.map((c) => [`${c.r},${c.c}`, c.after]));
    const decided = compareRecorded(read!, (r, c) => now.get(`${r},${c}`) ?? null);
    expect(decided.restore).toEqual([{ row: 4, col: 3, value: "产出" }]);
    expect(decided.conflicts).toEqual([]);
    expect([...decided.inserted.keys()]).toEqual(["6,4", "7,5"]);
  });
});
