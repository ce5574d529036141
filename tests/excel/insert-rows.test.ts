/** Inserting into a long (declaration) table and a single-project form: one row per indicator. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderRows } from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import { merge } from "../core/detect/grid-helpers";
import {
  cellAt,
  COLS,
  DEFAULT_STYLE,
  fakeSheet,
  fakeWorkbook,
  selectCell,
  workbookSnapshot,
  type FakeSheet,
} from "./fake-excel";
import { rig, value } from "./helpers";
import { formBook, LONG_HEADER_ROW, longBook, planFor, suggestedSet, TRAINING_GOAL } from "./insert-fixtures";

const COMPLETENESS = new Set(["indicators-missing", "level1-missing", "level2-missing", "category-empty"]);

async function completenessOf(
  gateway: ReturnType<typeof rig>["gateway"],
  project: string,
): Promise<string[]> {
  const r = value(await gateway.check(DEFAULT_SETTINGS));
  return r.findings.filter((f) => f.project === project && COMPLETENESS.has(f.ruleId)).map((f) => f.ruleId);
}

/** Row r (1-based), columns from A, as shown values ("" for empty). */
function row(sheet: FakeSheet, r: number, width = 10): string[] {
  return Array.from({ length: width }, (_, c) => {
    const v = sheet.cells.get((r - 1) * COLS + c)?.value;
    return v === null || v === undefined ? "" : String(v);
  });
}

const mergesOf = (s: FakeSheet) => [...s.merges].sort((a, b) => a.left - b.left || a.top - b.top);

describe("long table: a project without indicators", () => {
  it("gets its rows under it, in the table's columns, merged and formatted like the rows above", async () => {
    const data = longBook();
    const sheet = data.sheets[0];
    const { gateway, excel } = rig(data);
    expect(await completenessOf(gateway, "政协委员培训工作经费")).toEqual(["indicators-missing"]);
    const { plan, set } = await planFor(gateway, data, "申报表", "C8");
    const rows = renderRows(set);
    expect(plan.insertRows).toEqual({ at: 8, count: rows.length - 1 });
    // The preview is renderRows' output in the table's columns.
    expect(plan.preview).toEqual({
      kind: "rows",
      header: LONG_HEADER_ROW.slice(3, 9),
      rows: rows.map((r) => [r.level1, r.level2, r.level3, r.operator, r.value, r.unit]),
      goal: null,
    });
    excel.resetStats();
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(excel.stats.roundTrips).toBe(2);

    const last = 8 + rows.length - 1;
    rows.forEach((r, i) => {
      const got = row(sheet, 8 + i);
      expect(got.slice(5, 9)).toEqual([r.level3, r.operator, r.value, r.unit]);
      // 一级/二级 written on the first row of their run, merged below (as the table does).
      const firstOfRun1 = i === 0 || rows[i - 1].level1 !== r.level1;
      expect(got[3]).toBe(firstOfRun1 ? r.level1 : "");
    });
    // The project's own cells now span all its rows; the note below moved down.
    expect(mergesOf(sheet)).toEqual(
      expect.arrayContaining([merge(`A8:A${last}`), merge(`B8:B${last}`), merge(`C8:C${last}`)]),
    );
    expect(mergesOf(sheet).filter((m) => m.left === 3 && m.top >= 7)).toEqual([
      merge("D8:D17"),
      merge("D18:D19"),
    ]);
    expect(row(sheet, last + 2)[0]).toBe("填表说明：金额单位为万元。");
    expect(row(sheet, 8).slice(0, 3)).toEqual(["政协委员培训工作经费", "17", TRAINING_GOAL]);
    // Formats of the row above: fill, borders, wrapping, number format.
    const model = cellAt(sheet, "H8")!;
    for (let r = 9; r <= last; r++) {
      const c = cellAt(sheet, `H${r}`)!;
      expect({ fill: c.fill, style: { ...DEFAULT_STYLE, ...c.style }, numberFormat: c.numberFormat }).toEqual(
        {
          fill: model.fill,
          style: { ...DEFAULT_STYLE, ...model.style },
          numberFormat: "0.00",
        },
      );
      expect(cellAt(sheet, `F${r}`)!.style?.wrapText).toBe(true);
    }
    expect(await completenessOf(gateway, "政协委员培训工作经费")).toEqual([]);
  });
});

