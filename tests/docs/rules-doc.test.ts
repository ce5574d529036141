import * as fs from "fs";
import * as path from "path";
import { renderRulesDoc } from "../../src/core/report/rules-doc";
import { RULES } from "../../src/core/rules";

describe("docs/rules.md", () => {
  const doc = renderRulesDoc(RULES);

  it("lists every registered rule once", () => {
    for (const r of RULES) expect(doc.split(`\`${r.meta.id}\``)).toHaveLength(2);
  });

  it("is up to date with the registry (run `npm run docs` after changing a rule)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../docs/rules.md"), "utf8");
    expect(committed).toBe(doc);
  });
});
