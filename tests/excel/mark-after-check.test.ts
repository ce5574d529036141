/**
 * Marking right after a check: one round trip, originals of new marks copied to a very hidden sheet in
 * the same batch. What happens when the workbook changed between the check and the mark, and the
 * cases where the hidden sheet cannot be used.
 */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { HIDDEN_PREFIX } from "../../src/excel/marks/hidden-sheet";
import { MARKS_KEY } from "../../src/host/marks-record";
import {
  cellAt,
  fakeSheet,
  fakeWorkbook,
  GRADIENT_FILL,
  findSheet,
  lookOf,
  setRuns,
  workbookLooks,
  type FakeWorkbookData,
} from "./fake-excel";
import { finding, rig, value } from "./helpers";

// (A solid fill's pattern colour is not shown; marking leaves it as it was.)
const RED = { none: false, color: "#FFC7CE", pattern: "Solid", tint: 0 };
const YELLOW = { none: false, color: "#FFEB9C", pattern: "Solid", tint: 0 };
const GREEN = { none: false, color: "#00B050", pattern: "Gray25", tint: -0.25, patternColor: "#0070C0" };

function book(): FakeWorkbookData {
  const s = fakeSheet({
    name: "公开表",
    values: [
      ["项目", "金额", "指标"],
      ["培训", 5, "1. 举办培训班 ≥3"],
      ["会议", 6, "1. 满意度 ≥60%"],
    ],
  });
  cellAt(s, "C2", true).fill = GREEN;
  cellAt(s, "C2", true).font = "#0070C0";
  cellAt(s, "B3", true).fill = {
    none: false,
    color: "#FFFFFF",
    pattern: "Solid",
    tint: 0,
    patternColor: "#000000",
  };
  s.notes.set("C3", "请财务科复核");
  return fakeWorkbook([s]);
}

const hiddenSheets = (data: FakeWorkbookData) => data.sheets.filter((s) => s.name.startsWith(HIDDEN_PREFIX));