describe("long table: 补全缺失类别", () => {
  it("adds only the missing rows below the project's block; its merged cells grow over them", async () => {
    const data = longBook();
    const sheet = data.sheets[0];
    const { gateway } = rig(data);
    expect(await completenessOf(gateway, "政协全会会议经费")).toEqual(["level1-missing"]);
    const { plan } = await planFor(gateway, data, "申报表", "F4", { part: "missing" });
    expect(plan.insertRows).toEqual({ at: 7, count: 1 });
    expect(plan.overwrites).toEqual([]);
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(row(sheet, 8).slice(3, 9)).toEqual([
      "满意度指标",
      "服务对象满意度指标",
      "参会人员满意度",
      "≥",
      "90",
      "%",
    ]);
    expect(mergesOf(sheet)).toEqual(
      expect.arrayContaining([merge("A3:A8"), merge("B3:B8"), merge("C3:C8"), merge("D3:D6")]),
    );
    // The next project moved down one row, untouched.
    expect(row(sheet, 9).slice(0, 3)).toEqual(["政协委员培训工作经费", "17", TRAINING_GOAL]);
    expect(await completenessOf(gateway, "政协全会会议经费")).toEqual([]);
  });

  it("refuses to put a whole set under a project that has indicators", async () => {
    const data = longBook();
    const { gateway } = rig(data);
    selectCell(data, "申报表", "F4");
    const target = value(await gateway.selectedProject());
    const { set } = suggestedSet(target);
    expect(planInsertion(target, set, { into: "project", mode: "replace", goal: "" })).toEqual({
      ok: false,
      message:
        "该项目已有指标。如需补上缺少的类别，请选择「只补全缺失类别」；如需整体替换，请先删除原有指标行后再插入。",
    });
  });
});

