import rule from "../../../src/core/rules/amount-missing";
import type { Project } from "../../../src/core/model";
import { makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

function badAmount(text: string, problem: Project["amountProblem"], name = "测试项目"): Project {
  const p = makeProject({ name, amount: null, amountProblem: problem });
  p.amountText = text;
  return p;
}

ruleTester(rule, {
  valid: [
    { name: "seed project 1: 10.85", table: makeTable([makeProject({ amount: "10.85" })]) },
    { name: "seed project 12: 0.21", table: makeTable([makeProject({ amount: "0.21" })]) },
    { name: "zero is an amount", table: makeTable([makeProject({ amount: "0" })]) },
  ],
  invalid: [
    {
      name: "empty amount cell",
      table: makeTable([badAmount("", "missing", "政协协商议政服务中心")]),
      findings: [
        {
          messageId: "missing",
          cell: "C2",
          project: "政协协商议政服务中心",
          data: { project: "政协协商议政服务中心" },
        },
      ],
    },
    {
      name: "an error value",
      table: makeTable([badAmount("#REF!", "error")]),
      findings: [{ messageId: "error", cell: "C2", data: { text: "#REF!" } }],
    },
    {
      name: "text instead of a number",
      table: makeTable([badAmount("约5万", "not-numeric")]),
      findings: [{ messageId: "notNumeric", cell: "C2", data: { text: "约5万" } }],
    },
  ],
});