describe("mark right after a check", () => {
  it("writes in one round trip, keeping the originals in a very hidden sheet the check then skips", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    excel.resetStats();
    const out = value(
      await gateway.mark([
        finding("公开表", "C2", "error"),
        finding("公开表", "B3", "warning"),
        finding("公开表", "C3", "error", "缺少计量单位"),
      ]),
    );
    expect(out).toEqual({ marked: 3, skipped: [] });
    expect(excel.stats.roundTrips).toBe(1);
    expect(excel.stats.runOptions).toEqual([{ mergeUndoGroup: true }]);
    const s = data.sheets[0];
    expect(lookOf(data, s, "C2")).toMatchObject({
      fill: RED,
      font: before.get("公开表!C2")?.font ?? "#000000",
    });
    expect(lookOf(data, s, "C3").note).toBe("请财务科复核\n\n【绩效检查】\n错误：缺少计量单位");
    // The originals, copied before the fills.
    const [hidden] = hiddenSheets(data);
    expect(hidden.visibility).toBe("VeryHidden");
    expect(lookOf(data, hidden, "C2")).toMatchObject({ fill: GREEN, font: "#0070C0", note: null });
    expect(lookOf(data, hidden, "B3").fill).toMatchObject({ none: false, color: "#FFFFFF" });
    expect(cellAt(hidden, "C2")?.value ?? null).toBeNull();
    expect(data.activeSheet).toBe("公开表");

    // A later check does not look at the hidden sheet.
    const seen: string[] = [];
    const checker = rig(
      data,
      "1.20",
      (wb) => (seen.push(...wb.sheets.map((x) => x.name)), { tables: [], findings: [], problems: [] }),
    );
    value(await checker.gateway.check(DEFAULT_SETTINGS));
    expect(seen).toEqual(["公开表"]);

    excel.resetStats();
    expect(value(await gateway.clearMarks())).toEqual({ restored: 3, keptUserEdits: 0, skipped: [] });
    expect(excel.stats.roundTrips).toBe(2);
    expect(workbookLooks(data)).toEqual(before);
    expect(hiddenSheets(data)).toEqual([]);
    expect(data.settings.has(MARKS_KEY)).toBe(false);
  });

  it("re-marks after a check: keeps the true originals, restores what is no longer found, keeps user edits", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(
      await gateway.mark([
        finding("公开表", "C2", "warning"),
        finding("公开表", "B3", "error"),
        finding("公开表", "A2", "error"),
      ]),
    );
    // The user recolours A2's font after marking.
    cellAt(s, "A2", true).font = "#7030A0";
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "A2", "warning")]));
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: RED });
    expect(lookOf(data, s, "B3").fill).toEqual(before.get("公开表!B3")!.fill);
    expect(lookOf(data, s, "A2")).toMatchObject({ fill: YELLOW, font: "#7030A0" });
    // A2's purple font became its original when it was re-marked: clearing puts it back.
    const out = value(await gateway.clearMarks());
    expect(out).toEqual({ restored: 2, keptUserEdits: 0, skipped: [] });
    const want = new Map(before);
    want.set("公开表!A2", { fill: { none: true }, font: "#7030A0", note: null, comment: null });
    expect(workbookLooks(data)).toEqual(want);
    expect(hiddenSheets(data)).toEqual([]);
  });

  it("a gradient marked before its look was read comes back whole from the hidden sheet", async () => {
    const data = book();
    const s = data.sheets[0];
    const gradient = GRADIENT_FILL;
    cellAt(s, "C3", true).fill = gradient;
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C3", "error")]));
    expect(lookOf(data, s, "C3")).toMatchObject({ fill: RED });
    expect(value(await gateway.clearMarks())).toMatchObject({ restored: 1, keptUserEdits: 0 });
    expect(workbookLooks(data)).toEqual(before);
  });

  it("a gradient copied back whole keeps the font the user chose after marking", async () => {
    const data = book();
    const s = data.sheets[0];
    const gradient = GRADIENT_FILL;
    cellAt(s, "C3", true).fill = gradient;
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C3", "error")]));
    cellAt(s, "C3", true).font = "#7030A0";
    value(await gateway.clearMarks());
    expect(lookOf(data, s, "C3")).toMatchObject({ fill: gradient, font: "#7030A0" });
  });

  it("a gradient under rich text in several colours comes back without touching the characters", async () => {
    const data = book();
    const s = data.sheets[0];
    const c3 = cellAt(s, "C3", true);
    c3.fill = GRADIENT_FILL;
    c3.font = "#7030A0";
    setRuns(c3, [
      { text: "满意度", font: "#FF0000" },
      { text: " ≥60%", font: "#00B050" },
    ]);
    const before = lookOf(data, s, "C3");
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C3", "error")]));
    expect(lookOf(data, s, "C3")).toMatchObject({ fill: RED, runs: before.runs });
    value(await gateway.clearMarks());
    expect(lookOf(data, s, "C3")).toEqual({ ...before, note: "请财务科复核" });
  });

  it("copies a merged cell's whole merged area and restores it", async () => {
    const s = fakeSheet({
      name: "表",
      values: [
        ["项目", "指标"],
        ["培训", "x"],
        [null, "y"],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    });
    cellAt(s, "A2", true).fill = GREEN;
    const data = fakeWorkbook([s]);
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    excel.resetStats();
    value(await gateway.mark([finding("表", "A2", "error")]));
    expect(excel.stats.roundTrips).toBe(1);
    expect(hiddenSheets(data)[0].merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });
});

