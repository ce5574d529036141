import type { Indicator } from "../../../../src/core/model";
import {
  QUESTIONS,
  visitIndicators,
  type Question,
  type Where,
} from "../../../../src/core/rules/util/questions";
import { makeProject, makeTable, type IndicatorSpec } from "../../../helpers/model-factory";

const SPECS: IndicatorSpec[] = [
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "群众满意度", op: ">=", value: "90", unit: "%" },
  { l1: "产出指标", l2: "质量指标", name: "验收合格率", op: "=", value: "100", unit: "%" },
  { l1: "产出指标", l2: "数量指标", name: "培训人数", op: null, value: "40", unit: "人" },
  { l1: "产出指标", l2: "成本指标", name: "会议费", op: ">=", value: "3", unit: "万元" },
  { l1: "产出指标", l2: "时效指标", name: "按时完成率", op: ">=", value: "120", unit: "%" },
  {
    l1: "效益指标",
    l2: "可持续影响指标",
    name: "管理制度健全性",
    value: "健全",
    qualitative: true,
    unit: "%",
  },
  { l1: "产出指标", l2: "时效指标", name: "会期", op: ">=", value: "3", unit: "天" },
  { l1: "效益指标", l2: "社会效益指标", name: "群众知晓度" },
];

const table = makeTable([makeProject({ name: "会议经费", indicators: SPECS })]);
const visited = (where: Where): string[] => {
  const names: string[] = [];
  visitIndicators(table, where, (ind: Indicator) => names.push(ind.name));
  return names;
};

describe("domain questions about indicators", () => {
  it.each<[string, Where, string[]]>([
    ["satisfactions with a number", { are: ["satisfaction", "number"] }, ["群众满意度"]],
    ["rates", { are: ["rate"] }, ["验收合格率", "按时完成率"]],
    [
      "rates that are not satisfactions",
      { are: ["rate"], not: ["satisfaction"] },
      ["验收合格率", "按时完成率"],
    ],
    ["spending written as a lower bound", { are: ["atLeast", "spendingStandard"] }, ["会议费"]],
    ["a capped length written as a lower bound", { are: ["atLeast", "cappedDuration"] }, ["会期"]],
    ["counts of people", { are: ["peopleCount"] }, ["培训人数"]],
    ["no operator", { are: ["noOperator", "number"] }, ["培训人数"]],
    ["percent outside 0–100", { are: ["percentOutside"] }, ["按时完成率"]],
    ["text with a unit", { are: ["text"], not: ["noUnit"] }, ["管理制度健全性"]],
    ["no value", { are: ["noValue"] }, ["群众知晓度"]],
    ["money or days", { anyOf: ["money", "days"] }, ["会议费", "会期"]],
    [
      "under 数量/质量/时效/成本 with a rate name",
      { are: ["measured"], anyOf: ["rate"] },
      ["验收合格率", "按时完成率"],
    ],
  ])("%s", (_what, where, names) => {
    expect(visited(where)).toEqual(names);
  });

  it("ask answers further questions about the indicator being visited", () => {
    const answers: Record<string, Question[]> = {};
    const asked: Question[] = ["rate", "satisfaction", "cost", "timeliness", "quality", "money", "percent"];
    visitIndicators(table, {}, (ind, _project, ask) => {
      answers[ind.name] = asked.filter(ask);
    });
    expect(answers["群众满意度"]).toEqual(["satisfaction", "percent"]);
    expect(answers["会议费"]).toEqual(["cost", "money"]);
    expect(answers["按时完成率"]).toEqual(["rate", "timeliness", "quality", "percent"]);
  });

  it("every question says what it means in Chinese", () => {
    for (const q of Object.values(QUESTIONS)) expect(q.means).toMatch(/[\u4e00-\u9fff]/);
  });
});
