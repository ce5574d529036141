import rule from "../../../src/core/rules/whitespace-in-field";
import { ruleTester } from "../../helpers/rule-tester";
import { makeProject, makeTable, COMPLETE_2015 } from "../../helpers/model-factory";
import { gridTable, gridWith, CLEAN_ROWS } from "./_support/import-grid";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

ruleTester(rule, {
  valid: [
    { name: "a clean declaration grid", table: gridWith(["", "", "培训人数", "≥", "40", "人"]) },
    {
      name: "line breaks in a goal are kept",
      table: makeTable([
        makeProject({ indicators: COMPLETE_2015, goal: "1、召开全委会议一次；\n2、保障会议顺利进行。" }),
      ]),
    },
    { name: "a placeholder line is placeholder-left's", table: withIndicator({ name: "完成率 ≥**%" }) },
    {
      name: "a wide line with no value read keeps its target in the name: those spaces are not the name's",
      table: withIndicator({ name: "培训人数 ≥**人" }),
      settings: { disabledRules: ["placeholder-left"] },
    },
    {
      name: "switched off in the settings",
      table: withIndicator({ name: "服务 人数", op: ">=", value: "20", unit: "人" }),
      settings: { disabledRules: ["whitespace-in-field"] },
    },
  ],
  invalid: [
    {
      name: "a space inside an indicator name",
      table: withIndicator({ name: "服务 人数", op: ">=", value: "20", unit: "人" }),
      findings: [{ messageId: "nameSpace", cell: "E2", line: EXTRA_LINE, data: { text: "服务 人数" } }],
    },
    {
      name: "spaces around a number in a grid name, as text copied from a web page leaves them",
      table: gridWith(["", "", "0-6 岁儿童视力检查覆盖率", "≥", "90", "%"]),
      findings: [{ messageId: "nameSpace", data: { text: "0-6 岁儿童视力检查覆盖率" } }],
    },
    {
      name: "spaces around a number in the goal",
      table: gridTable(CLEAN_ROWS, "在 7 个林场实施营造林，修建作业道。"),
      findings: [{ messageId: "goalSpace", cell: "C2" }],
    },
    {
      name: "a space inside the 指标值 cell",
      table: gridWith(["", "", "参会人数", "≥", "15 0", "人"]),
      findings: [{ messageId: "valueSpace", cell: "H9", data: { name: "参会人数", text: "15 0" } }],
    },
    {
      name: "an ideographic space inside the goal",
      table: gridTable(CLEAN_ROWS, "召开全委会议一次，\u3000保障会议顺利进行。"),
      findings: [{ messageId: "goalSpace", cell: "C2", data: { project: "会议经费" } }],
    },
    {
      name: "null left by an export in the 指标值",
      table: gridWith(["", "", "参会人数", "≥", "null", "人"]),
      findings: [{ messageId: "nullWord", cell: "H9", data: { field: "指标值", text: "null" } }],
    },
    {
      name: "NULL in a goal",
      table: makeTable([makeProject({ indicators: COMPLETE_2015, goal: "NULL" })]),
      findings: [{ messageId: "nullWord", cell: "D2", data: { field: "绩效目标" } }],
    },
  ],
});
