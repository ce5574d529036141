import { summarizeCheck, totalsOf, unreadableFile } from "../../../src/core/report/summary";
import { makeProject, makeTable } from "../../helpers/model-factory";
import { finding } from "./report-fixtures";

describe("summarizeCheck", () => {
  it("reduces a check result to plain data: table ranges in A1, project and indicator counts", () => {
    const table = makeTable([
      makeProject(
        {
          name: "会议",
          indicators: [
            { name: "会议次数", value: "1", unit: "次" },
            { name: "参会率", value: "95", unit: "%" },
          ],
        },
        4,
      ),
      makeProject({ name: "培训", indicators: [{ name: "培训期数", value: "2", unit: "期" }] }, 5),
    ]);
    table.range = { top: 1, left: 0, bottom: 18, right: 4 };
    const f = finding({ severity: "warning" });
    const r = summarizeCheck("a.xlsx", {
      tables: [table],
      findings: [f],
      problems: [{ sheet: "说明", message: "空表。" }],
    });
    const { reading, ...rest } = r;
    expect(rest).toEqual({
      file: "a.xlsx",
      tables: [{ sheet: table.sheet, layout: table.layout, range: "A2:E19", projects: 2, indicators: 3 }],
      findings: [f],
      problems: [{ sheet: "说明", message: "空表。" }],
    });
    expect(reading?.map((t) => t.projects.map((p) => p.name))).toEqual([["会议", "培训"]]);
    // Plain data: survives a JSON round trip unchanged (what worker threads rely on).
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe("totalsOf", () => {
  it("counts findings of readable files and unreadable files apart", () => {
    expect(
      totalsOf([
        {
          file: "a",
          tables: [],
          problems: [],
          findings: [finding({ severity: "error" }), finding({ severity: "info" })],
        },
        unreadableFile("b", "文件已损坏。"),
      ]),
    ).toEqual({ files: 1, unreadable: 1, errors: 1, warnings: 0, infos: 1 });
  });
});
