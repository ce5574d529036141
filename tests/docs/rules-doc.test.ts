import * as fs from "fs";
import * as path from "path";
import { renderRulesDoc } from "../../src/core/report/rules-doc";
import { RULES } from "../../src/core/rules";

/** The import and review rules (导入前检查与审核要点): each line says what it rests on. */
const IMPORT_AND_REVIEW = [
  "import-rejected-chars",
  "whitespace-in-field",
  "value-not-plain-number",
  "level-name-unmappable",
  "midterm-value-missing",
  "weight-total",
  "weight-nonpositive",
  "weight-category-mismatch",
  "fund-split-mismatch",
  "input-as-output",
  "target-below-history",
  "basis-missing",
  "periods-identical",
  "indicator-count",
];
/** A named document (财预〔2015〕88号, 财预〔2020〕10号, 财预〔2021〕101号), the budget system's import check or provincial review rules. */
const SOURCE =
  /（依据：[^）]*(财预〔2015〕88号|财预〔2020〕10号|财预〔2021〕101号|预算管理一体化系统导入校验|各省)/;

describe("docs/rules.md", () => {
  const doc = renderRulesDoc(RULES);

  it("lists every registered rule once", () => {
    for (const r of RULES) expect(doc.split(`\`${r.meta.id}\``)).toHaveLength(2);
  });

  it("is up to date with the registry (run `npm run docs` after changing a rule)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../docs/rules.md"), "utf8");
    expect(committed).toBe(doc);
  });

  it.each(IMPORT_AND_REVIEW)("%s names its source", (id) => {
    const rule = RULES.find((r) => r.meta.id === id);
    expect(rule?.meta.description).toMatch(SOURCE);
    const line = doc.split("\n").find((l) => l.includes(`\`${id}\``));
    expect(line).toMatch(SOURCE);
  });
});
