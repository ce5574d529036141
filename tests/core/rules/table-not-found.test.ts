import { checkWorkbook } from "../../../src/core/check";
import { sheetFromValues } from "../../../src/core/grid";
import rule from "../../../src/core/rules/table-not-found";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

/** table-not-found is reported by checkWorkbook for the workbook as a whole (rule.check does nothing). */
describe("table-not-found", () => {
  const check = (sheets: ReturnType<typeof sheetFromValues>[], settings = DEFAULT_SETTINGS) =>
    checkWorkbook({ name: "a.xlsx", sheets }, settings).findings.filter((f) => f.ruleId === rule.meta.id);

  it.each([
    ["an empty sheet", [sheetFromValues("Sheet1", [])]],
    ["a workbook without sheets", []],
    ["a sheet of notes", [sheetFromValues("说明", [["填表说明"], ["1. 金额以万元为单位"]])]],
    [
      "labels nobody recognises",
      [
        sheetFromValues("Sheet1", [
          ["名目", "甲"],
          ["数目", 5],
        ]),
      ],
    ],
  ])("%s is an error, never clean", (_name, sheets) => {
    const found = check(sheets);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: "A1", project: "" });
    expect(found[0].message).toContain("没有识别出绩效目标表");
  });

  it("says what was found instead", () => {
    const [f] = check([sheetFromValues("Sheet1", [])]);
    expect(f.message).toContain("工作表「Sheet1」：工作表是空的");
  });

  it("is silent when a table is read", () => {
    const sheet = sheetFromValues("Sheet1", [
      ["项目名称", "会议经费"],
      ["年度资金总额", 10],
      ["年度目标", "召开全体会议一次，参会人员120人"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "会议次数", "=1次"],
    ]);
    expect(check([sheet])).toEqual([]);
  });

  it("is an error when the only table is on a sheet the user hid, and says so", () => {
    const sheet = sheetFromValues("旧表", [
      ["项目名称", "会议经费"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "会议次数", "=1次"],
    ]);
    sheet.hidden = true;
    const [f] = check([sheet]);
    expect(f.message).toContain("工作表「旧表」：这张工作表是隐藏的");
  });

  it("can be switched off like any rule", () => {
    expect(
      check([sheetFromValues("Sheet1", [])], { ...DEFAULT_SETTINGS, disabledRules: [rule.meta.id] }),
    ).toEqual([]);
  });
});
