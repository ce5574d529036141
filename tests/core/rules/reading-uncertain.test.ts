import type { Project, ReadPart } from "../../../src/core/model";
import rule from "../../../src/core/rules/reading-uncertain";
import { makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

const SHEET = "Sheet1";
const found = (row: number, col: number, text: string): ReadPart => ({
  status: "found",
  cell: { sheet: SHEET, row, col },
  text,
  evidence: "标签「项目名称」在 A3，值取自右侧的 B3。",
});

/** A project with a reading: every part found unless overridden. */
function withReading(parts: Partial<Record<"name" | "amount" | "goal", ReadPart>>): Project {
  const p = makeProject({ name: "农村文化建设经费" });
  p.reading = {
    name: found(2, 1, "农村文化建设经费"),
    amount: found(5, 3, "5"),
    goal: found(9, 1, "送戏进万村"),
    indicatorCount: 0,
    ...parts,
  };
  return p;
}

ruleTester(rule, {
  valid: [
    { name: "every part found", table: makeTable([withReading({})]) },
    {
      name: "an empty amount is amount-missing's case, not uncertain",
      table: makeTable([
        withReading({ amount: { status: "empty", cell: null, text: "", evidence: "空的。" } }),
      ]),
    },
    { name: "a project without a reading (built by hand)", table: makeTable([makeProject({})]) },
  ],
  invalid: [
    {
      name: "a title standing in for the name",
      table: makeTable([
        withReading({
          name: {
            status: "uncertain",
            cell: { sheet: SHEET, row: 1, col: 0 },
            text: "救助补助绩效目标表",
            evidence: "表中没有「项目名称」标签，暂以标题作为项目名称",
          },
        }),
      ]),
      findings: [
        {
          messageId: "uncertain",
          cell: "A2",
          messageIncludes: "的项目名称：表中没有「项目名称」标签，暂以标题作为项目名称。",
        },
      ],
    },
    {
      name: "two candidate goals: one finding per uncertain part, at the guessed cell",
      table: makeTable([
        withReading({
          goal: {
            status: "uncertain",
            cell: { sheet: SHEET, row: 9, col: 0 },
            text: "",
            evidence: "没有找到绩效目标的标签。",
          },
          amount: {
            status: "uncertain",
            cell: { sheet: SHEET, row: 6, col: 3 },
            text: "50",
            evidence: "另有同样的标签。",
          },
        }),
      ]),
      findings: [
        { messageId: "uncertain", cell: "D7", messageIncludes: "的金额" },
        { messageId: "uncertain", cell: "A10", messageIncludes: "的绩效目标" },
      ],
    },
  ],
});
