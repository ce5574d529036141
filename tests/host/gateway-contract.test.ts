/**
 * The gateway contract, one suite on every host (tests/host/hosts.ts): what the pane may rely on
 * whichever adapter answers — the same check, the same marks and their exact removal, the user's edits
 * kept, protected sheets left alone, the state and a unit's templates kept in the workbook.
 */
import { toA1 } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReadingCorrection } from "../../src/core/model";
import {
  cellAt,
  fakeSheet,
  fakeWorkbook,
  lookOf,
  selectCell,
  workbookLooks,
  type FakeWorkbookData,
} from "../excel/fake-excel";
import { finding, value } from "../excel/helpers";
import { wideTable } from "../excel/table-fixture";
import { templatesDocExample } from "../docs/templates-doc-example";
import {
  BUILTIN_TEMPLATE_DEFS,
  TEMPLATE_SHEET_NAME,
  templateSheetRows,
  templatesFromSheet,
} from "../../src/core/templates";
import { EACH_HOST, HOSTS } from "./hosts";

const RED = { none: false, color: "#FFC7CE", pattern: "Solid", tint: 0, patternColor: "#000000" };
const YELLOW = { none: false, color: "#FFEB9C", pattern: "Solid", tint: 0, patternColor: "#000000" };

const table = (): FakeWorkbookData => fakeWorkbook([fakeSheet({ name: "公开表", values: wideTable(6) })]);

function small(): FakeWorkbookData {
  return fakeWorkbook([
    fakeSheet({
      name: "公开表",
      values: [
        ["项目", "金额", "指标"],
        ["培训", 5, "1. 举办培训班 ≥3"],
        ["会议", 6, "1. 满意度 ≥60%"],
      ],
    }),
  ]);
}

describe("one check on every host", () => {
  it("reads the same workbook into the same findings", async () => {
    const results = await Promise.all(
      HOSTS.map(async (h) => value(await h.open(table()).check(DEFAULT_SETTINGS))),
    );
    expect(results[0].findings.length).toBeGreaterThan(5);
    for (const r of results.slice(1)) {
      expect(r.findings).toEqual(results[0].findings);
      expect(r.tables.length).toBe(results[0].tables.length);
    }
  });

  it("writes the same marks, and clearing leaves the same workbook as before", async () => {
    const found = value(await HOSTS[0].open(table()).check(DEFAULT_SETTINGS)).findings;
    const after = await Promise.all(
      HOSTS.map(async (h) => {
        const data = table();
        const before = workbookLooks(data);
        const g = h.open(data);
        value(await g.mark(found));
        const marked = workbookLooks(data);
        value(await g.clearMarks());
        expect(workbookLooks(data)).toEqual(before);
        return marked;
      }),
    );
    expect(after[0].size).toBeGreaterThan(5);
    for (const m of after.slice(1)) expect(m).toEqual(after[0]);
  });
});

