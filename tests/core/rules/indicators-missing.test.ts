import Decimal from "decimal.js";
import rule from "../../../src/core/rules/indicators-missing";
import { COMPLETE_2015, makeProject, makeTable } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";

const unreadable = makeProject({ name: "电信安全专线业务服务费" });
unreadable.issues = [
  {
    text: "专线费用见合同",
    reason: "读不出指标名称和数值",
    source: { sheet: "Sheet1", row: 1, col: 4, line: 1 },
  },
  { text: "按月支付", reason: "读不出指标名称和数值", source: { sheet: "Sheet1", row: 1, col: 4, line: 2 } },
];

ruleTester(rule, {
  valid: [
    { name: "a complete project", table: makeTable([makeProject({ indicators: COMPLETE_2015 })]) },
    {
      name: "one indicator is enough for this rule",
      table: makeTable([makeProject({ indicators: [{ name: "电信安全专线", value: "1", unit: "条" }] })]),
    },
    {
      name: "an indicator without a value still counts as an indicator",
      table: makeTable([makeProject({ indicators: [{ l2: "时效指标", name: "工作完成及时率" }] })]),
    },
  ],
  invalid: [
    {
      name: "nothing written",
      table: makeTable([makeProject({ name: "第三方代理", indicators: [] })]),
      findings: [
        {
          messageId: "missing",
          cell: "E2",
          project: "第三方代理",
          data: { project: "第三方代理" },
        },
      ],
    },
    {
      name: "lines written but none readable",
      table: makeTable([unreadable]),
      findings: [{ messageId: "unreadable", cell: "E2", data: { count: 2 } }],
    },
    {
      name: "none readable: the example line fits the project (an outsourcing one here), not a meeting",
      table: makeTable([
        { ...unreadable, name: "第三方代理", goal: "委托会计师事务所代理记账。", amount: new Decimal(5) },
      ]),
      findings: [
        {
          messageId: "unreadable",
          data: { example: "，例如「代理记账服务账套数 =1套」" },
          messageIncludes: "的格式逐条填写，例如「代理记账服务账套数 =1套」。",
        },
      ],
    },
    {
      name: "none readable and no amount: the format alone, no example",
      table: makeTable([{ ...unreadable, amount: null }]),
      findings: [
        { messageId: "unreadable", data: { example: "" }, messageIncludes: "单位」的格式逐条填写。" },
      ],
    },
    {
      name: "headings without indicators are still no indicators",
      table: makeTable([
        makeProject({
          emptyHeadings: [
            { level: 1, text: "产出指标" },
            { level: 2, text: "数量指标" },
          ],
        }),
      ]),
      findings: [{ messageId: "missing", cell: "E2" }],
    },
    {
      name: "only the empty project among several",
      table: makeTable([
        makeProject({ indicators: COMPLETE_2015, row: 3 }),
        makeProject({ name: "空项目", row: 4 }),
      ]),
      findings: [{ messageId: "missing", cell: "E5", project: "空项目" }],
    },
  ],
});
