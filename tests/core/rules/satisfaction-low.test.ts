import rule from "../../../src/core/rules/satisfaction-low";
import { COMPLETE_2015, makeProject, makeTable, type IndicatorSpec } from "../../helpers/model-factory";
import { ruleTester } from "../../helpers/rule-tester";
import { seedByNo, seedProject } from "./_support/arith-seed";

const sat = (
  name: string,
  value: string,
  op: IndicatorSpec["op"] = ">=",
  unit: string | null = "%",
): IndicatorSpec => ({
  l1: "满意度指标",
  l2: "服务对象满意度指标",
  name,
  op,
  value,
  unit,
});
const project = (...indicators: IndicatorSpec[]) =>
  makeTable([makeProject({ name: "第三方代理", indicators })]);

ruleTester(rule, {
  valid: [
    { name: "a complete project (≥90%)", table: project(...COMPLETE_2015) },
    {
      name: "seed project 14: 单位编外人员参与工作后满意度 > 90%",
      table: makeTable([seedProject(seedByNo(14))]),
    },
    {
      name: "seed project 2: 被督查对象满意度 ≥90% sits exactly on the line",
      table: makeTable([seedProject(seedByNo(2))]),
    },
    { name: "a high target with no unit", table: project(sat("读者满意度", "95", ">=", null)) },
    {
      name: "a fraction with no unit is unit-missing's business",
      table: project(sat("读者满意度", "0.95", ">=", null)),
    },
    {
      name: "≤ on a satisfaction is direction-inverted's business",
      table: project(sat("读者满意度", "45", "<=")),
    },
    {
      name: "a score in 分 is not a percentage",
      table: project(sat("群众满意度测评得分", "85", ">=", "分")),
    },
    {
      name: "a rate that is not a satisfaction",
      table: project({ name: "工作完成及时率", op: "=", value: "70", unit: "%" }),
    },
    {
      name: "a lowered warning line from the settings",
      table: project(sat("服务单位满意度", "85")),
      settings: { satisfaction: { warnBelow: 85, errorBelow: 70 } },
    },
  ],
  invalid: [
    {
      name: "seed project 13: 服务单位满意度≥45% is an error",
      table: makeTable([seedProject(seedByNo(13))]),
      findings: [
        {
          messageId: "tooLow",
          cell: "E19",
          line: 7,
          indicator: "服务单位满意度",
          severity: "error",
          messageIncludes: "满意度目标「服务单位满意度 ≥45%」低于 80%，明显偏低",
        },
      ],
    },
    {
      name: "85% is a warning",
      table: project(sat("参会委员满意度", "85")),
      findings: [
        {
          messageId: "low",
          indicator: "参会委员满意度",
          severity: "warning",
          data: { target: "≥85%", limit: 90 },
        },
      ],
    },
    {
      name: "a bare value with no operator",
      table: project(sat("群众满意度", "60", null)),
      findings: [{ messageId: "tooLow", severity: "error", data: { target: "60%", limit: 80 } }],
    },
    {
      name: "stricter thresholds from the settings",
      table: project(sat("读者满意度", "92")),
      settings: { satisfaction: { warnBelow: 95, errorBelow: 93 } },
      findings: [
        {
          messageId: "tooLow",
          severity: "error",
          data: { limit: 93, suggest: 95 },
        },
      ],
    },
    {
      name: "a user's severity override wins",
      table: project(sat("服务单位满意度", "45")),
      settings: { severity: { "satisfaction-low": "info" } },
      findings: [{ messageId: "tooLow", severity: "info", data: { limit: 80 } }],
    },
    {
      name: "each low target is reported",
      table: project(sat("服务单位满意度", "45"), sat("政协委员满意度", "88", ">")),
      findings: [
        { messageId: "tooLow", line: 1, severity: "error" },
        { messageId: "low", line: 2, severity: "warning", data: { name: "政协委员满意度", target: ">88%" } },
      ],
    },
  ],
});
