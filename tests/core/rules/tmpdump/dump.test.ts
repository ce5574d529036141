import { runRules } from "../../../../src/core/engine/run-rules";
import { RULES } from "../../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { makeTable } from "../../../helpers/model-factory";
import { FULL_SEED, seedProject } from "../_support/arith-seed";
const ids = new Set(["sum-mismatch","cost-over-budget","cost-total-mismatch","standard-exceeded","goal-indicator-mismatch","satisfaction-low","indicator-misplaced","indicator-duplicate","copy-paste-suspect","title-goal-mismatch"]);
it("dump", () => {
  const f = runRules([makeTable(FULL_SEED.map(seedProject))], DEFAULT_SETTINGS, RULES.filter(r => ids.has(r.meta.id)));
  process.stdout.write(f.map(x => `${x.severity} ${x.ruleId} ${x.cell}:${x.line ?? ""} [${x.project}] ${x.message}`).join("\n") + "\n");
});
