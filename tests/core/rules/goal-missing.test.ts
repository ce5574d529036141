import rule from "../../../src/core/rules/goal-missing";
import { makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(rule, {
  valid: [
    {
      name: "a full goal",
      table: makeTable([makeProject({ goal: "成功举办政协门源县第十七届委员会第三次会议。" })]),
    },
    { name: "short but present (goal-too-short's case)", table: makeTable([makeProject({ goal: "合同" })]) },
    {
      name: "seed project 12: a one-line goal",
      table: makeTable([makeProject({ goal: "为退休干部提供服务" })]),
    },
  ],
  invalid: [
    {
      name: "seed project 14: no goal",
      table: makeTable([makeProject({ name: "编外长期聘用人员", goal: "" })]),
      findings: [
        {
          messageId: "missing",
          cell: "D2",
          project: "编外长期聘用人员",
          data: { project: "编外长期聘用人员" },
        },
      ],
    },
    {
      name: "only whitespace and line breaks",
      table: makeTable([makeProject({ name: "公务接待费", goal: "  \n\t " })]),
      findings: [{ messageId: "missing", cell: "D2", project: "公务接待费" }],
    },
    {
      name: "only the project without a goal is reported",
      table: makeTable([
        makeProject({ name: "政协常委会工作经费", row: 5 }),
        makeProject({ name: "第三方代理", goal: "", row: 6 }),
      ]),
      findings: [{ messageId: "missing", cell: "D7", project: "第三方代理" }],
    },
  ],
});
