/**
 * Template insertion and 撤销插入, one suite on every host (tests/host/hosts.ts): the same plan writes the
 * same workbook on Excel and on WPS 表格; it refuses, writing nothing, what Excel's adapter refuses (an
 * unconfirmed replacement, a table changed since it was read, a protected sheet); undo puts back exactly
 * what was there — also from a new pane (the record is in the workbook) — and refuses where the user
 * changed things since. Round trips and Excel's undo groups stay in tests/excel.
 */
import Decimal from "decimal.js";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderSet, resolveParams } from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import {
  cellAt,
  fakeSheet,
  fakeWorkbook,
  findSheet,
  selectCell,
  workbookSnapshot,
  type FakeWorkbookData,
} from "../excel/fake-excel";
import { value } from "../excel/helpers";
import { library, longBook, planFor, wideBook } from "../excel/insert-fixtures";
import { EACH_HOST, HOSTS, userSnapshot, type Host } from "./hosts";

function meetingSet() {
  const t = library.find("会议")!;
  const p = resolveParams(t, { 会议次数: 4, 参会人数: 30, 会期天数: 1 }, new Decimal("3.4"));
  if (!p.ok) throw new Error(p.problems[0].message);
  const r = renderSet(t, p.params, new Decimal("3.4"), { profile: "2015" });
  if (!r.ok) throw new Error(r.problems[0].message);
  return r.set;
}

const NEW_PROJECT = {
  name: "政协常委会议工作经费",
  amount: new Decimal("3.4"),
  goal: "全年召开政协常委会议4次，审议年度工作计划。",
};

const briefBook = () => fakeWorkbook([fakeSheet({ name: "说明", values: [["本工作簿用于填报绩效目标。"]] })]);

/** Each way into the sheet: a wide cell, rows inserted in a long table, a new sheet. */
const CASES: [string, () => FakeWorkbookData, (h: Host, d: FakeWorkbookData) => Promise<unknown>][] = [
  [
    "a wide table's empty indicator cell",
    wideBook,
    async (h, d) => (await planFor(h.open(d), d, "公开表", "B5")).plan,
  ],
  [
    "rows inserted into a long table",
    longBook,
    async (h, d) => (await planFor(h.open(d), d, "申报表", "F4", { part: "missing" })).plan,
  ],
  [
    "a new declaration sheet",
    briefBook,
    async (h, d) => {
      selectCell(d, "说明", "A1");
      const target = value(await h.open(d).selectedProject());
      return value(
        planInsertion(target, meetingSet(), {
          into: "newSheet",
          mode: "replace",
          goal: "",
          newProject: NEW_PROJECT,
        }),
      );
    },
  ],
];

describe("one insertion on every host", () => {
  it.each(CASES)(
    "%s: the same workbook after insertion, and after undo the one before",
    async (_n, book, plan) => {
      const after = await Promise.all(
        HOSTS.map(async (h) => {
          const data = book();
          const before = userSnapshot(data);
          const p = (await plan(h, data)) as Parameters<ReturnType<Host["open"]>["insertTemplate"]>[0];
          const out = value(await h.open(data).insertTemplate(p, { confirmedOverwrite: false }));
          expect(out.cells).toBeGreaterThan(0);
          const inserted = userSnapshot(data);
          expect(inserted).not.toEqual(before);
          // A new pane (the file opened again) finds the record in the workbook and undoes it exactly.
          expect(value(await h.open(data).lastInsertion())).toEqual({
            sheet: out.sheet,
            summary: out.summary,
          });
          const undone = value(await h.open(data).undoInsertion());
          expect(undone.summary).toBe(`已撤销：${out.summary}`);
          expect(userSnapshot(data)).toEqual(before);
          expect(value(await h.open(data).lastInsertion())).toBeNull();
          return inserted;
        }),
      );
      for (const a of after.slice(1)) expect(a).toEqual(after[0]);
    },
  );
});

