/** The reading's corrections kept in the workbook, the active cell, and the check that applies them. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReadingCorrection } from "../../src/core/model";
import { STATE_KEY } from "../../src/host/marks-record";
import { CORRECTIONS_KEY, parseCorrections } from "../../src/host/stored-state";
import { fakeSheet, fakeWorkbook } from "./fake-excel";
import { rig, value } from "./helpers";

const book = () =>
  fakeWorkbook([
    fakeSheet({
      name: "表1",
      values: [
        ["项目名称", "文化活动补助"],
        ["拨付额度", 6],
        ["年度目标", "开展宣讲活动十二场次以上"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "宣讲场次", "≥12场"],
      ],
    }),
    fakeSheet({ name: "表2", values: [["b"]] }),
  ]);

const fix: ReadingCorrection = {
  kind: "part",
  sheet: "表1",
  projectKey: "表1!0",
  part: "amount",
  cell: "B2",
};

describe("reading corrections in the workbook", () => {
  it("activeCell gives the selected cell's sheet and address", async () => {
    const { gateway } = rig(book());
    value(await gateway.select("表1", "B2"));
    expect(value(await gateway.activeCell())).toEqual({ sheet: "表1", cell: "B2" });
    value(await gateway.select("表2", "C7"));
    expect(value(await gateway.activeCell())).toEqual({ sheet: "表2", cell: "C7" });
  });

  it("saved under their own setting, read back by a new gateway, and used by the check", async () => {
    const data = book();
    const before = value(await rig(data).gateway.check(DEFAULT_SETTINGS));
    expect(before.tables[0].projects[0].key).toBe(fix.projectKey);
    expect(before.findings.some((f) => f.ruleId === "amount-missing")).toBe(true);

    value(await rig(data).gateway.saveState({ settings: DEFAULT_SETTINGS, ignored: [], corrections: [fix] }));
    expect(data.settings.has(CORRECTIONS_KEY)).toBe(true);
    const loaded = value(await rig(data).gateway.loadState());
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, ignored: [], corrections: [fix], hasMarks: false });

    const after = value(await rig(data).gateway.check(DEFAULT_SETTINGS, undefined, loaded.corrections));
    expect(after.findings.some((f) => f.ruleId === "amount-missing")).toBe(false);
    expect(after.tables[0].projects[0].amount?.toString()).toBe("6");
  });

  it("a state without corrections leaves the workbook's corrections setting alone", async () => {
    const data = book();
    value(await rig(data).gateway.saveState({ settings: DEFAULT_SETTINGS, ignored: [] }));
    expect(data.settings.has(STATE_KEY)).toBe(true);
    expect(data.settings.has(CORRECTIONS_KEY)).toBe(false);
    expect(value(await rig(data).gateway.loadState()).corrections).toBeUndefined();
  });

  it("drops entries it cannot use and says so in Chinese", () => {
    const raw = JSON.stringify({
      v: 1,
      corrections: [fix, { kind: "part", sheet: "表1", part: "cost", cell: "B2", projectKey: "x" }, 7],
    });
    const read = parseCorrections(raw);
    expect(read.corrections).toEqual([fix]);
    expect(read.warnings).toEqual(["工作簿中保存的识别更正有无法识别的条目，已略去。"]);
    expect(parseCorrections("{not json").warnings[0]).toMatch(/无法读取/);
    expect(
      parseCorrections(
        JSON.stringify({ corrections: [{ kind: "targetColumn", sheet: "表1", headerRow: 3, column: "E" }] }),
      ).corrections,
    ).toHaveLength(1);
  });
});