describe("mark right after a check, when the workbook changed in between", () => {
  it("says to check again when a note appeared on a flagged cell; what was written clears cleanly", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    s.notes.set("B2", "刚加的注释");
    const out = await gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "B2", "warning")]);
    expect(out).toEqual({ ok: false, message: expect.stringContaining("请重新检查后再标记") });
    // Fills were written before the notes; the batch stopped at the note.
    expect(lookOf(data, s, "C2").fill).toMatchObject(RED);
    expect(lookOf(data, s, "B2").note).toBe("刚加的注释");
    const cleared = value(await gateway.clearMarks());
    expect(cleared.restored + cleared.keptUserEdits).toBe(2);
    const want = new Map(before);
    want.set("公开表!B2", { fill: { none: true }, font: "#000000", note: "刚加的注释", comment: null });
    expect(workbookLooks(data)).toEqual(want);
    expect(hiddenSheets(data)).toEqual([]);
    expect(data.settings.has(MARKS_KEY)).toBe(false);
  });

  it("when a re-mark stops before reaching a cell, that cell's previous mark still clears", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(
      await gateway.mark([finding("公开表", "A3", "error", "一"), finding("公开表", "C2", "warning", "二")]),
    );
    value(await gateway.check(DEFAULT_SETTINGS));
    // After the check the user deletes our note on A3: re-writing it fails, before C2's new text and
    // after the record and the fills.
    s.notes.delete("A3");
    const out = await gateway.mark([
      finding("公开表", "A3", "error", "一改"),
      finding("公开表", "C2", "error", "二改"),
    ]);
    expect(out.ok).toBe(false);
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: RED, note: "【绩效检查】\n警告：二" });
    value(await gateway.clearMarks());
    const want = new Map(before);
    expect(workbookLooks(data)).toEqual(want);
  });

  it("when a sheet was protected in between, marks nothing on it, says so, and clears once unprotected", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C2", "warning")]));
    value(await gateway.check(DEFAULT_SETTINGS));
    s.protected = true;
    const out = await gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "B2", "error")]);
    expect(out).toEqual({ ok: false, message: expect.stringContaining("请重新检查后再标记") });
    expect(lookOf(data, s, "C2").fill).toMatchObject(YELLOW);
    expect(lookOf(data, s, "B2").fill).toEqual({ none: true });
    // Checking again sees the protection: nothing is touched, and the message says why.
    value(await gateway.check(DEFAULT_SETTINGS));
    const again = value(await gateway.mark([finding("公开表", "C2", "error")]));
    expect(again.skipped).toEqual([{ sheet: "公开表", message: expect.stringContaining("受保护") }]);
    s.protected = false;
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
    expect(hiddenSheets(data)).toEqual([]);
  });
});

describe("mark right after a check, when another gateway rewrote the record in between", () => {
  it("fails before changing anything, and works once checked again", async () => {
    const data = book();
    const before = workbookLooks(data);
    const pane = rig(data);
    value(await pane.gateway.check(DEFAULT_SETTINGS));
    value(await pane.gateway.mark([finding("公开表", "C2", "warning")]));
    value(await pane.gateway.check(DEFAULT_SETTINGS));
    // Meanwhile the ribbon's quick check (its own gateway) marks one more cell. Nothing the pane would
    // write now fails by itself: only the revision guard stops it from dropping B3 from the record.
    const ribbon = rig(data);
    value(await ribbon.gateway.check(DEFAULT_SETTINGS));
    value(await ribbon.gateway.mark([finding("公开表", "C2", "warning"), finding("公开表", "B3", "error")]));
    const marked = workbookLooks(data);
    const record = data.settings.get(MARKS_KEY);
    pane.excel.resetStats();
    const out = await pane.gateway.mark([
      finding("公开表", "C2", "warning"),
      finding("公开表", "A2", "error"),
    ]);
    expect(out).toEqual({ ok: false, message: expect.stringContaining("请重新检查后再标记") });
    expect(pane.excel.stats.roundTrips).toBe(1);
    expect(workbookLooks(data)).toEqual(marked);
    expect(data.settings.get(MARKS_KEY)).toBe(record);
    value(await pane.gateway.check(DEFAULT_SETTINGS));
    value(await pane.gateway.mark([finding("公开表", "A2", "error"), finding("公开表", "B3", "warning")]));
    value(await pane.gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
    expect(data.settings.size).toBe(0);
  });

  it("after a batch interrupted before the new record, the next mark reads first, then one round trip again", async () => {
    const data = book();
    const s = data.sheets[0];
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C2", "warning")]));
    value(await gateway.check(DEFAULT_SETTINGS));
    // After the check the user deletes our note: removing it fails, among the restores, before the
    // new record is written.
    s.notes.delete("C2");
    expect((await gateway.mark([finding("公开表", "B2", "error")])).ok).toBe(false);
    expect(data.settings.get(MARKS_KEY)).toBeDefined();
    value(await gateway.check(DEFAULT_SETTINGS));
    excel.resetStats();
    value(await gateway.mark([finding("公开表", "B2", "error")]));
    expect(excel.stats.roundTrips).toBe(2);
    value(await gateway.check(DEFAULT_SETTINGS));
    excel.resetStats();
    value(await gateway.mark([finding("公开表", "A2", "warning")]));
    expect(excel.stats.roundTrips).toBe(1);
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
    expect(data.settings.size).toBe(0);
  });
});

describe("workbook structure protection", () => {
  it("marks without a hidden sheet (reading the originals first: two round trips)", async () => {
    const data = book();
    data.structureProtected = true;
    const before = workbookLooks(data);
    const { excel, gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    excel.resetStats();
    expect(
      value(await gateway.mark([finding("公开表", "C2", "error"), finding("公开表", "B3", "warning")]))
        .marked,
    ).toBe(2);
    expect(excel.stats.roundTrips).toBe(2);
    expect(hiddenSheets(data)).toEqual([]);
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
  });

  it("protected after marking: clear restores the cells and leaves the hidden sheet until it can be deleted", async () => {
    const data = book();
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("公开表", "C2", "error")]));
    data.structureProtected = true;
    expect(value(await gateway.clearMarks())).toEqual({ restored: 1, keptUserEdits: 0, skipped: [] });
    expect(data.settings.has(MARKS_KEY)).toBe(false);
    expect(hiddenSheets(data).map((h) => h.visibility)).toEqual(["VeryHidden"]);
    data.structureProtected = false;
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([]));
    expect(hiddenSheets(data)).toEqual([]);
    expect(workbookLooks(data)).toEqual(before);
  });
});

