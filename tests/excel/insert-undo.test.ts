/**
 * 撤销插入 restores exactly what was there before the last insertion — values, merged areas, row
 * counts, fills — also after save and reopen; it refuses where the user changed things since, and the
 * marks of a check move with inserted rows so that 清除标记 still restores the right cells.
 */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { INSERT_KEY } from "../../src/host/insert/insert-record";
import { MARKS_KEY } from "../../src/host/marks-record";
import { cellAt, workbookLooks, workbookSnapshot } from "./fake-excel";
import { rig, value } from "./helpers";
import { longBook, planFor, wideBook } from "./insert-fixtures";

describe("undo", () => {
  it("after save and reopen (a new pane) restores exactly, in at most three round trips", async () => {
    const data = longBook();
    data.sheets[0].notes.set("F4", "请复核");
    const before = workbookSnapshot(data);
    const first = rig(data);
    const { plan } = await planFor(first.gateway, data, "申报表", "F4", { part: "missing" });
    value(await first.gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(data.settings.has(INSERT_KEY)).toBe(true);

    const reopened = rig(data);
    expect(value(await reopened.gateway.lastInsertion())).toEqual({ sheet: "申报表", summary: plan.summary });
    const again = rig(data);
    value(await again.gateway.undoInsertion());
    expect(again.excel.stats.roundTrips).toBe(3);
    expect(workbookSnapshot(data)).toEqual(before);
    expect(value(await again.gateway.lastInsertion())).toBeNull();
  });

  it("is one Excel undo step on ExcelApi 1.20", async () => {
    const data = wideBook();
    const { gateway, excel } = rig(data, "1.20");
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    excel.resetStats();
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    value(await gateway.undoInsertion());
    expect(excel.stats.runOptions).toEqual([{ mergeUndoGroup: true }, { mergeUndoGroup: true }]);
  });

  it("refuses, changing nothing, when a cell it wrote was edited since, and says which", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(data.sheets[0], "E5")!.value = "一、产出指标\n（用户改过）";
    const edited = workbookSnapshot(data);
    expect(await gateway.undoInsertion()).toEqual({
      ok: false,
      message:
        "以下单元格在插入之后已被修改，未做改动：E5（现为「一、产出指标 （用户改过）」）。请手动恢复，或使用 Excel 的撤销（Ctrl+Z）。",
    });
    expect(workbookSnapshot(data)).toEqual(edited);
  });

  it("refuses when something was typed into an inserted row", async () => {
    const data = longBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "申报表", "C8");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(data.sheets[0], "J12", true).value = "已与财政局核对";
    const edited = workbookSnapshot(data);
    const out = await gateway.undoInsertion();
    expect(out).toEqual({ ok: false, message: expect.stringContaining("J12（现为「（插入后填写）」）") });
    expect(workbookSnapshot(data)).toEqual(edited);
  });

  it("only clears its record when the insertion is already gone (Ctrl+Z)", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(data.sheets[0], "E5")!.value = null; // what Ctrl+Z leaves
    const out = value(await gateway.undoInsertion());
    expect(out.summary).toBe("插入的内容已不在表格中（可能已用 Ctrl+Z 撤销），无需再撤销，已清除撤销记录。");
    expect(data.settings.has(INSERT_KEY)).toBe(false);
  });

  it("says there is nothing to undo, and drops a record it cannot read", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    expect(await gateway.undoInsertion()).toEqual({ ok: false, message: "没有可撤销的插入。" });
    data.settings.set(INSERT_KEY, JSON.stringify("{broken"));
    expect(await gateway.undoInsertion()).toEqual({
      ok: false,
      message:
        "工作簿中保存的插入记录已损坏，无法撤销，已清除该记录。如需恢复，请使用 Excel 的撤销（Ctrl+Z）。",
    });
    expect(data.settings.has(INSERT_KEY)).toBe(false);
  });

  it("refuses on a sheet protected since", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    data.sheets[0].protected = true;
    const now = workbookSnapshot(data);
    expect(await gateway.undoInsertion()).toEqual({
      ok: false,
      message: "工作表「公开表」受保护，未做改动。如需插入，请先在「审阅」选项卡中撤销工作表保护。",
    });
    expect(workbookSnapshot(data)).toEqual(now);
  });
});

describe("marks of a check move with inserted rows", () => {
  it.each(["1.20", "1.18", "1.12"])(
    "clear after insert, and after insert + undo, restores every cell (ExcelApi %s)",
    async (api) => {
      for (const undo of [false, true]) {
        const data = longBook();
        const looks = workbookLooks(data);
        const { gateway } = rig(data, api);
        const checked = value(await gateway.check(DEFAULT_SETTINGS));
        // Marked right after the check: originals copied to a very hidden sheet, in one round trip.
        const marked = value(await gateway.mark(checked.findings));
        expect(marked.marked).toBeGreaterThan(0);
        const { plan } = await planFor(gateway, data, "申报表", "F4", { part: "missing" });
        value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
        if (undo) value(await gateway.undoInsertion());
        const cleared = value(await gateway.clearMarks());
        expect(cleared.keptUserEdits).toBe(0);
        expect(data.settings.has(MARKS_KEY)).toBe(false);
        expect(data.sheets.map((s) => s.name)).toEqual(["申报表"]);
        if (undo) expect(workbookLooks(data)).toEqual(looks);
        else {
          // Every original look is back, one row further down from row 8 on.
          const moved = new Map(
            [...looks].map(([k, v]) => {
              const m = /^(.*!)([A-Z]+)(\d+)$/.exec(k)!;
              const row = Number(m[3]);
              return [`${m[1]}${m[2]}${row >= 8 ? row + 1 : row}`, v];
            }),
          );
          const now = workbookLooks(data);
          for (const [k, v] of moved) expect([k, now.get(k)]).toEqual([k, v]);
        }
      }
    },
  );
});
