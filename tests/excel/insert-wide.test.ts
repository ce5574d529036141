/** Inserting into a wide (disclosure) table: the tree as text in the project's 绩效指标 cell. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderWideText } from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import { cellAt, fakeSheet, fakeWorkbook, selectCell, workbookSnapshot } from "./fake-excel";
import { rig, value } from "./helpers";
import {
  planFor,
  SEED_MEETING,
  SEED_PUBLISHING,
  suggestedSet,
  TRAINING_GOAL,
  wideBook,
} from "./insert-fixtures";

const COMPLETENESS = new Set(["indicators-missing", "level1-missing", "level2-missing", "category-empty"]);

async function completenessOf(
  gateway: ReturnType<typeof rig>["gateway"],
  project: string,
): Promise<string[]> {
  const r = value(await gateway.check(DEFAULT_SETTINGS));
  return r.findings.filter((f) => f.project === project && COMPLETENESS.has(f.ruleId)).map((f) => f.ruleId);
}

describe("a project without indicators", () => {
  it("gets the whole tree in its 绩效指标 cell, in the line style of the table's other projects", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    expect(await completenessOf(gateway, "政协委员培训工作经费")).toEqual(["indicators-missing"]);
    const { target, plan, set } = await planFor(gateway, data, "公开表", "B5");
    expect(target.project?.name).toBe("政协委员培训工作经费");
    expect(plan.overwrites).toEqual([]);
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));

    const text = cellAt(data.sheets[0], "E5")!.value as string;
    expect(text).toBe(plan.preview.kind === "text" ? plan.preview.text : "");
    // The seed's style: "(一) 数量指标:" and "1. …", not the core's "（一）数量指标：".
    const lines = text.split("\n");
    expect(lines[0]).toBe("一、产出指标");
    expect(lines[1]).toBe("(一) 数量指标:");
    expect(lines[2]).toBe(`1. 培训期数 ≥2期`);
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(
      set.groups.reduce((n, g) => n + g.indicators.length, 0),
    );
    // Only that cell changed; the goal was there already and stays.
    expect(cellAt(data.sheets[0], "D5")!.value).toBe(TRAINING_GOAL);
    expect(await completenessOf(gateway, "政协委员培训工作经费")).toEqual([]);
  });

  it("writes exactly renderWideText's text where the table has no other style to follow", async () => {
    const data = fakeWorkbook([
      fakeSheet({
        name: "表",
        values: [
          ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
          ["公务接待费", 4.25, "做好公务接待。", null],
        ],
      }),
    ]);
    const { gateway } = rig(data);
    const { plan, set } = await planFor(gateway, data, "表", "A2");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(cellAt(data.sheets[0], "D2")!.value).toBe(renderWideText(set));
  });

  it("fills an empty 绩效目标 cell with the goal sentence, and only when it is empty", async () => {
    const data = fakeWorkbook([
      fakeSheet({
        name: "表",
        values: [
          ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
          ["政协委员培训工作经费", 17, null, null],
        ],
      }),
    ]);
    const { gateway } = rig(data);
    selectCell(data, "表", "D2");
    const target = value(await gateway.selectedProject());
    const { set, goal } = suggestedSet(target);
    expect(goal).not.toBe("");
    const plan = value(planInsertion(target, set, { into: "project", mode: "replace", goal }));
    expect(plan.preview).toMatchObject({ kind: "text", goal });
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(cellAt(data.sheets[0], "C2")!.value).toBe(goal);
    expect(await completenessOf(gateway, "政协委员培训工作经费")).toEqual([]);
    const r = value(await gateway.check(DEFAULT_SETTINGS));
    expect(r.findings.filter((f) => f.ruleId === "goal-missing")).toEqual([]);
  });
});

describe("补全缺失类别", () => {
  it("adds only the missing 满意度指标 block after the existing lines, numbered on", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    expect(await completenessOf(gateway, "文史资料出版费")).toEqual(["level1-missing"]);
    const { plan } = await planFor(gateway, data, "公开表", "C6", { part: "missing" });
    // The cell has content: it is listed, with what it becomes.
    expect(plan.overwrites).toEqual([
      { cell: "E6", before: SEED_PUBLISHING, after: expect.stringContaining(SEED_PUBLISHING) },
    ]);
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: true }));
    const text = cellAt(data.sheets[0], "E6")!.value as string;
    expect(text.startsWith(`${SEED_PUBLISHING}\n三、满意度指标\n(一) 服务对象满意度指标:\n1. `)).toBe(true);
    expect(text.split("\n")).toHaveLength(SEED_PUBLISHING.split("\n").length + 3);
    expect(await completenessOf(gateway, "文史资料出版费")).toEqual([]);
  });

  it("puts a missing 二级 at the end of its 一级 block and fills an empty 二级 heading in place", async () => {
    const text = [
      "一、产出指标",
      "（一）数量指标：",
      "1. 接待批次 ≥30批次",
      "（二）质量指标：",
      "1. 公函接待率 =100%",
      "（三）成本指标：",
      "1. 接待费总额 ≤4.25万元",
      "二、效益指标",
      "（一）社会效益指标：",
      "1. 交流任务完成率 ≥95%",
      "（二）可持续影响指标：",
      "三、满意度指标",
      "（一）服务对象满意度指标：",
      "1. 接待对象满意度 ≥90%",
    ].join("\n");
    const data = fakeWorkbook([
      fakeSheet({
        name: "表",
        values: [
          ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
          ["公务接待费", 4.25, "做好公务接待。", text],
        ],
      }),
    ]);
    const { gateway } = rig(data);
    expect((await completenessOf(gateway, "公务接待费")).sort()).toEqual([
      "category-empty",
      "level2-missing",
    ]);
    const { plan } = await planFor(gateway, data, "表", "A2", { part: "missing" });
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: true }));
    const lines = (cellAt(data.sheets[0], "D2")!.value as string).split("\n");
    expect(lines.slice(0, 7)).toEqual(text.split("\n").slice(0, 7));
    expect(lines[7]).toBe("（四）时效指标：");
    expect(lines[8]).toMatch(/^1\. 接待安排及时率/);
    const sustainable = lines.indexOf("（二）可持续影响指标：");
    expect(lines[sustainable + 1]).toMatch(/^1\. .*规范$/);
    expect(lines[sustainable + 2]).toBe("三、满意度指标");
    expect(await completenessOf(gateway, "公务接待费")).toEqual([]);
  });

  it("has nothing to add for a complete project", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    selectCell(data, "公开表", "E4");
    const target = value(await gateway.selectedProject());
    const { set } = suggestedSet(target, "missing");
    expect(set.groups).toEqual([]);
    expect(planInsertion(target, set, { into: "project", mode: "add", goal: "" })).toEqual({
      ok: false,
      message: "该项目不缺少指标类别，无需补全。",
    });
  });
});

describe("a cell with content is never replaced without confirmation", () => {
  it("refuses, writing nothing, until the user confirms the cells listed", async () => {
    const data = wideBook();
    const { gateway, excel } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B4");
    expect(plan.overwrites).toEqual([
      { cell: "E4", before: SEED_MEETING, after: plan.preview.kind === "text" ? plan.preview.text : "" },
    ]);
    const before = workbookSnapshot(data);
    const refused = await gateway.insertTemplate(plan, { confirmedOverwrite: false });
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining("插入会替换 1 个有内容的单元格（E4），需要先确认"),
    });
    expect(workbookSnapshot(data)).toEqual(before);
    excel.resetStats();
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: true }));
    expect(excel.stats.roundTrips).toBe(2);
    expect(cellAt(data.sheets[0], "E4")!.value).toBe(plan.overwrites[0].after);
  });

  it("refuses a plan whose list leaves out a cell with content", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B4");
    const before = workbookSnapshot(data);
    const out = await gateway.insertTemplate({ ...plan, overwrites: [] }, { confirmedOverwrite: true });
    expect(out).toEqual({
      ok: false,
      message: "单元格 E4 有内容，但不在待确认的替换清单中，未做改动。请重新预览后再插入。",
    });
    expect(workbookSnapshot(data)).toEqual(before);
  });

  it("refuses when the table changed after it was read", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    cellAt(data.sheets[0], "E5", true).value = "一、产出指标（用户刚填写）";
    const before = workbookSnapshot(data);
    const out = await gateway.insertTemplate(plan, { confirmedOverwrite: true });
    expect(out).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^表格在读取之后有改动（E5 现为「一、产出指标（用户刚填写）」），未做改动/,
      ),
    });
    expect(workbookSnapshot(data)).toEqual(before);
  });

  it("never writes over a formula", async () => {
    const data = wideBook();
    Object.assign(cellAt(data.sheets[0], "E5", true), { value: "见附表", formula: '="见附表"' });
    const { gateway } = rig(data);
    selectCell(data, "公开表", "B5");
    const target = value(await gateway.selectedProject());
    const { set } = suggestedSet(target);
    expect(planInsertion(target, set, { into: "project", mode: "replace", goal: "" })).toEqual({
      ok: false,
      message: "单元格 E5 含公式或错误值，未做改动。请先清除该单元格的公式后再插入。",
    });
  });
});

describe("a protected sheet", () => {
  it("is said so before planning, and the adapter refuses too, writing nothing", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    data.sheets[0].protected = true;
    const before = workbookSnapshot(data);
    expect(await gateway.insertTemplate(plan, { confirmedOverwrite: true })).toEqual({
      ok: false,
      message: "工作表「公开表」受保护，未做改动。如需插入，请先在「审阅」选项卡中撤销工作表保护。",
    });
    expect(workbookSnapshot(data)).toEqual(before);
    selectCell(data, "公开表", "B5");
    const target = value(await gateway.selectedProject());
    expect(target.protected).toBe(true);
    const { set } = suggestedSet(target);
    expect(planInsertion(target, set, { into: "project", mode: "replace", goal: "" })).toEqual({
      ok: false,
      message: "工作表「公开表」受保护，未做改动。如需插入，请先在「审阅」选项卡中撤销工作表保护。",
    });
  });
});

describe("the written cell wraps its lines", () => {
  it("turns wrapping on where it was off, and undo turns it off again; a wrapping cell is left alone", async () => {
    const data = wideBook();
    cellAt(data.sheets[0], "E6", true).style = { wrapText: true };
    const before = workbookSnapshot(data);
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(cellAt(data.sheets[0], "E5")!.style).toEqual({ wrapText: true });
    value(await gateway.undoInsertion());
    expect(workbookSnapshot(data)).toEqual(before);

    const next = await planFor(gateway, data, "公开表", "B6", { part: "missing" });
    value(await gateway.insertTemplate(next.plan, { confirmedOverwrite: true }));
    expect(JSON.parse(data.settings.get("jixiao.insert")!)).not.toHaveProperty("wrapped");
  });
});

describe("a 2021 table", () => {
  it("gets the tree in the 2021 order: 成本指标 first", async () => {
    const text2021 = [
      "一、成本指标",
      "（一）经济成本指标：",
      "1. 接待费总额 ≤4.25万元",
      "二、产出指标",
      "（一）数量指标：",
      "1. 接待批次 ≥30批次",
      "（二）质量指标：",
      "1. 公函接待率 =100%",
      "（三）时效指标：",
      "1. 接待安排及时率 =100%",
      "三、效益指标",
      "（一）社会效益指标：",
      "1. 交流任务完成率 ≥95%",
      "四、满意度指标",
      "（一）服务对象满意度指标：",
      "1. 接待对象满意度 ≥90%",
    ].join("\n");
    const data = fakeWorkbook([
      fakeSheet({
        name: "表",
        values: [
          ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
          ["公务接待费", 4.25, "做好公务接待。", text2021],
          ["政协委员培训工作经费", 17, TRAINING_GOAL, null],
        ],
      }),
    ]);
    const { gateway } = rig(data);
    const { target, plan, set } = await planFor(gateway, data, "表", "A3");
    expect(target.profile).toBe("2021");
    value(await gateway.insertTemplate(plan, { confirmedOverwrite: false }));
    expect(cellAt(data.sheets[0], "D3")!.value).toBe(renderWideText(set));
    expect((cellAt(data.sheets[0], "D3")!.value as string).split("\n").slice(0, 2)).toEqual([
      "一、成本指标",
      "（一）经济成本指标：",
    ]);
    expect(await completenessOf(gateway, "政协委员培训工作经费")).toEqual([]);
  });
});

describe("a sheet renamed since it was read", () => {
  it("is said so, with nothing written", async () => {
    const data = wideBook();
    const { gateway } = rig(data);
    const { plan } = await planFor(gateway, data, "公开表", "B5");
    data.sheets[0].name = "公开表（改）";
    const before = workbookSnapshot(data);
    expect(await gateway.insertTemplate(plan, { confirmedOverwrite: false })).toEqual({
      ok: false,
      message: "找不到工作表「公开表」（可能已改名或删除），未做改动。请重新读取所选行。",
    });
    expect(workbookSnapshot(data)).toEqual(before);
  });
});
