/** docs/templates.md: its complete example is a valid template file that renders a set for a project. */
import Decimal from "decimal.js";
import { DEFAULT_STANDARDS } from "../../src/core/settings";
import { templatesDocExample as docExample } from "./templates-doc-example";
import {
  createLibrary,
  loadTemplatesText,
  prefillParams,
  recognizeType,
  renderSet,
  resolveParams,
  validateParams,
} from "../../src/core/templates";

describe("docs/templates.md", () => {
  const loaded = loadTemplatesText(docExample(), "docs/templates.md 的示例");

  it("its example loads without errors", () => {
    expect(loaded).toMatchObject({
      ok: true,
      templates: [{ id: "publicity", name: "政策宣传", source: "unit" }],
    });
  });

  it("its example is suggested and prefilled as the doc says, and renders a set for both profiles", () => {
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const lib = createLibrary(loaded.templates);
    const project = {
      name: "机关政策宣讲经费",
      goal: "全年编印宣传资料12期，每期300份。",
      amount: new Decimal("3.6"),
    };
    const [first] = recognizeType(project, lib);
    expect(first.template.id).toBe("publicity");
    const pre = prefillParams(first.template, project, DEFAULT_STANDARDS);
    expect(String(pre.params.issues)).toBe("12");
    expect(String(pre.params.copies)).toBe("300");
    expect(pre.params.scope).toBe("本单位");
    const r = resolveParams(first.template, {}, project.amount);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const params = { ...r.params, ...pre.params };
    expect(validateParams(first.template, params, project.amount)).toEqual({ ok: true });
    for (const profile of ["2015", "2021"] as const) {
      const set = renderSet(first.template, params, project.amount, {
        profile,
        standards: DEFAULT_STANDARDS,
      });
      if (!set.ok) throw new Error(set.problems.map((p) => p.message).join("\n"));
      const names = set.set.groups.flatMap((g) =>
        g.indicators.map((i) => `${i.name}${i.operator}${i.value}${i.unit}`),
      );
      expect(names).toContain("政策知晓率≥95%");
      expect(names.some((n) => n.startsWith("政策宣传长效机制"))).toBe(profile === "2015");
    }
  });
});
