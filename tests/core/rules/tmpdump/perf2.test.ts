import { runRules } from "../../../../src/core/engine/run-rules";
import { RULES } from "../../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { makeProject, makeTable, type IndicatorSpec } from "../../../helpers/model-factory";
const ids = new Set(["sum-mismatch","cost-over-budget","cost-total-mismatch","standard-exceeded","goal-indicator-mismatch","satisfaction-low","indicator-misplaced","indicator-duplicate","copy-paste-suspect","title-goal-mismatch"]);
const base: [string, string, string, IndicatorSpec["op"], string, string | null][] = [
  ["产出指标","数量指标","召开会议次数","=","1","次"],["产出指标","数量指标","参会人数",">=","160","人"],["产出指标","数量指标","会期","<=","3","天"],
  ["产出指标","数量指标","印发材料",">=","500","本"],["产出指标","数量指标","视察调研次数",">=","4","次"],
  ["产出指标","质量指标","参会率",">=","95","%"],["产出指标","质量指标","议程完成率","=","100","%"],["产出指标","质量指标","材料准确率","=","100","%"],
  ["产出指标","质量指标","考核合格率",">=","95","%"],["产出指标","时效指标","会议按时召开率","=","100","%"],["产出指标","时效指标","材料印发及时率","=","100","%"],
  ["产出指标","时效指标","报告按期报送率","=","100","%"],["产出指标","成本指标","会议费总额","<=","10","万元"],["产出指标","成本指标","综合定额","<=","550","元/人·天"],
  ["产出指标","成本指标","伙食标准","<=","130","元/人·天"],["产出指标","成本指标","材料印制成本","<=","20","元/本"],["产出指标","成本指标","印刷费","<=","1","万元"],
  ["效益指标","社会效益指标","会议精神传达覆盖率",">=","95","%"],["效益指标","社会效益指标","提案办复率",">=","95","%"],["效益指标","社会效益指标","意见建议采纳率",">=","60","%"],
  ["效益指标","可持续影响指标","会议管理制度健全性",null,"健全",null],["效益指标","可持续影响指标","长效机制",null,"健全",null],
  ["满意度指标","服务对象满意度指标","参会人员满意度",">=","90","%"],["满意度指标","服务对象满意度指标","群众满意度",">=","95","%"],
  ["产出指标","数量指标","接待批次",">=","20","批次"],["产出指标","质量指标","公函接待率","=","100","%"],["产出指标","时效指标","接待安排及时率","=","100","%"],
  ["产出指标","成本指标","工作餐标准","<=","120","元/人·餐"],["效益指标","社会效益指标","交流任务完成率",">=","95","%"],["效益指标","可持续影响指标","接待制度执行",null,"规范",null],
];
it("perf2", () => {
  const projects = [];
  for (let i = 0; i < 10000; i++) {
    const indicators = base.map(([l1,l2,name,op,value,unit]) => ({ l1, l2, name: `${name}${i % 50 === 0 ? "" : i}`, op, value, unit, qualitative: unit === null }));
    projects.push(makeProject({ name: `第${i}号会议经费`, amount: "100", goal: `召开会议1次，参会160人，会期3天，印发材料500本。`, indicators, row: i + 1 }));
  }
  const t = makeTable(projects);
  const rules = RULES.filter(r => ids.has(r.meta.id));
  for (let k = 0; k < 3; k++) runRules([t], DEFAULT_SETTINGS, rules);
  const noop = [{ meta: { ...rules[0].meta, id: "noop" }, check() {} }];
  let t0 = performance.now(); runRules([t], DEFAULT_SETTINGS, noop as never); const base0 = performance.now() - t0;
  for (const r of rules) {
    t0 = performance.now();
    const f = runRules([t], DEFAULT_SETTINGS, [r]);
    process.stdout.write(`${r.meta.id} ${(performance.now() - t0 - base0).toFixed(0)}ms findings=${f.length}\n`);
  }
  t0 = performance.now();
  const f = runRules([t], DEFAULT_SETTINGS, rules);
  process.stdout.write(`all ${(performance.now() - t0).toFixed(0)}ms engine-noop ${base0.toFixed(0)}ms findings=${f.length}\n`);
  const fresh = makeTable(projects.map((p) => ({ ...p, indicators: p.indicators.map((x) => ({ ...x })) })));
  t0 = performance.now();
  runRules([fresh], DEFAULT_SETTINGS, rules);
  process.stdout.write(`all (fresh objects) ${(performance.now() - t0).toFixed(0)}ms\n`);
});
