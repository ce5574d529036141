import { runRules } from "../../../../src/core/engine/run-rules";
import rule from "../../../../src/core/rules/copy-paste-suspect";
import { workbookSubjects } from "../../../../src/core/rules/util/copy-subjects";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { makeProject, makeTable } from "../../../helpers/model-factory";
it("perf3", () => {
  const projects = [];
  for (let i = 0; i < 10000; i++) {
    const indicators = Array.from({ length: 30 }, (_, k) => ({ name: `会议精神传达覆盖率${k}x${i}`, op: ">=" as const, value: "95", unit: "%" }));
    projects.push(makeProject({ name: `第${i}号会议经费`, indicators, row: i + 1 }));
  }
  const t = makeTable(projects);
  for (let k = 0; k < 3; k++) {
    let t0 = performance.now();
    const tables = [t];
    workbookSubjects(tables);
    const build = performance.now() - t0;
    t0 = performance.now();
    runRules(tables, DEFAULT_SETTINGS, [rule]);
    process.stdout.write(`build ${build.toFixed(0)}ms check ${(performance.now() - t0).toFixed(0)}ms\n`);
  }
});