describe.each(EACH_HOST)("gateway contract on %s", (_name, host) => {
  it("fills each cell by its worst severity and notes every finding in Chinese", async () => {
    const data = small();
    const g = host.open(data);
    const out = value(
      await g.mark([
        finding("公开表", "C2", "warning", "缺少计量单位"),
        finding("公开表", "C2", "error", "指标值不是数字"),
        finding("公开表", "C3", "warning", "满意度偏低"),
        finding("公开表", "B2", "info", "金额单位未写明"),
      ]),
    );
    expect(out).toEqual({ marked: 3, skipped: [] });
    const s = data.sheets[0];
    expect(lookOf(data, s, "C2")).toMatchObject({
      fill: RED,
      font: "#000000", // fonts are never recoloured
      note: "【绩效检查】\n错误：指标值不是数字\n警告：缺少计量单位",
    });
    expect(lookOf(data, s, "C3")).toMatchObject({ fill: YELLOW, font: "#000000" });
    expect(lookOf(data, s, "B2")).toMatchObject({ fill: { none: true }, font: "#000000" });
    expect(lookOf(data, s, "B2").note).toContain("【绩效检查】");
  });

  it("appends to the user's own note and puts it back exactly on clear", async () => {
    const data = small();
    data.sheets[0].notes.set("C2", "请财务科复核");
    const g = host.open(data);
    value(await g.mark([finding("公开表", "C2", "error", "缺少计量单位")]));
    expect(data.sheets[0].notes.get("C2")).toBe("请财务科复核\n\n【绩效检查】\n错误：缺少计量单位");
    expect(value(await g.clearMarks())).toEqual({ restored: 1, keptUserEdits: 0, skipped: [] });
    expect(data.sheets[0].notes.get("C2")).toBe("请财务科复核");
  });

  it("clears after the file is opened again, keeping what the user changed since", async () => {
    const data = small();
    const s = data.sheets[0];
    cellAt(s, "C3", true).fill = { ...RED, color: "#00B050" };
    const before = workbookLooks(data);
    value(await host.open(data).mark([finding("公开表", "C2", "error"), finding("公开表", "C3", "error")]));
    const userFill = { ...RED, color: "#FFFF00" };
    cellAt(s, "C2", true).fill = userFill; // the user refills a marked cell…
    cellAt(s, "C3", true).font = "#0070C0"; // …and recolours another's text (marks never touch fonts)
    const out = value(await host.open(data).clearMarks());
    expect(out).toEqual({ restored: 1, keptUserEdits: 1, skipped: [] });
    expect(lookOf(data, s, "C2")).toMatchObject({ fill: userFill, note: null, comment: null });
    expect(lookOf(data, s, "C3")).toEqual({ ...before.get("公开表!C3"), font: "#0070C0" });
    expect(value(await host.open(data).loadState()).hasMarks).toBe(false);
  });

  it("leaves a protected sheet untouched and says so", async () => {
    const data = small();
    data.sheets[0].protected = true;
    const before = workbookLooks(data);
    const out = value(await host.open(data).mark([finding("公开表", "C2", "error")]));
    expect(out.marked).toBe(0);
    expect(out.skipped).toHaveLength(1);
    expect(out.skipped[0].message).toContain("受保护");
    expect(workbookLooks(data)).toEqual(before);
  });

  it("keeps settings, ignored findings and corrections in the workbook", async () => {
    const data = small();
    const fix: ReadingCorrection = {
      kind: "part",
      sheet: "公开表",
      projectKey: "公开表!0",
      part: "amount",
      cell: "B2",
    };
    const settings = { ...DEFAULT_SETTINGS, disabledRules: ["unit-missing"] };
    value(await host.open(data).saveState({ settings, ignored: ["k|1"], corrections: [fix] }));
    const loaded = value(await host.open(data).loadState());
    expect(loaded).toMatchObject({ settings, ignored: ["k|1"], corrections: [fix], hasMarks: false });
    expect(loaded.warnings).toBeUndefined();
    value(await host.open(data).mark([finding("公开表", "C2", "error")]));
    expect(value(await host.open(data).loadState()).hasMarks).toBe(true);
    // What the add-in keeps is not read as a table.
    const checked = value(await host.open(data).check(DEFAULT_SETTINGS));
    expect(checked.findings.every((f) => f.sheet === "公开表")).toBe(true);
  });

  it("keeps a unit's templates in the workbook; refuses a file that is not one", async () => {
    const data = small();
    const bad = await host.open(data).saveUnitTemplates("{ 不是 JSON");
    expect(bad.ok).toBe(false);
    const text = templatesDocExample();
    value(await host.open(data).saveUnitTemplates(text));
    const loaded = value(await host.open(data).loadUnitTemplates());
    expect(loaded.text).toBe(text);
    expect(loaded.templates.map((t) => t.id)).toEqual(["publicity"]);
    value(await host.open(data).removeUnitTemplates());
    expect(value(await host.open(data).loadUnitTemplates())).toEqual({ text: null, templates: [] });
  });

  it("生成模板工作表 adds a sheet under a free name that reads back into the template; 从当前工作表导入 reads it", async () => {
    const data = small();
    data.sheets.push(fakeSheet({ name: TEMPLATE_SHEET_NAME, values: [["用户自己的"]] }));
    const own = () => data.sheets.find((x) => x.name === TEMPLATE_SHEET_NAME)!;
    const before = [...own().cells.entries()];
    const g = host.open(data);
    const def = BUILTIN_TEMPLATE_DEFS.find((d) => d.id === "meeting")!;
    const added = value(await g.addTemplateSheet!(templateSheetRows([def])));
    expect(added.sheet).toBe(`${TEMPLATE_SHEET_NAME} (2)`);
    expect(added.summary).toContain(`「${TEMPLATE_SHEET_NAME} (2)」`);
    // The user's own sheet of that name is untouched; the new one is shown.
    expect(cellAt(own(), "A1")?.value).toBe("用户自己的");
    expect([...own().cells.entries()]).toEqual(before);
    expect(value(await g.activeCell()).sheet).toBe(added.sheet);
    // The cells are text: 「=」 and the formulas of the parameters stay as written.
    const made = data.sheets.find((x) => x.name === added.sheet)!;
    expect([...made.cells.values()].some((c) => c.value === "=")).toBe(true);
    // The headings (模板名称 and each section's header row) are bold, and nothing else.
    const layout = templateSheetRows([def]);
    const boldRows = layout.rows.flatMap((r, i) =>
      r.some((_, c) => cellAt(made, toA1(i, c))?.style?.bold === true) ? [i] : [],
    );
    expect(boldRows).toEqual(layout.headingRows);
    expect(layout.headingRows.length).toBeGreaterThanOrEqual(3);
    for (const i of layout.headingRows)
      layout.rows[i].forEach((text, c) => {
        if (text) expect(cellAt(made, toA1(i, c))?.style?.bold).toBe(true);
      });
    const sheet = value(await host.open(data).readSheet!(added.sheet));
    const read = templatesFromSheet(sheet);
    expect(read.ok && read.templates.map((t) => t.name)).toEqual(["会议"]);
    expect((await g.readSheet!("没有这个表")).ok).toBe(false);
  });

  it("names a table on a sheet the user hid, and does not check it", async () => {
    const data = table();
    const old = fakeSheet({ name: "去年（隐藏）", values: wideTable(3) });
    old.visibility = "Hidden";
    data.sheets.push(old);
    const checked = value(await host.open(data).check(DEFAULT_SETTINGS));
    expect(checked.findings.some((f) => f.sheet === "去年（隐藏）")).toBe(false);
    expect(checked.findings.some((f) => f.sheet === "公开表")).toBe(true);
    expect(checked.problems).toEqual([
      { sheet: "去年（隐藏）", kind: "hidden", message: expect.stringContaining("隐藏") },
    ]);
  });

  it("selects a cell and reports it as the active cell", async () => {
    const data = fakeWorkbook([
      fakeSheet({ name: "甲", values: [["a"]] }),
      fakeSheet({ name: "乙", values: [["b"]] }),
    ]);
    const g = host.open(data);
    value(await g.select("乙", "C7"));
    expect(value(await g.activeCell())).toEqual({ sheet: "乙", cell: "C7" });
    expect((await g.select("丙", "A1")).ok).toBe(false);
  });

  it("finds the project at the active cell", async () => {
    const data = table();
    selectCell(data, "公开表", "B6");
    const target = value(await host.open(data).selectedProject(DEFAULT_SETTINGS));
    expect(target.cell.address).toBe("B6");
    expect(target.project?.name).toContain("委员培训工作经费");
    expect(target.sheetNames).toEqual(["公开表"]);
  });
});
