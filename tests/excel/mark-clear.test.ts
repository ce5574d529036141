/** mark() and clearMarks(): fills by severity, notes in Chinese, originals kept in the workbook. */
import { decodeRecord, MARKS_KEY } from "../../src/host/marks-record";
import {
  cellAt,
  fakeSheet,
  fakeWorkbook,
  GRADIENT_FILL,
  lookOf,
  workbookLooks,
  type FakeWorkbookData,
} from "./fake-excel";
import { finding, rig, value } from "./helpers";

const RED = { none: false, color: "#FFC7CE", pattern: "Solid", tint: 0, patternColor: "#000000" };
const YELLOW = { none: false, color: "#FFEB9C", pattern: "Solid", tint: 0, patternColor: "#000000" };

function book(): FakeWorkbookData {
  const s = fakeSheet({
    name: "公开表",
    values: [
      ["项目", "金额", "指标"],
      ["培训", 5, "1. 举办培训班 ≥3"],
      ["会议", 6, "1. 满意度 ≥60%"],
    ],
  });
  return fakeWorkbook([s]);
}

describe("marks never write what they cannot put back", () => {
  it("leave fonts alone: rich text with several colours or the Automatic colour stays as it was", async () => {
    const data = book();
    const s = data.sheets[0];
    cellAt(s, "C2", true).font = "#FF0000";
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "C3", "warning")]));
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: RED, font: "#FF0000" });
    expect(lookOf(data, s, "C3")).toMatchObject({ fill: YELLOW, font: "#000000" });
    expect(decodeRecord(JSON.parse(data.settings.get(MARKS_KEY) as string))?.fontMarks).toBe(false);
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });

  it("do not fill over a gradient (it cannot be set back); the note still carries the finding", async () => {
    const data = book();
    const s = data.sheets[0];
    const gradient = GRADIENT_FILL;
    cellAt(s, "C2", true).fill = gradient;
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error", "指标值不是数字")]));
    expect(lookOf(data, s, "C2").fill).toEqual(gradient);
    expect(lookOf(data, s, "C2").note).toContain("指标值不是数字");
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });

  it("clear an older version's marks, font colours included", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    // What an earlier version left: a red fill and dark red text on C2, the original on record.
    cellAt(s, "C2", true).fill = RED;
    cellAt(s, "C2", true).font = "#9C0006";
    const none = { none: true };
    data.settings.set(
      MARKS_KEY,
      JSON.stringify({ v: 1, k: "", f: ["n"], t: ["#000000"], s: { 公开表: [["C2", 0, 0, "e", ""]] } }),
    );
    const { gateway } = rig(data);
    expect(value(await gateway.clearMarks())).toMatchObject({ restored: 1, keptUserEdits: 0 });
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: none, font: "#000000" });
    expect(workbookLooks(data)).toEqual(before);
  });
});