describe.each(EACH_HOST)("insertion contract on %s", (_name, host) => {
  it("asks before replacing a cell with content; writes nothing until confirmed", async () => {
    const data = wideBook();
    cellAt(data.sheets[0], "E5", true).value = "（待填写）";
    const g = host.open(data);
    const { plan } = await planFor(g, data, "公开表", "B5");
    expect(plan.overwrites.map((o) => o.cell)).toContain("E5");
    const before = userSnapshot(data);
    const refused = await g.insertTemplate(plan, { confirmedOverwrite: false });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("需要先确认，未做改动") });
    expect(userSnapshot(data)).toEqual(before);
    value(await g.insertTemplate(plan, { confirmedOverwrite: true }));
    expect(cellAt(data.sheets[0], "E5")!.value).toContain("产出指标");
    value(await host.open(data).undoInsertion());
    expect(userSnapshot(data)).toEqual(before);
  });

  it("refuses, writing nothing, when the table changed since it was read", async () => {
    const data = wideBook();
    const g = host.open(data);
    const { plan } = await planFor(g, data, "公开表", "B5");
    cellAt(data.sheets[0], "B5")!.value = "2. 改过名的项目";
    const before = userSnapshot(data);
    const out = await g.insertTemplate(plan, { confirmedOverwrite: true });
    expect(out).toEqual({ ok: false, message: expect.stringContaining("表格在读取之后有改动（B5") });
    expect(userSnapshot(data)).toEqual(before);
  });

  it("refuses on a protected sheet", async () => {
    const data = wideBook();
    const g = host.open(data);
    const { plan } = await planFor(g, data, "公开表", "B5");
    data.sheets[0].protected = true;
    const before = userSnapshot(data);
    const out = await g.insertTemplate(plan, { confirmedOverwrite: true });
    expect(out).toEqual({ ok: false, message: expect.stringContaining("受保护，未做改动") });
    expect(userSnapshot(data)).toEqual(before);
  });

  it("undo refuses, changing nothing, when a cell it wrote was edited since, and says which", async () => {
    const data = wideBook();
    const g = host.open(data);
    const { plan } = await planFor(g, data, "公开表", "B5");
    value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(data.sheets[0], "E5")!.value = "一、产出指标\n（用户改过）";
    const edited = workbookSnapshot(data);
    const out = await host.open(data).undoInsertion();
    expect(out).toEqual({
      ok: false,
      message: expect.stringContaining(
        "以下单元格在插入之后已被修改，未做改动：E5（现为「一、产出指标 （用户改过）」）",
      ),
    });
    expect(workbookSnapshot(data)).toEqual(edited);
  });

  it("undo refuses when something was typed into an inserted row", async () => {
    const data = longBook();
    const g = host.open(data);
    const { plan } = await planFor(g, data, "申报表", "C8");
    value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(data.sheets[0], "J12", true).value = "已与财政局核对";
    const edited = workbookSnapshot(data);
    const out = await g.undoInsertion();
    expect(out).toEqual({ ok: false, message: expect.stringContaining("J12（现为「（插入后填写）」）") });
    expect(workbookSnapshot(data)).toEqual(edited);
  });

  it("undo refuses to delete a created sheet the user has written in", async () => {
    const data = briefBook();
    const g = host.open(data);
    selectCell(data, "说明", "A1");
    const target = value(await g.selectedProject());
    const plan = value(
      planInsertion(target, meetingSet(), {
        into: "newSheet",
        mode: "replace",
        goal: "",
        newProject: NEW_PROJECT,
      }),
    );
    const out = value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(findSheet(data, out.sheet)!, "L20", true).value = "审核意见";
    const out2 = await g.undoInsertion();
    expect(out2).toEqual({ ok: false, message: expect.stringContaining("撤销会删除整张工作表，未做改动") });
    expect(findSheet(data, out.sheet)).toBeDefined();
  });

  it("undo only clears its record when the insertion is already gone", async () => {
    const data = wideBook();
    const g = host.open(data);
    const { plan } = await planFor(g, data, "公开表", "B5");
    value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(data.sheets[0], "E5")!.value = null;
    const before = userSnapshot(data);
    const out = value(await g.undoInsertion());
    expect(out.summary).toContain("插入的内容已不在表格中");
    expect(userSnapshot(data)).toEqual(before);
    expect(value(await g.lastInsertion())).toBeNull();
    expect(await g.undoInsertion()).toEqual({ ok: false, message: "没有可撤销的插入。" });
  });

  it("marks of a check move with inserted rows: clear after insert + undo restores every cell", async () => {
    const data = longBook();
    const before = userSnapshot(data);
    const g = host.open(data);
    const checked = value(await g.check(DEFAULT_SETTINGS));
    expect(value(await g.mark(checked.findings)).marked).toBeGreaterThan(0);
    const { plan } = await planFor(g, data, "申报表", "F4", { part: "missing" });
    value(await g.insertTemplate(plan, { confirmedOverwrite: false }));
    value(await host.open(data).undoInsertion());
    expect(value(await host.open(data).clearMarks()).keptUserEdits).toBe(0);
    expect(userSnapshot(data)).toEqual(before);
  });
});