describe("long table written the other ways", () => {
  it("repeats the project's cells and 一级/二级 on every row when the table does, fills its empty rows first", async () => {
    const values = [
      LONG_HEADER_ROW.slice(0, 9),
      ["公务接待费", 4.25, "做好公务接待。", "产出指标", "数量指标", "接待批次", "≥", 30, "批次"],
      ["公务接待费", 4.25, "做好公务接待。", "产出指标", "数量指标", "接待人次", "≥", 210, "人次"],
      ["委托第三方代理记账服务费", 3.6, "委托代理记账，保证账务规范。"],
      ["委托第三方代理记账服务费", 3.6, "委托代理记账，保证账务规范。"],
      ["委托第三方代理记账服务费", 3.6, "委托代理记账，保证账务规范。"],
    ];
    const data = fakeWorkbook([fakeSheet({ name: "表", values })]);
    const sheet = data.sheets[0];
    const { gateway } = rig(data);
    const { plan, set } = await planFor(gateway, data, "表", "A4");
    const rows = renderRows(set);
    // Three empty rows in its block, the rest inserted after them.
    expect(plan.insertRows).toEqual({ at: 6, count: rows.length - 3 });
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    rows.forEach((r, i) => {
      expect(row(sheet, 4 + i, 9)).toEqual([
        "委托第三方代理记账服务费",
        "3.6",
        "委托代理记账，保证账务规范。",
        r.level1,
        r.level2,
        r.level3,
        r.operator,
        r.value,
        r.unit,
      ]);
    });
    expect(sheet.merges).toEqual([]);
    expect(await completenessOf(gateway, "委托第三方代理记账服务费")).toEqual([]);
  });

  it("writes operator and unit into the value when the table has no columns for them", async () => {
    const values = [
      ["项目名称", "项目金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["公务接待费", 4.25, "做好公务接待。"],
    ];
    const data = fakeWorkbook([fakeSheet({ name: "表", values })]);
    const { gateway } = rig(data);
    const { plan, set } = await planFor(gateway, data, "表", "A2");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    const rows = renderRows(set);
    rows.forEach((r, i) => {
      expect(row(data.sheets[0], 2 + i, 7)[6]).toBe(
        r.operator === "定性" ? r.value : `${r.operator}${r.value}${r.unit}`,
      );
    });
    expect(await completenessOf(gateway, "公务接待费")).toEqual([]);
  });

  it("does not insert rows through a merged area that crosses the insertion point", async () => {
    const data = longBook();
    data.sheets[0].merges.push(merge("J7:J8"));
    const { gateway } = rig(data);
    selectCell(data, "申报表", "F4");
    const target = value(await gateway.selectedProject());
    const { set } = suggestedSet(target, "missing");
    const out = planInsertion(target, set, { into: "project", mode: "add", goal: "" });
    expect(out).toEqual({
      ok: false,
      message: "第 7–8 行的合并单元格跨越了插入位置（第 8 行），无法自动插入行。请先取消该合并单元格。",
    });
  });
});

describe("single-project form", () => {
  it("gets its grid rows under the header", async () => {
    const data = formBook();
    const sheet = data.sheets[0];
    const { gateway } = rig(data);
    expect(await completenessOf(gateway, "政协委员视察调研工作经费")).toEqual(["indicators-missing"]);
    const { target, plan, set } = await planFor(gateway, data, "项目表", "B2");
    expect(target.table?.layout).toBe("form");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    renderRows(set).forEach((r, i) => {
      expect(row(sheet, 7 + i, 6)).toEqual([
        i === 0 || renderRows(set)[i - 1].level1 !== r.level1 ? r.level1 : "",
        expect.any(String),
        r.level3,
        r.operator,
        r.value,
        r.unit,
      ]);
    });
    expect(row(sheet, 2, 2)).toEqual(["项目名称", "政协委员视察调研工作经费"]);
    expect(await completenessOf(gateway, "政协委员视察调研工作经费")).toEqual([]);
  });

  it("is selected from anywhere in the form", async () => {
    const data = formBook();
    const { gateway } = rig(data);
    for (const cell of ["A2", "B4", "C6"]) {
      selectCell(data, "项目表", cell);
      expect(value(await gateway.selectedProject()).project?.name).toBe("政协委员视察调研工作经费");
    }
    selectCell(data, "项目表", "H20");
    expect(value(await gateway.selectedProject())).toMatchObject({ table: null, project: null });
  });
});

describe("undo puts the rows, merged areas and formats back exactly", () => {
  it.each([
    ["long, new project", longBook, "申报表", "C8", "full"],
    ["long, 补全", longBook, "申报表", "F4", "missing"],
    ["form", formBook, "项目表", "B2", "full"],
  ] as const)("%s", async (_name, book, sheetName, cell, part) => {
    const data = book();
    const before = workbookSnapshot(data);
    const rowsBefore = Math.max(...[...data.sheets[0].cells.keys()].map((k) => Math.floor(k / COLS)));
    const { gateway, excel } = rig(data);
    const { plan } = await planFor(gateway, data, sheetName, cell, { part });
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(workbookSnapshot(data)).not.toEqual(before);
    excel.resetStats();
    const out = value(await gateway.undoInsertion());
    expect(out.summary).toBe(`已撤销：${plan.summary}`);
    expect(excel.stats.roundTrips).toBe(2);
    expect(Math.max(...[...data.sheets[0].cells.keys()].map((k) => Math.floor(k / COLS)))).toBe(rowsBefore);
    const after = workbookSnapshot(data) as { sheets: unknown[]; settings: unknown };
    const expected = before as { sheets: unknown[]; settings: unknown };
    expect(after.sheets).toEqual(expected.sheets);
    expect(after.settings).toEqual(expected.settings);
    expect(await gateway.undoInsertion()).toEqual({ ok: false, message: "没有可撤销的插入。" });
  });
});
