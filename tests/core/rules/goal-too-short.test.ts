import rule from "../../../src/core/rules/goal-too-short";
import { makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

const one = (goal: string, name = "测试项目") => makeTable([makeProject({ name, goal })]);

ruleTester(rule, {
  valid: [
    {
      name: "seed project 12: short but says what is done",
      table: one("为退休干部提供服务", "退休人员公用经费(含慰问金)"),
    },
    {
      name: "seed project 8: a full goal with numbered lines",
      table: one("为进一步加强与上级政协的联系与交流工作。\n1、接待各级政协人员30次以上。", "公务接待费"),
    },
    { name: "six characters with an action", table: one("保障单位运转") },
    { name: "empty goal is goal-missing's case", table: one("") },
  ],
  invalid: [
    {
      name: "seed project 13: 合同",
      table: one("合同", "第三方代理"),
      findings: [{ messageId: "tooShort", cell: "D2", project: "第三方代理", data: { goal: "合同" } }],
    },
    {
      name: "numbering and punctuation do not count as words",
      table: one("1、合同。"),
      findings: [{ messageId: "tooShort", cell: "D2", data: { goal: "1、合同。" } }],
    },
    {
      name: "four characters",
      table: one("办公经费"),
      findings: [{ messageId: "tooShort", data: { goal: "办公经费" } }],
    },
    {
      name: "a short phrase with no action",
      table: one("会议经费支出预算"),
      findings: [{ messageId: "tooShort", data: { goal: "会议经费支出预算" } }],
    },
    {
      name: "the goal only repeats the project name",
      table: one("公务接待费", "公务接待费"),
      findings: [{ messageId: "sameAsName", data: { goal: "公务接待费" } }],
    },
  ],
});