describe("mark", () => {
  it("fills each cell by its worst severity and notes every finding in Chinese", async () => {
    const data = book();
    const { gateway } = rig(data);
    const out = value(
      await gateway.mark([
        finding("公开表", "C2", "warning", "缺少计量单位"),
        finding("公开表", "C2", "error", "指标值不是数字"),
        finding("公开表", "C3", "warning", "满意度偏低"),
        finding("公开表", "B2", "info", "金额单位未写明"),
      ]),
    );
    expect(out).toEqual({ marked: 3, skipped: [] });
    const s = data.sheets[0];
    // Fills only: fonts are never recoloured (rich text could not be put back).
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: RED, font: "#000000" });
    expect(lookOf(data, s, "C3")).toMatchObject({ fill: YELLOW, font: "#000000" });
    // An info gets a note only.
    expect(lookOf(data, s, "B2")).toMatchObject({
      fill: { none: true },
      font: "#000000",
      note: "【绩效检查】\n提示 1 条：缺少计量单位 1 条。",
    });
    expect(lookOf(data, s, "C2").note).toBe("【绩效检查】\n错误：指标值不是数字\n警告：缺少计量单位");
    expect(data.settings.has(MARKS_KEY)).toBe(true);
  });

  it("appends to the user's own note and puts it back on clear", async () => {
    const data = book();
    data.sheets[0].notes.set("C2", "请财务科复核");
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error", "缺少计量单位")]));
    expect(data.sheets[0].notes.get("C2")).toBe("请财务科复核\n\n【绩效检查】\n错误：缺少计量单位");
    expect(value(await gateway.clearMarks())).toEqual({ restored: 1, keptUserEdits: 0, skipped: [] });
    expect(data.sheets[0].notes.get("C2")).toBe("请财务科复核");
  });

  it("restores No Fill as No Fill and a white fill as white", async () => {
    const data = book();
    const s = data.sheets[0];
    cellAt(s, "C3", true).fill = {
      none: false,
      color: "#FFFFFF",
      pattern: "Solid",
      tint: 0,
      patternColor: "#000000",
    };
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "C3", "error")]));
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
    expect(lookOf(data, s, "C2").fill).toEqual({ none: true });
    expect(lookOf(data, s, "C3").fill).toMatchObject({ none: false, color: "#FFFFFF" });
  });

  it("re-marking keeps the true originals (first clears what is no longer found)", async () => {
    const data = book();
    const s = data.sheets[0];
    cellAt(s, "C2", true).fill = {
      none: false,
      color: "#00B050",
      pattern: "Solid",
      tint: 0,
      patternColor: "#000000",
    };
    cellAt(s, "C2", true).font = "#0070C0";
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "warning"), finding("公开表", "C3", "error")]));
    value(await gateway.mark([finding("公开表", "C2", "error")]));
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: RED, font: "#0070C0" });
    expect(lookOf(data, s, "C3")).toEqual(
      before.get("公开表!C3") ?? { fill: { none: true }, font: "#000000", note: null, comment: null },
    );
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });

  it("marks survive save and reopen: a new gateway clears them from the record in the workbook", async () => {
    const data = book();
    const before = workbookLooks(data);
    value(await rig(data).gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "B3", "info")]));
    const reopened = rig(data);
    expect(value(await reopened.gateway.clearMarks())).toEqual({
      restored: 2,
      keptUserEdits: 0,
      skipped: [],
    });
    expect(workbookLooks(data)).toEqual(before);
    expect(data.settings.has(MARKS_KEY)).toBe(false);
    // Without anything cached, clearing costs one more round trip (record first, then the cells).
    expect(reopened.excel.stats.roundTrips).toBe(3);
  });

  it("leaves cells the user changed after marking as the user made them", async () => {
    const data = book();
    const s = data.sheets[0];
    const { gateway } = rig(data);
    value(
      await gateway.mark([
        finding("公开表", "C2", "error"),
        finding("公开表", "C3", "warning"),
        finding("公开表", "B2", "error"),
      ]),
    );
    cellAt(s, "C2", true).fill = {
      none: false,
      color: "#92D050",
      pattern: "Solid",
      tint: 0,
      patternColor: "#000000",
    };
    s.notes.set("C3", "已核实，单位为次");
    const out = value(await gateway.clearMarks());
    expect(out).toEqual({ restored: 1, keptUserEdits: 2, skipped: [] });
    expect(lookOf(data, s, "C2").fill).toMatchObject({ color: "#92D050" });
    // The font colour was still ours: restored.
    expect(lookOf(data, s, "C2").font).toBe("#000000");
    expect(lookOf(data, s, "C3").note).toBe("已核实，单位为次");
    expect(lookOf(data, s, "C3").fill).toEqual({ none: true });
    expect(lookOf(data, s, "B2")).toEqual({
      fill: { none: true },
      font: "#000000",
      note: null,
      comment: null,
    });
  });

  it("does not touch a protected sheet and says so in Chinese", async () => {
    const open = fakeSheet({ name: "开放", values: [["a", "b"]] });
    const locked = fakeSheet({ name: "锁定", values: [["a", "b"]], protected: true });
    const data = fakeWorkbook([open, locked]);
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    const out = value(await gateway.mark([finding("锁定", "A1", "error"), finding("开放", "B1", "warning")]));
    expect(out.marked).toBe(1);
    expect(out.skipped).toEqual([
      { sheet: "锁定", message: expect.stringContaining("工作表「锁定」受保护") },
    ]);
    expect(lookOf(data, locked, "A1")).toEqual(
      before.get("锁定!A1") ?? { fill: { none: true }, font: "#000000", note: null, comment: null },
    );
    expect(locked.protected).toBe(true);
    expect(lookOf(data, open, "B1").fill).toEqual(YELLOW);
  });

  it("keeps marks on a sheet protected after marking until it is unprotected", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error")]));
    s.protected = true;
    const first = value(await gateway.clearMarks());
    expect(first).toEqual({
      restored: 0,
      keptUserEdits: 0,
      skipped: [{ sheet: "公开表", message: expect.stringContaining("受保护") }],
    });
    expect(lookOf(data, s, "C2").fill).toEqual(RED);
    s.protected = false;
    expect(value(await gateway.clearMarks())).toEqual({ restored: 1, keptUserEdits: 0, skipped: [] });
    expect(workbookLooks(data)).toEqual(before);
  });

  it("writes scattered cells through RangeAreas in chunks Excel accepts, in two round trips without a check first", async () => {
    const values = Array.from({ length: 3000 }, (_, i) => [`行${i}`, i]);
    const data = fakeWorkbook([fakeSheet({ name: "长", values })]);
    const findings = values.map((_, i) =>
      finding("长", `${i % 2 ? "A" : "B"}${i * 2 + 1}`, i % 3 ? "warning" : "error"),
    );
    const { excel, gateway } = rig(data);
    const out = value(await gateway.mark(findings));
    expect(out.marked).toBe(3000);
    expect(excel.stats.roundTrips).toBe(2);
    value(await gateway.clearMarks());
    expect(data.sheets[0].notes.size).toBe(0);
  });

  it("makes each action one undo step on ExcelApi 1.20 only", async () => {
    const a = rig(book(), "1.20");
    value(await a.gateway.mark([finding("公开表", "C2", "error")]));
    value(await a.gateway.clearMarks());
    expect(a.excel.stats.runOptions).toEqual([{ mergeUndoGroup: true }, { mergeUndoGroup: true }]);
    const b = rig(book(), "1.19");
    value(await b.gateway.mark([finding("公开表", "C2", "error")]));
    expect(b.excel.stats.runOptions).toEqual([null]);
  });

  it("marks nothing and clears earlier marks when there are no findings", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error")]));
    expect(value(await gateway.mark([]))).toEqual({ marked: 0, skipped: [] });
    expect(workbookLooks(data)).toEqual(before);
    expect(data.settings.has(MARKS_KEY)).toBe(false);
  });
});