describe("hidden sheets per marked sheet", () => {
  it("never takes a user's own sheet for one of its hidden sheets, whatever its name", async () => {
    const mine = fakeSheet({ name: HIDDEN_PREFIX, values: [["用户自己的表"]] });
    mine.visibility = "Hidden";
    const data = fakeWorkbook([fakeSheet({ name: "表", values: [["a", "b"]] }), mine]);
    const seen: string[] = [];
    const { gateway } = rig(
      data,
      "1.20",
      (wb) => (seen.push(...wb.sheets.map((x) => x.name)), { tables: [], findings: [], problems: [] }),
    );
    value(await gateway.check(DEFAULT_SETTINGS));
    expect(seen).toEqual(["表", HIDDEN_PREFIX]);
    value(await gateway.mark([finding("表", "A1", "error")]));
    expect(data.sheets.map((x) => [x.name, x.visibility])).toEqual([
      ["表", "Visible"],
      [HIDDEN_PREFIX, "Hidden"],
      [`${HIDDEN_PREFIX}2`, "VeryHidden"],
    ]);
    value(await gateway.clearMarks());
    expect(data.sheets.map((x) => x.name)).toEqual(["表", HIDDEN_PREFIX]);
    expect(cellAt(mine, "A1")?.value).toBe("用户自己的表");
  });

  it("gives each marked sheet its own hidden sheet and deletes each when its marks are gone", async () => {
    const data = fakeWorkbook([
      fakeSheet({ name: "甲", values: [["a", "b"]] }),
      fakeSheet({ name: "乙", values: [["c", "d"]] }),
    ]);
    cellAt(data.sheets[1], "B1", true).fill = GREEN;
    const before = workbookLooks(data);
    const { gateway } = rig(data);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("甲", "B1", "error"), finding("乙", "B1", "warning")]));
    expect(hiddenSheets(data)).toHaveLength(2);
    value(await gateway.check(DEFAULT_SETTINGS));
    value(await gateway.mark([finding("乙", "B1", "error")]));
    expect(hiddenSheets(data)).toHaveLength(1);
    expect(lookOf(data, findSheet(data, "甲")!, "B1").fill).toEqual({ none: true });
    value(await gateway.clearMarks());
    expect(workbookLooks(data)).toEqual(before);
    expect(data.sheets.map((x) => x.name)).toEqual(["甲", "乙"]);
  });
});
