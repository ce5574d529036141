import rule from "../../../src/core/rules/title-goal-mismatch";
import { makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const project = (name: string, goal: string) => makeTable([makeProject({ name, goal })]);

ruleTester(rule, {
  valid: [
    {
      name: "name and goal on the same session",
      table: project("政协十七届四次会议工作经费", "成功举办政协门源县第十七届委员会第四次会议。"),
    },
    {
      name: "a goal that names no session",
      table: project("政协十七届四次会议工作经费", "会议期间做好服务保障工作，确保各项议程顺利进行。"),
    },
    {
      name: "a count of meetings is not a session number",
      table: project("政协十七届四次会议工作经费", "年内共召开政协常委会议4次。"),
    },
    { name: "a name with no numbers (seed project 7)", table: makeTable([seedProject(seedByNo(7))]) },
    {
      name: "the goal covers the name's year among others",
      table: project("2024年委员培训经费", "2023年至2024年举办培训班两期。"),
    },
    { name: "an empty goal is goal-missing's business", table: project("政协十七届四次会议工作经费", "") },
  ],
  invalid: [
    {
      name: "seed project 1: 四次会议 in the name, 第三次会议 in the goal",
      table: makeTable([seedProject(seedByNo(1))]),
      findings: [
        {
          messageId: "mismatch",
          cell: "D7",
          project: "政协十七届四次会议工作经费",
          messageIncludes:
            "项目名称「政协十七届四次会议工作经费」写的是第4次会议，绩效目标写的是第3次会议，两者不一致。请核对项目名称或绩效目标中的会议次数。",
        },
      ],
    },
    {
      name: "different 届",
      table: project("政协十七届四次会议工作经费", "成功举办第十六届委员会第四次会议。"),
      findings: [
        {
          messageId: "mismatch",
          cell: "D2",
          data: { nameValue: "第17届", goalValue: "第16届", what: "届次" },
        },
      ],
    },
    {
      name: "different years",
      table: project("2024年文史资料出版费", "2023年编辑出版文史资料两册。"),
      findings: [{ messageId: "mismatch", data: { nameValue: "2024年", goalValue: "2023年" } }],
    },
    {
      name: "届 and 会次 both wrong give two findings",
      table: project("政协十七届四次会议工作经费", "举办第十六届委员会第三次会议。"),
      findings: [
        { messageId: "mismatch", data: { what: "届次" } },
        { messageId: "mismatch", data: { what: "会议次数" } },
      ],
    },
  ],
});