describe("mark: stale knowledge", () => {
  it("starts again when a sheet it knew of was deleted", async () => {
    const data = fakeWorkbook([
      fakeSheet({ name: "甲", values: [["a"]] }),
      fakeSheet({ name: "乙", values: [["b"]] }),
    ]);
    const { excel, gateway } = rig(data);
    value(await gateway.mark([finding("甲", "A1", "error"), finding("乙", "A1", "warning")]));
    data.sheets.splice(1, 1);
    excel.resetStats();
    const out = value(await gateway.mark([finding("甲", "A1", "warning")]));
    expect(out).toEqual({
      marked: 1,
      skipped: [{ sheet: "乙", message: expect.stringContaining("找不到工作表「乙」") }],
    });
    expect(lookOf(data, data.sheets[0], "A1").fill).toEqual(YELLOW);
    // The failed first try, the fresh read, the cells, the writes.
    expect(excel.stats.roundTrips).toBe(4);
  });

  it("reports findings on a sheet that no longer exists and marks the rest", async () => {
    const data = book();
    const { gateway } = rig(data);
    const out = value(
      await gateway.mark([finding("已删除", "A1", "error"), finding("公开表", "C2", "warning")]),
    );
    expect(out).toEqual({
      marked: 1,
      skipped: [{ sheet: "已删除", message: expect.stringContaining("找不到工作表「已删除」") }],
    });
    expect(lookOf(data, data.sheets[0], "C2").fill).toEqual(YELLOW);
  });

  it("marks a sheet added since the last check", async () => {
    const data = book();
    const { gateway } = rig(data);
    value(await gateway.mark([finding("公开表", "C2", "error")]));
    data.sheets.push(fakeSheet({ name: "新表", values: [["x"]] }));
    value(await gateway.mark([finding("新表", "A1", "error")]));
    expect(lookOf(data, data.sheets[1], "A1").fill).toEqual(RED);
    expect(lookOf(data, data.sheets[0], "C2").fill).toEqual({ none: true });
  });
});
