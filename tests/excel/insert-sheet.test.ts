/** No table yet: the insertion makes a new declaration sheet. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { LONG_HEADER, renderRows } from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import { cellAt, fakeSheet, fakeWorkbook, findSheet, selectCell, workbookSnapshot } from "./fake-excel";
import { rig, value } from "./helpers";
import { amount, library } from "./insert-fixtures";
import { renderSet, resolveParams } from "../../src/core/templates";

function meetingSet(amountWan: string) {
  const t = library.find("会议")!;
  const p = resolveParams(t, { 会议次数: 4, 参会人数: 30, 会期天数: 1 }, amount(amountWan));
  if (!p.ok) throw new Error(p.problems[0].message);
  const r = renderSet(t, p.params, amount(amountWan), { profile: "2015" });
  if (!r.ok) throw new Error(r.problems[0].message);
  return r.set;
}

const project = {
  name: "政协常委会议工作经费",
  amount: amount("3.4"),
  goal: "全年召开政协常委会议4次，审议年度工作计划。",
};

describe("a new declaration sheet", () => {
  it("holds the project and its indicator grid, and the checker reads it as a complete project", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "说明", values: [["本工作簿用于填报绩效目标。"]] })]);
    const { gateway, excel } = rig(data);
    selectCell(data, "说明", "A1");
    const target = value(await gateway.selectedProject());
    expect(target).toMatchObject({ table: null, project: null, sheetNames: ["说明"] });
    const set = meetingSet("3.4");
    expect(planInsertion(target, set, { into: "project", mode: "replace", goal: "" })).toEqual({
      ok: false,
      message: "请先在表格中选中要插入指标的项目所在的行（或选择「新建申报表」）。",
    });
    const plan = value(
      planInsertion(target, set, { into: "newSheet", mode: "replace", goal: "", newProject: project }),
    );
    expect(plan.sheet).toBe("绩效目标表");
    const rows = renderRows(set);
    expect(plan.preview).toEqual({
      kind: "rows",
      header: [...LONG_HEADER],
      rows: rows.map((r, i) => [
        i === 0 ? project.name : "",
        i === 0 ? "3.4" : "",
        i === 0 ? project.goal : "",
        r.level1,
        r.level2,
        r.level3,
        r.operator,
        r.value,
        r.unit,
      ]),
      goal: project.goal,
    });
    excel.resetStats();
    const out = value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(out.sheet).toBe("绩效目标表");
    expect(excel.stats.roundTrips).toBe(2);
    const sheet = findSheet(data, "绩效目标表")!;
    expect(data.activeSheet).toBe("绩效目标表");
    expect(LONG_HEADER.map((_, c) => cellAt(sheet, `${String.fromCharCode(65 + c)}2`)?.value)).toEqual([
      ...LONG_HEADER,
    ]);
    expect(cellAt(sheet, "A3")!.value).toBe(project.name);
    expect(cellAt(sheet, "B3")!.value).toBe(3.4);
    expect(cellAt(sheet, "A2")!.style).toMatchObject({ bold: true });
    expect(sheet.columnWidths?.get(0)).toBeGreaterThan(100);
    expect(sheet.merges).toEqual(
      expect.arrayContaining([{ top: 2, left: 0, bottom: 1 + rows.length, right: 0 }]),
    );

    const checked = value(await gateway.check(DEFAULT_SETTINGS));
    expect(checked.tables).toHaveLength(1);
    expect(checked.tables[0].projects.map((p) => [p.name, p.indicators.length])).toEqual([
      [project.name, rows.length],
    ]);
    expect(checked.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("takes a free name, and one taken meanwhile is replaced by the next", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "绩效目标表" }), fakeSheet({ name: "绩效目标表2" })]);
    const { gateway } = rig(data);
    const target = value(await gateway.selectedProject());
    const plan = value(
      planInsertion(target, meetingSet("3.4"), {
        into: "newSheet",
        mode: "replace",
        goal: "",
        newProject: project,
      }),
    );
    expect(plan.sheet).toBe("绩效目标表3");
    data.sheets.push(fakeSheet({ name: "绩效目标表3" }));
    const out = value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(out).toMatchObject({ sheet: "绩效目标表4", summary: expect.stringContaining("「绩效目标表4」") });
  });

  it("asks for a name and an amount", () => {
    const set = meetingSet("3.4");
    expect(
      planInsertion(null, set, {
        into: "newSheet",
        mode: "replace",
        goal: "",
        newProject: { ...project, name: " " },
      }),
    ).toEqual({ ok: false, message: "请填写项目名称。" });
    expect(
      planInsertion(null, set, {
        into: "newSheet",
        mode: "replace",
        goal: "",
        newProject: { ...project, amount: amount(0) },
      }),
    ).toEqual({
      ok: false,
      message: "请填写大于 0 的项目金额（万元）。",
    });
  });

  it("is refused under workbook structure protection, with nothing written", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "说明" })]);
    data.structureProtected = true;
    const { gateway } = rig(data);
    const plan = value(
      planInsertion(null, meetingSet("3.4"), {
        into: "newSheet",
        mode: "replace",
        goal: "",
        newProject: project,
      }),
    );
    const before = workbookSnapshot(data);
    expect(await gateway.insertTemplate(plan, { confirmedOverwrite: false })).toEqual({
      ok: false,
      message: "工作簿结构受保护，无法新建工作表，未做改动。请先在「审阅」选项卡中撤销工作簿保护。",
    });
    expect(workbookSnapshot(data)).toEqual(before);
  });

  it("is removed again by 撤销插入, unless the user has written in it", async () => {
    const data = fakeWorkbook([fakeSheet({ name: "说明", values: [["说明文字"]] })]);
    const before = workbookSnapshot(data);
    const { gateway } = rig(data);
    const plan = value(
      planInsertion(null, meetingSet("3.4"), {
        into: "newSheet",
        mode: "replace",
        goal: "",
        newProject: project,
      }),
    );
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    cellAt(findSheet(data, "绩效目标表")!, "K5", true).value = "我的备注";
    expect(await gateway.undoInsertion()).toEqual({
      ok: false,
      message:
        "新建的工作表「绩效目标表」中有插入之后填写的内容（如 K5），撤销会删除整张工作表，未做改动。请手动处理。",
    });
    expect(findSheet(data, "绩效目标表")).toBeDefined();
    findSheet(data, "绩效目标表")!.cells.clear();
    // Emptied by hand: nothing of the insertion is left, so there is nothing to undo.
    expect(value(await gateway.undoInsertion()).summary).toBe(
      "插入的内容已不在表格中（可能已用 Ctrl+Z 撤销），无需再撤销，已清除撤销记录。",
    );
    data.sheets.splice(1, 1);
    expect(workbookSnapshot(data)).toEqual(before);

    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    value(await gateway.undoInsertion());
    expect(workbookSnapshot(data)).toEqual(before);
  });
});
