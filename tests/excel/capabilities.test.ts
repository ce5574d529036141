/** Degrading with the Excel version: notes (1.18) → threaded comments (1.10) → fills only (1.9) → pane only. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { detectApiLevel } from "../../src/excel/capabilities";
import {
  addComment,
  fakeSheet,
  fakeWorkbook,
  lookOf,
  workbookLooks,
  type FakeWorkbookData,
} from "./fake-excel";
import { finding, rig, upTo, value } from "./helpers";

function book(): FakeWorkbookData {
  return fakeWorkbook([
    fakeSheet({
      name: "表",
      values: [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    }),
  ]);
}

const FINDINGS = [
  finding("表", "A1", "error", "错一"),
  finding("表", "B1", "warning", "警二"),
  finding("表", "C1", "info", "提三"),
];

describe("capabilities", () => {
  it.each([
    ["1.20", { marks: true, comments: true, notes: true, undoGroups: true }],
    ["1.18", { marks: true, comments: true, notes: true, undoGroups: false }],
    ["1.14", { marks: true, comments: true, notes: false, undoGroups: false }],
    ["1.9", { marks: true, comments: false, notes: false, undoGroups: false }],
    ["1.8", { marks: false, comments: false, notes: false, undoGroups: false }],
  ])("ExcelApi %s", (max, expected) => {
    expect(rig(book(), max).gateway.capabilities()).toEqual(expected);
  });

  it("treats a failing isSetSupported as unsupported", () => {
    const level = detectApiLevel(() => {
      throw new Error("no requirements object");
    });
    expect(level).toMatchObject({ read: false, marks: false, notes: false });
    expect(detectApiLevel(upTo("1.13")).mergedAreas).toBe(true);
  });
});

describe("marking on ExcelApi 1.10–1.17: threaded comments", () => {
  it("writes comments, keeps the user's own comment thread, and removes only its own on clear", async () => {
    const data = book();
    addComment(data, "表", "B1", "张三：这里的单位要核对");
    const before = workbookLooks(data);
    const { gateway } = rig(data, "1.14");
    value(await gateway.check(DEFAULT_SETTINGS));
    expect(value(await gateway.mark(FINDINGS))).toEqual({ marked: 3, skipped: [] });
    const s = data.sheets[0];
    expect(lookOf(data, s, "A1")).toMatchObject({ note: null, comment: "【绩效检查】\n错误：错一" });
    expect(lookOf(data, s, "B1")).toMatchObject({
      comment: "张三：这里的单位要核对",
      fill: { color: "#FFEB9C" },
    });
    expect(lookOf(data, s, "C1")).toMatchObject({
      comment: "【绩效检查】\n提示 1 条：缺少计量单位 1 条。",
      fill: { none: true },
    });
    expect(s.notes.size).toBe(0);
    expect(value(await gateway.clearMarks())).toEqual({ restored: 3, keptUserEdits: 0, skipped: [] });
    expect(workbookLooks(data)).toEqual(before);
  });

  it("keeps a comment of ours that the user edited", async () => {
    const data = book();
    const { gateway } = rig(data, "1.14");
    value(await gateway.mark(FINDINGS));
    const ours = [...data.comments.values()].find((m) => m.cell === "A1")!;
    ours.content += "\n李四：已改";
    expect(value(await gateway.clearMarks())).toEqual({ restored: 2, keptUserEdits: 1, skipped: [] });
    expect(lookOf(data, data.sheets[0], "A1")).toMatchObject({
      comment: expect.stringContaining("李四：已改"),
      fill: { none: true },
    });
  });

  it("needs one more round trip when comments changed since the last read", async () => {
    const data = book();
    const { excel, gateway } = rig(data, "1.14");
    value(await gateway.mark(FINDINGS));
    addComment(data, "表", "B2", "新批注");
    excel.resetStats();
    value(await gateway.mark(FINDINGS));
    // Read, locate the comments, write (our comments are there already: nothing to add).
    expect(excel.stats.roundTrips).toBe(3);
    excel.resetStats();
    value(await gateway.clearMarks());
    expect(excel.stats.roundTrips).toBe(2);
    expect(lookOf(data, data.sheets[0], "B2").comment).toBe("新批注");
  });

  it("marks right after a check in one round trip, plus one to add the new comments", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data, "1.14");
    value(await gateway.check(DEFAULT_SETTINGS));
    excel.resetStats();
    expect(value(await gateway.mark(FINDINGS))).toEqual({ marked: 3, skipped: [] });
    expect(excel.stats.roundTrips).toBe(2);
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });

  it("still fills the cells when a cell with an old-style note refuses a comment", async () => {
    const data = book();
    data.sheets[0].notes.set("A1", "旧式批注");
    const before = workbookLooks(data);
    const { gateway } = rig(data, "1.14");
    const out = value(await gateway.mark(FINDINGS));
    expect(out.marked).toBe(3);
    expect(out.skipped).toEqual([{ sheet: "", message: expect.stringContaining("已有注释") }]);
    expect(lookOf(data, data.sheets[0], "A1")).toMatchObject({
      fill: { color: "#FFC7CE" },
      note: "旧式批注",
      comment: null,
    });
    expect(lookOf(data, data.sheets[0], "B1")).toMatchObject({ fill: { color: "#FFEB9C" } });
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });

  it("refuses to clear notes written by a newer Excel, and changes nothing", async () => {
    const data = book();
    value(await rig(data, "1.18").gateway.mark(FINDINGS));
    const marked = workbookLooks(data);
    const out = await rig(data, "1.14").gateway.clearMarks();
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toMatch(/较新版本/);
    expect(workbookLooks(data)).toEqual(marked);
  });
});

describe("marking with notes (ExcelApi 1.18)", () => {
  it("does not add a note where the user has a comment thread (a cell holds one or the other)", async () => {
    const data = book();
    addComment(data, "表", "A1", "王五：请复核");
    const before = workbookLooks(data);
    const { gateway } = rig(data, "1.18");
    value(await gateway.mark(FINDINGS));
    expect(lookOf(data, data.sheets[0], "A1")).toMatchObject({
      note: null,
      comment: "王五：请复核",
      fill: { color: "#FFC7CE" },
    });
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });
});

describe("marking on ExcelApi 1.9: fills only", () => {
  it("fills errors and warnings, leaves infos to the pane, writes no text", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { gateway } = rig(data, "1.9");
    expect(value(await gateway.mark(FINDINGS))).toEqual({ marked: 2, skipped: [] });
    const s = data.sheets[0];
    expect(lookOf(data, s, "A1")).toMatchObject({ fill: { color: "#FFC7CE" }, note: null, comment: null });
    expect(lookOf(data, s, "C1")).toEqual({
      fill: { none: true },
      font: "#000000",
      note: null,
      comment: null,
    });
    expect(s.notes.size + data.comments.size).toBe(0);
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });
});

describe("below ExcelApi 1.9: no marks", () => {
  it("says so in Chinese and writes nothing", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data, "1.8");
    const out = await gateway.mark(FINDINGS);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toMatch(/不支持在表格中标记/);
    expect((await gateway.clearMarks()).ok).toBe(false);
    expect(excel.stats.runs).toBe(0);
    expect(workbookLooks(data)).toEqual(before);
    // Checking still works.
    expect(value(await gateway.check(DEFAULT_SETTINGS)).problems.length).toBeGreaterThan(0);
  });
});
