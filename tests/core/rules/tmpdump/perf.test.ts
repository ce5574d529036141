import { runRules } from "../../../../src/core/engine/run-rules";
import { RULES } from "../../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { makeTable } from "../../../helpers/model-factory";
import { FULL_SEED, seedProject } from "../_support/arith-seed";
const ids = new Set(["sum-mismatch","cost-over-budget","cost-total-mismatch","standard-exceeded","goal-indicator-mismatch","satisfaction-low","indicator-misplaced","indicator-duplicate","copy-paste-suspect","title-goal-mismatch"]);
it("perf", () => {
  const projects = [];
  for (let i = 0; i < 10000; i++) {
    const s = FULL_SEED[i % 14];
    projects.push(seedProject({ ...s, name: s.name + (i % 3 === 0 ? "" : `第${i}号`), no: i }));
  }
  const t = makeTable(projects);
  const n = projects.reduce((a, p) => a + p.indicators.length, 0);
  const rules = RULES.filter(r => ids.has(r.meta.id));
  for (let k = 0; k < 3; k++) runRules([t], DEFAULT_SETTINGS, rules);
  for (const r of rules) {
    const t0 = performance.now();
    const f = runRules([t], DEFAULT_SETTINGS, [r]);
    process.stdout.write(`${r.meta.id} ${(performance.now() - t0).toFixed(0)}ms findings=${f.length}\n`);
  }
  const t0 = performance.now();
  runRules([t], DEFAULT_SETTINGS, rules);
  process.stdout.write(`all ${(performance.now() - t0).toFixed(0)}ms indicators=${n}\n`);
});
