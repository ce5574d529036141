import { RULES } from "../../../src/core/rules";
import { RULE_NAMES, ruleName } from "../../../src/core/report/rule-names";

describe("rule names", () => {
  test("every registered rule has a short Chinese name, and no name is left over", () => {
    const ids = RULES.map((r) => r.meta.id).sort();
    expect(Object.keys(RULE_NAMES).sort()).toEqual(ids);
    for (const id of ids) {
      expect(ruleName(id)).toMatch(/^[\u4e00-\u9fffA-Za-z]{2,12}$/u);
    }
  });

  test("names are distinct", () => {
    const names = Object.values(RULE_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });

  test("an unknown id is shown as it is", () => {
    expect(ruleName("from-a-newer-version")).toBe("from-a-newer-version");
  });
});
